package io.github.dxvn.csv;

import io.github.dxvn.observation.ObservationColumns;
import java.util.List;
import java.util.Objects;

/**
 * What a read of a long file into columns gave: the observations as {@link ObservationColumns}, the
 * rows skipped for having no value, the diagnostics and the dialect.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvColumnsResult {

  private final ObservationColumns columns;
  private final long skippedRows;
  private final List<CsvDiagnostic> diagnostics;
  private final CsvDialect dialectUsed;

  private CsvColumnsResult(ObservationColumns columns, long skippedRows, List<CsvDiagnostic> diagnostics,
      CsvDialect dialectUsed) {
    this.columns = columns;
    this.skippedRows = skippedRows;
    this.diagnostics = diagnostics;
    this.dialectUsed = dialectUsed;
  }

  /**
   * Obtains a result.
   *
   * @param columns  the observations, not null
   * @param skippedRows  the rows without a value
   * @param diagnostics  the diagnostics, not null
   * @param dialectUsed  the dialect, not null
   * @return the result, not null
   */
  public static CsvColumnsResult of(ObservationColumns columns, long skippedRows, List<CsvDiagnostic> diagnostics,
      CsvDialect dialectUsed) {
    return new CsvColumnsResult(Objects.requireNonNull(columns, "columns"), skippedRows, List.copyOf(diagnostics),
        Objects.requireNonNull(dialectUsed, "dialectUsed"));
  }

  /**
   * Returns the observations, in file order.
   *
   * @return the columns, not null
   */
  public ObservationColumns columns() {
    return columns;
  }

  /**
   * Returns the number of rows skipped for having no value.
   *
   * @return the count
   */
  public long skippedRows() {
    return skippedRows;
  }

  /**
   * Returns the diagnostics, in file order.
   *
   * @return the diagnostics, not null
   */
  public List<CsvDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the dialect read with.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialectUsed() {
    return dialectUsed;
  }

  @Override
  public String toString() {
    return "CsvColumnsResult[" + columns + ", " + skippedRows + " skipped, " + diagnostics.size() + " diagnostics, "
        + dialectUsed + "]";
  }
}
