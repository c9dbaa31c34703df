package io.github.dxvn.csv;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a CSV file has errors, with every diagnostic found (up to the configured maximum), not
 * just the first. The message lists the errors, one per line, in file order.
 *
 * <p>This class is immutable and thread-safe.
 */
public class CsvFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The diagnostics, errors first in file order, then the others. */
  private final transient List<CsvDiagnostic> diagnostics;

  /**
   * Constructs an exception listing the diagnostics of a file.
   *
   * @param diagnostics  every diagnostic found, at least one error, not null
   */
  public CsvFormatException(List<CsvDiagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(List<CsvDiagnostic> diagnostics) {
    List<CsvDiagnostic> errors = diagnostics.stream().filter(CsvDiagnostic::isError).collect(Collectors.toList());
    return errors.size() + " error(s) in CSV:\n"
        + errors.stream().map(CsvDiagnostic::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Returns every diagnostic found: errors, warnings and notes, in file order.
   *
   * @return the diagnostics, not null
   */
  public List<CsvDiagnostic> diagnostics() {
    return diagnostics;
  }
}
