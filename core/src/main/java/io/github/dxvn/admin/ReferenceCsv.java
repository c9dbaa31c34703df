package io.github.dxvn.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of this package's reference resources: UTF-8, comma-separated, no quoting, lines starting
 * with {@code #} are comments, the first other line is the header. Problems are collected with
 * file:line:column and thrown together by {@link #failIfProblems()}.
 */
final class ReferenceCsv {

  /** One data row: its line number and its fields. */
  static final class Row {
    final int line;
    final String[] fields;

    Row(int line, String[] fields) {
      this.line = line;
      this.fields = fields;
    }
  }

  private final String resource;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private ReferenceCsv(String resource) {
    this.resource = resource;
  }

  static ReferenceCsv read(String resource, String... header) {
    ReferenceCsv csv = new ReferenceCsv(resource);
    InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing reference resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean headerSeen = false;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        if (!headerSeen) {
          headerSeen = true;
          if (!Arrays.equals(fields, header)) {
            csv.problem(number, 1, "expected header " + String.join(",", header) + " but was " + line);
            break;
          }
        } else if (fields.length != header.length) {
          csv.problem(number, 1, "expected " + header.length + " fields but found " + fields.length);
        } else {
          csv.rows.add(new Row(number, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference resource " + resource, e);
    }
    return csv;
  }

  List<Row> rows() {
    return rows;
  }

  /** Records a problem at a row's field (0-based); the column reported is 1-based. */
  void problem(Row row, int field, String message) {
    problem(row.line, field + 1, message);
  }

  private void problem(int line, int column, String message) {
    problems.add(resource + ":" + line + ":" + column + ": " + message);
  }

  void failIfProblems() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid reference data:\n" + String.join("\n", problems));
    }
  }
}
