package io.github.dxvn.csv;

import java.util.List;
import java.util.Objects;

/**
 * What a raw scan of a long file gave: the rows handed out, the rows skipped for having no value, the
 * diagnostics and the dialect.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvScanResult {

  private final long rows;
  private final long skippedRows;
  private final List<CsvDiagnostic> diagnostics;
  private final CsvDialect dialectUsed;

  private CsvScanResult(long rows, long skippedRows, List<CsvDiagnostic> diagnostics, CsvDialect dialectUsed) {
    this.rows = rows;
    this.skippedRows = skippedRows;
    this.diagnostics = diagnostics;
    this.dialectUsed = dialectUsed;
  }

  /**
   * Obtains a scan result.
   *
   * @param rows  the rows handed out
   * @param skippedRows  the rows without a value
   * @param diagnostics  the diagnostics, not null
   * @param dialectUsed  the dialect, not null
   * @return the result, not null
   */
  public static CsvScanResult of(long rows, long skippedRows, List<CsvDiagnostic> diagnostics, CsvDialect dialectUsed) {
    return new CsvScanResult(rows, skippedRows, List.copyOf(diagnostics), Objects.requireNonNull(dialectUsed, "dialectUsed"));
  }

  /**
   * Returns the number of rows handed to the handler.
   *
   * @return the count
   */
  public long rows() {
    return rows;
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
    return "CsvScanResult[" + rows + " rows, " + skippedRows + " skipped, " + diagnostics.size() + " diagnostics, "
        + dialectUsed + "]";
  }
}
