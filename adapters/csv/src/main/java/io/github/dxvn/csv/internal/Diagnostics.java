package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDiagnostic;
import io.github.dxvn.csv.CsvDiagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one file, up to a maximum; counts the errors beyond it; remembers the
 * lines with encoding errors so that their rows are not diagnosed twice.
 */
public final class Diagnostics {

  private final String file;
  private final int max;
  private final List<CsvDiagnostic> kept = new ArrayList<>();
  private final Set<Long> badLines = new HashSet<>();
  private long errors;
  private long dropped;
  private long lineOffset;

  /**
   * Creates a collector.
   *
   * @param file  the file name shown, not null
   * @param max  the maximum number kept
   */
  public Diagnostics(String file, int max) {
    this.file = file;
    this.max = max;
  }

  /**
   * Returns the file name shown.
   *
   * @return the name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Shifts the line numbers of the diagnostics added from now on (line 0, the whole file, is not
   * shifted): for a reader that takes over a file part-way, whose own line 1 is a later line of the file.
   *
   * @param offset  the number of lines before the reader's first line
   */
  public void shiftLines(long offset) {
    this.lineOffset = offset;
  }

  /**
   * Adds an error.
   *
   * @param line  the line
   * @param column  the field number, or 0
   * @param message  the message, not null
   * @param text  the offending text, or null
   */
  public void error(long line, int column, String message, String text) {
    add(line, column, Severity.ERROR, message, text);
  }

  /**
   * Adds a warning.
   *
   * @param line  the line
   * @param column  the field number, or 0
   * @param message  the message, not null
   * @param text  the offending text, or null
   */
  public void warning(long line, int column, String message, String text) {
    add(line, column, Severity.WARNING, message, text);
  }

  /**
   * Adds a note.
   *
   * @param line  the line
   * @param column  the field number, or 0
   * @param message  the message, not null
   * @param text  the offending text, or null
   */
  public void info(long line, int column, String message, String text) {
    add(line, column, Severity.INFO, message, text);
  }

  /**
   * Adds a diagnostic.
   *
   * @param line  the line
   * @param column  the field number, or 0
   * @param severity  the severity, not null
   * @param message  the message, not null
   * @param text  the offending text, or null
   */
  public void add(long line, int column, Severity severity, String message, String text) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    if (kept.size() < max) {
      kept.add(CsvDiagnostic.of(file, line > 0 ? line + lineOffset : line, column, severity, message, text));
    } else {
      dropped++;
    }
  }

  /**
   * Records an encoding error on a line.
   *
   * @param line  the line
   * @param character  the character position in the line
   * @param bytes  the bytes, in hexadecimal
   */
  public void malformed(long line, long character, String bytes) {
    badLines.add(line);
    error(line, 0, "invalid UTF-8 byte sequence " + bytes + " at character " + character
        + " (expected a file encoded in UTF-8)", bytes);
  }

  /**
   * Tells whether a row starting on a line has an encoding error.
   *
   * @param line  the line
   * @return true if the line had an encoding error
   */
  public boolean isBadLine(long line) {
    return !badLines.isEmpty() && badLines.contains(line);
  }

  /**
   * Tells whether a record can be read: its line decoded cleanly (an encoding error was reported
   * already) and it has as many fields as the header (reported if not).
   *
   * @param record  the record, not null
   * @param width  the number of header fields
   * @param separator  the field separator, to quote the row
   * @return true if the record can be read
   */
  public boolean isReadable(de.siegmar.fastcsv.reader.CsvRecord record, int width, char separator) {
    long line = record.getStartingLineNumber();
    if (isBadLine(line)) {
      return false;
    }
    if (record.getFieldCount() != width) {
      error(line, 0, "expected " + width + " fields as in the header, found " + record.getFieldCount(),
          String.join(String.valueOf(separator), record.getFields()));
      return false;
    }
    return true;
  }

  /**
   * Tells whether any error was found, kept or not.
   *
   * @return true if there are errors
   */
  public boolean hasErrors() {
    return errors > 0;
  }

  /**
   * Returns the number of errors found, kept or not.
   *
   * @return the count
   */
  public long errorCount() {
    return errors;
  }

  /**
   * Tells whether the maximum was reached, so that further work would only be counted.
   *
   * @return true if full
   */
  public boolean isFull() {
    return kept.size() >= max;
  }

  /**
   * Returns the diagnostics in file order (line, column), with a last note if some were dropped.
   *
   * @return the diagnostics, unmodifiable, not null
   */
  public List<CsvDiagnostic> list() {
    List<CsvDiagnostic> sorted = new ArrayList<>(kept);
    sorted.sort(Comparator.comparingLong(CsvDiagnostic::line).thenComparingInt(CsvDiagnostic::column));
    if (dropped > 0) {
      sorted.add(CsvDiagnostic.of(file, 0, 0, Severity.INFO,
          dropped + " more diagnostic(s) not kept (at most " + max + " are kept; " + errors + " error(s) in all)",
          null));
    }
    return List.copyOf(sorted);
  }
}
