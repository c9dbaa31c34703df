package io.github.dxvn.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.internal.Cells;
import io.github.dxvn.csv.internal.CsvOutput;
import io.github.dxvn.csv.internal.CsvTable;
import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.csv.internal.Headers;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.text.TextParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import javax.measure.Unit;

/**
 * The wide layout: one row per unit (and period), one column per indicator; COINr's {@code iData}
 * reads as it is.
 *
 * <pre>
 * unit_code,period,HR_DIGITAL_SKILLS_CLASSES,INFRA_ADULT_SMARTPHONE_SHARE
 * 45,2023,10,99.53
 * </pre>
 *
 * <p>Which columns are not indicators is said by a {@link WideLayout}. A column name that is not an
 * indicator code (COINr's {@code ConSpeed}) is read as the code its letters give in upper case, with
 * {@code _} for other characters ({@code CONSPEED}), reported in one note. An empty cell or {@code NA}
 * is no observation (counted in {@link CsvReadResult#skippedRows()}). A value's unit is the catalog's
 * unit of the indicator, or {@code 1}; a value ending in {@code %} is in percent. Names and groups of
 * units are given back in {@link CsvReadResult#unitAttributes()}.
 *
 * <p>The wide layout holds values only: writing drops statuses, comparisons, ranks, sources and
 * notes (use {@link LongCsv} to keep them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WideCsv {

  private WideCsv() {}

  /**
   * Returns a reader with the default layout.
   *
   * @param options  the options, not null
   * @return the reader, not null
   */
  public static Reader reader(CsvOptions options) {
    return reader(options, WideLayout.defaults());
  }

  /**
   * Returns a reader.
   *
   * @param options  the options, not null
   * @param layout  which columns are not indicators, not null
   * @return the reader, not null
   */
  public static Reader reader(CsvOptions options, WideLayout layout) {
    return new Reader(Objects.requireNonNull(options, "options"), Objects.requireNonNull(layout, "layout"));
  }

  /**
   * Returns a writer with the default layout (columns {@code unit_code}, {@code period}, then the
   * indicators in code order).
   *
   * @param options  the options, not null
   * @return the writer, not null
   */
  public static Writer writer(CsvOptions options) {
    return writer(options, WideLayout.defaults());
  }

  /**
   * Returns a writer; the first unit and period column names of the layout are written, and no period
   * column if the layout has a fixed period.
   *
   * @param options  the options, not null
   * @param layout  the column names, not null
   * @return the writer, not null
   */
  public static Writer writer(CsvOptions options, WideLayout layout) {
    return new Writer(Objects.requireNonNull(options, "options"), Objects.requireNonNull(layout, "layout"));
  }

  /**
   * Reads wide files. This class is immutable and thread-safe.
   */
  public static final class Reader extends FileReader<CsvReadResult> {

    private final CsvOptions options;
    private final WideLayout layout;

    private Reader(CsvOptions options, WideLayout layout) {
      this.options = options;
      this.layout = layout;
    }

    /**
     * Reads a stream into a validated dataset; the stream is closed.
     *
     * @param in  the bytes, UTF-8, not null
     * @param fileName  the name shown in diagnostics, not null
     * @return the dataset with its diagnostics and unit attributes, not null
     * @throws CsvFormatException if the data have errors and valid rows are not kept
     * @throws IOException if the stream cannot be read
     */
    @Override
    public CsvReadResult read(InputStream in, String fileName) throws IOException {
      Objects.requireNonNull(in, "in");
      Diagnostics diagnostics = new Diagnostics(Objects.requireNonNull(fileName, "fileName"), options.maxDiagnostics());
      Reading reading = new Reading(options, diagnostics);
      Map<String, Map<String, String>> attributes = new TreeMap<>();
      long skipped = 0;
      try (CsvTable table = CsvTable.open(in, options.dialect(), diagnostics)) {
        CsvRecord header = header(table, diagnostics, "with a unit code column and indicator columns");
        List<String> names = Headers.names(header, table.dialect(), false);
        Columns columns = columns(names, header.getStartingLineNumber(), diagnostics);
        if (columns == null) {
          throw new CsvFormatException(diagnostics.list());
        }
        Cells cells = new Cells(diagnostics, table.dialect(), options.lenientNumbers());
        IndicatorCatalog catalog = options.catalog();
        CsvRecord record;
        while ((record = table.next()) != null) {
          long line = record.getStartingLineNumber();
          if (!diagnostics.isReadable(record, names.size(), table.dialect().fieldSeparator())) {
            continue;
          }
          String unitCode = cells.unitCode(cell(record, columns.unit, table), line, columns.unit + 1);
          Period period = layout.period().orElse(null);
          if (period == null) {
            period = cells.period(cell(record, columns.period, table), line, columns.period + 1);
          }
          if (unitCode == null || period == null) {
            continue;
          }
          Map<String, String> unitAttributes = new LinkedHashMap<>();
          for (int i : columns.attributes) {
            unitAttributes.put(names.get(i), cell(record, i, table));
          }
          if (!unitAttributes.isEmpty()) {
            attributes.putIfAbsent(unitCode, unitAttributes);
          }
          for (Map.Entry<Integer, IndicatorCode> entry : columns.indicators.entrySet()) {
            int i = entry.getKey();
            String text = cell(record, i, table);
            if (text.isEmpty() || text.equals("NA")) {
              skipped++;
              continue;
            }
            IndicatorCode indicator = entry.getValue();
            Cells.Value value = cells.value(text, indicator, line, i + 1);
            if (value == null) {
              continue;
            }
            Unit<?> unit = value.percent() ? Cells.PERCENT : Cells.defaultUnit(catalog, indicator);
            try {
              reading.add(Observation.of(unitCode, indicator, period, value.number(), unit), line, i + 1, i + 1);
            } catch (IllegalArgumentException e) {
              diagnostics.error(line, i + 1, "invalid observation: " + e.getMessage(), text);
            }
          }
        }
        if (skipped > 0) {
          diagnostics.info(0, 0, skipped + " empty or NA cell(s) skipped", null);
        }
        return reading.finish(table.dialect(), skipped, attributes);
      }
    }

    private static String cell(CsvRecord record, int index, CsvTable table) {
      return CsvTable.cell(record.getField(index), table.dialect());
    }

    /** Where the unit, period, attributes and indicators are. */
    private static final class Columns {
      int unit = -1;
      int period = -1;
      final List<Integer> attributes = new ArrayList<>();
      final Map<Integer, IndicatorCode> indicators = new LinkedHashMap<>();
    }

    private Columns columns(List<String> names, long line, Diagnostics diagnostics) {
      Columns columns = new Columns();
      Map<String, Integer> seen = new HashMap<>();
      Map<IndicatorCode, Integer> codes = new HashMap<>();
      List<String> renamed = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        if (earlier != null) {
          diagnostics.error(line, i + 1, "duplicate column \"" + name + "\" (also column " + (earlier + 1) + ")", name);
          ok = false;
        } else if (columns.unit < 0 && WideLayout.contains(layout.unitColumns(), name)) {
          columns.unit = i;
        } else if (columns.period < 0 && WideLayout.contains(layout.periodColumns(), name)) {
          columns.period = i;
        } else if (WideLayout.contains(layout.nameColumns(), name) || layout.isGroupColumn(name)) {
          columns.attributes.add(i);
        } else if (!WideLayout.contains(layout.ignoredColumns(), name)) {
          IndicatorCode code = code(name);
          if (code == null) {
            diagnostics.error(line, i + 1, "column \"" + name + "\" is not an indicator code (expected A-Z, 0-9 and '_', "
                + "or a column of the layout " + layout + ")", name);
            ok = false;
            continue;
          }
          if (!code.toString().equals(name)) {
            renamed.add(name + " → " + code);
          }
          Integer same = codes.putIfAbsent(code, i);
          if (same != null) {
            diagnostics.error(line, i + 1, "column \"" + name + "\" is indicator " + code + " again (also column "
                + (same + 1) + ")", name);
            ok = false;
            continue;
          }
          columns.indicators.put(i, code);
        }
      }
      if (columns.unit < 0) {
        diagnostics.error(line, 0, "missing unit code column " + String.join(" or ", layout.unitColumns())
            + " in the header", String.join(",", names));
        ok = false;
      }
      if (layout.period().isEmpty() && columns.period < 0) {
        diagnostics.error(line, 0, "missing period column " + String.join(" or ", layout.periodColumns())
            + " in the header, and no period given in the layout", String.join(",", names));
        ok = false;
      }
      if (!renamed.isEmpty()) {
        diagnostics.info(line, 0, "column names read as indicator codes: " + String.join(", ", renamed), null);
      }
      return ok ? columns : null;
    }

    private static IndicatorCode code(String name) {
      try {
        return IndicatorCode.parse(name);
      } catch (TextParseException e) {
        StringBuilder mapped = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
          boolean ok = (upper >= 'A' && upper <= 'Z') || (upper >= '0' && upper <= '9');
          mapped.append(ok ? upper : '_');
        }
        try {
          return IndicatorCode.parse(mapped);
        } catch (TextParseException again) {
          return null;
        }
      }
    }
  }

  /**
   * Writes wide files: one row per unit and period in order, one column per indicator in code order.
   * Writing throws {@link IllegalArgumentException} if a value's unit is neither the catalog's nor
   * percent, or the layout fixes a period and the dataset has another. This class is immutable and
   * thread-safe.
   */
  public static final class Writer extends FileWriter {

    private final CsvOptions options;
    private final WideLayout layout;
    private final Map<String, Map<String, String>> unitAttributes;

    private Writer(CsvOptions options, WideLayout layout) {
      this(options, layout, Map.of());
    }

    private Writer(CsvOptions options, WideLayout layout, Map<String, Map<String, String>> unitAttributes) {
      super(options.writeDialect());
      this.options = options;
      this.layout = layout;
      this.unitAttributes = unitAttributes;
    }

    /**
     * Returns a copy that writes attributes of units (names, groups) in columns after the unit code,
     * as {@link CsvReadResult#unitAttributes()} gives them back; a unit without an attribute gets an
     * empty cell.
     *
     * @param attributes  the attributes by unit code, then by column name, not null
     * @return the writer, not null
     */
    public Writer withUnitAttributes(Map<String, Map<String, String>> attributes) {
      Map<String, Map<String, String>> copy = new TreeMap<>();
      Objects.requireNonNull(attributes, "attributes").forEach((unit, values) -> copy.put(
          Objects.requireNonNull(unit, "unit code"), Map.copyOf(values)));
      return new Writer(options, layout, java.util.Collections.unmodifiableMap(copy));
    }

    @Override
    void check(Dataset dataset) {
      IndicatorCatalog catalog = options.catalog();
      for (Observation o : dataset.observations()) {
        Unit<?> unit = o.unit();
        if (!unit.equals(Cells.defaultUnit(catalog, o.indicator())) && !unit.equals(Cells.PERCENT)) {
          throw new IllegalArgumentException("Invalid value for unit of " + o.key()
              + " (valid values the catalog's unit or %, in the wide layout): " + unit);
        }
        if (layout.period().isPresent() && !layout.period().get().equals(o.period())) {
          throw new IllegalArgumentException("Invalid value for period of " + o.key() + " (valid values "
              + layout.period().get() + ", the layout's period): " + o.period());
        }
      }
    }

    @Override
    void body(Dataset dataset, CsvOutput out) throws IOException {
      IndicatorCatalog catalog = options.catalog();
      SortedSet<IndicatorCode> indicators = dataset.indicators();
      boolean periodColumn = layout.period().isEmpty();
      List<String> header = new ArrayList<>();
      header.add(out.text(layout.unitColumns().get(0)));
      java.util.SortedSet<String> attributeColumns = new java.util.TreeSet<>();
      unitAttributes.values().forEach(a -> attributeColumns.addAll(a.keySet()));
      attributeColumns.forEach(name -> header.add(out.text(name)));
      if (periodColumn) {
        header.add(out.text(layout.periodColumns().isEmpty() ? CsvColumns.PERIOD : layout.periodColumns().get(0)));
      }
      indicators.forEach(code -> header.add(code.toString()));
      out.record(header.toArray(new String[0]));
      SortedMap<String, SortedMap<Period, Map<IndicatorCode, Observation>>> rows = new TreeMap<>();
      for (Observation o : dataset.observations()) {
        rows.computeIfAbsent(o.unitCode(), k -> new TreeMap<>()).computeIfAbsent(o.period(), k -> new HashMap<>())
            .put(o.indicator(), o);
      }
      String[] cells = new String[header.size()];
      for (Map.Entry<String, SortedMap<Period, Map<IndicatorCode, Observation>>> unit : rows.entrySet()) {
        for (Map.Entry<Period, Map<IndicatorCode, Observation>> row : unit.getValue().entrySet()) {
          int i = 0;
          cells[i++] = out.text(unit.getKey());
          Map<String, String> attributes = unitAttributes.getOrDefault(unit.getKey(), Map.of());
          for (String name : attributeColumns) {
            cells[i++] = out.text(attributes.getOrDefault(name, ""));
          }
          if (periodColumn) {
            cells[i++] = row.getKey().toString();
          }
          for (IndicatorCode code : indicators) {
            Observation o = row.getValue().get(code);
            if (o == null) {
              cells[i++] = "";
            } else {
              boolean percent = !o.unit().equals(Cells.defaultUnit(catalog, code));
              cells[i++] = out.number(o.value()) + (percent ? "%" : "");
            }
          }
          out.record(cells);
        }
      }
    }
  }
}
