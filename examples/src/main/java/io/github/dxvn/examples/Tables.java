package io.github.dxvn.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small comma-separated tables of the examples' reference data (DESI 2022, COINr's ASEM iData, whose
 * column names must keep their case): leading {@code #} lines (the source) are skipped, then a header
 * and rows of bare or quoted fields.
 */
final class Tables {

  private Tables() {}

  /**
   * Reads a table of the examples' resources.
   *
   * @param resource  the resource name, relative to this class, not null
   * @return the rows, each a map from column name to text in header order, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  static List<Map<String, String>> resource(String resource) {
    InputStream in = Tables.class.getResourceAsStream(Objects.requireNonNull(resource, "resource"));
    if (in == null) {
      throw new UncheckedIOException(new IOException("No resource " + resource));
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table from UTF-8 bytes; the stream is not closed.
   *
   * @param in  the bytes, not null
   * @return the rows, each a map from column name to text in header order, not null
   * @throws IOException if the stream cannot be read
   */
  static List<Map<String, String>> read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line = r.readLine();
    while (line != null && (line.startsWith("#") || line.startsWith("\uFEFF#"))) {
      line = r.readLine();
    }
    List<Map<String, String>> rows = new ArrayList<>();
    if (line == null) {
      return rows;
    }
    List<String> header = split(line.startsWith("\uFEFF") ? line.substring(1) : line);
    for (line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = split(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (!header.get(i).isEmpty()) {
          row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        b.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }
}
