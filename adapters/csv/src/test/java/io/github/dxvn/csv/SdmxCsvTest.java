package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDMX-CSV 1.0 and 2.0. */
class SdmxCsvTest {

  @TempDir
  Path dir;

  static CsvReadResult read(String text) throws IOException {
    return SdmxCsv.reader(CsvOptions.defaults()).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "sdmx.csv");
  }

  static List<String> lines(List<CsvDiagnostic> diagnostics) {
    return diagnostics.stream().map(CsvDiagnostic::toString).collect(Collectors.toList());
  }

  @Test
  void version1WithLabelsAndAnExtraDimension() throws IOException {
    CsvReadResult result = read("DATAFLOW,FREQ: Frequency,REF_AREA: Reference area,INDICATOR,TIME_PERIOD,OBS_VALUE,"
        + "UNIT_MEASURE,OBS_STATUS,COMMENT\n"
        + "DXVN:DF_DX(1.0),A,45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,PT,E,ước đạt\n"
        + "DXVN:DF_DX(1.0),A,45,SOC_EID_REGISTRATIONS,2023,,,M,\n");
    Observation fibre = result.observations().get(0);
    assertEquals(1, result.observations().size());
    assertEquals(new BigDecimal("80.51"), fibre.value());
    assertEquals(UnitText.parse("%"), fibre.unit());
    assertEquals(ObservationStatus.ESTIMATED, fibre.status());
    assertEquals("ước đạt", fibre.note().orElseThrow());
    assertEquals(List.of("sdmx.csv:0:0: note: 1 row(s) without a value skipped (status M: 1)",
        "sdmx.csv:1:2: note: column \"FREQ\" (a dimension or attribute dxvn does not map) ignored"),
        lines(result.diagnostics()));
  }

  @Test
  void version2SkipsDeletions() throws IOException {
    CsvReadResult result = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
        + "dataflow,DXVN:DF_DX(1.0),I,45,HR_DIGITAL_SKILLS_CLASSES,2023,10\n"
        + "dataflow,DXVN:DF_DX(1.0),D,45,INFRA_DIGITAL_PLATFORMS,2023,8\n");
    assertEquals(1, result.observations().size());
    assertEquals(List.of("sdmx.csv:3:3: warning: row with action D (delete) skipped: it removes an observation rather "
        + "than giving one"), lines(result.diagnostics()));
  }

  @Test
  void aFileThatIsNotSdmxIsRejected() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read("unit_code,indicator_code,period,value\n45,X,2023,1\n"));
    assertEquals("sdmx.csv:1:0: missing required column ref_area in the header", e.diagnostics().get(0).toString());
    assertEquals("sdmx.csv:1:1: not SDMX-CSV: the first column is \"unit_code\" (expected DATAFLOW for SDMX-CSV 1.0 "
        + "or STRUCTURE for 2.0)", e.diagnostics().get(4).toString());
  }

  @Test
  void writtenVersionsHaveTheirHeaders() throws IOException {
    Dataset dataset = Dataset.of(List.of(Observation.builder().unitCode("45")
        .indicator(IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE")).period(Period.parse("2023"))
        .value(new BigDecimal("80.51")).unit(UnitText.parse("%")).status(ObservationStatus.ESTIMATED).build()));
    ByteArrayOutputStream v1 = new ByteArrayOutputStream();
    SdmxCsv.writer(CsvOptions.defaults(), SdmxCsv.Version.V1, SdmxCsv.DEFAULT_DATAFLOW).write(dataset, v1);
    assertEquals("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\r\n"
        + "DXVN:DF_DX(1.0),45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E\r\n", v1.toString(StandardCharsets.UTF_8));
    Path file = dir.resolve("v2.csv");
    SdmxCsv.writer(CsvOptions.defaults(), SdmxCsv.Version.V2, SdmxCsv.DEFAULT_DATAFLOW).write(dataset, file);
    assertEquals("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\r\n"
        + "dataflow,DXVN:DF_DX(1.0),I,45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E\r\n", Files.readString(file));
    assertEquals(dataset, SdmxCsv.reader(CsvOptions.defaults()).read(file).dataset());
  }

  @Test
  void writeThenReadGivesTheSameDatasetInBothVersionsAndEveryDialect() {
    for (SdmxCsv.Version version : SdmxCsv.Version.values()) {
      for (CsvDialect dialect : LongCsvProperties.DIALECTS) {
        qt().withExamples(50).forAll(Generated.observations(true)).checkAssert(list -> {
          Dataset dataset = Dataset.of(list);
          try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SdmxCsv.writer(CsvOptions.of(dialect), version, "DXVN:DF_DX(1.0)").write(dataset, out);
            Dataset back = SdmxCsv.reader(CsvOptions.of(dialect)).read(new ByteArrayInputStream(out.toByteArray()),
                "s.csv").dataset();
            assertEquals(Generated.asRead(dataset), back, () -> version + " " + dialect);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  @Test
  void seedRoundTripsThroughSdmx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SdmxCsv.writer(CsvOptions.defaults(), SdmxCsv.Version.V2, SdmxCsv.DEFAULT_DATAFLOW).write(LongCsvTest.seed(), out);
    assertEquals(LongCsvTest.seed(), SdmxCsv.reader(CsvOptions.defaults())
        .read(new ByteArrayInputStream(out.toByteArray()), "seed.csv").dataset());
  }

  @Test
  void nullsAndBlanksAreRejected() {
    assertThrows(NullPointerException.class, () -> SdmxCsv.reader(null));
    assertThrows(NullPointerException.class, () -> SdmxCsv.writer(null, SdmxCsv.Version.V1, "F"));
    assertThrows(NullPointerException.class, () -> SdmxCsv.writer(CsvOptions.defaults(), null, "F"));
    assertThrows(NullPointerException.class, () -> SdmxCsv.writer(CsvOptions.defaults(), SdmxCsv.Version.V1, null));
    assertThrows(IllegalArgumentException.class, () -> SdmxCsv.writer(CsvOptions.defaults(), SdmxCsv.Version.V1, " "));
  }

  @Test
  void aFirstColumnOtherThanDataflowOrStructureIsTheOnlyError() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read("FLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nX,45,INFRA_DIGITAL_PLATFORMS,2023,8\n"));
    assertEquals(List.of("sdmx.csv:1:1: not SDMX-CSV: the first column is \"FLOW\" (expected DATAFLOW for SDMX-CSV 1.0 "
        + "or STRUCTURE for 2.0)", "sdmx.csv:1:1: note: column \"FLOW\" (a dimension or attribute dxvn does not map) "
        + "ignored"), lines(e.diagnostics()));
  }

  @Test
  void aRowEndingBeforeTheActionColumnIsReportedAsShort() throws IOException {
    CsvReadResult result = SdmxCsv.reader(CsvOptions.defaults().withKeepValidRows(true)).read(new ByteArrayInputStream(
        ("structure,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,ACTION\n"
            + "dataflow,45,INFRA_DIGITAL_PLATFORMS,2023,8\n"
            + "dataflow,46,INFRA_DIGITAL_PLATFORMS,2023,9,I\n").getBytes(StandardCharsets.UTF_8)), "sdmx.csv");
    assertEquals(List.of("sdmx.csv:2:0: expected 6 fields as in the header, found 5"), lines(result.diagnostics()));
    assertEquals(1, result.observations().size());
  }
}
