package io.github.dxvn.benchmarks;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.index.Framework;
import io.github.dxvn.observation.ObservationColumns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalPipelineTest {

  /** PIPELINE.md's expected output on small.csv. */
  static final String EXPECTED = "check rows_used=33835 ranked=340 sum_rank=5950"
      + " sum_overall=13585.2883\n"
      + "rank,unit_code,DG,DE,DS,overall\n"
      + "1,70962,57.65,65.17,66.41,63.07\n"
      + "2,24455,53.63,52.66,67.58,57.96\n"
      + "3,05702,48.52,44.28,59.14,50.65\n"
      + "4,82880,51.96,45.65,53.77,50.46\n"
      + "5,23087,48.27,44.44,55.00,49.24\n"
      + "6,66051,42.64,49.95,43.58,45.39\n"
      + "7,12808,45.26,43.19,46.59,45.01\n"
      + "8,45749,48.73,43.03,39.82,43.86\n"
      + "9,94816,44.49,43.70,41.15,43.12\n"
      + "10,05490,44.50,40.15,35.33,39.99\n";

  static Path small() throws URISyntaxException {
    return Path.of(NationalPipelineTest.class.getResource("small.csv").toURI());
  }

  static String md5(String text) throws NoSuchAlgorithmException {
    byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    return String.format("%032x", new BigInteger(1, d));
  }

  @Test
  void printsTheExpectedOutputOnSmall() throws Exception {
    String out = NationalPipeline.run(small(), 2);
    assertEquals(EXPECTED, out);
    assertEquals("568faeb2e01ea28d1caf9e07ec2fd81f", md5(out));
  }

  @Test
  void sequentialRunGivesTheSameOutput() throws Exception {
    assertEquals(EXPECTED, NationalPipeline.run(small(), 1));
  }

  @Test
  void handWrittenBaselineGivesTheSameOutput() throws Exception {
    assertEquals(EXPECTED, HandWrittenPipeline.run(small()));
  }

  @Test
  void frameworkHasPillarsFromCodePrefixes() {
    Framework f = NationalPipeline.framework(List.of("DG01", "DG02", "DE01", "DS01"));
    assertEquals(List.of("DG", "DE", "DS"), f.children(NationalPipeline.OVERALL));
    assertEquals(List.of("DG01", "DG02"), f.children("DG"));
    assertEquals(3, f.levelCount());
  }

  @Test
  void constantIndicatorScores100AndMissingPillarIsNotRanked(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "unit_code,indicator_code,period,value,unit,status\n"
        + "a,DG01,2025,5,1,A\nb,DG01,2025,5,1,A\nc,DG01,2025,5,1,A\n"
        + "a,DE01,2025,1,1,A\nb,DE01,2025,3,1,A\nc,DE01,2025,,1,M\n"
        + "a,DS01,2025,0,%,A\nb,DS01,2025,50,%,E\nc,DS01,2025,100,%,A\n");
    String out = NationalPipeline.run(file, 1);
    // a: (100 + 0 + 0) / 3; b: (100 + 100 + 50) / 3; c lacks DE
    assertEquals("check rows_used=8 ranked=2 sum_rank=3 sum_overall=116.6667\n"
        + "rank,unit_code,DG,DE,DS,overall\n"
        + "1,b,100.00,100.00,50.00,83.33\n"
        + "2,a,100.00,0.00,0.00,33.33\n", out);
    assertEquals(out, HandWrittenPipeline.run(file));
  }

  @Test
  void generatorReproducesThePythonFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataGenerator.of(34, DataGenerator.DEFAULT_SEED).write(out);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(small()), out.toByteArray()));
  }

  @Test
  void generatedFileOfAnotherShapeRunsThroughBothPipelines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.csv");
    DataGenerator.of(50, 12, 4, 7).write(file);
    ObservationColumns c = LongCsv.reader(CsvOptions.defaults()).readColumns(file, 3).columns();
    assertEquals(12, c.indicators().size());
    assertEquals(4, c.periods().size());
    assertEquals(50, c.units().size());
    assertEquals(HandWrittenPipeline.run(file), NationalPipeline.compute(c));
  }

  @Test
  void generatorRejectsOutOfRangeCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DataGenerator.of(0, 1));
    assertEquals("Invalid value for units (valid values 1 - 90000): 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DataGenerator.of(5, 2, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> DataGenerator.of(5, 100, 2, 1));
    assertThrows(NullPointerException.class, () -> DataGenerator.of(5, 1).write((Path) null));
  }
}
