package io.github.dxvn.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dx index --per period} runs the national-scale task of PIPELINE.md end to end: its top of
 * 2025 on the 34-unit file is the benchmark program's ({@code NationalPipeline}, expected output of
 * PIPELINE.md).
 */
class IndexPerPeriodTest {

  /** NationalPipeline's (and PIPELINE.md's) top 10 of 2025 on small.csv: rank,unit_code,DG,DE,DS,overall. */
  private static final List<String> NATIONAL_TOP = List.of(
      "1,70962,57.65,65.17,66.41,63.07",
      "2,24455,53.63,52.66,67.58,57.96",
      "3,05702,48.52,44.28,59.14,50.65",
      "4,82880,51.96,45.65,53.77,50.46",
      "5,23087,48.27,44.44,55.00,49.24",
      "6,66051,42.64,49.95,43.58,45.39",
      "7,12808,45.26,43.19,46.59,45.01",
      "8,45749,48.73,43.03,39.82,43.86",
      "9,94816,44.49,43.70,41.15,43.12",
      "10,05490,44.50,40.15,35.33,39.99");

  @TempDir
  Path dir;

  Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = IndexPerPeriodTest.class.getResourceAsStream(name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static String twoDecimals(String score) {
    return new BigDecimal(score).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void topOfTheLatestPeriodIsTheNationalPipelines() throws IOException {
    DxTest.Run r = DxTest.dx("index", "--framework", resource("national-framework.json").toString(),
        "--data", resource("national-small.csv").toString(), "--per", "period", "--top", "10");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = List.of(r.out().split("\r\n"));
    assertEquals("period,unit_code,overall_score,overall_rank,DG_score,DG_rank,DE_score,DE_rank,DS_score,DS_rank",
        lines.get(0));
    assertEquals(1 + 10 * 10, lines.size());
    assertTrue(lines.get(1).startsWith("2016,"), lines.get(1));
    List<String> top = new ArrayList<>();
    for (String line : lines) {
      String[] c = line.split(",", -1);
      if (c[0].equals("2025")) {
        top.add(c[3] + "," + c[1] + "," + twoDecimals(c[4]) + "," + twoDecimals(c[6]) + "," + twoDecimals(c[8]) + ","
            + twoDecimals(c[2]));
      }
    }
    assertEquals(NATIONAL_TOP, top);
  }

  @Test
  void everyPeriodWithoutTop() throws IOException {
    DxTest.Run r = DxTest.dx("index", "--framework", resource("national-framework.json").toString(),
        "--data", resource("national-small.csv").toString(), "--per", "period");
    assertEquals(0, r.exit(), r.err());
    // 34 units in each of 10 years; the header
    assertEquals(1 + 340, r.out().split("\r\n").length);
  }

  @Test
  void usageErrors() throws IOException {
    String framework = resource("national-framework.json").toString();
    String data = resource("national-small.csv").toString();
    assertEquals(2, DxTest.dx("index", "--framework", framework, "--data", data, "--per", "unit").exit());
    assertEquals(2, DxTest.dx("index", "--framework", framework, "--data", data, "--per", "period",
        "--period", "2025").exit());
    assertEquals(2, DxTest.dx("index", "--framework", framework, "--data", data, "--top", "0").exit());
    assertEquals(2, DxTest.dx("index", "--framework", "dti-922", "--data", data, "--per", "period").exit());
  }

  @Test
  void aBadRowIsADataErrorWithItsLine() throws IOException {
    Path data = dir.resolve("bad.csv");
    Files.writeString(data, "unit_code,indicator_code,period,value,unit,status\n00001,DG01,2025,1.5,%,A\n"
        + "00001,DG02,2025,x,%,A\n");
    DxTest.Run r = DxTest.dx("index", "--framework", resource("national-framework.json").toString(),
        "--data", data.toString(), "--per", "period");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("bad.csv:3:4: error: invalid value \"x\""), r.err());
  }
}
