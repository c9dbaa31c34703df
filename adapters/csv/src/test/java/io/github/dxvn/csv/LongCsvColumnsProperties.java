package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dxvn.csv.internal.ColumnsSink;
import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.csv.internal.LongFastPath;
import io.github.dxvn.csv.internal.RawScanner;
import io.github.dxvn.observation.ObservationColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The parallel read into columns and the byte-level scan give exactly what the general path (the
 * FastCSV-based scan of the whole file, sequential) gives: the same columns, counts and diagnostics,
 * and for a file with an error the same exception, for any number of chunks.
 */
class LongCsvColumnsProperties {

  private static final List<CsvDialect> DIALECTS = List.of(CsvDialect.RFC_4180, CsvDialect.VIETNAMESE,
      CsvDialect.RFC_4180.withFieldSeparator('\t'), CsvDialect.RFC_4180.withFieldSeparator(';'));

  /** What the general path gives for a file: columns, rows as text, counts and diagnostics, or its exception. */
  static final class General {
    ObservationColumns columns;
    List<String> rows = new ArrayList<>();
    long skipped;
    List<CsvDiagnostic> diagnostics;
    CsvDialect dialect;
  }

  static General general(Path file, CsvOptions options) throws IOException {
    Diagnostics diagnostics = new Diagnostics(file.getFileName().toString(), options.maxDiagnostics());
    RawScanner scanner = new RawScanner(options.dialect(), options.lenientNumbers(), diagnostics);
    ColumnsSink sink = new ColumnsSink();
    General g = new General();
    try (InputStream in = Files.newInputStream(file)) {
      scanner.scan(in, (u, i, p, v, unit, s) -> {
        g.rows.add(row(u, i, p, v, unit, s));
        sink.row(u, i, p, v, unit, s);
      });
    }
    g.columns = sink.build();
    g.skipped = scanner.skipped();
    g.diagnostics = diagnostics.list();
    g.dialect = scanner.dialect();
    return g;
  }

  static String row(String u, String i, String p, double v, String unit, String s) {
    return u + "|" + i + "|" + p + "|" + Double.doubleToLongBits(v) + "|" + unit + "|" + s;
  }

  /** A long file of random content; plain (fast-path) lines only unless irregular. */
  static String file(Random r, CsvDialect d, boolean irregular) {
    String sep = String.valueOf(d.fieldSeparator());
    List<String> header = new ArrayList<>(List.of("unit_code", "indicator_code", "period", "value"));
    if (r.nextBoolean()) {
      header.add("unit");
    }
    if (r.nextBoolean()) {
      header.add("status");
    }
    if (r.nextInt(3) == 0) {
      header.add("note");
    }
    Collections.shuffle(header, r);
    if (r.nextBoolean()) {
      header.set(0, header.get(0).toUpperCase(java.util.Locale.ROOT));
    }
    String eol = r.nextBoolean() ? "\n" : "\r\n";
    StringBuilder sb = new StringBuilder();
    if (d.byteOrderMark()) {
      sb.append('\uFEFF');
    }
    sb.append(String.join(sep, header)).append(eol);
    List<String> units = new ArrayList<>();
    int unitCount = 1 + r.nextInt(30);
    for (int k = 0; k < unitCount; k++) {
      units.add(r.nextInt(4) == 0 ? "UNIT-" + (100000 + r.nextInt(900000)) : String.format("%05d", r.nextInt(100000)));
    }
    Collections.sort(units);
    String[] indicators = {"DG01", "DE02", "DS33", "X_SHARE", "INFRA_HOUSEHOLD_FIBRE_SHARE"};
    String[] periods = {"2016", "2020", "2025", "2025-Q3"};
    int rows = r.nextInt(300);
    for (int n = 0; n < rows; n++) {
      String unit = units.get(Math.min(units.size() - 1, n * units.size() / Math.max(1, rows)));
      String value = r.nextInt(8) == 0 ? "" : number(r, d);
      String unitCell = value.endsWith("%") ? (r.nextBoolean() ? "%" : "") : new String[] {"", "%", "1"}[r.nextInt(3)];
      String status = value.isEmpty() ? new String[] {"", "M", "O", "A"}[r.nextInt(4)]
          : new String[] {"", "A", "E", "P"}[r.nextInt(4)];
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        switch (column.toLowerCase(java.util.Locale.ROOT)) {
          case "unit_code":
            cells.add(unit);
            break;
          case "indicator_code":
            cells.add(indicators[r.nextInt(indicators.length)]);
            break;
          case "period":
            cells.add(periods[r.nextInt(periods.length)]);
            break;
          case "value":
            // a spaced or quoted value reads the same on the general path (not an empty one: "" is no value)
            cells.add(value.isEmpty() ? value : irregular && r.nextInt(40) == 0 ? " " + value
                : irregular && r.nextInt(40) == 0 ? "\"" + value + "\"" : value);
            break;
          case "unit":
            cells.add(unitCell);
            break;
          case "status":
            cells.add(status);
            break;
          default:
            cells.add(irregular && r.nextInt(10) == 0 ? "Hà Nội" : "n" + r.nextInt(100));
            break;
        }
      }
      if (!header.contains("unit") && value.endsWith("%")) {
        for (int k = 0; k < header.size(); k++) {
          if (header.get(k).equalsIgnoreCase("value")) {
            cells.set(k, value.substring(0, value.length() - 1));
          }
        }
      }
      sb.append(String.join(sep, cells)).append(eol);
      if (irregular && r.nextInt(50) == 0) {
        sb.append(r.nextBoolean() ? eol : "# a comment" + eol);
      }
    }
    if (r.nextBoolean() && sb.length() > 0) {
      sb.setLength(sb.length() - eol.length()); // no line end after the last line
    }
    return sb.toString();
  }

  static String number(Random r, CsvDialect d) {
    char mark = d.decimalSeparator();
    switch (r.nextInt(8)) {
      case 0:
        return (r.nextBoolean() ? "-" : "") + r.nextInt(1000);
      case 1:
        // more than 15 significant digits: the typed path
        return "1234567890" + r.nextInt(1000000) + mark + r.nextInt(1000);
      case 2:
        return r.nextInt(100) + "" + mark + String.format("%02d", r.nextInt(100)) + "%";
      case 3:
        return mark == ',' ? (1 + r.nextInt(999)) + "." + String.format("%03d", r.nextInt(1000)) + "," + r.nextInt(10)
            : r.nextInt(10) + "e-" + (1 + r.nextInt(9));
      default:
        return r.nextInt(100000) + "" + mark + r.nextInt(100);
    }
  }

  /**
   * A {@link Random} that draws its numbers from a list QuickTheories generated, so that a falsified
   * property shrinks: a shorter list or smaller numbers give a shorter, plainer file (every choice
   * is 0, the first option, once the list is used up).
   */
  static final class Choices extends Random {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
      this.values = values;
    }

    @Override
    protected int next(int bits) {
      int v = next < values.size() ? values.get(next++) : 0;
      return bits == 32 ? v : v & ((1 << bits) - 1);
    }
  }

  /** The numbers a file is built from (a few thousand choices make a file of up to 300 rows). */
  static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 6000);
  }

  static Path write(String text) throws IOException {
    Path file = Files.createTempFile("dxvn-columns", ".csv");
    file.toFile().deleteOnExit();
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void parallelReadGivesTheColumnsOfTheSequentialGeneralPath() {
    qt().withExamples(150).forAll(choices(), integers().between(1, 40), integers().between(0, 3))
        .checkAssert((choices, chunks, d) -> check(() -> {
          Random r = new Choices(choices);
          CsvDialect dialect = DIALECTS.get(d);
          boolean irregular = r.nextInt(3) == 0;
          Path file = write(file(r, dialect, irregular));
          CsvOptions options = CsvOptions.of(dialect);
          General g = general(file, options);
          LongFastPath.Layout layout;
          try (FileChannel ch = FileChannel.open(file)) {
            layout = LongFastPath.layout(ch, options.dialect());
          }
          assertNotNull(layout);
          LongFastPath.Columns fast = LongFastPath.columns(file, layout, false, chunks, 2);
          if (!irregular) {
            assertNotNull(fast, "a plain file takes the fast path");
          }
          if (fast != null) {
            assertEquals(g.columns, fast.columns());
            assertEquals(g.skipped, fast.skipped());
          }
          CsvColumnsResult read = LongCsv.reader(options).readColumns(file, 1 + chunks % 3);
          assertEquals(g.columns, read.columns());
          assertEquals(g.skipped, read.skippedRows());
          assertEquals(g.diagnostics, read.diagnostics());
          assertEquals(g.dialect, read.dialectUsed());
          Files.delete(file);
        }));
  }

  @Test
  void scanGivesTheRowsAndDiagnosticsOfTheGeneralPath() {
    qt().withExamples(150).forAll(choices(), integers().between(0, 3)).checkAssert((choices, d) -> check(() -> {
      Random r = new Choices(choices);
      CsvDialect dialect = DIALECTS.get(d);
      Path file = write(file(r, dialect, r.nextBoolean()));
      CsvOptions options = d == 0 ? CsvOptions.defaults() : CsvOptions.of(dialect);
      General g = general(file, options);
      List<String> rows = new ArrayList<>();
      List<String> units = new ArrayList<>();
      CsvScanResult scan = LongCsv.reader(options).scan(file, (u, i, p, v, unit, s) -> {
        rows.add(row(u, i, p, v, unit, s));
        units.add(u);
      });
      assertEquals(g.rows, rows);
      assertEquals(g.skipped, scan.skippedRows());
      assertEquals(g.rows.size(), scan.rows());
      assertEquals(g.diagnostics, scan.diagnostics());
      for (int k = 1; k < units.size(); k++) {
        if (units.get(k).equals(units.get(k - 1))) {
          assertTrue(units.get(k) == units.get(k - 1), "equal codes are one instance");
        }
      }
      Files.delete(file);
    }));
  }

  /** One bad cell or line, anywhere. */
  static String spoil(String text, Random r, CsvDialect d) {
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split(eol, -1)));
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(String.valueOf(d.fieldSeparator()), -1));
    List<Integer> candidates = new ArrayList<>();
    for (int k = 1; k < lines.size(); k++) {
      if (!lines.get(k).isEmpty() && !lines.get(k).startsWith("#")) {
        candidates.add(k);
      }
    }
    int at;
    if (candidates.isEmpty()) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(column.equalsIgnoreCase("value") ? "1" : column.equalsIgnoreCase("unit_code") ? "9" : column
            .equalsIgnoreCase("indicator_code") ? "X" : column.equalsIgnoreCase("period") ? "2020" : "");
      }
      at = lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
      lines.add(at, String.join(String.valueOf(d.fieldSeparator()), cells));
    } else {
      at = candidates.get(r.nextInt(candidates.size()));
    }
    List<String> cells = new ArrayList<>(List.of(lines.get(at).split(String.valueOf(d.fieldSeparator()), -1)));
    String[][] bad = {
      {"value", "12x"}, {"period", "20x5"}, {"indicator_code", "_BAD"}, {"unit_code", ""}, {"status", "Z"},
      {"status", "M"}, {"unit", "%%"}, {"value", "1.5.5"}
    };
    String[] spoil = bad[r.nextInt(bad.length)];
    int column = -1;
    for (int k = 0; k < header.size(); k++) {
      if (header.get(k).equalsIgnoreCase(spoil[0])) {
        column = k;
      }
    }
    if (column < 0 || cells.size() != header.size()) {
      cells.add("extra"); // a ragged line
    } else {
      int value = -1;
      for (int k = 0; k < header.size(); k++) {
        if (header.get(k).equalsIgnoreCase("value")) {
          value = k;
        }
      }
      if (cells.get(value).isEmpty()) {
        cells.set(value, "7");
      }
      cells.set(column, spoil[1]);
    }
    lines.set(at, String.join(String.valueOf(d.fieldSeparator()), cells));
    return String.join(eol, lines);
  }

  @Test
  void aBadRowInAnyChunkGivesTheSequentialReadersExceptionAndNoResult() {
    qt().withExamples(150).forAll(choices(), integers().between(1, 40), integers().between(0, 3))
        .checkAssert((choices, chunks, d) -> check(() -> {
          Random r = new Choices(choices);
          CsvDialect dialect = DIALECTS.get(d);
          Path file = write(spoil(file(r, dialect, r.nextInt(4) == 0), r, dialect));
          CsvOptions options = CsvOptions.of(dialect);
          General g = general(file, options);
          assertTrue(g.diagnostics.stream().anyMatch(CsvDiagnostic::isError), () -> file.toString());
          LongFastPath.Layout layout;
          try (FileChannel ch = FileChannel.open(file)) {
            layout = LongFastPath.layout(ch, options.dialect());
          }
          assertNull(LongFastPath.columns(file, layout, false, chunks, 2));
          CsvFormatException e = assertThrows(CsvFormatException.class,
              () -> LongCsv.reader(options).readColumns(file, 2));
          assertEquals(g.diagnostics, e.diagnostics());
          CsvFormatException s = assertThrows(CsvFormatException.class,
              () -> LongCsv.reader(options).scan(file, (u, i, p, v, unit, st) -> { }));
          assertEquals(g.diagnostics, s.diagnostics());
          CsvColumnsResult kept = LongCsv.reader(options.withKeepValidRows(true)).readColumns(file, 2);
          assertEquals(g.columns, kept.columns());
          assertEquals(g.diagnostics, kept.diagnostics());
          Files.delete(file);
        }));
  }

  /** Something that may fail with an I/O error. */
  interface Check {
    void run() throws IOException;
  }

  static void check(Check check) {
    try {
      check.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
