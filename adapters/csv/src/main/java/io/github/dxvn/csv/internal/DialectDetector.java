package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the dialect of a file from its first lines: the separator that the header uses most
 * ({@code ,}, {@code ;} or tab), then the decimal mark from the number cells of the first rows.
 */
final class DialectDetector {

  private static final int ROWS = 50;

  private DialectDetector() {}

  static CsvDialect detect(String sample, boolean bom) {
    String[] lines = sample.split("\r\n|\n|\r", ROWS + 2);
    int headerIndex = 0;
    while (headerIndex < lines.length - 1 && (lines[headerIndex].isBlank() || lines[headerIndex].startsWith("#"))) {
      headerIndex++;
    }
    String header = lines.length == 0 ? "" : lines[headerIndex];
    char separator = ',';
    int best = count(header, ',');
    for (char candidate : new char[] {';', '\t'}) {
      int n = count(header, candidate);
      if (n > best) {
        best = n;
        separator = candidate;
      }
    }
    int comma = 0;
    int dot = 0;
    // The last line of the sample may be cut short, so it is left out.
    for (int i = headerIndex + 1; i < lines.length - 1 && i <= headerIndex + ROWS; i++) {
      for (String cell : split(lines[i], separator)) {
        int evidence = decimalEvidence(cell);
        if (evidence == ',') {
          comma++;
        } else if (evidence == '.') {
          dot++;
        }
      }
    }
    // A semicolon file is Vietnamese unless it shows only dot decimals; a comma or tab file is
    // RFC 4180 unless it shows only comma decimals (quoted). Mixed files keep the separator's habit,
    // so that a stray "95.22" in a Vietnamese file is diagnosed rather than changing the dialect.
    boolean vietnamese = separator == ';' ? !(comma == 0 && dot > 0) : comma > 0 && dot == 0;
    CsvDialect base = vietnamese ? CsvDialect.VIETNAMESE : CsvDialect.RFC_4180;
    return base.withFieldSeparator(separator).withByteOrderMark(bom);
  }

  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  private static List<String> split(String line, char separator) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == separator && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(x);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Returns the decimal mark a number cell shows for sure, or 0 if none or ambiguous. */
  private static int decimalEvidence(String raw) {
    String cell = raw.strip();
    if (cell.endsWith("%")) {
      cell = cell.substring(0, cell.length() - 1).strip();
    }
    int lastMark = -1;
    boolean digit = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' || c == ',') {
        lastMark = i;
      } else if (!(c == '-' && i == 0)) {
        return 0;
      }
    }
    if (!digit || lastMark < 0) {
      return 0;
    }
    char mark = cell.charAt(lastMark);
    boolean both = cell.indexOf(mark == '.' ? ',' : '.') >= 0;
    int after = cell.length() - lastMark - 1;
    // "1.234,5" or "4,5": the last mark is a decimal mark; "4.327" alone could be either.
    if (both || after != 3) {
      return mark;
    }
    return 0;
  }
}
