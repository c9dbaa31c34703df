package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiGroup;
import io.github.dxvn.dti.DtiMainIndicator;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.dti.ScoringMethod;
import io.github.dxvn.dti.WeightBasis;
import io.github.dxvn.indicator.IndicatorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official DTI frameworks through the module; scores and rankings written only. */
class DtiJsonTest {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();

  private static <T> void roundTrips(T value, Class<T> type) throws IOException {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
  }

  /** Đà Nẵng's published DTI 2022 main indicators (FACTS.md §2, dti.gov.vn/xep-hang-2022). */
  static Map<IndicatorCode, BigDecimal> daNang2022() {
    Map<IndicatorCode, BigDecimal> values = new LinkedHashMap<>();
    values.put(IndicatorCode.of("DTI_AWARENESS"), new BigDecimal("1.0000"));
    values.put(IndicatorCode.of("DTI_INSTITUTIONS"), new BigDecimal("0.9000"));
    values.put(IndicatorCode.of("DTI_INFRASTRUCTURE"), new BigDecimal("0.8253"));
    values.put(IndicatorCode.of("DTI_HUMAN_RESOURCES"), new BigDecimal("0.8487"));
    values.put(IndicatorCode.of("DTI_CYBERSECURITY"), new BigDecimal("0.7578"));
    values.put(IndicatorCode.of("DTI_GOV_ACTIVITY"), new BigDecimal("0.8575"));
    values.put(IndicatorCode.of("DTI_ECON_ACTIVITY"), new BigDecimal("0.7836"));
    values.put(IndicatorCode.of("DTI_SOC_ACTIVITY"), new BigDecimal("0.5197"));
    return values;
  }

  // 922: Σ value × max points = 800.175 of 1,000; the groups' points-weighted means are dxvn's.
  private static final String DA_NANG_SCORE = "{\"framework\":\"dti-922\",\"total\":0.800175,"
      + "\"publishedTotal\":0.8002,\"points\":800.175,"
      + "\"values\":{\"DTI_AWARENESS\":1,\"DTI_INSTITUTIONS\":0.9,\"DTI_INFRASTRUCTURE\":0.8253,"
      + "\"DTI_HUMAN_RESOURCES\":0.8487,\"DTI_CYBERSECURITY\":0.7578,\"DTI_GOV_ACTIVITY\":0.8575,"
      + "\"DTI_ECON_ACTIVITY\":0.7836,\"DTI_SOC_ACTIVITY\":0.5197},"
      + "\"groupValues\":{\"DTI_922_FOUNDATION\":0.86636,\"DTI_922_ACTIVITY\":0.73399}}";

  @Test
  void everyShippedFrameworkRoundTrips() throws IOException {
    assertEquals(3, DtiFramework.standardFrameworks().size());
    for (DtiFramework framework : DtiFramework.standardFrameworks()) {
      roundTrips(framework, DtiFramework.class);
      for (DtiGroup group : framework.groups()) {
        roundTrips(group, DtiGroup.class);
        for (DtiMainIndicator indicator : group.mainIndicators()) {
          roundTrips(indicator, DtiMainIndicator.class);
        }
      }
    }
  }

  @Test
  void framework922() throws IOException {
    String json = MAPPER.writeValueAsString(DtiFramework.standard("dti-922"));
    assertTrue(json.startsWith("{\"name\":\"dti-922\",\"document\":{\"number\":\"922/QĐ-BTTTT\","), json);
    assertTrue(json.contains("\"method\":\"POINTS\",\"totalPoints\":1000,"), json);
    assertTrue(json.contains("{\"code\":\"DTI_SMART_CITY\",\"nameVi\":\"Đô thị thông minh\","
        + "\"nameEn\":\"smart city\",\"componentCount\":3,\"maxPoints\":0,\"scored\":false,"), json);
  }

  @Test
  void framework1726Weights() throws IOException {
    String json = MAPPER.writeValueAsString(DtiFramework.standard("dti-1726").groups().get(0));
    assertTrue(json.startsWith("{\"code\":\"DTI_GOV_PILLAR\",\"nameVi\":\"Chính quyền số\","
        + "\"nameEn\":\"Digital government\",\"weight\":0.4,\"weightBasis\":\"INFERRED\","), json);
  }

  @Test
  void unknownPartsAreAbsent() throws IOException {
    DtiMainIndicator bare = DtiMainIndicator.builder().scored(true).source("405/QĐ-BKHCN").build();
    assertEquals("{\"scored\":true,\"source\":\"405/QĐ-BKHCN\"}", MAPPER.writeValueAsString(bare));
    roundTrips(bare, DtiMainIndicator.class);
    assertEquals(bare, MAPPER.readValue(
        "{\"scored\":true,\"source\":\"405/QĐ-BKHCN\",\"code\":null,\"maxPoints\":null}", DtiMainIndicator.class));
  }

  @Test
  void enumsAsTheirNames() throws IOException {
    assertEquals("\"PILLAR_WEIGHTS\"", MAPPER.writeValueAsString(ScoringMethod.PILLAR_WEIGHTS));
    assertEquals(WeightBasis.OFFICIAL, MAPPER.readValue("\"OFFICIAL\"", WeightBasis.class));
  }

  @Test
  void daNang2022Score() throws IOException {
    DtiScore score = DtiFramework.standard("dti-922").score(daNang2022());
    assertEquals(new BigDecimal("0.8002"), score.publishedTotal());
    assertEquals(DA_NANG_SCORE, MAPPER.writeValueAsString(score));
  }

  @Test
  void daNang2022Ranking() throws IOException {
    DtiRanking ranking = DtiFramework.standard("dti-922").scoreAll(Map.of("48", daNang2022()));
    String entry = "{\"unitCode\":\"48\",\"rank\":\"1/1\",\"score\":" + DA_NANG_SCORE + "}";
    assertEquals(entry, MAPPER.writeValueAsString(ranking.entries().get(0)));
    assertEquals("{\"framework\":\"dti-922\",\"entries\":[" + entry + "]}", MAPPER.writeValueAsString(ranking));
  }

  @Test
  void coresRulesOnReading() {
    // A weight without its basis.
    ValueInstantiationException weight = assertThrows(ValueInstantiationException.class, () -> MAPPER.readValue(
        "{\"mainIndicators\":[],\"source\":\"s\",\"weight\":0.4}", DtiGroup.class));
    assertInstanceOf(IllegalArgumentException.class, weight.getCause());
    // Points for an unscored indicator.
    assertThrows(ValueInstantiationException.class, () -> MAPPER.readValue(
        "{\"scored\":false,\"source\":\"s\",\"maxPoints\":10}", DtiMainIndicator.class));
    MismatchedInputException missing = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(
        "{\"scored\":true}", DtiMainIndicator.class));
    assertTrue(missing.getMessage().contains("'source'"), missing.getMessage());
    assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(
        "{\"mainIndicators\":[],\"source\":\"s\",\"weight\":0.4,\"weightBasis\":\"GUESSED\"}", DtiGroup.class));
  }
}
