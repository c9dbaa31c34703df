package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.PanelData;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.ranking.Ranking;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The readers that rebuild values through core's factories fail with the location of the problem. */
class MalformedReadersTest {

  private static final Framework FRAMEWORK = Framework.builder().node(Node.root("I")).node(Node.of("a", "I", 1)).build();
  private static final Map<String, Class<?>> TYPES = Map.of("DtiScore", DtiScore.class, "DtiRanking", DtiRanking.class,
      "RebasedDataset", RebasedDataset.class, "Ranking", Ranking.class, "IndexData", IndexData.class,
      "PanelData", PanelData.class, "MetaRow", MetaRow.class, "UncertaintyResult", UncertaintyResult.class,
      "DerivedValue", io.github.dxvn.observation.DerivedValue.class);

  private static Object read(String type, String json) throws java.io.IOException {
    if (type.equals("results")) {
      return IndexJson.create().parseResults(json, FRAMEWORK);
    }
    return DxvnJson.mapper().readValue(json, TYPES.get(type));
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "malformed-readers.csv", delimiter = ';', numLinesToSkip = 1, quoteCharacter = '`')
  void malformedInputFailsWithItsLocation(String name, String type, String document, String exception, int line,
      int column, String pointer) {
    String json = document.replace('\'', '"').replace("\\n", "\n");
    JacksonException e = assertThrows(JacksonException.class, () -> read(type, json), name);
    JsonLocation location = e.getLocation();
    String actualPointer = e instanceof JsonMappingException ? Samples.pointer((JsonMappingException) e) : "";
    String actual = e.getClass().getSimpleName() + ";" + location.getLineNr() + ";" + location.getColumnNr() + ";"
        + (actualPointer.isEmpty() ? "-" : actualPointer);
    assertEquals(exception + ";" + line + ";" + column + ";" + pointer, actual, name + ": " + e.getMessage());
  }

  @Test
  void resultsNeedTheirFramework() {
    String json = IndexJson.create().toJson(FRAMEWORK.compute(IndexData.of(java.util.List.of("X"),
        java.util.List.of("a"), new double[][] {{1}})), Map.of());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> DxvnJson.mapper().readValue(json, io.github.dxvn.index.IndexResult.class));
    assertEquals(true, e.getMessage().contains(IndexJson.FRAMEWORK_ATTRIBUTE), e.getMessage());
    assertThrows(NullPointerException.class, () -> IndexJson.create().parseResults(json, null));
  }
}
