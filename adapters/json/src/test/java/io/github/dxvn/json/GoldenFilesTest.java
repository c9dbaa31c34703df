package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.observation.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each document format written byte for byte as its golden file under {@code src/test/resources/golden}
 * and read back equal. Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate
 * change of format, and review the diff.
 */
class GoldenFilesTest {

  private static String golden(String name, String written) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), written, StandardCharsets.UTF_8);
    }
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void datasetDocument() throws IOException {
    Dataset dataset = Samples.seedDataset();
    DatasetJson json = DatasetJson.create().withPrettyPrinting(true);
    String written = json.toJson(dataset);
    String golden = golden("dataset.json", written);
    assertEquals(golden, written);
    assertEquals(dataset, json.parse(golden));
  }

  @Test
  void compactDatasetDocument() throws IOException {
    Dataset dataset = Samples.seedDataset();
    String written = DatasetJson.create().toJson(dataset);
    String golden = golden("dataset-compact.json", written);
    assertEquals(golden, written);
    assertEquals(dataset, DatasetJson.create().parse(golden));
    assertEquals(golden, DxvnJson.mapper().writeValueAsString(dataset));
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
      DxvnJson.mapper().writerWithDefaultPrettyPrinter();

  @Test
  void dtiScoreAndRanking() throws IOException {
    io.github.dxvn.dti.DtiFramework dti = io.github.dxvn.dti.DtiFramework.standard("dti-922");
    java.util.Map<String, java.util.Map<io.github.dxvn.indicator.IndicatorCode, java.math.BigDecimal>> values =
        new java.util.LinkedHashMap<>();
    values.put("48", DtiJsonTest.daNang2022());
    java.util.Map<io.github.dxvn.indicator.IndicatorCode, java.math.BigDecimal> other =
        new java.util.LinkedHashMap<>(DtiJsonTest.daNang2022());
    other.put(io.github.dxvn.indicator.IndicatorCode.of("DTI_INSTITUTIONS"), new java.math.BigDecimal("0.5"));
    values.put("45", other);
    io.github.dxvn.dti.DtiRanking ranking = dti.scoreAll(values);
    io.github.dxvn.dti.DtiScore score = ranking.entries().get(0).score();
    String writtenScore = PRETTY.writeValueAsString(score);
    String goldenScore = golden("dti-score.json", writtenScore);
    assertEquals(goldenScore, writtenScore);
    assertEquals(score, DxvnJson.mapper().readValue(goldenScore, io.github.dxvn.dti.DtiScore.class));
    String writtenRanking = PRETTY.writeValueAsString(ranking);
    String goldenRanking = golden("dti-ranking.json", writtenRanking);
    assertEquals(goldenRanking, writtenRanking);
    assertEquals(ranking, DxvnJson.mapper().readValue(goldenRanking, io.github.dxvn.dti.DtiRanking.class));
  }
}
