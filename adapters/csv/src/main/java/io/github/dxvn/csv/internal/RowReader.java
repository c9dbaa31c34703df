package io.github.dxvn.csv.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.util.EnumMap;
import java.util.Map;
import javax.measure.Unit;

/**
 * Turns the records of a one-observation-per-row layout (long, SDMX-CSV) into observations, given
 * which column holds which field; every problem of a row is reported, not only the first.
 */
public final class RowReader {

  private final Diagnostics diagnostics;
  private final CsvDialect dialect;
  private final IndicatorCatalog catalog;
  private final Cells cells;
  private final int[] columns;
  private final int width;
  private final Map<ObservationStatus, Long> skippedByStatus = new EnumMap<>(ObservationStatus.class);
  private long skippedEmpty;
  private long line;

  /**
   * Creates a row reader.
   *
   * @param diagnostics  where problems go, not null
   * @param dialect  the dialect, not null
   * @param lenientNumbers  true to read numbers of the other notation with a warning
   * @param catalog  the catalog for default units, not null
   * @param columns  the column index of each field by ordinal, -1 if absent
   * @param width  the number of header fields
   */
  public RowReader(Diagnostics diagnostics, CsvDialect dialect, boolean lenientNumbers, IndicatorCatalog catalog,
      int[] columns, int width) {
    this.diagnostics = diagnostics;
    this.dialect = dialect;
    this.catalog = catalog;
    this.cells = new Cells(diagnostics, dialect, lenientNumbers);
    this.columns = columns.clone();
    this.width = width;
  }

  /**
   * Returns the line of the last record read.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the field number (from 1) of a field.
   *
   * @param field  the field, not null
   * @return the column, or 0 if absent
   */
  public int column(Field field) {
    return columns[field.ordinal()] + 1;
  }

  private String get(CsvRecord record, Field field) {
    int index = columns[field.ordinal()];
    return index < 0 || index >= record.getFieldCount() ? "" : CsvTable.cell(record.getField(index), dialect);
  }

  /**
   * Reads a record.
   *
   * @param record  the record, not null
   * @return the observation, or null if the row has no value (counted) or a problem (reported)
   */
  public Observation read(CsvRecord record) {
    line = record.getStartingLineNumber();
    if (!diagnostics.isReadable(record, width, dialect.fieldSeparator())) {
      return null;
    }
    boolean ok = true;
    String valueText = get(record, Field.VALUE);
    String statusText = get(record, Field.STATUS);
    ObservationStatus status = ObservationStatus.NORMAL;
    if (!statusText.isEmpty()) {
      status = cells.status(statusText, line, column(Field.STATUS));
      ok = status != null;
    }
    if (valueText.isEmpty()) {
      if (status == null) {
        return null;
      }
      if (statusText.isEmpty()) {
        skippedEmpty++;
      } else {
        skippedByStatus.merge(status, 1L, Long::sum);
      }
      return null;
    }
    if (status != null && status.isMissing()) {
      diagnostics.error(line, column(Field.STATUS), "status " + status.code()
          + " means that there is no value, but the value cell holds \"" + valueText
          + "\" (expected an empty value, or another status)", statusText);
      ok = false;
    }
    String unitCode = cells.unitCode(get(record, Field.UNIT_CODE), line, column(Field.UNIT_CODE));
    IndicatorCode indicator = cells.indicator(get(record, Field.INDICATOR), line, column(Field.INDICATOR));
    Period period = cells.period(get(record, Field.PERIOD), line, column(Field.PERIOD));
    Cells.Value value = cells.value(valueText, indicator, line, column(Field.VALUE));
    ok &= unitCode != null && indicator != null && period != null && value != null;
    String unitText = get(record, Field.UNIT);
    Unit<?> unit = null;
    if (!unitText.isEmpty()) {
      unit = cells.unit(unitText, line, column(Field.UNIT));
      ok &= unit != null;
    } else if (value != null && value.percent()) {
      unit = Cells.PERCENT;
    } else if (indicator != null) {
      unit = Cells.defaultUnit(catalog, indicator);
    }
    if (value != null && value.percent() && unit != null && !unit.equals(Cells.PERCENT)) {
      diagnostics.error(line, column(Field.VALUE), "invalid value \"" + valueText + "\"" + (indicator == null ? "" : " for "
          + indicator) + ": a value with '%' needs the unit % (the unit is " + unitText + ")", valueText);
      ok = false;
    }
    Comparison comparison = Comparison.EQUAL;
    String comparatorText = get(record, Field.COMPARATOR);
    if (!comparatorText.isEmpty()) {
      comparison = cells.comparison(comparatorText, line, column(Field.COMPARATOR));
      ok &= comparison != null;
    }
    RankPosition rank = rank(record);
    ok &= rank != NO_RANK_ERROR;
    if (!ok) {
      return null;
    }
    Observation.Builder builder = Observation.builder().unitCode(unitCode).indicator(indicator).period(period)
        .value(value.number()).unit(unit == null ? Cells.ONE : unit).status(status).comparison(comparison);
    if (rank != null) {
      builder.rank(rank);
    }
    String source = get(record, Field.SOURCE);
    if (!source.isEmpty()) {
      builder.source(source);
    }
    String note = get(record, Field.NOTE);
    if (!note.isEmpty()) {
      builder.note(note);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, 0, "invalid observation: " + e.getMessage(), null);
      return null;
    }
  }

  private static final RankPosition NO_RANK_ERROR = RankPosition.of(Integer.MAX_VALUE);

  private RankPosition rank(CsvRecord record) {
    String rankText = get(record, Field.RANK);
    String ofText = get(record, Field.RANK_OF);
    String groupText = get(record, Field.RANK_GROUP);
    if (rankText.isEmpty()) {
      if (!ofText.isEmpty() || !groupText.isEmpty()) {
        diagnostics.error(line, column(ofText.isEmpty() ? Field.RANK_GROUP : Field.RANK_OF),
            "a rank group size or group without a rank (expected a rank in column " + column(Field.RANK) + ")",
            ofText.isEmpty() ? groupText : ofText);
        return NO_RANK_ERROR;
      }
      return null;
    }
    if (ofText.isEmpty() && groupText.isEmpty()) {
      RankPosition rank = cells.rank(rankText, line, column(Field.RANK));
      return rank == null ? NO_RANK_ERROR : rank;
    }
    Integer rank = cells.positive(rankText, "rank", line, column(Field.RANK));
    if (ofText.isEmpty()) {
      diagnostics.error(line, column(Field.RANK_GROUP), "a rank group without a group size (expected the number of units "
          + "ranked in column " + column(Field.RANK_OF) + ")", groupText);
      return NO_RANK_ERROR;
    }
    Integer of = cells.positive(ofText, "rank group size", line, column(Field.RANK_OF));
    if (rank == null || of == null) {
      return NO_RANK_ERROR;
    }
    if (rank > of) {
      diagnostics.error(line, column(Field.RANK), "invalid rank \"" + rankText + "\": above the group size " + of,
          rankText);
      return NO_RANK_ERROR;
    }
    return groupText.isEmpty() ? RankPosition.of(rank, of) : RankPosition.of(rank, of, groupText);
  }

  /**
   * Returns the number of rows skipped for having no value.
   *
   * @return the count
   */
  public long skipped() {
    return skippedEmpty + skippedByStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Reports the rows skipped for having no value, as one note.
   */
  public void reportSkipped() {
    long total = skipped();
    if (total == 0) {
      return;
    }
    StringBuilder detail = new StringBuilder();
    skippedByStatus.forEach((status, n) -> detail.append(detail.length() == 0 ? "" : ", ")
        .append("status ").append(status.code()).append(": ").append(n));
    if (skippedEmpty > 0) {
      detail.append(detail.length() == 0 ? "" : ", ").append("no status: ").append(skippedEmpty);
    }
    diagnostics.info(0, 0, total + " row(s) without a value skipped (" + detail + ")", null);
  }
}
