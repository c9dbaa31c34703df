package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.index.Aggregation;
import io.github.dxvn.index.DataCheck;
import io.github.dxvn.index.Denominate;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.Impute;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.Screen;
import io.github.dxvn.index.Treat;
import io.github.dxvn.index.Uncertainty;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.quicktheories.DxvnGens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The composite-index documents: framework round trips, results, golden files and schemas. */
class IndexJsonTest {

  private static final IndexJson JSON = IndexJson.create();

  /** A small framework after DTI 2020 (1726/QĐ-BTTTT): three pillars weighted 0.4, 0.3, 0.3. */
  static Framework dti() {
    return Framework.builder()
        .node(Node.builder().code("DTI").name("Chỉ số chuyển đổi số").build())
        .node(Node.of("GOV", "DTI", 0.4)).node(Node.of("ECON", "DTI", 0.3)).node(Node.of("SOC", "DTI", 0.3))
        .node(Node.of("GOV_SERVICES", "GOV", 1)).node(Node.of("GOV_DATA", "GOV", 2))
        .node(Node.builder().code("ECON_SHARE").parent("ECON").weight(1)
            .normalisation(Normalisation.goalposts(0, 20, 1)).build())
        .node(Node.builder().code("SOC_EID").parent("SOC").weight(1).polarity(Polarity.LOWER_IS_BETTER)
            .aggregation(Aggregation.geometric()).build())
        .normalisation(Normalisation.minMax(0, 1))
        .aggregation(2, Aggregation.power(0.5).withMinimumAvailability(0.5))
        .build();
  }

  static Pipeline pipeline() {
    return Pipeline.of(dti(), List.of(DataCheck.create(), Screen.byAvailability(0.66),
        Denominate.of(Map.of("ECON_SHARE", "GOV_DATA")), Impute.groupMedian("region"),
        Treat.winsorise(5).withOverride("SOC_EID", Treat.none())));
  }

  static IndexData data() {
    List<String> units = List.of("01", "45", "79", "48");
    double[][] values = {
        {0.9, 12, 15, 0.2}, {0.4, 3, 9.03, 0.135}, {0.8, 10, 18, Double.NaN}, {0.7, 8, 12, 0.3}};
    return IndexData.of(units, List.of("GOV_SERVICES", "GOV_DATA", "ECON_SHARE", "SOC_EID"), values);
  }

  private static void assertSamePipeline(Pipeline expected, Pipeline actual) {
    assertEquals(expected.framework(), actual.framework());
    assertEquals(expected.steps().size(), actual.steps().size());
    for (int i = 0; i < expected.steps().size(); i++) {
      PipelineStep step = expected.steps().get(i);
      if (step instanceof DataCheck) {
        assertInstanceOf(DataCheck.class, actual.steps().get(i)); // no state, no equals
      } else {
        assertEquals(step, actual.steps().get(i));
      }
    }
  }

  @Test
  void frameworkRoundTrips() throws IOException {
    for (IndexJson json : List.of(JSON, JSON.withPrettyPrinting(true))) {
      assertSamePipeline(pipeline(), json.parseFramework(json.toJson(pipeline())));
    }
    assertEquals(dti(), DxvnJson.mapper().readValue(DxvnJson.mapper().writeValueAsString(dti()), Framework.class));
  }

  @Test
  void everyNormalisationAndAggregationRoundTrips() throws IOException {
    List<Normalisation> normalisations = List.of(Normalisation.minMax(0, 100), Normalisation.minMax(1, 10, -5, 5),
        Normalisation.minMax(0, 1).withDegenerateValue(0.5), Normalisation.goalposts(2, 8, 100),
        Normalisation.zScore(), Normalisation.zScore(10, 3).withDegenerateValue(7), Normalisation.distanceToTarget(42),
        Normalisation.rank(), Normalisation.percentileRank(), Normalisation.borda(), Normalisation.none());
    for (Normalisation n : normalisations) {
      String json = DxvnJson.mapper().writeValueAsString(n);
      assertEquals(n, DxvnJson.mapper().readValue(json, Normalisation.class), json);
    }
    for (Aggregation a : List.of(Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(),
        Aggregation.power(2.5), Aggregation.harmonic().withMinimumAvailability(0.75))) {
      String json = DxvnJson.mapper().writeValueAsString(a);
      assertEquals(a, DxvnJson.mapper().readValue(json, Aggregation.class), json);
    }
  }

  @Test
  void randomFrameworksRoundTrip() {
    qt().withExamples(200).forAll(DxvnGens.configuredFrameworks()).checkAssert(f -> {
      String json = JSON.toJson(f);
      try {
        assertEquals(f, JSON.parseFramework(json).framework(), json);
      } catch (IOException e) {
        throw new UncheckedIOException(json, e);
      }
    });
  }

  @Test
  void badFrameworksFailWithPathAndCause() {
    String base = JSON.toJson(dti());
    ValueInstantiationException weight = assertThrows(ValueInstantiationException.class,
        () -> JSON.parseFramework(base.replace("\"weight\":0.4", "\"weight\":-1")));
    assertEquals("/nodes/1", Samples.pointer(weight));
    assertInstanceOf(IllegalArgumentException.class, weight.getCause());
    InvalidFormatException format = assertThrows(InvalidFormatException.class,
        () -> JSON.parseFramework(base.replace("dxvn-framework", "dxvn-dataset")));
    assertEquals("/format", Samples.pointer(format));
    JsonMappingException method = assertThrows(JsonMappingException.class,
        () -> JSON.parseFramework(base.replace("\"MIN_MAX\"", "\"MAX_MIN\"")));
    assertEquals("/normalisation/method", Samples.pointer(method));
    JsonMappingException step = assertThrows(JsonMappingException.class,
        () -> JSON.parseFramework(JSON.toJson(pipeline()).replace("\"screen\"", "\"impute\"")));
    assertEquals("/steps/1", Samples.pointer(step));
    assertTrue(step.getMessage().contains("threshold"), step.getMessage());
  }

  @Test
  void writesRanksAsText() throws IOException {
    assertEquals("\"5.5/63\"", DxvnJson.mapper().writeValueAsString(Rank.of(5.5, 63)));
    assertEquals(Rank.of(5.5, 63), DxvnJson.mapper().readValue("\"5.5/63\"", Rank.class));
  }

  // ------------------------------------------------------------------------------ golden and schema

  private static String golden(String name, String written) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), written, StandardCharsets.UTF_8);
    }
    try (InputStream in = IndexJsonTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertValid(String format, String json) throws IOException {
    try (InputStream schema = DxvnJson.openSchema(format)) {
      assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schema).validate(json, InputFormat.JSON), json);
    }
  }

  @Test
  void frameworkGoldenFile() throws IOException {
    String written = JSON.withPrettyPrinting(true).toJson(pipeline());
    String golden = golden("framework.json", written);
    assertEquals(golden, written);
    assertSamePipeline(pipeline(), JSON.parseFramework(golden));
    assertValid(IndexJson.FRAMEWORK_FORMAT, golden);
  }

  @Test
  void resultsGoldenFile() throws IOException {
    Pipeline pipeline = Pipeline.of(dti(), List.of(DataCheck.create(), Treat.winsorise(5)));
    IndexResult result = pipeline.run(data()).result();
    UncertaintyResult uncertainty = Uncertainty.of(40, 20231010L).withWeightNoise(0.25).withParallel(false)
        .run(pipeline, data(), "DTI");
    String written = JSON.withPrettyPrinting(true).toJson(result, Map.of("DTI", uncertainty));
    String golden = golden("results.json", written);
    assertEquals(golden, written);
    assertValid(IndexJson.RESULTS_FORMAT, golden);
    assertTrue(golden.contains("\"score\": null"), "a missing score is null");
    assertEquals(JSON.toJson(result, Map.of()), DxvnJson.mapper().writeValueAsString(result));
    IndexJson.Results back = JSON.parseResults(golden, dti());
    assertEquals(result, back.result());
    assertEquals(Map.of("DTI", uncertainty), back.uncertainty());
  }
}
