package io.github.dxvn.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Runs each {@code dx} command in-process and checks its output and exit code. Test data: the seed;
 * {@code bad.csv} and {@code unknown.csv} (made-up values that break the catalog's rules);
 * {@code grdp-synthetic.csv} (SYNTHETIC digital-economy shares of five provinces, made up to show ties).
 */
class DxTest {

  private static final Pattern DIAGNOSTIC = Pattern.compile("^.+:\\d+:\\d+: (error|warning): .+$");
  private static final String GRDP = "ECON_DIGITAL_ECONOMY_GRDP_SHARE";

  @TempDir
  Path dir;

  /** The outcome of one run. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
  }

  static Run dx(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Dx.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = DxTest.class.getResourceAsStream(name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  Path seed() throws IOException {
    Path file = dir.resolve("quang-tri-2023.vi.csv");
    try (InputStream in = io.github.dxvn.examples.SeedData.class.getResourceAsStream("quang-tri-2023.vi.csv")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  // ---------------------------------------------------------------- report

  @Test
  void reportOfTheBuiltInDataInVietnamese() {
    Run r = dx("report");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Thẻ điểm chuyển đổi số: Tỉnh Quảng Trị (mã 45), năm 2023\n"), r.out());
    assertTrue(r.out().contains("HR_COMMUNITY_TEAM_MEMBERS            4.327"), r.out());
    assertTrue(r.out().contains("INFRA_ADULT_SMARTPHONE_SHARE         99,53 %"), r.out());
    // derived, never stored: 959 / (747 + 959) and 11768 / 86936
    assertTrue(r.out().contains("GOV_ONLINE_SERVICES_FULL_SHARE       56,21 %"), r.out());
    assertTrue(r.out().contains("SOC_EID_ACTIVATION_RATE              13,54 %"), r.out());
    assertTrue(r.out().contains("[giá trị ước tính; hạng 26/63 cả nước]"), r.out());
    assertTrue(r.out().contains("== Kinh tế số (trụ cột)"), r.out());
    assertTrue(r.out().contains("9,03 %    = 20 % năm 2025 (749/QĐ-TTg) chưa đạt"), r.out());
  }

  @Test
  void reportInEnglishWithTheThreeValuedAssessment() {
    Run r = dx("report", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("HR_COMMUNITY_TEAM_MEMBERS            4,327"), r.out());
    assertTrue(r.out().contains("80.51 %   > 80 % by 2025 (749/QĐ-TTg) met"), r.out());
    // "over 65 %" against 80 %: a lower bound below the target cannot say
    assertTrue(r.out().contains("> 65 %    = 80 % by 2030 (749/QĐ-TTg) unknown        > 81 % of target"), r.out());
    assertTrue(r.out().contains("> 65 %    > 50 % by 2025 (749/QĐ-TTg) met"), r.out());
  }

  @Test
  void reportOfAFileEqualsTheBuiltInReport() throws IOException {
    Run file = dx("report", seed().toString(), "--lang", "EN");
    assertEquals(0, file.exit(), file.err());
    assertEquals(dx("report", "--lang", "en").out(), file.out());
  }

  @Test
  void reportWritesASelfContainedHtmlPage() throws IOException {
    Path html = dir.resolve("report.html");
    Run r = dx("report", "--html", html.toString());
    assertEquals(0, r.exit(), r.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.endsWith("</html>\n"));
    assertTrue(page.contains("<svg class=\"chart\""));
    assertFalse(page.contains("<script"));
    assertFalse(page.contains("src=\"http"), "nothing loaded from elsewhere");
    // one bar per national target of the seed's indicators: 4 GRDP, 2 smartphone, 2 fibre, 2 payment account
    assertEquals(10, page.split("class=\"track\"", -1).length - 1);
    assertTrue(page.contains("<b>5</b> mục tiêu đã đạt"), page);
    assertTrue(page.contains("<b>4</b> mục tiêu chưa đạt"), page);
    assertTrue(page.contains("<b>1</b> chưa thể kết luận"), page);
    assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
  }

  @Test
  void reportOfAnUnknownLanguageIsAUsageError() {
    Run r = dx("report", "--lang", "fr");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("dx report: "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void reportOfAnotherUnitIsADataError() {
    Run r = dx("report", "--unit", "01");
    assertEquals(1, r.exit());
    assertTrue(r.errLines().get(0).contains(": error: "), r.err());
  }

  // ---------------------------------------------------------------- validate

  @Test
  void validateOfAValidFilePrintsNothing() throws IOException {
    Run r = dx("validate", seed().toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validateReportsEveryRuleBrokenWithFileLineAndColumn() throws IOException {
    Path bad = resource("bad.csv");
    Run r = dx("validate", bad.toString());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    List<String> lines = r.errLines();
    lines.forEach(l -> assertTrue(DIAGNOSTIC.matcher(l).matches(), l));
    assertTrue(lines.get(0).startsWith(bad + ":3:4: error: "), lines.get(0));
    assertTrue(lines.get(0).contains("exceeds its whole SOC_EID_REGISTRATIONS"), lines.get(0));
    assertTrue(lines.get(1).startsWith(bad + ":4:4: error: Invalid value for INFRA_HOUSEHOLD_FIBRE_SHARE"), lines.get(1));
    assertTrue(lines.get(2).startsWith(bad + ":5:4: error: "), lines.get(2));
    assertTrue(lines.get(2).contains("whole numbers"), lines.get(2));
    assertTrue(lines.get(3).startsWith(bad + ":6:2: warning: unknown indicator code \"MY_OWN_CODE\""), lines.get(3));
  }

  @Test
  void unknownCodesAreWarningsAndErrorsWhenStrict() throws IOException {
    Path file = resource("unknown.csv");
    Run lax = dx("validate", file.toString());
    assertEquals(0, lax.exit());
    assertTrue(lax.err().startsWith(file + ":3:2: warning: "), lax.err());
    Run strict = dx("validate", "--strict", file.toString());
    assertEquals(1, strict.exit());
    assertTrue(strict.err().startsWith(file + ":3:2: error: "), strict.err());
  }

  @Test
  void validateGoesOnAfterABadFile() throws IOException {
    Run r = dx("validate", dir.resolve("missing.csv").toString(), seed().toString());
    assertEquals(1, r.exit());
    assertEquals(List.of(dir.resolve("missing.csv") + ":0:0: error: no such file"), r.errLines());
  }

  @Test
  void validateWithoutFilesIsAUsageError() {
    Run r = dx("validate");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
  }

  // ---------------------------------------------------------------- convert

  @Test
  void convertBetweenDialectsAndLayoutsKeepsTheDataset() throws IOException {
    Path seed = seed();
    Path rfc = dir.resolve("seed.csv");
    Path sdmx = dir.resolve("seed-sdmx.csv");
    Path wide = dir.resolve("seed-wide.csv");
    Path back = dir.resolve("back.vi.csv");
    assertEquals(0, dx("convert", seed.toString(), rfc.toString()).exit());
    assertTrue(Files.readString(rfc).startsWith("unit_code,indicator_code,period,value"), Files.readString(rfc));
    assertTrue(Files.readString(rfc).contains(",99.53,"));
    assertEquals(0, dx("convert", rfc.toString(), sdmx.toString(), "--dialect", "sdmx2").exit());
    assertTrue(Files.readString(sdmx).startsWith("STRUCTURE,STRUCTURE_ID,ACTION"), Files.readString(sdmx));
    assertEquals(0, dx("convert", sdmx.toString(), back.toString()).exit());
    assertTrue(Files.readString(back, StandardCharsets.UTF_8).contains(";99,53;"));
    // the long file from the SDMX file reports exactly as the seed
    assertEquals(dx("report", seed.toString()).out(), dx("report", back.toString()).out());
    assertEquals(0, dx("convert", seed.toString(), wide.toString(), "--wide").exit());
    String wideText = Files.readString(wide);
    assertEquals(2, wideText.split("\r\n").length, wideText);
    assertTrue(wideText.contains("99.53"), wideText);
  }

  @Test
  void convertToJsonAndBack() throws IOException {
    Path seed = seed();
    Path json = dir.resolve("seed.json");
    Path back = dir.resolve("back.csv");
    assertEquals(0, dx("convert", seed.toString(), json.toString()).exit());
    assertTrue(Files.readString(json).replace(" ", "").contains("\"format\":\"dxvn-dataset\""), Files.readString(json));
    assertEquals(0, dx("validate", json.toString()).exit());
    assertEquals(dx("report", seed.toString()).out(), dx("report", json.toString()).out());
    assertEquals(0, dx("convert", json.toString(), back.toString()).exit());
    assertEquals(dx("report", seed.toString()).out(), dx("report", back.toString()).out());
    assertEquals(2, dx("convert", seed.toString(), json.toString(), "--dialect", "vi").exit());
  }

  @Test
  void aBrokenJsonDocumentIsLocated() throws IOException {
    Path json = dir.resolve("broken.json");
    Files.writeString(json, "{\"format\": \"dxvn-dataset\", \"version\": 1,\n \"observations\": [ {\"unit\": }\n");
    Run r = dx("validate", json.toString());
    assertEquals(1, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith(json + ":2:"), r.err());
    assertTrue(DIAGNOSTIC.matcher(r.errLines().get(0)).matches(), r.err());
  }

  @Test
  void convertOfInvalidDataWritesNothing() throws IOException {
    Path out = dir.resolve("out.csv");
    Run r = dx("convert", resource("bad.csv").toString(), out.toString());
    assertEquals(1, r.exit());
    assertFalse(Files.exists(out));
    assertTrue(r.errLines().stream().allMatch(l -> DIAGNOSTIC.matcher(l).matches()), r.err());
  }

  @Test
  void convertKeepsAnExistingOutputWhenTheInputIsInvalid() throws IOException {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "before");
    assertEquals(1, dx("convert", resource("bad.csv").toString(), out.toString()).exit());
    assertEquals("before", Files.readString(out));
  }

  @Test
  void convertRejectsOptionsThatDoNotFit() throws IOException {
    Run r = dx("convert", seed().toString(), dir.resolve("x.csv").toString(), "--wide", "--dialect", "sdmx1");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals(2, dx("convert", seed().toString(), dir.resolve("x.csv").toString(), "--dialect", "excel").exit());
  }

  // ---------------------------------------------------------------- rank

  @Test
  void rankUsesCompetitionRanksByDefault() throws IOException {
    Run r = dx("rank", "--data", resource("grdp-synthetic.csv").toString(), "--indicator", GRDP, "--period", "2023");
    assertEquals(0, r.exit(), r.err());
    assertEquals("unit_code,value,rank\r\n79,25,1\r\n31,12.504,2\r\n01,12.5,3\r\n48,12.5,3\r\n45,9.03,5\r\n", r.out());
  }

  @Test
  void rankRoundsBeforeComparingWhenAsked() throws IOException {
    Run r = dx("rank", "--data", resource("grdp-synthetic.csv").toString(), "--indicator", GRDP, "--period", "2023",
        "--round", "1");
    assertEquals("unit_code,value,rank\r\n79,25,1\r\n01,12.5,2\r\n31,12.504,2\r\n48,12.5,2\r\n45,9.03,5\r\n", r.out());
    Run dense = dx("rank", "--data", resource("grdp-synthetic.csv").toString(), "--indicator", GRDP, "--period", "2023",
        "--method", "dense");
    assertEquals("unit_code,value,rank\r\n79,25,1\r\n31,12.504,2\r\n01,12.5,3\r\n48,12.5,3\r\n45,9.03,4\r\n", dense.out());
    Run ordinal = dx("rank", "--data", resource("grdp-synthetic.csv").toString(), "--indicator", GRDP, "--period", "2023",
        "--method", "ordinal");
    assertEquals("unit_code,value,rank\r\n79,25,1\r\n31,12.504,2\r\n01,12.5,3\r\n48,12.5,4\r\n45,9.03,5\r\n", ordinal.out());
  }

  @Test
  void rankOfAnIndicatorWithoutDataIsADataError() throws IOException {
    Run r = dx("rank", "--data", resource("grdp-synthetic.csv").toString(), "--indicator", GRDP, "--period", "2022");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
  }

  @Test
  void rankWithoutItsRequiredOptionsIsAUsageError() {
    Run r = dx("rank", "--indicator", GRDP);
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals(2, dx("rank", "--data", "x.csv", "--indicator", "not a code", "--period", "2023").exit());
    assertEquals(2, dx("rank", "--data", "x.csv", "--indicator", GRDP, "--period", "twenty").exit());
  }

  // ---------------------------------------------------------------- index

  Path example(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = io.github.dxvn.examples.SeedData.class.getResourceAsStream(name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void indexWithAShippedDtiFramework() throws IOException {
    Run r = dx("index", "--data", example("dti-2022-sample.csv").toString(), "--framework", "dti-922");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = List.of(r.out().split("\r\n"));
    assertEquals("unit_code,DTI_score,DTI_rank,DTI_922_FOUNDATION_score,DTI_922_FOUNDATION_rank,"
        + "DTI_922_ACTIVITY_score,DTI_922_ACTIVITY_rank", lines.get(0));
    assertTrue(lines.get(1).startsWith("48,0.8002,1,"), lines.get(1)); // Đà Nẵng, published 0.8002, rank 1
    assertTrue(lines.get(2).startsWith("X01,0.6750,2,"), lines.get(2));
    assertTrue(lines.get(4).startsWith("X03,0.6750,2,"), lines.get(4));
    assertTrue(lines.get(5).startsWith("X04,0.6450,5,"), lines.get(5));
  }

  @Test
  void indexWithACoinrMetaFileAndRankUncertainty() throws IOException {
    String data = example("coinr_asem_iData.csv").toString();
    String meta = example("coinr_asem_iMeta.csv").toString();
    Run r = dx("index", "--data", data, "--framework", meta, "--uncertainty", "30", "--seed", "5");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    List<String> lines = List.of(r.out().split("\r\n"));
    assertTrue(lines.get(0).startsWith("unit_code,Index_score,Index_rank,Conn_score,Conn_rank,Sust_score,"), lines.get(0));
    assertTrue(lines.get(0).endsWith(",Index_rank_median,Index_rank_p05,Index_rank_p95"), lines.get(0));
    assertEquals(1 + 51, lines.size());
    // seeded: the same numbers again
    assertEquals(r.out(), dx("index", "--data", data, "--framework", meta, "--uncertainty", "30", "--seed", "5").out());
  }

  @Test
  void indexWithAJsonFrameworkDocumentEqualsItsIMeta() throws IOException {
    String data = example("coinr_asem_iData.csv").toString();
    Path meta = example("coinr_asem_iMeta.csv");
    io.github.dxvn.csv.CsvMetaResult read = io.github.dxvn.csv.CoinrMetaCsv
        .reader(io.github.dxvn.csv.CsvOptions.defaults()).read(meta);
    io.github.dxvn.index.Pipeline pipeline = io.github.dxvn.index.Pipeline.of(read.framework().orElseThrow(),
        List.of(io.github.dxvn.index.Denominate.fromMeta(read.rows())));
    Path json = dir.resolve("asem-framework.json");
    Files.writeString(json, io.github.dxvn.json.IndexJson.create().toJson(pipeline));
    Run fromJson = dx("index", "--data", data, "--framework", json.toString());
    assertEquals(0, fromJson.exit(), fromJson.err());
    assertEquals(dx("index", "--data", data, "--framework", meta.toString()).out(), fromJson.out());
  }

  @Test
  void indexWritesJsonByExtension() throws IOException {
    Path out = dir.resolve("dti.json");
    Run r = dx("index", "--data", example("dti-2022-sample.csv").toString(), "--framework", "dti-922",
        "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    String json = Files.readString(out);
    assertTrue(json.startsWith("[\n  {\"unit_code\": \"48\", \"DTI_score\": 0.8002, \"DTI_rank\": 1,"), json);
  }

  @Test
  void indexUsageErrors() throws IOException {
    String data = example("dti-2022-sample.csv").toString();
    assertEquals(2, dx("index", "--data", data).exit());
    assertEquals(2, dx("index", "--data", data, "--framework", "dti-999").exit());
    assertEquals(2, dx("index", "--data", data, "--framework", "dti-922", "--uncertainty", "10").exit());
    assertEquals(2, dx("index", "--data", data, "--framework", dir.resolve("none.csv").toString()).exit());
  }

  @Test
  void indexOfDataWithoutTheFrameworksIndicatorsIsADataError() throws IOException {
    Run r = dx("index", "--data", seed().toString(), "--framework", "dti-922");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.errLines().stream().allMatch(l -> l.contains(": error: ")), r.err());
  }

  // ---------------------------------------------------------------- help

  @ParameterizedTest
  @ValueSource(strings = {"report", "validate", "convert", "index", "rank"})
  void everyCommandHasHelp(String command) {
    Run r = dx(command, "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: dx " + command), r.out());
    assertEquals("", r.err());
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = dx();
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals(2, dx("frobnicate").exit());
  }
}
