package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.admin.RebaseReason;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.admin.Rebasing;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Re-basing reasons through the module; re-based datasets written only. */
class RebaseJsonTest {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();

  private static ObservationKey key(String unit, String indicator) {
    return ObservationKey.of(unit, IndicatorCode.of(indicator), Period.parse("2023"));
  }

  @Test
  void reasonsRoundTrip() throws IOException {
    List<RebaseReason> reasons = List.of(
        RebaseReason.of(RebaseReason.Kind.PREDECESSORS_MISSING, Optional.of(key("45", "SOC_EID_ACTIVATED")),
            List.of(key("44", "SOC_EID_ACTIVATED")), List.of(key("45", "SOC_EID_ACTIVATED")), "Quảng Bình only"),
        RebaseReason.of(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION, Optional.empty(),
            List.of(key("99", "SOC_EID_ACTIVATED")), List.of(), "not an old unit"));
    for (RebaseReason reason : reasons) {
      String json = MAPPER.writeValueAsString(reason);
      assertEquals(reason, MAPPER.readValue(json, RebaseReason.class), json);
    }
    assertEquals("{\"kind\":\"UNIT_NOT_IN_REORGANISATION\",\"inputs\":[{\"unitCode\":\"99\","
        + "\"indicator\":\"SOC_EID_ACTIVATED\",\"period\":\"2023\"}],\"missing\":[],\"message\":\"not an old unit\"}",
        MAPPER.writeValueAsString(reasons.get(1)));
    assertEquals(reasons.get(1), MAPPER.readValue("{\"kind\":\"UNIT_NOT_IN_REORGANISATION\",\"inputs\":[{\"unitCode\":"
        + "\"99\",\"indicator\":\"SOC_EID_ACTIVATED\",\"period\":\"2023\"}],\"message\":\"not an old unit\"}",
        RebaseReason.class));
    assertEquals("\"RANK_DROPPED\"", MAPPER.writeValueAsString(RebaseReason.Kind.RANK_DROPPED));
  }

  @Test
  void coresRulesOnReading() {
    // Neither a target nor an input.
    assertThrows(ValueInstantiationException.class, () -> MAPPER.readValue(
        "{\"kind\":\"ZERO_DENOMINATOR\",\"message\":\"m\"}", RebaseReason.class));
    assertThrows(ValueInstantiationException.class, () -> MAPPER.readValue("{\"kind\":\"ZERO_DENOMINATOR\","
        + "\"target\":{\"unitCode\":\"45\",\"indicator\":\"A\",\"period\":\"2023\"},\"message\":\" \"}",
        RebaseReason.class));
  }

  @Test
  void rebasedDatasetIsWrittenWhole() throws IOException {
    RebasedDataset rebased = Rebasing.provinces2025().rebase(Samples.seedDataset());
    assertFalse(rebased.reasons().isEmpty());
    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(rebased));
    assertEquals(rebased.reorganisation(), MAPPER.treeToValue(tree.get("reorganisation"), Reorganisation.class));
    assertEquals(rebased.dataset(), MAPPER.treeToValue(tree.get("dataset"), Dataset.class));
    assertEquals(rebased.reasons(), MAPPER.readValue(MAPPER.treeAsTokens(tree.get("reasons")),
        new TypeReference<List<RebaseReason>>() {}));
  }
}
