package io.github.dxvn.csv;

import io.github.dxvn.index.Framework;
import io.github.dxvn.index.MetaRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a COINr {@code iMeta} file gave: its rows, the composite-index framework they form,
 * every diagnostic and the dialect.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvMetaResult {

  private final List<MetaRow> rows;
  private final Framework framework;
  private final List<CsvDiagnostic> diagnostics;
  private final CsvDialect dialectUsed;

  private CsvMetaResult(List<MetaRow> rows, Framework framework, List<CsvDiagnostic> diagnostics,
      CsvDialect dialectUsed) {
    this.rows = rows;
    this.framework = framework;
    this.diagnostics = diagnostics;
    this.dialectUsed = dialectUsed;
  }

  /**
   * Obtains a result.
   *
   * @param rows  the rows read, not null
   * @param framework  the framework, or null if the rows form none
   * @param diagnostics  the diagnostics, not null
   * @param dialectUsed  the dialect, not null
   * @return the result, not null
   */
  public static CsvMetaResult of(List<MetaRow> rows, Framework framework, List<CsvDiagnostic> diagnostics,
      CsvDialect dialectUsed) {
    return new CsvMetaResult(List.copyOf(rows), framework, List.copyOf(diagnostics),
        Objects.requireNonNull(dialectUsed, "dialectUsed"));
  }

  /**
   * Returns the rows, in file order.
   *
   * @return the rows, not null
   */
  public List<MetaRow> rows() {
    return rows;
  }

  /**
   * Returns the framework of the indicator and aggregate rows.
   *
   * @return the framework, or empty if the rows form none (then a diagnostic says why)
   */
  public Optional<Framework> framework() {
    return Optional.ofNullable(framework);
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
   * Returns the dialect read with.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialectUsed() {
    return dialectUsed;
  }

  @Override
  public String toString() {
    return "CsvMetaResult[" + rows.size() + " rows, " + (framework == null ? "no framework" : framework) + ", "
        + diagnostics.size() + " diagnostics]";
  }
}
