package io.github.dxvn.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.index.Framework;
import io.github.dxvn.index.Node;
import io.github.dxvn.json.IndexJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * national-framework.json (the task for {@code dx index}) describes the framework the pipeline
 * builds: read with the JSON adapter, and its text checked with patterns.
 */
class NationalFrameworkFileTest {

  private static String text() throws IOException {
    try (InputStream in = NationalFrameworkFileTest.class.getResourceAsStream(
        "/national-framework.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void nodesAreThePipelinesNodes() throws IOException {
    Matcher m = Pattern.compile("\"code\": \"([^\"]+)\"(?:,\\s*\"name\": \"[^\"]*\")?"
        + "(?:,\\s*\"parent\": \"([^\"]+)\")?,\\s*\"weight\": ([0-9.]+)").matcher(text());
    List<String> file = new ArrayList<>();
    while (m.find()) {
      file.add(m.group(1) + "<" + m.group(2) + ":" + Double.parseDouble(m.group(3)));
    }
    List<String> indicators = new ArrayList<>();
    for (String p : new String[] {"DG", "DE", "DS"}) {
      for (int i = 1; i <= (p.equals("DG") ? 34 : 33); i++) {
        indicators.add(String.format("%s%02d", p, i));
      }
    }
    Framework f = NationalPipeline.framework(indicators);
    List<String> built = new ArrayList<>();
    for (Node n : f.nodes()) {
      built.add(n.code() + "<" + n.parent().orElse(null) + ":" + n.weight());
    }
    assertEquals(built, file);
  }

  @Test
  void jsonAdapterReadsTheFrameworkThePipelineBuilds() throws IOException {
    try (InputStream in = NationalFrameworkFileTest.class.getResourceAsStream(
        "/national-framework.json")) {
      Framework read = IndexJson.create().readFramework(in).framework();
      Framework built = NationalPipeline.framework(read.indicators());
      // the file also names the root and the pillars, so compare all but the names
      assertEquals(shape(built), shape(read));
      assertEquals(built.defaultNormalisation(), read.defaultNormalisation());
      assertEquals(built.defaultAggregation(), read.defaultAggregation());
      assertEquals(built.levelAggregations(), read.levelAggregations());
      assertEquals(100, read.indicators().size());
    }
  }

  private static List<String> shape(Framework f) {
    List<String> out = new ArrayList<>();
    for (Node n : f.nodes()) {
      out.add(n.code() + "<" + n.parent().orElse(null) + ":" + n.weight() + ":" + n.polarity()
          + ":" + n.normalisation() + ":" + n.aggregation());
    }
    return out;
  }

  @Test
  void settingsAreThePipelinesSettings() throws IOException {
    String t = text().replaceAll("\\s+", "");
    assertTrue(t.contains("\"normalisation\":{\"method\":\"MIN_MAX\",\"outputMin\":0.0,"
        + "\"outputMax\":100.0,\"degenerateValue\":100.0}"), "normalisation");
    assertTrue(t.contains("\"aggregation\":{\"method\":\"ARITHMETIC\"}"), "aggregation");
    assertTrue(t.contains("\"levelAggregations\":{\"3\":{\"method\":\"ARITHMETIC\","
        + "\"minimumAvailability\":1.0}}"), "overall needs every pillar");
    Framework f = NationalPipeline.framework(List.of("DG01", "DE01", "DS01"));
    assertEquals("MIN_MAX", f.defaultNormalisation().method().name());
    assertEquals(100.0, f.defaultNormalisation().degenerateValue().getAsDouble());
    assertEquals(1.0, f.levelAggregations().get(3).minimumAvailability());
  }
}
