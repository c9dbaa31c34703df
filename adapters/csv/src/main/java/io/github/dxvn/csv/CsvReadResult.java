package io.github.dxvn.csv;

import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading a CSV file gave: the dataset, every diagnostic (warnings and notes, and the errors of
 * rows left out when valid rows are kept), the dialect read with, the rows skipped for having no
 * value, and the attributes of units that a wide file carries (names, groups).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvReadResult {

  private final Dataset dataset;
  private final List<CsvDiagnostic> diagnostics;
  private final CsvDialect dialectUsed;
  private final long skippedRows;
  private final Map<String, Map<String, String>> unitAttributes;

  private CsvReadResult(Dataset dataset, List<CsvDiagnostic> diagnostics, CsvDialect dialectUsed, long skippedRows,
      Map<String, Map<String, String>> unitAttributes) {
    this.dataset = dataset;
    this.diagnostics = diagnostics;
    this.dialectUsed = dialectUsed;
    this.skippedRows = skippedRows;
    this.unitAttributes = unitAttributes;
  }

  /**
   * Obtains a result.
   *
   * @param dataset  the dataset, not null
   * @param diagnostics  the diagnostics, not null
   * @param dialectUsed  the dialect read with, not null
   * @param skippedRows  the number of rows without a value
   * @param unitAttributes  the attributes of each unit code, not null
   * @return the result, not null
   */
  public static CsvReadResult of(Dataset dataset, List<CsvDiagnostic> diagnostics, CsvDialect dialectUsed,
      long skippedRows, Map<String, Map<String, String>> unitAttributes) {
    Map<String, Map<String, String>> copy = new java.util.TreeMap<>();
    Objects.requireNonNull(unitAttributes, "unitAttributes").forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    return new CsvReadResult(Objects.requireNonNull(dataset, "dataset"), List.copyOf(diagnostics),
        Objects.requireNonNull(dialectUsed, "dialectUsed"), skippedRows,
        java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the dataset read.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns the observations read, in key order.
   *
   * @return the observations, not null
   */
  public List<Observation> observations() {
    return dataset.observations();
  }

  /**
   * Returns every diagnostic, in file order.
   *
   * @return the diagnostics, not null
   */
  public List<CsvDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Tells whether any diagnostic is an error (possible only when valid rows are kept).
   *
   * @return true if there are errors
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(CsvDiagnostic::isError);
  }

  /**
   * Returns the dialect the file was read with: the fixed one, or the one detected.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialectUsed() {
    return dialectUsed;
  }

  /**
   * Returns the number of rows (or wide cells) skipped for having no value.
   *
   * @return the count
   */
  public long skippedRows() {
    return skippedRows;
  }

  /**
   * Returns the attributes that a wide file gives each unit (its name and group columns), by unit code.
   *
   * @return the attributes by unit code, then by column name, not null, empty for long and SDMX files
   */
  public Map<String, Map<String, String>> unitAttributes() {
    return unitAttributes;
  }

  @Override
  public String toString() {
    return "CsvReadResult[" + dataset + ", " + diagnostics.size() + " diagnostics, " + dialectUsed + ", "
        + skippedRows + " rows skipped]";
  }
}
