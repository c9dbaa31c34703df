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

  private SimpleCsv(String name, List<String> comments, Map<String, Integer> columns, List<Row> rows) {
    this.name = name;
    this.comments = comments;
    this.columns = columns;
    this.rows = rows;
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
    return new SimpleCsv(name, List.copyOf(comments), Map.copyOf(columns), List.copyOf(rows));
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
    return rows;
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
