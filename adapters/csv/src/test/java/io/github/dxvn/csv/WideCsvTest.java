package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The wide layout, COINr's iData, and round trips. */
class WideCsvTest {

  static CsvReadResult read(CsvOptions options, WideLayout layout, String text) throws IOException {
    return WideCsv.reader(options, layout).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "wide.csv");
  }

  @Test
  void coinrIDataReadsAsItIs() throws IOException {
    CsvReadResult result;
    try (InputStream in = WideCsvTest.class.getResourceAsStream("coinr_asem_iData.csv")) {
      result = WideCsv.reader(CsvOptions.defaults()).read(in, "coinr_asem_iData.csv");
    }
    Dataset dataset = result.dataset();
    assertEquals(51, dataset.unitCodes().size());
    assertEquals(53, dataset.indicators().size());
    assertEquals(List.of(Period.parse("2018")), List.copyOf(dataset.periods()));
    assertEquals(51 * 53 - 64, dataset.size());
    assertEquals(64, result.skippedRows());
    Observation lpi = dataset.find("AUT", IndicatorCode.of("LPI"), Period.parse("2018")).orElseThrow();
    assertEquals(new BigDecimal("4.097985"), lpi.value());
    assertEquals(new BigDecimal("390.799991147468"),
        dataset.find("AUT", IndicatorCode.of("GDP"), Period.parse("2018")).orElseThrow().value());
    assertEquals(Map.of("uName", "Austria", "GDP_group", "L", "GDPpc_group", "XL", "Pop_group", "M",
        "EurAsia_group", "Europe"), result.unitAttributes().get("AUT"));
    assertTrue(dataset.indicators().contains(IndicatorCode.of("CONSPEED")));
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.toString().startsWith(
        "coinr_asem_iData.csv:2:0: note: column names read as indicator codes: Area → AREA, Energy → ENERGY,")));
    assertTrue(result.diagnostics().stream().noneMatch(CsvDiagnostic::isError));
  }

  @Test
  void wideWithAFixedPeriodAndPercentCells() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults(), WideLayout.defaults().withPeriod(Period.parse("2023")),
        "unit_code,unit_name,INFRA_ADULT_SMARTPHONE_SHARE,X_SHARE,X_COUNT\n45,Quảng Trị,99.53,5%,NA\n");
    Dataset dataset = result.dataset();
    assertEquals(2, dataset.size());
    assertEquals(UnitText.parse("%"), dataset.find("45", IndicatorCode.of("X_SHARE"), Period.parse("2023"))
        .orElseThrow().unit());
    assertEquals(Map.of("unit_name", "Quảng Trị"), result.unitAttributes().get("45"));
  }

  @Test
  void headerProblemsAreAllReported() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read(CsvOptions.defaults(), WideLayout.defaults(), "name,X,x,É\nA,1,2,3\n"));
    assertEquals(List.of(
            "wide.csv:1:0: missing unit code column unit_code or uCode in the header",
            "wide.csv:1:0: missing period column period or Time in the header, and no period given in the layout",
            "wide.csv:1:3: duplicate column \"x\" (also column 2)",
            "wide.csv:1:4: column \"É\" is not an indicator code (expected A-Z, 0-9 and '_', or a column of the layout "
                + WideLayout.defaults() + ")"),
        e.diagnostics().stream().filter(CsvDiagnostic::isError).map(CsvDiagnostic::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void cellErrorsPointAtTheirColumn() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        WideLayout.defaults(), "unit_code,period,X_A,X_B\n45,2023,1,x\n46,20233,1,2\n"));
    assertEquals(List.of("wide.csv:2:4: invalid value \"x\" for X_B: expected a digit or the decimal mark '.', found 'x' "
            + "(character 1)", "wide.csv:3:2: invalid period \"20233\": expected '-' (periods are YYYY, YYYY-Qn, "
            + "YYYY-MM or YYYY-MM-DD) (character 5)"),
        e.diagnostics().stream().filter(CsvDiagnostic::isError).map(CsvDiagnostic::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void writeThenReadGivesTheSameValuesInEveryDialect() {
    for (CsvDialect dialect : LongCsvProperties.DIALECTS) {
      qt().forAll(Generated.observations(false)).checkAssert(list -> {
        Dataset dataset = Dataset.of(list);
        try {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          WideCsv.writer(CsvOptions.of(dialect)).write(dataset, out);
          Dataset back = WideCsv.reader(CsvOptions.of(dialect)).read(new ByteArrayInputStream(out.toByteArray()),
              "w.csv").dataset();
          assertEquals(Generated.asRead(dataset), back, dialect::toString);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void writerRefusesAPeriodOtherThanTheLayouts() {
    Dataset dataset = Dataset.of(List.of(Observation.of("45", IndicatorCode.of("X"), Period.parse("2022"),
        BigDecimal.ONE, UnitText.parse("1"))));
    assertThrows(IllegalArgumentException.class, () -> WideCsv.writer(CsvOptions.defaults(),
        WideLayout.defaults().withPeriod(Period.parse("2023"))).write(dataset, new ByteArrayOutputStream()));
  }

  @Test
  void coinrLayoutIsWritten() throws IOException {
    Dataset dataset = Dataset.of(List.of(Observation.of("AUT", IndicatorCode.of("LPI"), Period.parse("2018"),
        new BigDecimal("4.1"), UnitText.parse("1"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WideCsv.writer(CsvOptions.defaults(), WideLayout.defaults().withUnitColumn("uCode").withPeriodColumn("Time"))
        .write(dataset, out);
    assertEquals("uCode,Time,LPI\r\nAUT,2018,4.1\r\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void coinrIDataWrittenWithItsUnitAttributesReadsBackTheSame() throws IOException {
    CsvReadResult result;
    try (InputStream in = WideCsvTest.class.getResourceAsStream("coinr_asem_iData.csv")) {
      result = WideCsv.reader(CsvOptions.defaults()).read(in, "coinr_asem_iData.csv");
    }
    WideLayout coinr = WideLayout.defaults().withUnitColumn("uCode").withPeriodColumn("Time");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WideCsv.writer(CsvOptions.of(CsvDialect.VIETNAMESE), coinr).withUnitAttributes(result.unitAttributes())
        .write(result.dataset(), out);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
        "\uFEFFuCode;EurAsia_group;GDP_group;GDPpc_group;Pop_group;uName;Time;AREA;"));
    CsvReadResult back = WideCsv.reader(CsvOptions.defaults()).read(new ByteArrayInputStream(out.toByteArray()), "w.csv");
    assertEquals(result.dataset(), back.dataset());
    assertEquals(result.unitAttributes(), back.unitAttributes());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> WideCsv.writer(CsvOptions.defaults()).withUnitAttributes(null));
    assertThrows(NullPointerException.class, () -> WideCsv.reader(null));
    assertThrows(NullPointerException.class, () -> WideCsv.reader(CsvOptions.defaults(), null));
    assertThrows(NullPointerException.class, () -> WideCsv.writer(null));
    assertThrows(NullPointerException.class, () -> WideCsv.writer(CsvOptions.defaults(), null));
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withPeriod(null));
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withUnitColumn(null));
    assertThrows(IllegalArgumentException.class, () -> WideLayout.defaults().withUnitColumn(" "));
  }

  static List<String> lines(List<CsvDiagnostic> diagnostics) {
    return diagnostics.stream().map(CsvDiagnostic::toString).collect(Collectors.toList());
  }

  @Test
  void aRowOfAnotherWidthIsReportedAndTheOthersRead() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults().withKeepValidRows(true), WideLayout.defaults(),
        "unit_code,period,INFRA_ADULT_SMARTPHONE_SHARE\n45,2023\n46,2023,1\n");
    assertEquals(List.of("wide.csv:2:0: expected 3 fields as in the header, found 2"), lines(result.diagnostics()));
    assertEquals(1, result.dataset().size());
  }

  @Test
  void cellDiagnosticsNameTheirColumns() throws IOException {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        WideLayout.defaults(), "period,X_A,unit_code,INFRA_ADULT_SMARTPHONE_SHARE\n2023,1,,1\n2023,2,46,150\n"));
    assertEquals(List.of("wide.csv:2:3: missing unit code (expected the code of an administrative unit)",
        "wide.csv:3:2: warning: unknown indicator code \"X_A\": not in the catalog, so no rule was checked",
        "wide.csv:3:4: Invalid value for INFRA_ADULT_SMARTPHONE_SHARE in 46/INFRA_ADULT_SMARTPHONE_SHARE/2023 "
            + "(valid values [0, 100]): 150"), lines(e.diagnostics()));
  }

  @Test
  void skippedCellsAreCountedInANoteOnlyIfThereAreSome() throws IOException {
    CsvReadResult none = read(CsvOptions.defaults(), WideLayout.defaults(),
        "unit_code,period,INFRA_ADULT_SMARTPHONE_SHARE\n45,2023,1\n");
    assertEquals(List.of(), lines(none.diagnostics()));
    assertEquals(0, none.skippedRows());
    CsvReadResult some = read(CsvOptions.defaults(), WideLayout.defaults(),
        "unit_code,period,INFRA_ADULT_SMARTPHONE_SHARE\n45,2023,NA\n46,2023,\n47,2023,2\n");
    assertEquals(List.of("wide.csv:0:0: note: 2 empty or NA cell(s) skipped"), lines(some.diagnostics()));
    assertEquals(2, some.skippedRows());
  }

  @Test
  void theFirstUnitAndPeriodColumnsWinAndLaterOnesAreIndicators() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults(), WideLayout.defaults(),
        "period,unit_code,uCode,Time\n2023,45,46,2024\n");
    assertEquals(List.of("wide.csv:1:0: note: column names read as indicator codes: uCode → UCODE, Time → TIME"),
        lines(result.diagnostics()).stream().filter(d -> d.contains("note")).collect(Collectors.toList()));
    assertEquals(new BigDecimal("46"), result.dataset().find("45", IndicatorCode.of("UCODE"), Period.parse("2023"))
        .orElseThrow().value());
    assertEquals(new BigDecimal("2024"), result.dataset().find("45", IndicatorCode.of("TIME"), Period.parse("2023"))
        .orElseThrow().value());
  }

  @Test
  void columnNamesAreMappedToIndicatorCodes() throws IOException {
    CsvReadResult result = read(CsvOptions.defaults(), WideLayout.defaults(),
        "unit_code,period,az-AZ09,X_B\n45,2023,1,2\n");
    assertEquals(List.of("wide.csv:1:0: note: column names read as indicator codes: az-AZ09 → AZ_AZ09"),
        lines(result.diagnostics()).stream().filter(d -> d.contains("note")).collect(Collectors.toList()));
    assertEquals(Set.of(IndicatorCode.of("AZ_AZ09"), IndicatorCode.of("X_B")), result.dataset().indicators());
  }

  @Test
  void twoColumnsOfOneIndicatorCodeAreAnError() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        WideLayout.defaults(), "unit_code,period,X_A,X-A\n45,2023,1,2\n"));
    assertEquals(List.of("wide.csv:1:4: column \"X-A\" is indicator X_A again (also column 3)"),
        e.diagnostics().stream().filter(CsvDiagnostic::isError).map(CsvDiagnostic::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void writerWritesPercentCellsEmptyCellsAndRefusesOtherUnits() throws IOException {
    Period p = Period.parse("2023");
    Dataset dataset = Dataset.of(List.of(
        Observation.of("45", IndicatorCode.of("X_A"), p, new BigDecimal("5"), UnitText.parse("%")),
        Observation.of("46", IndicatorCode.of("X_B"), p, new BigDecimal("2.5"), UnitText.parse("1"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WideCsv.writer(CsvOptions.defaults()).write(dataset, out);
    assertEquals("unit_code,period,X_A,X_B\r\n45,2023,5%,\r\n46,2023,,2.5\r\n", out.toString(StandardCharsets.UTF_8));
    Dataset other = Dataset.of(List.of(Observation.of("45", IndicatorCode.of("X_A"), p, BigDecimal.ONE,
        UnitText.parse("km"))));
    assertThrows(IllegalArgumentException.class,
        () -> WideCsv.writer(CsvOptions.defaults()).write(other, new ByteArrayOutputStream()));
    WideCsv.writer(CsvOptions.defaults(), WideLayout.defaults().withPeriod(p)).write(dataset, new ByteArrayOutputStream());
  }
}
