package io.github.dxvn.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the small RFC 4180 files that core ships as reference data. Core has no CSV dependency, and
 * its own resources are few hundred rows, so a plain reader suffices; user data goes through the CSV
 * adapter. Lines starting with {@code #} before the header are comments (the files' source lines).
 */
public final class SimpleCsv {

  private final String name;
  private final List<String> comments;
  private final Map<String, Integer> columns;
  private final List<Row> rows;
  private final List<String> problems = new ArrayList<>();
  private int headerLine;

  private SimpleCsv(String name, List<String> comments, Map<String, Integer> columns, List<Row> rows) {
    this.name = name;
    this.comments = comments;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads a resource next to a class whose header must be exactly the given columns. Rows with
   * another number of fields are left out and recorded as problems, like the problems that the
   * caller adds with {@link #problem(Row, int, String)}; {@link #failIfProblems()} throws them all.
   *
   * @param anchor  the class whose package holds the resource, not null
   * @param resource  the resource name relative to the class, not null
   * @param header  the expected column names, in order
   * @return the parsed file, not null
   * @throws IllegalStateException if the resource is missing or a quoted field is unterminated
   */
  public static SimpleCsv read(Class<?> anchor, String resource, String... header) {
    SimpleCsv csv = readResource(anchor, resource);
    List<String> actual = new ArrayList<>(java.util.Collections.nCopies(csv.columns.size(), ""));
    csv.columns.forEach((column, index) -> actual.set(index, column));
    if (!actual.equals(List.of(header))) {
      csv.problems.add(resource + ":" + csv.headerLine + ":1: expected header " + String.join(",", header)
          + " but was " + String.join(",", actual));
      csv.rows.clear();
      return csv;
    }
    csv.rows.removeIf(row -> {
      if (row.fields.size() != header.length) {
        csv.problems.add(resource + ":" + row.line + ":1: expected " + header.length + " fields but found "
            + row.fields.size());
        return true;
      }
      return false;
    });
    return csv;
  }

  /**
   * Records a problem at a row's field, reported with the file, line and column.
   *
   * @param row  the row, not null
   * @param field  the field's index, from 0
   * @param message  what is wrong, not null
   */
  public void problem(Row row, int field, String message) {
    problems.add(name + ":" + row.line + ":" + (field + 1) + ": " + message);
  }

  /**
   * Throws every problem recorded, if any.
   *
   * @throws IllegalStateException listing the problems, one per line
   */
  public void failIfProblems() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid reference data:\n" + String.join("\n", problems));
    }
  }

  /**
   * Reads a resource next to a class.
   *
   * @param anchor  the class whose package holds the resource, not null
   * @param resource  the resource name relative to the class, not null
   * @return the parsed file, not null
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static SimpleCsv readResource(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + resource + " next to " + anchor.getName());
    }
    try (in) {
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + resource, e);
    }
  }

  /**
   * Reads CSV text from a stream in UTF-8.
   *
   * @param name  the file name used in error messages, not null
   * @param in  the stream, not null, not closed
   * @return the parsed file, not null
   * @throws IOException if reading fails
   * @throws IllegalStateException if the text is malformed
   */
  public static SimpleCsv read(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> comments = new ArrayList<>();
    Map<String, Integer> columns = null;
    int headerLine = 0;
    List<Row> rows = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (columns == null && line.startsWith("#")) {
        comments.add(line.substring(1).trim());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      int startLine = lineNumber;
      // A quoted field may span lines: keep reading while the quotes are unbalanced.
      StringBuilder record = new StringBuilder(line);
      while (quotesOpen(record)) {
        String next = reader.readLine();
        if (next == null) {
          throw new IllegalStateException(name + ":" + startLine + ": unterminated quoted field");
        }
        lineNumber++;
        record.append('\n').append(next);
      }
      List<String> fields = split(name, startLine, record);
      if (columns == null) {
        headerLine = startLine;
        columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          columns.put(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
      } else {
        rows.add(new Row(name, startLine, fields, columns));
      }
    }
    if (columns == null) {
      throw new IllegalStateException(name + ": no header line");
    }
    SimpleCsv csv = new SimpleCsv(name, List.copyOf(comments), Map.copyOf(columns), rows);
    csv.headerLine = headerLine;
    return csv;
  }

  private static boolean quotesOpen(CharSequence record) {
    int quotes = 0;
    for (int i = 0; i < record.length(); i++) {
      if (record.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 != 0;
  }

  private static List<String> split(String name, int line, CharSequence record) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() != 0) {
          throw new IllegalStateException(
              name + ":" + line + ":" + (i + 1) + ": quote inside an unquoted field");
        }
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * Returns the file name given when reading.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the comment lines before the header, without the {@code #}.
   *
   * @return the comments, not null
   */
  public List<String> comments() {
    return comments;
  }

  /**
   * Returns the data rows.
   *
   * @return the rows in file order, not null
   */
  public List<Row> rows() {
    return java.util.Collections.unmodifiableList(rows);
  }

  /** One data row, with its line number for error messages. */
  public static final class Row {
    private final String file;
    private final int line;
    private final List<String> fields;
    private final Map<String, Integer> columns;

    Row(String file, int line, List<String> fields, Map<String, Integer> columns) {
      this.file = file;
      this.line = line;
      this.fields = List.copyOf(fields);
      this.columns = columns;
    }

    /**
     * Returns the line the row starts on, counting from 1.
     *
     * @return the line number
     */
    public int line() {
      return line;
    }

    /**
     * Returns a field by position, as written.
     *
     * @param index  the field's index, from 0
     * @return the text, not null
     * @throws IndexOutOfBoundsException if the row has fewer fields
     */
    public String field(int index) {
      return fields.get(index);
    }

    /**
     * Returns a cell, trimmed; empty if the column is absent or the row is short.
     *
     * @param column  the column name, case-insensitive, not null
     * @return the trimmed text, not null
     */
    public String get(String column) {
      Integer index = columns.get(column.toLowerCase(Locale.ROOT));
      if (index == null || index >= fields.size()) {
        return "";
      }
      return fields.get(index).trim();
    }

    /**
     * Returns a cell that must not be empty.
     *
     * @param column  the column name, case-insensitive, not null
     * @return the trimmed text, not empty
     * @throws IllegalStateException if the cell is empty
     */
    public String require(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw error("empty " + column);
      }
      return value;
    }

    /**
     * Builds an exception that names the file and line of this row.
     *
     * @param message  what is wrong, not null
     * @return the exception to throw, not null
     */
    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + Objects.requireNonNull(message));
    }
  }
}
