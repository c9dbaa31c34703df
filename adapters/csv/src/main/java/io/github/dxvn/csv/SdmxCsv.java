package io.github.dxvn.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.internal.CsvOutput;
import io.github.dxvn.csv.internal.CsvTable;
import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.csv.internal.Field;
import io.github.dxvn.csv.internal.Headers;
import io.github.dxvn.csv.internal.RowReader;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SDMX-CSV, versions 1.0 and 2.0: one observation per row, dimensions and attributes as columns.
 *
 * <pre>
 * DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS
 * DXVN:DF_DX(1.0),45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E
 *
 * STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS
 * dataflow,DXVN:DF_DX(1.0),I,45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E
 * </pre>
 *
 * <p>Reading is header-driven: the version is told by the first column ({@code DATAFLOW} for 1.0,
 * {@code STRUCTURE} for 2.0); {@code REF_AREA} is the unit code, {@code INDICATOR} the indicator,
 * {@code TIME_PERIOD} the period, {@code OBS_VALUE} the value, {@code OBS_STATUS} the status,
 * {@code UNIT_MEASURE} the unit ({@code PT} and {@code PC} are percent), {@code COMMENT} the note, and
 * dxvn's own attributes {@code COMPARATOR}, {@code RANK} (as {@code 6/19 in GROUP}) and {@code SOURCE}.
 * Column labels ({@code REF_AREA: Reference area}) are cut at the colon. Other dimensions and
 * attributes are ignored with a note. A 2.0 row whose action is {@code D} (delete) is skipped with a
 * warning. An empty {@code OBS_VALUE} is no observation.
 *
 * <p>Writing puts the unit as {@code %} or {@code 1} and the extra attribute columns only if used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdmxCsv {

  /** The SDMX-CSV versions. */
  public enum Version {
    /** SDMX-CSV 1.0: {@code DATAFLOW} first. */
    V1,
    /** SDMX-CSV 2.0: {@code STRUCTURE}, {@code STRUCTURE_ID}, {@code ACTION} first. */
    V2
  }

  /** The dataflow written when none is given. */
  public static final String DEFAULT_DATAFLOW = "DXVN:DF_DX(1.0)";

  static final Map<String, Field> COLUMNS;

  static {
    Map<String, Field> columns = new LinkedHashMap<>();
    columns.put(CsvColumns.SDMX_REF_AREA.toLowerCase(Locale.ROOT), Field.UNIT_CODE);
    columns.put(CsvColumns.SDMX_INDICATOR.toLowerCase(Locale.ROOT), Field.INDICATOR);
    columns.put(CsvColumns.SDMX_TIME_PERIOD.toLowerCase(Locale.ROOT), Field.PERIOD);
    columns.put(CsvColumns.SDMX_OBS_VALUE.toLowerCase(Locale.ROOT), Field.VALUE);
    columns.put(CsvColumns.SDMX_UNIT_MEASURE.toLowerCase(Locale.ROOT), Field.UNIT);
    columns.put(CsvColumns.SDMX_OBS_STATUS.toLowerCase(Locale.ROOT), Field.STATUS);
    columns.put(CsvColumns.SDMX_COMPARATOR.toLowerCase(Locale.ROOT), Field.COMPARATOR);
    columns.put(CsvColumns.SDMX_RANK.toLowerCase(Locale.ROOT), Field.RANK);
    columns.put(CsvColumns.SDMX_SOURCE.toLowerCase(Locale.ROOT), Field.SOURCE);
    columns.put(CsvColumns.SDMX_COMMENT.toLowerCase(Locale.ROOT), Field.NOTE);
    COLUMNS = Collections.unmodifiableMap(columns);
  }

  private static final List<ObservationColumns.Column> COLUMNS_WRITTEN = List.of(
      ObservationColumns.unitCode(CsvColumns.SDMX_REF_AREA),
      ObservationColumns.indicator(CsvColumns.SDMX_INDICATOR),
      ObservationColumns.period(CsvColumns.SDMX_TIME_PERIOD),
      ObservationColumns.value(CsvColumns.SDMX_OBS_VALUE),
      ObservationColumns.unit(CsvColumns.SDMX_UNIT_MEASURE),
      ObservationColumns.status(CsvColumns.SDMX_OBS_STATUS),
      ObservationColumns.comparator(CsvColumns.SDMX_COMPARATOR),
      new ObservationColumns.Column(CsvColumns.SDMX_RANK, o -> o.rank().isPresent(),
          (o, out) -> o.rank().map(r -> out.text(r.toString())).orElse("")),
      ObservationColumns.source(CsvColumns.SDMX_SOURCE),
      ObservationColumns.note(CsvColumns.SDMX_COMMENT));

  private static final Set<Field> REQUIRED = EnumSet.of(Field.UNIT_CODE, Field.INDICATOR, Field.PERIOD, Field.VALUE);

  private SdmxCsv() {}

  /**
   * Returns a reader of both versions.
   *
   * @param options  the options, not null
   * @return the reader, not null
   */
  public static Reader reader(CsvOptions options) {
    return new Reader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns a writer.
   *
   * @param options  the options, not null
   * @param version  the version written, not null
   * @param dataflow  the dataflow (1.0) or structure identifier (2.0), such as {@code DXVN:DF_DX(1.0)}, not blank
   * @return the writer, not null
   * @throws IllegalArgumentException if the dataflow is blank
   */
  public static Writer writer(CsvOptions options, Version version, String dataflow) {
    Objects.requireNonNull(dataflow, "dataflow");
    if (dataflow.isBlank()) {
      throw new IllegalArgumentException("Invalid value for dataflow (valid values non-blank text): '" + dataflow + "'");
    }
    return new Writer(Objects.requireNonNull(options, "options"), Objects.requireNonNull(version, "version"),
        dataflow.strip());
  }

  /**
   * Reads SDMX-CSV files. This class is immutable and thread-safe.
   */
  public static final class Reader extends FileReader<CsvReadResult> {

    private final CsvOptions options;

    private Reader(CsvOptions options) {
      this.options = options;
    }

    /**
     * Reads a stream into a validated dataset; the stream is closed.
     *
     * @param in  the bytes, UTF-8, not null
     * @param fileName  the name shown in diagnostics, not null
     * @return the dataset with its diagnostics, not null
     * @throws CsvFormatException if the data have errors and valid rows are not kept
     * @throws IOException if the stream cannot be read
     */
    @Override
    public CsvReadResult read(InputStream in, String fileName) throws IOException {
      Objects.requireNonNull(in, "in");
      Diagnostics diagnostics = new Diagnostics(Objects.requireNonNull(fileName, "fileName"), options.maxDiagnostics());
      Reading reading = new Reading(options, diagnostics);
      try (CsvTable table = CsvTable.open(in, options.dialect(), diagnostics)) {
        CsvRecord header = header(table, diagnostics, "starting with DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.0)");
        long headerLine = header.getStartingLineNumber();
        List<String> names = Headers.names(header, table.dialect(), true);
        String first = names.isEmpty() ? "" : names.get(0).toUpperCase(Locale.ROOT);
        if (!first.equals(CsvColumns.SDMX_DATAFLOW) && !first.equals(CsvColumns.SDMX_STRUCTURE)) {
          diagnostics.error(headerLine, 1, "not SDMX-CSV: the first column is \"" + names.get(0)
              + "\" (expected DATAFLOW for SDMX-CSV 1.0 or STRUCTURE for 2.0)", names.get(0));
        }
        int action = -1;
        Map<String, Field> known = new LinkedHashMap<>(COLUMNS);
        List<String> dataNames = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          String upper = names.get(i).toUpperCase(Locale.ROOT);
          boolean structure = upper.equals(CsvColumns.SDMX_DATAFLOW) || upper.equals(CsvColumns.SDMX_STRUCTURE)
              || upper.equals(CsvColumns.SDMX_STRUCTURE_ID) || upper.equals(CsvColumns.SDMX_ACTION);
          if (upper.equals(CsvColumns.SDMX_ACTION)) {
            action = i;
          }
          // Structure columns are neither data nor unknown: give them names no field has.
          dataNames.add(structure ? "\u0000" + i : names.get(i));
        }
        int[] columns = Headers.resolve(dataNames, headerLine, known, REQUIRED, null, diagnostics);
        for (int i = 0; i < dataNames.size(); i++) {
          String name = dataNames.get(i);
          if (!name.startsWith("\u0000") && !known.containsKey(name.toLowerCase(Locale.ROOT))) {
            diagnostics.info(headerLine, i + 1, "column \"" + name + "\" (a dimension or attribute dxvn does not map) "
                + "ignored", name);
          }
        }
        if (columns == null || diagnostics.hasErrors()) {
          throw new CsvFormatException(diagnostics.list());
        }
        RowReader rows = new RowReader(diagnostics, table.dialect(), options.lenientNumbers(), options.catalog(),
            columns, names.size());
        CsvRecord record;
        while ((record = table.next()) != null) {
          if (action >= 0 && action < record.getFieldCount()
              && CsvTable.cell(record.getField(action), table.dialect()).equalsIgnoreCase("D")) {
            diagnostics.warning(record.getStartingLineNumber(), action + 1,
                "row with action D (delete) skipped: it removes an observation rather than giving one", "D");
            continue;
          }
          Observation o = rows.read(record);
          if (o != null) {
            reading.add(o, rows.line(), rows.column(Field.VALUE), rows.column(Field.INDICATOR));
          }
        }
        rows.reportSkipped();
        return reading.finish(table.dialect(), rows.skipped(), Map.of());
      }
    }
  }

  /**
   * Writes SDMX-CSV files. This class is immutable and thread-safe.
   */
  public static final class Writer extends FileWriter {

    private final Version version;
    private final String dataflow;

    private Writer(CsvOptions options, Version version, String dataflow) {
      super(options.writeDialect());
      this.version = version;
      this.dataflow = dataflow;
    }

    @Override
    void body(Dataset dataset, CsvOutput out) throws IOException {
      String flow = out.text(dataflow);
      if (version == Version.V1) {
        ObservationColumns.write(out, List.of(CsvColumns.SDMX_DATAFLOW), List.of(flow), COLUMNS_WRITTEN,
            dataset.observations());
      } else {
        ObservationColumns.write(out, List.of(CsvColumns.SDMX_STRUCTURE, CsvColumns.SDMX_STRUCTURE_ID,
            CsvColumns.SDMX_ACTION), List.of("dataflow", flow, "I"), COLUMNS_WRITTEN, dataset.observations());
      }
    }
  }
}
