package io.github.dxvn.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A table of results, written as RFC 4180 CSV or as a JSON array of objects. */
final class ResultTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  ResultTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  void add(List<String> row) {
    rows.add(List.copyOf(row));
  }

  int size() {
    return rows.size();
  }

  /** A score as text: at most 6 decimals, no exponent; empty for a missing value. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  String toCsv() {
    StringBuilder b = new StringBuilder();
    line(b, header);
    rows.forEach(r -> line(b, r));
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (i > 0) {
        b.append(',');
      }
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    b.append("\r\n");
  }

  String toJson() {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    w.print("[");
    for (int r = 0; r < rows.size(); r++) {
      w.print(r == 0 ? "\n  {" : ",\n  {");
      List<String> row = rows.get(r);
      for (int i = 0; i < header.size(); i++) {
        // the first column names the unit: always text, even when it looks like a number ("48")
        w.print((i == 0 ? "" : ", ") + quote(header.get(i)) + ": " + (i == 0 ? quote(row.get(i)) : jsonValue(row.get(i))));
      }
      w.print("}");
    }
    w.print(rows.isEmpty() ? "]\n" : "\n]\n");
    w.flush();
    return s.toString();
  }

  private static String jsonValue(String cell) {
    if (cell.isEmpty()) {
      return "null";
    }
    if (cell.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
      return cell;
    }
    return quote(cell);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** Writes the table to a file (JSON for {@code .json}, else CSV), atomically, or to standard output. */
  void write(Path out, PrintWriter stdout) throws IOException {
    if (out == null) {
      stdout.print(toCsv());
      stdout.flush();
      return;
    }
    String text = DataFiles.isJson(out) ? toJson() : toCsv();
    DataFiles.writeAtomically(out, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }
}
