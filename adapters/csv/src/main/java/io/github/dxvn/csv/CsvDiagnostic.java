package io.github.dxvn.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a CSV file, located like a compiler message: file, line and column.
 *
 * <p>Printed as {@code obs.csv:17:4: invalid value "12,5,0" for SOC_EID_ACTIVATED: ...}; warnings
 * and notes put {@code warning: } or {@code note: } before the message, errors nothing. Lines count
 * from 1 as a text editor does (a quoted cell spanning lines counts every line); columns are field
 * numbers from 1, and 0 when the problem concerns a whole line or file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvDiagnostic {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** The row or file is wrong; by default no dataset is built. */
    ERROR,
    /** The data were read but may not be what was meant (a dot decimal read leniently, an unknown code). */
    WARNING,
    /** Information about the reading (rows skipped for a missing value, the dialect detected). */
    INFO
  }

  private final String file;
  private final long line;
  private final int column;
  private final Severity severity;
  private final String message;
  private final String text;

  private CsvDiagnostic(String file, long line, int column, Severity severity, String message, String text) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.severity = severity;
    this.message = message;
    this.text = text;
  }

  /**
   * Obtains a diagnostic.
   *
   * @param file  the file name as shown to people, not null
   * @param line  the line, from 1, or 0 for the whole file
   * @param column  the field number, from 1, or 0 for the whole line
   * @param severity  how serious, not null
   * @param message  what is wrong and what was expected, not null
   * @param text  the offending text, or null if none
   * @return the diagnostic, not null
   * @throws IllegalArgumentException if the line or column is negative
   */
  public static CsvDiagnostic of(
      String file, long line, int column, Severity severity, String message, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("Invalid value for line (valid values 0 - ...): " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("Invalid value for column (valid values 0 - ...): " + column);
    }
    return new CsvDiagnostic(file, line, column, severity, message, text);
  }

  /**
   * Returns the file name as shown to people.
   *
   * @return the name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line, from 1; 0 for the whole file.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the field number, from 1; 0 for the whole line.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns how serious the problem is.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns what is wrong and what was expected.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * Returns the offending text of the cell or line.
   *
   * @return the text, or empty
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CsvDiagnostic)) {
      return false;
    }
    CsvDiagnostic other = (CsvDiagnostic) obj;
    return file.equals(other.file) && line == other.line && column == other.column
        && severity == other.severity && message.equals(other.message) && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, severity, message, text);
  }

  /**
   * Returns {@code FILE:LINE:COLUMN: MESSAGE}, with {@code warning: } or {@code note: } before the
   * message of a warning or an information.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String prefix = severity == Severity.ERROR ? "" : severity == Severity.WARNING ? "warning: " : "note: ";
    return file + ':' + line + ':' + column + ": " + prefix + message;
  }
}
