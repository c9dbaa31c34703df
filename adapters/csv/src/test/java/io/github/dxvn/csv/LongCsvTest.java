package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples of the long layout: the Quảng Trị seed, dialects, detection, diagnostics, writing. */
class LongCsvTest {

  static final String SEED = "seed-quang-tri-2023.vi.csv";
  static final String SOURCE = "https://tinhuyquangtri.vn/quang-tri-voi-cong-tac-chuyen-doi-so";
  static final String REGION = "Central and Central Highlands";

  @TempDir
  Path dir;

  static Observation.Builder figure(String code, String value, String unit) {
    return Observation.builder().unitCode("45").indicator(IndicatorCode.of(code)).period(Period.parse("2023"))
        .value(new BigDecimal(value)).unit(UnitText.parse(unit)).source(SOURCE);
  }

  /** The 27 figures of FACTS.md §1 (Quảng Trị, 2023). */
  static Dataset seed() {
    List<Observation> all = new ArrayList<>();
    all.add(figure("INST_STEERING_COMMITTEE_COVERAGE", "100", "%").build());
    all.add(figure("INST_DX_STAFF_COVERAGE", "100", "%").build());
    all.add(figure("HR_COMMUNITY_TEAMS_COMMUNE", "115", "1").build());
    all.add(figure("HR_COMMUNITY_TEAMS_VILLAGE", "715", "1").build());
    all.add(figure("HR_COMMUNITY_TEAM_MEMBERS", "4327", "1").build());
    all.add(figure("HR_DIGITAL_SKILLS_CLASSES", "10", "1").build());
    all.add(figure("INFRA_ADULT_SMARTPHONE_SHARE", "99.53", "%").build());
    all.add(figure("INFRA_HOUSEHOLD_SMARTPHONE_SHARE", "95.22", "%")
        .note("written 95.22% with a dot decimal in the article").build());
    all.add(figure("INFRA_HOUSEHOLD_FIBRE_SHARE", "80.51", "%").status(ObservationStatus.ESTIMATED).note("ước đạt")
        .build());
    all.add(figure("INFRA_AGENCY_NETWORK_COVERAGE", "100", "%").build());
    all.add(figure("INFRA_DIGITAL_PLATFORMS", "8", "1").build());
    all.add(figure("GOV_ONLINE_SERVICES_PARTIAL", "747", "1").build());
    all.add(figure("GOV_ONLINE_SERVICES_FULL", "959", "1").build());
    all.add(figure("ECON_DIGITAL_TECH_ENTERPRISES", "737", "1").build());
    all.add(figure("ECON_EINVOICE_ENTERPRISE_SHARE", "100", "%").build());
    all.add(figure("ECON_ECOMMERCE_PRODUCTS", "3757", "1").rank(RankPosition.of(6, 19, REGION)).build());
    all.add(figure("ECON_ECOMMERCE_TRANSACTIONS", "16000", "1").build());
    all.add(figure("ECON_FARM_HOUSEHOLDS_TRAINED", "113335", "1").build());
    all.add(figure("ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE", "55", "%").rank(RankPosition.of(4, 19, REGION)).build());
    all.add(figure("ECON_CASHLESS_HEALTH_FACILITY_SHARE", "100", "%").build());
    all.add(figure("ECON_CASHLESS_SCHOOL_SHARE", "100", "%").build());
    all.add(figure("ECON_DIGITAL_ECONOMY_GRDP_SHARE", "9.03", "%").status(ObservationStatus.ESTIMATED)
        .rank(RankPosition.of(26, 63, "national")).build());
    all.add(figure("SOC_EID_REGISTRATIONS", "86936", "1").build());
    all.add(figure("SOC_EID_ACTIVATED", "11768", "1").build());
    all.add(figure("SOC_PAYMENT_ACCOUNTS_ACTIVE", "487083", "1").build());
    all.add(figure("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE", "65", "%").comparison(Comparison.GREATER)
        .status(ObservationStatus.ESTIMATED).note("trên 65%").build());
    all.add(figure("SOC_HOUSEHOLDS_DIGITAL_ADDRESS", "137428", "1").build());
    return Dataset.of(all);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = LongCsvTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static CsvReadResult read(CsvOptions options, String text) throws IOException {
    return LongCsv.reader(options).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "obs.csv");
  }

  static List<String> lines(List<CsvDiagnostic> diagnostics) {
    return diagnostics.stream().map(CsvDiagnostic::toString).collect(Collectors.toList());
  }

  @Test
  void seedFileReadsAsTheSeedWithTheVietnameseDialectDetected() throws IOException {
    CsvReadResult result = LongCsv.reader(CsvOptions.defaults())
        .read(new ByteArrayInputStream(resource(SEED)), SEED);
    assertEquals(27, result.observations().size());
    assertEquals(seed(), result.dataset());
    assertEquals(CsvDialect.VIETNAMESE, result.dialectUsed());
    assertEquals(List.of(), result.diagnostics());
    Observation payment = result.dataset().find("45", IndicatorCode.of("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE"),
        Period.parse("2023")).orElseThrow();
    assertEquals(Comparison.GREATER, payment.comparison());
    assertEquals(ObservationStatus.ESTIMATED, payment.status());
  }

  @Test
  void seedWrittenInTheVietnameseDialectIsTheSeedFileByteForByte() throws IOException {
    Path file = dir.resolve("seed.vi.csv");
    LongCsv.writer(CsvOptions.of(CsvDialect.VIETNAMESE)).write(seed(), file);
    assertArrayEquals(resource(SEED), Files.readAllBytes(file));
    assertEquals(seed(), LongCsv.reader(CsvOptions.of(CsvDialect.VIETNAMESE)).read(file).dataset());
  }

  @Test
  void vietnameseFileStartsWithAByteOrderMarkAndRfcFileDoesNot() throws IOException {
    ByteArrayOutputStream vi = new ByteArrayOutputStream();
    LongCsv.writer(CsvOptions.of(CsvDialect.VIETNAMESE)).write(seed(), vi);
    byte[] bytes = vi.toByteArray();
    assertEquals(0xEF, bytes[0] & 0xff);
    assertEquals(0xBB, bytes[1] & 0xff);
    assertEquals(0xBF, bytes[2] & 0xff);
    ByteArrayOutputStream rfc = new ByteArrayOutputStream();
    LongCsv.writer(CsvOptions.defaults()).write(seed(), rfc);
    assertTrue(rfc.toString(StandardCharsets.UTF_8).startsWith("unit_code,indicator_code,period,value,unit,status,"));
    assertTrue(rfc.toString(StandardCharsets.UTF_8).contains("45,INFRA_ADULT_SMARTPHONE_SHARE,2023,99.53,%,A,"));
  }

  @Test
  void byteOrderMarkIsSkippedWhateverTheDialect() throws IOException {
    String text = "\uFEFFunit_code,indicator_code,period,value\r\n45,X,2023,5\r\n";
    assertEquals(1, read(CsvOptions.of(CsvDialect.RFC_4180), text).observations().size());
    assertEquals(1, read(CsvOptions.defaults(), text).observations().size());
  }

  @Test
  void detectionFindsSeparatorAndDecimalMark() throws IOException {
    assertEquals(CsvDialect.VIETNAMESE.withByteOrderMark(false),
        read(CsvOptions.defaults(), "unit_code;indicator_code;period;value\n45;X;2023;99,53\n").dialectUsed());
    assertEquals(CsvDialect.RFC_4180,
        read(CsvOptions.defaults(), "unit_code,indicator_code,period,value\n45,X,2023,99.53\n").dialectUsed());
    assertEquals(CsvDialect.VIETNAMESE.withFieldSeparator(',').withByteOrderMark(false),
        read(CsvOptions.defaults(), "unit_code,indicator_code,period,value\n45,X,2023,\"99,53\"\n").dialectUsed());
    assertEquals(CsvDialect.RFC_4180.withFieldSeparator('\t'),
        read(CsvOptions.defaults(), "unit_code\tindicator_code\tperiod\tvalue\n45\tX\t2023\t1.5\n").dialectUsed());
    // Only whole numbers: a semicolon file is taken as Vietnamese.
    assertEquals(CsvDialect.VIETNAMESE.withByteOrderMark(false),
        read(CsvOptions.defaults(), "unit_code;indicator_code;period;value\n45;X;2023;4.327\n").dialectUsed());
  }

  @Test
  void explicitDialectWinsOverDetection() throws IOException {
    CsvReadResult result = read(CsvOptions.of(CsvDialect.VIETNAMESE.withFieldSeparator(',')),
        "unit_code,indicator_code,period,value\n45,X,2023,4.327\n");
    assertEquals(new BigDecimal("4327"), result.observations().get(0).value());
    assertEquals(CsvDialect.VIETNAMESE.withFieldSeparator(','), result.dialectUsed());
  }

  @Test
  void strictVietnameseRejectsDotDecimalAndLenientReadsItWithAWarning() throws IOException {
    String text = "unit_code;indicator_code;period;value;unit\n45;INFRA_HOUSEHOLD_SMARTPHONE_SHARE;2023;95.22;%\n";
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read(CsvOptions.of(CsvDialect.VIETNAMESE), text));
    assertEquals(List.of("obs.csv:2:4: invalid value \"95.22\" for INFRA_HOUSEHOLD_SMARTPHONE_SHARE: "
        + "'.' is not a valid thousands separator here (the digits before it must be 1 to 3 without a leading zero, "
        + "and exactly 3 after it) (character 3)"), lines(e.diagnostics()));
    CsvReadResult lenient = read(CsvOptions.of(CsvDialect.VIETNAMESE).withLenientNumbers(true), text);
    assertEquals(new BigDecimal("95.22"), lenient.observations().get(0).value());
    assertEquals(List.of("obs.csv:2:4: warning: number in another notation for INFRA_HOUSEHOLD_SMARTPHONE_SHARE: "
        + "read '.' at index 2 as a decimal mark: '95.22' is not a valid Vietnamese number ('.' is not a valid "
        + "thousands separator here (the digits before it must be 1 to 3 without a leading zero, and exactly 3 after "
        + "it))"), lines(lenient.diagnostics()));
    CsvReadResult rfc = read(CsvOptions.of(CsvDialect.RFC_4180).withLenientNumbers(true),
        "unit_code,indicator_code,period,value\n45,X,2023,\"99,53\"\n");
    assertEquals(new BigDecimal("99.53"), rfc.observations().get(0).value());
    assertEquals("obs.csv:2:4: warning: number in another notation for X: read \"99,53\" as a Vietnamese number, "
        + "99.53 (the dialect's decimal mark is '.')", rfc.diagnostics().get(1).toString());
  }

  @Test
  void textIsNormalisedToNfc() throws IOException {
    String nfd = Normalizer.normalize("ước đạt", Normalizer.Form.NFD);
    String unit = Normalizer.normalize("Quảng Trị", Normalizer.Form.NFD);
    CsvReadResult result = read(CsvOptions.defaults(),
        "unit_code,indicator_code,period,value,note\n" + unit + ",X,2023,1," + nfd + "\n");
    Observation o = result.observations().get(0);
    assertEquals("Quảng Trị", o.unitCode());
    assertTrue(Normalizer.isNormalized(o.unitCode(), Normalizer.Form.NFC));
    assertEquals("ước đạt", o.note().orElseThrow());
  }

  @Test
  void formulaCellsAreGuardedInTheVietnameseDialectAndNumbersAreNot() throws IOException {
    Dataset dataset = Dataset.of(List.of(Observation.builder().unitCode("=1+2").indicator(IndicatorCode.of("X"))
        .period(Period.parse("2023")).value(new BigDecimal("-5.5")).unit(UnitText.parse("1")).note("@cmd").build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LongCsv.writer(CsvOptions.of(CsvDialect.VIETNAMESE)).write(dataset, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n'=1+2;X;2023;-5,5;1;A;'@cmd\r\n"), text);
    ByteArrayOutputStream rfc = new ByteArrayOutputStream();
    LongCsv.writer(CsvOptions.defaults()).write(dataset, rfc);
    assertTrue(rfc.toString(StandardCharsets.UTF_8).contains("\r\n=1+2,X,2023,-5.5,1,A,@cmd\r\n"));
    assertEquals(dataset, LongCsv.reader(CsvOptions.defaults()).read(new ByteArrayInputStream(out.toByteArray()),
        "x.csv").dataset());
  }

  @Test
  void groupedOutputIsReadBack() throws IOException {
    CsvDialect grouped = CsvDialect.VIETNAMESE.withWriteGrouping(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LongCsv.writer(CsvOptions.of(grouped)).write(seed(), out);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(";487.083;"));
    assertEquals(seed(), LongCsv.reader(CsvOptions.defaults()).read(new ByteArrayInputStream(out.toByteArray()),
        "x.csv").dataset());
  }

  @Test
  void failedWriteLeavesNoFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep"), "x");
    assertThrows(IOException.class, () -> LongCsv.writer(CsvOptions.defaults()).write(seed(), target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.collect(Collectors.toList()));
    }
    Path missingDir = dir.resolve("no/such/dir/out.csv");
    assertThrows(IOException.class, () -> LongCsv.writer(CsvOptions.defaults()).write(seed(), missingDir));
  }

  @Test
  void failureInTheMiddleOfWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    List<Observation> many = new ArrayList<>(seed().observations());
    // A lone surrogate cannot be encoded in UTF-8: the encoder fails after the rows before it.
    many.add(Observation.builder().unitCode("ZZ").indicator(IndicatorCode.of("X")).period(Period.parse("2023"))
        .value(BigDecimal.ONE).unit(UnitText.parse("1")).note("broken \uD800 text").build());
    assertThrows(IOException.class, () -> LongCsv.writer(CsvOptions.defaults()).write(Dataset.of(many), target));
    assertEquals("old", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.collect(Collectors.toList()));
    }
  }

  @Test
  void rawScanReadsTheVietnameseDialect() throws IOException {
    Path file = dir.resolve("seed.vi.csv");
    Files.write(file, resource(SEED));
    List<Double> values = new ArrayList<>();
    CsvScanResult result = LongCsv.reader(CsvOptions.defaults()).scan(file,
        (unit, indicator, period, value, u, status) -> values.add(value));
    assertEquals(CsvDialect.VIETNAMESE, result.dialectUsed());
    assertEquals(seed().observations().stream().map(o -> o.value().doubleValue()).collect(Collectors.toList()), values);
  }

  @Test
  void writeReplacesAnExistingFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    LongCsv.writer(CsvOptions.defaults()).write(seed(), target);
    assertEquals(seed(), LongCsv.reader(CsvOptions.defaults()).read(target).dataset());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void headerIsCaseInsensitiveInAnyOrderAndEmptyUnitTakesTheCatalogs() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults(),
        "VALUE,Period,INDICATOR_CODE,Unit_Code,unit\n99.53,2023,INFRA_ADULT_SMARTPHONE_SHARE,45,\n"
            + "5%,2023,X_SHARE,45,\n7,2023,X_COUNT,45,\n");
    Unit<?> percent = UnitText.parse("%");
    assertEquals(percent, result.dataset().find("45", IndicatorCode.of("INFRA_ADULT_SMARTPHONE_SHARE"),
        Period.parse("2023")).orElseThrow().unit());
    assertEquals(percent, result.dataset().find("45", IndicatorCode.of("X_SHARE"), Period.parse("2023"))
        .orElseThrow().unit());
    assertEquals(UnitText.parse("1"), result.dataset().find("45", IndicatorCode.of("X_COUNT"), Period.parse("2023"))
        .orElseThrow().unit());
  }

  @Test
  void rowsWithoutAValueAreSkippedAndCounted() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults(),
        "unit_code,indicator_code,period,value,status\n45,X,2023,,M\n45,Y,2023,,O\n45,Z,2023,,\n45,W,2023,1,\n");
    assertEquals(1, result.observations().size());
    assertEquals(3, result.skippedRows());
    assertEquals(List.of("obs.csv:0:0: note: 3 row(s) without a value skipped (status M: 1, status O: 1, no status: 1)",
        "obs.csv:5:2: warning: unknown indicator code \"W\": not in the catalog, so no rule was checked"),
        lines(result.diagnostics()));
  }

  @Test
  void keepValidRowsYieldsTheValidRowsAndTheErrors() throws IOException {
    String text = "unit_code,indicator_code,period,value\n45,X,2023,1\n45,Y,20x3,2\n45,X,2023,3\n45,Z,2023,4\n";
    assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(), text));
    CsvReadResult result = read(CsvOptions.defaults().withKeepValidRows(true), text);
    assertEquals(2, result.observations().size());
    assertTrue(result.hasErrors());
    assertEquals(new BigDecimal("1"), result.observations().get(0).value());
  }

  @Test
  void unknownIndicatorIsAnErrorInStrictMode() throws IOException {
    String text = "unit_code,indicator_code,period,value\n45,NOT_IN_CATALOG,2023,1\n";
    assertFalse(read(CsvOptions.defaults(), text).hasErrors());
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read(CsvOptions.defaults().withStrictIndicators(true), text));
    assertEquals(List.of("obs.csv:2:2: unknown indicator code \"NOT_IN_CATALOG\": not in the catalog, so no rule was "
        + "checked"), lines(e.diagnostics()));
  }

  @Test
  void diagnosticsStopAtTheMaximumButErrorsAreCounted() throws IOException {
    StringBuilder text = new StringBuilder("unit_code,indicator_code,period,value\n");
    for (int i = 0; i < 20; i++) {
      text.append("45,X").append(i).append(",2023,bad\n");
    }
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read(CsvOptions.defaults().withMaxDiagnostics(5), text.toString()));
    assertEquals(6, e.diagnostics().size());
    assertEquals("obs.csv:0:0: note: 15 more diagnostic(s) not kept (at most 5 are kept; 20 error(s) in all)",
        e.diagnostics().get(5).toString());
  }

  @Test
  void streamFailsAtItsEndWithEveryDiagnostic() throws IOException {
    Path file = dir.resolve("obs.csv");
    Files.writeString(file, "unit_code,indicator_code,period,value\n45,X,2023,1\n45,Y,2023,x\n45,Z,2023,3\n45,W,20,4\n");
    try (Stream<Observation> stream = LongCsv.reader(CsvOptions.defaults()).stream(file)) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> stream.collect(Collectors.toList()));
      assertEquals(2, ((CsvFormatException) e.getCause()).diagnostics().size());
    }
    try (Stream<Observation> stream = LongCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).stream(file)) {
      assertEquals(2, stream.count());
    }
  }

  @Test
  void rawScanHandsOutTheValuesAsDoubles() throws IOException {
    Path file = dir.resolve("bench.csv");
    Files.writeString(file, "unit_code,indicator_code,period,value,unit,status\n02891,DG01,2016,31.28,%,A\n"
        + "02891,DG02,2016,,%,M\n02891,DE01,2016,4327,1,E\n07063,DG01,2016,\"1,5\",%,A\n");
    List<String> rows = new ArrayList<>();
    CsvScanResult result = LongCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).scan(file,
        (unit, indicator, period, value, u, status) -> rows.add(unit + "|" + indicator + "|" + period + "|" + value
            + "|" + u + "|" + status));
    assertEquals(List.of("02891|DG01|2016|31.28|%|A", "02891|DE01|2016|4327.0|1|E"), rows);
    assertEquals(2, result.rows());
    assertEquals(1, result.skippedRows());
    assertEquals(List.of("bench.csv:0:0: note: 1 row(s) without a value skipped",
        "bench.csv:5:4: invalid value \"1,5\": expected a digit or the decimal mark '.', found ',' (character 2)"),
        lines(result.diagnostics()));
  }

  @Test
  void rawScanPoolsEqualCodes() throws IOException {
    Path file = dir.resolve("bench.csv");
    Files.writeString(file, "unit_code,indicator_code,period,value\n02891,DG01,2016,1\n02891,DG01,2016,2\n");
    List<String> units = new ArrayList<>();
    LongCsv.reader(CsvOptions.defaults()).scan(file, (unit, indicator, period, value, u, status) -> units.add(unit));
    assertTrue(units.get(0) == units.get(1));
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> LongCsv.reader(null));
    assertThrows(NullPointerException.class, () -> LongCsv.writer(null));
    LongCsv.Reader reader = LongCsv.reader(CsvOptions.defaults());
    assertThrows(NullPointerException.class, () -> reader.read((Path) null));
    assertThrows(NullPointerException.class, () -> reader.read(null, "x"));
    assertThrows(NullPointerException.class, () -> reader.read(InputStream.nullInputStream(), null));
    assertThrows(NullPointerException.class, () -> reader.stream(null));
    assertThrows(NullPointerException.class, () -> reader.scan(null, (a, b, c, d, e, f) -> { }));
    assertThrows(NullPointerException.class, () -> reader.scan(dir, null));
    LongCsv.Writer writer = LongCsv.writer(CsvOptions.defaults());
    assertThrows(NullPointerException.class, () -> writer.write(null, dir.resolve("x")));
    assertThrows(NullPointerException.class, () -> writer.write(seed(), (Path) null));
    assertThrows(NullPointerException.class, () -> writer.write(seed(), (java.io.OutputStream) null));
  }

  @Test
  void datasetViolationsQuoteTheirCell() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults().withKeepValidRows(true),
        "unit_code,indicator_code,period,value\n45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,150\n45,W,2023,1\n"
            + "46,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,1\n46,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,2\n");
    List<String> texts = result.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " "
        + d.text().orElse("-")).collect(Collectors.toList());
    assertEquals(List.of("2:4 150", "3:2 W", "5:0 -"), texts);
    assertEquals(List.of("obs.csv:5:0: duplicate observation 46/INFRA_HOUSEHOLD_FIBRE_SHARE/2023 (first on line 4)"),
        lines(result.diagnostics()).subList(2, 3));
    assertEquals(2, result.observations().size());
  }
}
