package io.github.dxvn.dti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link DtiRanking#of}: a ranking built from scores by the rule {@code scoreAll} uses. */
class DtiRankingTest {

  private static final DtiScore DA_NANG = DtiFrameworkTest.DTI_922.score(DtiFrameworkTest.daNang2022());

  private static DtiScore scoreOf(String awareness) {
    Map<IndicatorCode, BigDecimal> values = new LinkedHashMap<>(DtiFrameworkTest.daNang2022());
    values.put(IndicatorCode.of("DTI_AWARENESS"), new BigDecimal(awareness));
    return DtiFrameworkTest.DTI_922.score(values);
  }

  @Test
  void ranksBestFirstWithTiesInInputOrder() {
    Map<String, DtiScore> scores = new LinkedHashMap<>();
    scores.put("01", scoreOf("0.5"));
    scores.put("48", DA_NANG);
    scores.put("79", scoreOf("0.5"));
    DtiRanking r = DtiRanking.of("dti-922", Period.ofYear(2022), scores);
    assertEquals(List.of("48", "01", "79"), r.entries().stream().map(DtiRanking.Entry::unitCode).toList());
    assertEquals(RankPosition.of(1, 3), r.find("48").orElseThrow().rank());
    assertEquals(RankPosition.of(2, 3), r.find("01").orElseThrow().rank());
    assertEquals(RankPosition.of(2, 3), r.find("79").orElseThrow().rank());
    assertEquals(Optional.of(Period.ofYear(2022)), r.period());
    assertEquals(Optional.empty(), DtiRanking.of("dti-922", scores).period());
  }

  @Test
  void equalsTheRankingOfScoreAll() {
    Map<String, Map<IndicatorCode, BigDecimal>> values = new LinkedHashMap<>();
    values.put("48", DtiFrameworkTest.daNang2022());
    Map<IndicatorCode, BigDecimal> other = new LinkedHashMap<>(DtiFrameworkTest.daNang2022());
    other.put(IndicatorCode.of("DTI_INSTITUTIONS"), new BigDecimal("0.1"));
    values.put("45", other);
    DtiRanking scored = DtiFrameworkTest.DTI_922.scoreAll(values);
    Map<String, DtiScore> scores = new LinkedHashMap<>();
    scored.entries().forEach(e -> scores.put(e.unitCode(), e.score()));
    assertEquals(scored, DtiRanking.of("dti-922", scores));
  }

  @Test
  void emptyRanking() {
    assertEquals(0, DtiRanking.of("dti-922", Map.of()).size());
  }

  @Test
  void scoresOfAnotherFrameworkAreRefused() {
    DtiScore pillar = DtiFrameworkTest.DTI_1726.score(DtiFrameworkTest.quangTri2020());
    assertEquals("Invalid value for framework of the score of 45 (valid values dti-922): dti-1726",
        assertThrows(IllegalArgumentException.class, () -> DtiRanking.of("dti-922", Map.of("45", pillar)))
            .getMessage());
  }

  @Test
  void nulls() {
    Map<String, DtiScore> scores = Map.of("48", DA_NANG);
    Period p = Period.ofYear(2022);
    assertEquals("framework", assertThrows(NullPointerException.class, () -> DtiRanking.of(null, scores)).getMessage());
    assertEquals("scores", assertThrows(NullPointerException.class, () -> DtiRanking.of("dti-922", null)).getMessage());
    assertEquals("framework", assertThrows(NullPointerException.class, () -> DtiRanking.of(null, p, scores)).getMessage());
    assertEquals("period", assertThrows(NullPointerException.class,
        () -> DtiRanking.of("dti-922", (Period) null, scores)).getMessage());
    assertEquals("scores", assertThrows(NullPointerException.class, () -> DtiRanking.of("dti-922", p, null)).getMessage());
    Map<String, DtiScore> nullKey = new LinkedHashMap<>();
    nullKey.put(null, DA_NANG);
    assertThrows(NullPointerException.class, () -> DtiRanking.of("dti-922", nullKey));
    Map<String, DtiScore> nullValue = new LinkedHashMap<>();
    nullValue.put("48", null);
    assertThrows(NullPointerException.class, () -> DtiRanking.of("dti-922", nullValue));
  }

  @Test
  void aRankingRebuiltFromItsEntriesEqualsIt() {
    qt().forAll(SourceDSL.lists().of(DtiScoreTest.scores()).ofSizeBetween(0, 12)).checkAssert(list -> {
      Map<String, DtiScore> scores = new LinkedHashMap<>();
      String framework = list.isEmpty() ? "dti-922" : list.get(0).framework();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).framework().equals(framework)) {
          scores.put("U" + i, list.get(i));
        }
      }
      DtiRanking ranking = DtiRanking.of(framework, scores);
      Map<String, DtiScore> again = new LinkedHashMap<>();
      ranking.entries().forEach(e -> again.put(e.unitCode(), e.score()));
      assertEquals(ranking, DtiRanking.of(framework, again));
    });
  }

  @Test
  void theSummaryNamesThePeriod() {
    Map<String, DtiScore> scores = new LinkedHashMap<>();
    scores.put("48", DA_NANG);
    scores.put("01", scoreOf("0.5"));
    assertEquals("DtiRanking[dti-922 2022, 2 units]", DtiRanking.of("dti-922", Period.ofYear(2022), scores).toString());
    assertEquals("DtiRanking[dti-922, 2 units]", DtiRanking.of("dti-922", scores).toString());
  }
}
