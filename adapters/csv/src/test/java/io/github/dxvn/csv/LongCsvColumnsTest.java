package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples of {@link LongCsv.Reader#readColumns(Path, int)} and of the byte-level scan. */
class LongCsvColumnsTest {

  @TempDir
  Path dir;

  private static final String BENCH = "unit_code,indicator_code,period,value,unit,status\n"
      + "02891,DG01,2016,31.28,%,A\n02891,DG02,2016,,%,M\n02891,DE01,2016,4327,1,E\n07063,DG01,2016,12.5,%,\n"
      + "07063,DG01,2017,100,%,A\n";

  private Path write(String text) throws IOException {
    Path file = dir.resolve("obs.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsALongFileIntoColumns() throws IOException {
    CsvColumnsResult result = LongCsv.reader(CsvOptions.defaults()).readColumns(write(BENCH), 2);
    ObservationColumns c = result.columns();
    assertEquals(4, c.size());
    assertEquals(List.of("02891", "07063"), c.units());
    assertEquals(List.of("DG01", "DE01"), c.indicators());
    assertEquals(List.of(Period.parse("2016"), Period.parse("2017")), c.periods());
    assertEquals(31.28, c.value(0));
    assertEquals(4327.0, c.value(1));
    assertEquals(ObservationStatus.ESTIMATED, c.status(1));
    assertEquals(ObservationStatus.NORMAL, c.status(2));
    assertEquals(1, c.unitIndex(3));
    assertEquals(1, result.skippedRows());
    assertEquals(CsvDialect.RFC_4180, result.dialectUsed());
    assertEquals(List.of("obs.csv:0:0: note: 1 row(s) without a value skipped"), LongCsvTest.lines(result.diagnostics()));
  }

  @Test
  void readsTheVietnameseDialect() throws IOException {
    Path file = write("\uFEFFunit_code;indicator_code;period;value;unit\r\n45;X_SHARE;2023;99,53;%\r\n"
        + "45;X_COUNT;2023;4.327;1\r\n46;X_SHARE;2023;12,5%;\r\n");
    CsvColumnsResult result = LongCsv.reader(CsvOptions.defaults()).readColumns(file);
    assertEquals(CsvDialect.VIETNAMESE, result.dialectUsed());
    assertEquals(99.53, result.columns().value(0));
    assertEquals(4327.0, result.columns().value(1));
    assertEquals(12.5, result.columns().value(2));
  }

  @Test
  void anyNumberOfThreadsGivesTheSameColumns() throws IOException {
    StringBuilder text = new StringBuilder("unit_code,indicator_code,period,value\n");
    for (int u = 0; u < 500; u++) {
      for (int i = 0; i < 7; i++) {
        text.append(String.format("%05d,I%02d,20%02d,%d.%02d%n", u, i, 16 + u % 3, u * i, u % 100));
      }
    }
    Path file = write(text.toString());
    LongCsv.Reader reader = LongCsv.reader(CsvOptions.defaults());
    ObservationColumns one = reader.readColumns(file, 1).columns();
    assertEquals(3500, one.size());
    for (int threads = 2; threads <= 5; threads++) {
      assertEquals(one, reader.readColumns(file, threads).columns());
    }
  }

  @Test
  void aBadValueFailsWithItsFileLineColumnAndText() throws IOException {
    StringBuilder text = new StringBuilder("unit_code,indicator_code,period,value\n");
    for (int u = 0; u < 1000; u++) {
      text.append(u).append(",X,2020,").append(u == 900 ? "1.5.5" : "1.5").append('\n');
    }
    Path file = write(text.toString());
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> LongCsv.reader(CsvOptions.defaults()).readColumns(file, 2));
    assertEquals(List.of("obs.csv:902:4: invalid value \"1.5.5\": expected a digit after the decimal mark, found '.' "
        + "(character 4)"), LongCsvTest.lines(e.diagnostics()));
    CsvColumnsResult kept = LongCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).readColumns(file, 2);
    assertEquals(999, kept.columns().size());
    assertEquals(e.diagnostics(), kept.diagnostics());
  }

  @Test
  void aValueBeyondTheRangeOfADoubleFailsWithItsFileLineColumnAndText() throws IOException {
    Path file = write("unit_code,indicator_code,period,value\n01,X,2020,1.5\n02,X,2020,1e999\n03,X,2020,-1E400\n");
    List<String> expected = List.of(
        "obs.csv:3:4: invalid value \"1e999\": beyond the range of a double (at most about 1.8E308 in magnitude)",
        "obs.csv:4:4: invalid value \"-1E400\": beyond the range of a double (at most about 1.8E308 in magnitude)");
    for (int threads = 1; threads <= 2; threads++) {
      int t = threads;
      CsvFormatException e = assertThrows(CsvFormatException.class,
          () -> LongCsv.reader(CsvOptions.defaults()).readColumns(file, t));
      assertEquals(expected, LongCsvTest.lines(e.diagnostics()));
    }
    CsvFormatException scanned = assertThrows(CsvFormatException.class,
        () -> LongCsv.reader(CsvOptions.defaults()).scan(file, (u, i, p, v, unit, status) -> { }));
    assertEquals(expected, LongCsvTest.lines(scanned.diagnostics()));
    assertEquals(1, LongCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).readColumns(file, 2).columns().size());
  }

  @Test
  void scanTakesOverAtAQuotedLineWithTheFilesLineNumbersAndTheSameCodeInstances() throws IOException {
    Path file = write("unit_code,indicator_code,period,value\r\n45,X,2020,1\r\n\r\n45,X,2020,\"2\"\r\n"
        + "45,X,2020,3\r\n45,X,20x0,4\r\n");
    List<String> units = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    CsvScanResult result = LongCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).scan(file,
        (unit, indicator, period, value, u, status) -> {
          units.add(unit);
          values.add(value);
        });
    assertEquals(List.of(1.0, 2.0, 3.0), values);
    assertTrue(units.get(0) == units.get(1) && units.get(1) == units.get(2));
    assertEquals(List.of("obs.csv:6:3: invalid period \"20x0\": expected a digit, found 'x' (character 3)"),
        LongCsvTest.lines(result.diagnostics()));
  }

  @Test
  void aFileTheFastPathCannotTakeIsReadTheGeneralWay() throws IOException {
    Path file = write("# a comment first\n\"unit_code\",indicator_code,period,value,note\n45,X,2020, 1 ,Hà Nội\n");
    CsvColumnsResult result = LongCsv.reader(CsvOptions.defaults()).readColumns(file);
    assertEquals(1.0, result.columns().value(0));
  }

  @Test
  void contract() {
    LongCsv.Reader reader = LongCsv.reader(CsvOptions.defaults());
    assertThrows(NullPointerException.class, () -> reader.readColumns(null));
    assertThrows(NullPointerException.class, () -> reader.readColumns(null, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.readColumns(dir, 0));
    assertEquals("Invalid value for threads (valid values 1 or more): 0", e.getMessage());
    assertThrows(IOException.class, () -> reader.readColumns(dir.resolve("missing.csv")));
    assertThrows(NullPointerException.class, () -> CsvColumnsResult.of(null, 0, List.of(), CsvDialect.RFC_4180));
    assertThrows(NullPointerException.class,
        () -> CsvColumnsResult.of(ObservationColumns.builder().build(), 0, null, CsvDialect.RFC_4180));
    assertThrows(NullPointerException.class,
        () -> CsvColumnsResult.of(ObservationColumns.builder().build(), 0, List.of(), null));
  }

  /** Scans a file on the general path (a comment first keeps the fast path out) and lists rows and diagnostics. */
  List<String> scanGeneral(CsvOptions options, String text) throws IOException {
    Path file = write("# general path\n" + text);
    List<String> out = new ArrayList<>();
    CsvScanResult result = LongCsv.reader(options.withKeepValidRows(true)).scan(file,
        (unit, indicator, period, value, u, status) -> out.add(unit + "|" + indicator + "|" + period + "|" + value
            + "|" + u + "|" + status));
    out.addAll(LongCsvTest.lines(result.diagnostics()));
    return out;
  }

  @Test
  void theGeneralScanReadsCellsAsTheyAreMeant() throws IOException {
    assertEquals(List.of("45|X|2020|1234.0||", "46|Y|2021|1.5|%|E", "47|Y|2021|0.5||"),
        scanGeneral(CsvOptions.of(CsvDialect.VIETNAMESE.withByteOrderMark(false)),
            "unit_code;indicator_code;period;value;unit;status\n 45 ;X ;'2020;1.234;;\n46;Y;2021;1,5;%;E\n"
                + "47;Y;2021;0,5;;\n"));
    assertEquals(List.of("45|X|2020|1.234||", "46|Y|2021|5.0||", "47|Y|2021|5.0|%|"),
        scanGeneral(CsvOptions.of(CsvDialect.RFC_4180),
            "unit_code,indicator_code,period,value,unit,status\n45 , X,2020,1.234,,\n46,Y,2021,5%,,\n"
                + "47,Y,2021,5%,%,\n"));
  }

  @Test
  void theGeneralScanReportsEveryBadRow() throws IOException {
    assertEquals(List.of("45|X|2020|1.0||", "obs.csv:0:0: note: 1 row(s) without a value skipped",
            "obs.csv:4:2: invalid indicator code \"x y\": indicator codes use A-Z, 0-9 and '_' (not first), found 'x' "
                + "(character 1)",
            "obs.csv:5:2: invalid indicator code \"x y\": indicator codes use A-Z, 0-9 and '_' (not first), found 'x' "
                + "(character 1)",
            "obs.csv:6:4: invalid value \"5%\": a value with '%' needs the unit % (the unit is 1)",
            "obs.csv:7:6: status M means that there is no value, but the value cell holds a value (expected an empty "
                + "value)",
            "obs.csv:8:0: expected 6 fields as in the header, found 2",
            "obs.csv:9:1: missing unit code (expected the code of an administrative unit)"),
        scanGeneral(CsvOptions.defaults(), "unit_code,indicator_code,period,value,unit,status\n45,X,2020,1,,\n"
            + "45,x y,2020,1,,\n45,x y,2020,2,,\n45,X,2020,5%,1,\n45,X,2020,3,,M\n45,X\n,X,2020,1,,\n45,X,2020,,,\n"));
  }

  @Test
  void theGeneralScanChecksTheHeader() throws IOException {
    assertEquals(List.of("45|X|2020|1.0||"), scanGeneral(CsvOptions.defaults(),
        "unit_code,indicator_code,period,value\n45,X,2020,1\n"));
    assertEquals(List.of("obs.csv:2:0: missing required column value in the header"), scanGeneral(
        CsvOptions.defaults(), "unit_code,indicator_code,period,unit\n45,X,2020,1\n"));
    assertEquals(List.of("obs.csv:2:5: duplicate column \"VALUE\""), scanGeneral(CsvOptions.defaults(),
        "unit_code,indicator_code,period,value,VALUE\n45,X,2020,1,2\n"));
    assertEquals(List.of("obs.csv:1:0: empty file (expected a header with unit_code, indicator_code, period, value)"),
        scanGeneral(CsvOptions.defaults(), ""));
  }

  @Test
  void theScanNormalisesDecomposedCodesAsTheGeneralPathDoes() throws IOException {
    // Decomposed (NFD) Vietnamese in a plain cell: the pool must not hand it out as written.
    String nfd = "Qua\u0309ng Tri\u0323";
    assertEquals(List.of("Quảng Trị|X|2020|1.0||", "Quảng Trị|X|2021|2.0||", "\u0300|X|2022|3.0||",
            "H\u00E0|X|2023|4.0||"),
        scanGeneral(CsvOptions.defaults(), "unit_code,indicator_code,period,value,unit,status\n" + nfd
            + ",X,2020,1,,\n" + nfd + ",X,2021,2,,\n\u0300,X,2022,3,,\nHa\u0300,X,2023,4,,\n"));
    Path file = write("unit_code,indicator_code,period,value\n45,X,2020,1\n" + nfd + ",X,2020,2\n");
    List<String> units = new ArrayList<>();
    LongCsv.reader(CsvOptions.defaults()).scan(file, (unit, indicator, period, value, u, status) -> units.add(unit));
    assertEquals(List.of("45", "Quảng Trị"), units);
  }
}
