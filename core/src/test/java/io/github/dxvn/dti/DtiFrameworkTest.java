package io.github.dxvn.dti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class DtiFrameworkTest {

  static final DtiFramework DTI_922 = DtiFramework.standard("dti-922");
  static final DtiFramework DTI_1726 = DtiFramework.standard("dti-1726");
  static final DtiFramework DTI_405 = DtiFramework.standard("dti-405");

  static IndicatorCode code(String code) {
    return IndicatorCode.of(code);
  }

  /** Đà Nẵng, DTI 2022 (dti.gov.vn/xep-hang-2022), rank 1 of 63, PDTI 0.8002. */
  static Map<IndicatorCode, BigDecimal> daNang2022() {
    Map<IndicatorCode, BigDecimal> values = new LinkedHashMap<>();
    values.put(code("DTI_AWARENESS"), new BigDecimal("1.0000"));
    values.put(code("DTI_INSTITUTIONS"), new BigDecimal("0.9000"));
    values.put(code("DTI_INFRASTRUCTURE"), new BigDecimal("0.8253"));
    values.put(code("DTI_HUMAN_RESOURCES"), new BigDecimal("0.8487"));
    values.put(code("DTI_CYBERSECURITY"), new BigDecimal("0.7578"));
    values.put(code("DTI_GOV_ACTIVITY"), new BigDecimal("0.8575"));
    values.put(code("DTI_ECON_ACTIVITY"), new BigDecimal("0.7836"));
    values.put(code("DTI_SOC_ACTIVITY"), new BigDecimal("0.5197"));
    return values;
  }

  /** Quảng Trị, DTI 2020: government, economy, society pillars; published 0.2493, rank 56 of 63. */
  static Map<IndicatorCode, BigDecimal> quangTri2020() {
    return Map.of(code("DTI_GOV_PILLAR"), new BigDecimal("0.2803"), code("DTI_ECON_PILLAR"), new BigDecimal("0.2109"),
        code("DTI_SOC_PILLAR"), new BigDecimal("0.2464"));
  }

  @Test
  void shipsThreeFrameworks() {
    assertEquals(List.of("dti-1726", "dti-922", "dti-405"),
        DtiFramework.standardFrameworks().stream().map(DtiFramework::name).toList());
    assertEquals("dti-922 (922/QĐ-BTTTT)", DTI_922.toString());
    assertEquals(Optional.of(LocalDate.of(2022, 5, 20)), DTI_922.document().signingDate());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 12)), DTI_1726.document().signingDate());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 3)), DTI_405.document().signingDate());
    assertEquals(Optional.of(DocumentNumber.parse("922/QĐ-BTTTT")), DTI_922.document().number());
    assertEquals(Issuer.MINISTRY_OF_SCIENCE_AND_TECHNOLOGY, DTI_405.document().issuer());
    assertEquals(OptionalInt.of(2021), DTI_922.firstAssessmentYear());
    assertEquals(OptionalInt.of(2023), DTI_922.lastAssessmentYear());
    assertEquals("Invalid value for name (valid values dti-1726, dti-922, dti-405): dti-2020",
        assertThrows(IllegalArgumentException.class, () -> DtiFramework.standard("dti-2020")).getMessage());
    assertThrows(NullPointerException.class, () -> DtiFramework.standard(null));
  }

  @Test
  void structureOf922() {
    List<DtiMainIndicator> main = DTI_922.mainIndicators();
    assertEquals(9, main.size());
    assertEquals(98, main.stream().mapToInt(i -> i.componentCount().getAsInt()).sum());
    assertEquals(OptionalInt.of(98), DTI_922.declaredComponentCount());
    assertEquals(Optional.of(new BigDecimal("1000")), DTI_922.totalPoints());
    assertEquals(List.of("DTI_922_FOUNDATION", "DTI_922_ACTIVITY"),
        DTI_922.groups().stream().map(g -> g.code().get().toString()).toList());
    DtiMainIndicator smartCity = main.get(5);
    assertEquals(Optional.of(code("DTI_SMART_CITY")), smartCity.code());
    assertFalse(smartCity.scored());
    assertEquals(Optional.of(BigDecimal.ZERO), smartCity.maxPoints());
    assertEquals(Optional.of("Đô thị thông minh"), smartCity.nameVi());
    assertEquals(Optional.of(new BigDecimal("200")), main.get(6).maxPoints());
    assertEquals(List.of(code("DTI_AWARENESS"), code("DTI_INSTITUTIONS"), code("DTI_INFRASTRUCTURE"),
        code("DTI_HUMAN_RESOURCES"), code("DTI_CYBERSECURITY"), code("DTI_GOV_ACTIVITY"), code("DTI_ECON_ACTIVITY"),
        code("DTI_SOC_ACTIVITY")), DTI_922.inputs());
    // Every main indicator code is a standard SCORE indicator on 0-1.
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    main.forEach(i -> assertEquals(AbstractUnit.ONE, catalog.get(i.code().get()).unit()));
    assertTrue(DTI_922.isScorable());
    assertTrue(main.stream().allMatch(i -> i.source().startsWith("http")));
  }

  @Test
  void structureOf1726() {
    assertEquals(Optional.of(ScoringMethod.PILLAR_WEIGHTS), DTI_1726.method());
    assertEquals(List.of(new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.3")),
        DTI_1726.groups().stream().map(g -> g.weight().get()).toList());
    assertTrue(DTI_1726.groups().stream().allMatch(g -> g.weightBasis().equals(Optional.of(WeightBasis.INFERRED))));
    assertTrue(DTI_1726.groups().stream().allMatch(g -> g.declaredMainIndicatorCount().equals(OptionalInt.of(7))));
    assertEquals(List.of(code("DTI_GOV_PILLAR"), code("DTI_ECON_PILLAR"), code("DTI_SOC_PILLAR")), DTI_1726.inputs());
    assertEquals(List.of(), DTI_1726.mainIndicators());
  }

  @Test
  void framework405IsIncompleteAndRefusesToScore() {
    assertEquals(OptionalInt.of(8), DTI_405.declaredMainIndicatorCount());
    assertEquals(OptionalInt.of(47), DTI_405.declaredComponentCount());
    assertFalse(DTI_405.isScorable());
    assertEquals(List.of("the scoring method is unknown"), DTI_405.missingParts());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DTI_405.score(daNang2022()));
    assertEquals("Framework dti-405 (405/QĐ-BKHCN) cannot be scored: the scoring method is unknown", e.getMessage());
    assertThrows(IllegalStateException.class, DTI_405::inputs);
    assertThrows(IllegalStateException.class, () -> DTI_405.scoreAll(Map.of()));
    // Even with a method, its unknown indicators keep it from scoring.
    DtiFramework withMethod = DtiFramework.builder().from(DTI_405).method(ScoringMethod.POINTS).build();
    assertEquals(List.of("the total points are unknown", "8 of 8 main indicators are unknown"), withMethod.missingParts());
  }

  @Test
  void daNang2022Reproduces() {
    DtiScore score = DTI_922.score(daNang2022());
    assertEquals(new BigDecimal("0.8002"), score.publishedTotal());
    assertEquals(new BigDecimal("0.800175"), score.total());
    assertEquals(Optional.of(new BigDecimal("800.175")), score.points());
    assertEquals("dti-922", score.framework());
    assertEquals("dti-922 0.8002 (0.800175)", score.toString());
    // Groups: (100 + 90 + 82.53 + 84.87 + 75.78) / 500 and (171.5 + 117.54 + 77.955) / 500.
    assertEquals(new BigDecimal("0.86636"), score.groupValues().get(code("DTI_922_FOUNDATION")));
    assertEquals(new BigDecimal("0.73399"), score.groupValues().get(code("DTI_922_ACTIVITY")));
  }

  @Test
  void smartCityIsAcceptedButNotScored() {
    Map<IndicatorCode, BigDecimal> values = new HashMap<>(daNang2022());
    values.put(code("DTI_SMART_CITY"), new BigDecimal("0.1234"));
    DtiScore score = DTI_922.score(values);
    assertEquals(new BigDecimal("0.800175"), score.total());
    assertEquals(new BigDecimal("0.1234"), score.values().get(code("DTI_SMART_CITY")));
  }

  @Test
  void quangTri2020ReproducesUnder1726() {
    DtiScore score = DTI_1726.score(quangTri2020());
    assertEquals(new BigDecimal("0.2493"), score.publishedTotal());
    assertEquals(new BigDecimal("0.24931"), score.total());
    assertEquals(Optional.empty(), score.points());
    assertEquals(new BigDecimal("0.2803"), score.groupValues().get(code("DTI_GOV_PILLAR")));
  }

  @Test
  void scoringRejectsBadInput() {
    Map<IndicatorCode, BigDecimal> missing = new LinkedHashMap<>(daNang2022());
    missing.remove(code("DTI_SOC_ACTIVITY"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DTI_922.score(missing));
    assertTrue(e.getMessage().endsWith("missing [DTI_SOC_ACTIVITY]"), e.getMessage());

    Map<IndicatorCode, BigDecimal> unknown = new LinkedHashMap<>(daNang2022());
    unknown.put(code("DTI_GOV_PILLAR"), BigDecimal.ONE);
    e = assertThrows(IllegalArgumentException.class, () -> DTI_922.score(unknown));
    assertTrue(e.getMessage().endsWith("): DTI_GOV_PILLAR"), e.getMessage());

    Map<IndicatorCode, BigDecimal> high = new LinkedHashMap<>(daNang2022());
    high.put(code("DTI_AWARENESS"), new BigDecimal("1.0001"));
    e = assertThrows(IllegalArgumentException.class, () -> DTI_922.score(high));
    assertEquals("Invalid value for DTI_AWARENESS (valid values 0 - 1): 1.0001", e.getMessage());

    Map<IndicatorCode, BigDecimal> negative = new LinkedHashMap<>(quangTri2020());
    negative.put(code("DTI_SOC_PILLAR"), new BigDecimal("-0.1"));
    assertThrows(IllegalArgumentException.class, () -> DTI_1726.score(negative));

    Map<IndicatorCode, BigDecimal> nullValue = new HashMap<>(quangTri2020());
    nullValue.put(code("DTI_SOC_PILLAR"), null);
    assertThrows(NullPointerException.class, () -> DTI_1726.score(nullValue));
    Map<IndicatorCode, BigDecimal> nullKey = new HashMap<>(quangTri2020());
    nullKey.put(null, BigDecimal.ONE);
    assertThrows(NullPointerException.class, () -> DTI_1726.score(nullKey));
    assertThrows(NullPointerException.class, () -> DTI_1726.score(null));
    assertThrows(NullPointerException.class, () -> DTI_1726.scoreAll((Map<String, Map<IndicatorCode, BigDecimal>>) null));
    assertThrows(NullPointerException.class, () -> DTI_1726.scoreAll(null, Period.ofYear(2020)));
    assertThrows(NullPointerException.class, () -> DTI_1726.scoreAll(Dataset.of(List.of()), null));
  }

  @Test
  void ranksWithTiesOnPublishedValues() {
    Map<String, Map<IndicatorCode, BigDecimal>> byUnit = new LinkedHashMap<>();
    byUnit.put("45", quangTri2020());
    byUnit.put("01", pillars("0.5", "0.5", "0.5"));
    // 0.24931 and 0.24932 are both published as 0.2493: they share rank 3 and rank 5 follows.
    byUnit.put("02", pillars("0.2804", "0.2109", "0.2463"));
    byUnit.put("04", pillars("0.6", "0.6", "0.6"));
    byUnit.put("06", pillars("0.1", "0.1", "0.1"));
    DtiRanking ranking = DTI_1726.scoreAll(byUnit);
    assertEquals(List.of("04 1", "01 2", "45 3", "02 3", "06 5"),
        ranking.entries().stream().map(e -> e.unitCode() + " " + e.rank().rank()).toList());
    assertEquals(RankPosition.of(3, 5), ranking.find("45").get().rank());
    assertEquals(new BigDecimal("0.24932"), ranking.find("02").get().score().total());
    assertEquals(Optional.empty(), ranking.period());
    assertEquals("dti-1726", ranking.framework());
    assertEquals(5, ranking.size());
    assertEquals(Optional.empty(), ranking.find("99"));
    // Equal inputs give equal rankings; a different unit set does not.
    DtiRanking again = DTI_1726.scoreAll(new LinkedHashMap<>(byUnit));
    assertEquals(ranking, again);
    assertEquals(ranking, ranking);
    assertEquals(ranking.hashCode(), again.hashCode());
    assertEquals(ranking.entries().get(0), again.entries().get(0));
    assertEquals(ranking.entries().get(0).hashCode(), again.entries().get(0).hashCode());
    assertNotEquals(ranking.entries().get(0), ranking.entries().get(1));
    assertNotEquals(ranking.entries().get(0), "04");
    byUnit.remove("06");
    DtiRanking fewer = DTI_1726.scoreAll(byUnit);
    assertNotEquals(ranking, fewer);
    assertNotEquals(ranking.hashCode(), fewer.hashCode());
    assertNotEquals(ranking, "ranking");
    assertEquals("DtiRanking[dti-1726, 5 units]", ranking.toString());
    assertEquals("04 " + ranking.entries().get(0).score().publishedTotal().toPlainString() + " rank 1/5",
        ranking.entries().get(0).toString());
  }

  private static Map<IndicatorCode, BigDecimal> pillars(String gov, String econ, String soc) {
    return Map.of(code("DTI_GOV_PILLAR"), new BigDecimal(gov), code("DTI_ECON_PILLAR"), new BigDecimal(econ),
        code("DTI_SOC_PILLAR"), new BigDecimal(soc));
  }

  @Test
  void scoreAllReportsEveryUnitsProblem() {
    Map<String, Map<IndicatorCode, BigDecimal>> byUnit = new LinkedHashMap<>();
    byUnit.put("45", Map.of(code("DTI_GOV_PILLAR"), BigDecimal.ONE));
    byUnit.put("48", pillars("2", "0", "0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DTI_1726.scoreAll(byUnit));
    assertTrue(e.getMessage().startsWith("unit 45: "), e.getMessage());
    assertTrue(e.getMessage().contains("\nunit 48: Invalid value for DTI_GOV_PILLAR"), e.getMessage());
  }

  @Test
  void scoresADataset() {
    Period year = Period.ofYear(2022);
    List<Observation> observations = new ArrayList<>();
    daNang2022().forEach((c, v) -> observations.add(Observation.of("48", c, year, v, AbstractUnit.ONE)));
    // Another province, the smart city score, and a year that is not scored.
    daNang2022().forEach((c, v) -> observations.add(Observation.of("45", c, year, v.multiply(new BigDecimal("0.5")),
        AbstractUnit.ONE)));
    observations.add(Observation.of("48", code("DTI_SMART_CITY"), year, new BigDecimal("0.7"), AbstractUnit.ONE));
    observations.add(Observation.of("48", code("DTI_AWARENESS"), Period.ofYear(2021), BigDecimal.ONE, AbstractUnit.ONE));
    observations.add(Observation.of("48", code("INFRA_HOUSEHOLD_FIBRE_SHARE"), year, BigDecimal.TEN, Units.PERCENT));
    DtiRanking ranking = DTI_922.scoreAll(Dataset.of(observations), year);
    assertEquals(Optional.of(year), ranking.period());
    assertEquals(2, ranking.size());
    assertEquals("48", ranking.entries().get(0).unitCode());
    assertEquals(new BigDecimal("0.8002"), ranking.entries().get(0).score().publishedTotal());
    assertEquals(RankPosition.of(2, 2), ranking.find("45").get().rank());
    assertEquals(new BigDecimal("0.4000875"), ranking.find("45").get().score().total());
  }

  @Test
  void aDatasetNeedsExactValuesAndEveryInput() {
    Period year = Period.ofYear(2022);
    List<Observation> observations = new ArrayList<>();
    daNang2022().forEach((c, v) -> observations.add(Observation.builder().unitCode("48").indicator(c).period(year)
        .value(v).unit(AbstractUnit.ONE).comparison(c.toString().equals("DTI_AWARENESS") ? Comparison.APPROXIMATE
            : Comparison.EQUAL).build()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DTI_922.scoreAll(Dataset.of(observations), year));
    assertTrue(e.getMessage().contains("a DTI value must be exact, not ~"), e.getMessage());
    observations.remove(0);
    e = assertThrows(IllegalArgumentException.class, () -> DTI_922.scoreAll(Dataset.of(observations), year));
    assertTrue(e.getMessage().startsWith("unit 48: ") && e.getMessage().endsWith("missing [DTI_AWARENESS]"), e.getMessage());
  }

  @Test
  void mergedDaNang2024() {
    // New Đà Nẵng 2024 = mean of Đà Nẵng and Quảng Nam. Their main indicators are not in this
    // repository; the rule is linear, so the published totals show it (see the property test).
    Map<IndicatorCode, BigDecimal> merged = DtiFramework.mergePredecessors(List.of(
        Map.of(code("DTI_AWARENESS"), new BigDecimal("0.8335")), Map.of(code("DTI_AWARENESS"), new BigDecimal("0.5803"))));
    assertEquals(Map.of(code("DTI_AWARENESS"), new BigDecimal("0.7069")), merged);
  }

  @Test
  void mergeOfThreeAndMergeErrors() {
    Map<IndicatorCode, BigDecimal> merged = DtiFramework.mergePredecessors(List.of(
        Map.of(code("DTI_AWARENESS"), BigDecimal.ONE), Map.of(code("DTI_AWARENESS"), BigDecimal.ZERO),
        Map.of(code("DTI_AWARENESS"), BigDecimal.ZERO)));
    assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), merged.get(code("DTI_AWARENESS")));
    assertEquals("Invalid value for predecessors (valid values 1 or more): 0",
        assertThrows(IllegalArgumentException.class, () -> DtiFramework.mergePredecessors(List.of())).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DtiFramework.mergePredecessors(List.of(
        Map.of(code("DTI_AWARENESS"), BigDecimal.ONE), Map.of(code("DTI_INSTITUTIONS"), BigDecimal.ONE))));
    assertThrows(IllegalArgumentException.class, () -> DtiFramework.mergePredecessors(List.of(
        Map.of(code("DTI_AWARENESS"), new BigDecimal("1.5")))));
    assertThrows(NullPointerException.class, () -> DtiFramework.mergePredecessors(null));
    List<Map<IndicatorCode, BigDecimal>> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> DtiFramework.mergePredecessors(withNull));
  }

  @Test
  void groupsWithoutACodeOrWithoutScoredPointsHaveNoGroupValue() {
    // G is scored; U holds only an unscored indicator (0 points); N has no code
    DtiGroup scored = DtiStructureTest.group("G", DtiStructureTest.indicator("A", "60")).build();
    DtiGroup unscored = DtiStructureTest.group("U",
        DtiStructureTest.indicatorBuilder("S", "0").scored(false).build()).build();
    DtiGroup uncoded = DtiGroup.builder().nameEn("no code").addMainIndicators(DtiStructureTest.indicator("B", "40"))
        .source("src").build();
    DtiFramework f = DtiStructureTest.framework(scored, unscored, uncoded).declaredMainIndicatorCount(3).build();
    DtiScore score = f.score(Map.of(code("A"), new BigDecimal("0.5"), code("B"), BigDecimal.ONE,
        code("S"), new BigDecimal("0.2")));
    assertEquals(Map.of(code("G"), new BigDecimal("0.5")), score.groupValues());
    assertEquals(new BigDecimal("0.7"), score.total());
    assertEquals(Optional.of(new BigDecimal("70")), score.points());
  }

  @Test
  void aDatasetValueInAnotherUnitIsReported() {
    // A and B are not in the standard catalog, so a dataset takes values of them in any unit
    DtiFramework f = DtiStructureTest.framework(DtiStructureTest.group("G", DtiStructureTest.indicator("A", "60"),
        DtiStructureTest.indicator("B", "40")).build()).build();
    Period year = Period.ofYear(2022);
    List<Observation> observations = List.of(
        Observation.of("48", code("A"), year, new BigDecimal("0.5"), Units.PERCENT),
        Observation.of("48", code("B"), year, BigDecimal.ONE, AbstractUnit.ONE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> f.scoreAll(Dataset.of(observations), year));
    assertEquals("48/A/2022 = 0.5 %: a DTI value is on 0-1, in unit 1", e.getMessage());
    List<Observation> inOne = List.of(
        Observation.of("48", code("A"), year, new BigDecimal("0.5"), AbstractUnit.ONE),
        Observation.of("48", code("B"), year, BigDecimal.ONE, AbstractUnit.ONE));
    assertEquals(new BigDecimal("0.7"), f.scoreAll(Dataset.of(inOne), year).find("48").orElseThrow().score().total());
  }
}
