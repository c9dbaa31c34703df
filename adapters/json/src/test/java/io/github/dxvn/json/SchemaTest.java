package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schemas (draft 2020-12) accept what dxvn writes and reject what it must not read. */
class SchemaTest {

  private static final Schema DATASET = schema(DatasetJson.FORMAT);

  private static Schema schema(String format) {
    try (InputStream in = DxvnJson.openSchema(format)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/golden/dataset.json", "/golden/dataset-compact.json"})
  void goldenDocumentsAreValid(String name) throws IOException {
    assertEquals(List.of(), DATASET.validate(resource(name), InputFormat.JSON));
  }

  @Test
  void everyWrittenDatasetIsValid() {
    qt().withExamples(200).forAll(io.github.dxvn.quicktheories.DxvnGens.datasets()).checkAssert(dataset -> {
      String json = DatasetJson.create().toJson(dataset);
      assertEquals(List.of(), DATASET.validate(json, InputFormat.JSON), json);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"format\": \"dxvn-dataset\"|\"format\": \"dxvn-results\"",
      "\"version\": 1|\"version\": 2",
      "\"value\": 80.51|\"value\": \"80.51\"",
      "\"status\": \"E\"|\"status\": \"M\"",
      "\"period\": \"2023-Q4\"|\"period\": \"2023-Q5\"",
      "\"indicator\": \"HR_COMMUNITY_TEAMS_VILLAGE\"|\"indicator\": \"hr_teams\"",
      "\"comparison\": \">\"|\"comparison\": \"more\"",
      "\"rank\": \"6/19|\"rank\": \"6 of 19",
      "\"note\": |\"notes\": ",
      "\"unit\": \"%\",\n      \"status\"|\"status\"",
      "\"kind\": \"SHARE\"|\"kind\": \"RATIO\""})
  void brokenDocumentsAreInvalid(String change) throws IOException {
    String[] fromTo = change.split("\\|", -1);
    String golden = resource("/golden/dataset.json");
    String broken = golden.replaceFirst(java.util.regex.Pattern.quote(fromTo[0]),
        java.util.regex.Matcher.quoteReplacement(fromTo[1]));
    assertFalse(broken.equals(golden), "the change applies: " + fromTo[0]);
    List<Error> errors = DATASET.validate(broken, InputFormat.JSON);
    assertFalse(errors.isEmpty(), change);
    // and dxvn's reader rejects them too
    assertThrows(IOException.class, () -> DatasetJson.create().parse(broken));
  }

  @Test
  void unknownSchemaIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DxvnJson.openSchema("dxvn-nothing"));
  }
}
