package io.github.dxvn.dti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Contract tests of the builders of {@link DtiMainIndicator}, {@link DtiGroup} and {@link DtiFramework}. */
class DtiStructureTest {

  static DtiMainIndicator indicator(String code, String points) {
    return indicatorBuilder(code, points).build();
  }

  static DtiMainIndicator.Builder indicatorBuilder(String code, String points) {
    return DtiMainIndicator.builder().code(IndicatorCode.of(code)).maxPoints(new BigDecimal(points)).scored(true)
        .componentCount(2).source("src");
  }

  static DtiGroup.Builder group(String code, DtiMainIndicator... indicators) {
    return DtiGroup.builder().code(IndicatorCode.of(code)).addMainIndicators(indicators).source("src");
  }

  static DtiFramework.Builder framework(DtiGroup... groups) {
    return DtiFramework.builder().name("dti-test").document(LegalDocument.builder()
        .number(DocumentNumber.parse("1/QĐ-BTTTT")).signingDate(LocalDate.of(2024, 1, 1)).titleVi("t").build())
        .method(ScoringMethod.POINTS).totalPoints(new BigDecimal("100")).declaredMainIndicatorCount(2)
        .addGroups(groups).source("src");
  }

  @Test
  void aSmallFrameworkScores() {
    DtiFramework f = framework(group("G", indicator("A", "60"), indicator("B", "40.0")).build()).declaredComponentCount(4).build();
    assertEquals(Optional.of(new BigDecimal("40")), f.mainIndicators().get(1).maxPoints());
    assertEquals(new BigDecimal("0.7"), f.score(java.util.Map.of(IndicatorCode.of("A"), new BigDecimal("0.5"),
        IndicatorCode.of("B"), BigDecimal.ONE)).total());
  }

  @Test
  void mainIndicatorRanges() {
    assertEquals("Invalid value for maxPoints of A (valid values 0 or more): -1",
        assertThrows(IllegalArgumentException.class, () -> indicatorBuilder("A", "-1").build()).getMessage());
    assertEquals("Invalid value for maxPoints of A (valid values 0 for an unscored indicator): 5",
        assertThrows(IllegalArgumentException.class, () -> indicatorBuilder("A", "5").scored(false).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> indicatorBuilder("A", "5").componentCount(0).build());
    assertThrows(IllegalArgumentException.class, () -> indicatorBuilder("A", "5").source(" ").build());
    assertThrows(IllegalStateException.class, () -> DtiMainIndicator.builder().build());
    assertThrows(NullPointerException.class, () -> DtiMainIndicator.builder().code((IndicatorCode) null));
    assertThrows(NullPointerException.class, () -> DtiMainIndicator.builder().source(null));
    // Unknown parts are allowed.
    DtiMainIndicator unknown = DtiMainIndicator.builder().scored(true).source("src").build();
    assertEquals(Optional.empty(), unknown.code());
    assertEquals("?", unknown.label());
  }

  @Test
  void groupRanges() {
    assertThrows(IllegalArgumentException.class, () -> group("G").weight(BigDecimal.ZERO).weightBasis(WeightBasis.OFFICIAL).build());
    assertEquals("Invalid value for weight of group G (valid values above 0, at most 1): 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> group("G").weight(new BigDecimal("1.5")).weightBasis(WeightBasis.OFFICIAL).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> group("G").weight(BigDecimal.ONE).build());
    assertThrows(IllegalArgumentException.class, () -> group("G").weightBasis(WeightBasis.INFERRED).build());
    assertThrows(IllegalArgumentException.class,
        () -> group("G", indicator("A", "1"), indicator("B", "1")).declaredMainIndicatorCount(1).build());
    assertThrows(IllegalArgumentException.class, () -> group("G", indicator("A", "1"), indicator("A", "2")).build());
    assertEquals(new BigDecimal("0.5"),
        group("G").weight(new BigDecimal("0.50")).weightBasis(WeightBasis.OFFICIAL).build().weight().get());
  }

  @Test
  void frameworkRanges() {
    DtiGroup ok = group("G", indicator("A", "60"), indicator("B", "40")).build();
    assertEquals("Invalid value for totalPoints of dti-test (valid values the main indicators' points, 100): 90",
        assertThrows(IllegalArgumentException.class, () -> framework(ok).totalPoints(new BigDecimal("90")).build())
            .getMessage());
    assertEquals("Invalid value for declaredComponentCount of dti-test (valid values the main indicators' components, 4): 5",
        assertThrows(IllegalArgumentException.class, () -> framework(ok).declaredComponentCount(5).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> framework(ok).declaredMainIndicatorCount(1).build());
    assertThrows(IllegalArgumentException.class, () -> framework(ok).totalPoints(BigDecimal.ZERO).build());
    assertThrows(IllegalArgumentException.class, () -> framework(ok).name("DTI 922").build());
    assertThrows(IllegalArgumentException.class, () -> framework(ok).source(" ").build());
    LegalDocument draft = LegalDocument.builder().type(DocumentType.DECISION).issuer(Issuer.of("BTTTT"))
        .status(DocumentStatus.DRAFT).titleVi("t").build();
    assertEquals("Invalid value for document of dti-test (valid values an issued document): DRAFT",
        assertThrows(IllegalArgumentException.class, () -> framework(ok).document(draft).build()).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> framework(ok).firstAssessmentYear(2023).lastAssessmentYear(2022).build());
    assertThrows(IllegalArgumentException.class, () -> framework(ok, group("G").build()).build());
    assertThrows(IllegalArgumentException.class, () -> framework(ok, group("A").build()).build());
    DtiGroup p1 = group("P1").weight(new BigDecimal("0.5")).weightBasis(WeightBasis.OFFICIAL).build();
    DtiGroup p2 = group("P2").weight(new BigDecimal("0.4")).weightBasis(WeightBasis.OFFICIAL).build();
    assertEquals("Invalid value for the pillar weights of dti-test (valid values summing to 1): 0.9",
        assertThrows(IllegalArgumentException.class, () -> framework(p1, p2).method(ScoringMethod.PILLAR_WEIGHTS)
            .totalPoints(Optional.empty()).declaredMainIndicatorCount(0).build()).getMessage());
    assertThrows(NullPointerException.class, () -> DtiFramework.builder().name(null));
    assertThrows(IllegalStateException.class, () -> DtiFramework.builder().name("x").build());
  }

  @Test
  void missingPartsAreNamed() {
    DtiMainIndicator noPoints = DtiMainIndicator.builder().nameEn("openness").scored(true).source("src").build();
    DtiFramework f = framework(group("G", indicator("A", "60"), noPoints).build()).totalPoints(Optional.empty()).build();
    assertEquals(List.of("the total points are unknown", "main indicator openness has no code",
        "main indicator openness has no maximum points"), f.missingParts());
    DtiFramework pillars = framework(group("P1").build()).method(ScoringMethod.PILLAR_WEIGHTS).build();
    assertEquals(List.of("pillar P1 has no weight"), pillars.missingParts());
    DtiFramework none = framework().method(ScoringMethod.PILLAR_WEIGHTS).totalPoints(Optional.empty())
        .declaredMainIndicatorCount(0).build();
    assertEquals(List.of("the pillars are unknown"), none.missingParts());
  }

  @Test
  void aGroupWeightOfOneAndAnUnscoredIndicatorOfZeroPointsAreAllowed() {
    assertEquals(BigDecimal.ONE, group("G").weight(BigDecimal.ONE).weightBasis(WeightBasis.OFFICIAL).build().weight().get());
    assertEquals("Invalid value for source (valid values non-blank text): ''",
        assertThrows(IllegalArgumentException.class, () -> group("G").source(" ").build()).getMessage());
    assertEquals(BigDecimal.ZERO, indicatorBuilder("A", "0").scored(false).build().maxPoints().get());
    assertEquals(BigDecimal.ZERO, indicatorBuilder("A", "0").build().maxPoints().get());
    assertThrows(IllegalArgumentException.class, () -> indicatorBuilder("A", "1").scored(false).build());
  }

  @Test
  void aMainIndicatorCodeRepeatedInAnotherGroupIsRefusedByName() {
    DtiGroup first = group("G1", indicator("A", "60")).build();
    DtiGroup second = group("G2", indicator("A", "40")).build();
    assertEquals("Invalid value for mainIndicators of dti-test (valid values distinct codes): duplicate A",
        assertThrows(IllegalArgumentException.class, () -> framework(first, second).build()).getMessage());
    // main indicators without codes are not duplicates of each other
    DtiMainIndicator unknown = DtiMainIndicator.builder().scored(true).source("src").build();
    DtiFramework two = framework(group("G1", unknown).build(), group("G2", unknown).build()).totalPoints(Optional.empty())
        .build();
    assertEquals(2, two.mainIndicators().size());
  }

  @Test
  void theLastAssessmentYearMayBeTheFirst() {
    DtiGroup ok = group("G", indicator("A", "60"), indicator("B", "40")).build();
    DtiFramework oneYear = framework(ok).firstAssessmentYear(2022).lastAssessmentYear(2022).build();
    assertEquals(OptionalInt.of(2022), oneYear.lastAssessmentYear());
    assertEquals("Invalid value for lastAssessmentYear of dti-test (valid values 2022 - ...): 2021",
        assertThrows(IllegalArgumentException.class,
            () -> framework(ok).firstAssessmentYear(2022).lastAssessmentYear(2021).build()).getMessage());
  }

  @Test
  void componentsAndPointsAreSummedOnlyWhenEveryMainIndicatorHasThem() {
    // B's components and points are unknown: nothing to add up, so nothing is refused
    DtiMainIndicator b = DtiMainIndicator.builder().code(IndicatorCode.of("B")).scored(true).source("src").build();
    DtiFramework f = framework(group("G", indicator("A", "60"), b).build()).declaredComponentCount(99).build();
    assertEquals(OptionalInt.of(99), f.declaredComponentCount());
    assertEquals(Optional.of(new BigDecimal("100")), f.totalPoints());
    assertEquals(List.of("main indicator B has no maximum points"), f.missingParts());
  }

  @Test
  void totalPointsMustBeAboveZeroEvenWhenMainIndicatorsAreUnknown() {
    // 3 main indicators declared, 2 known: the points are not added up, but 0 is still refused
    DtiGroup ok = group("G", indicator("A", "60"), indicator("B", "40")).build();
    assertEquals("Invalid value for totalPoints of dti-test (valid values above 0): 0",
        assertThrows(IllegalArgumentException.class,
            () -> framework(ok).declaredMainIndicatorCount(3).totalPoints(BigDecimal.ZERO).build()).getMessage());
    assertEquals("Invalid value for totalPoints of dti-test (valid values above 0): -5",
        assertThrows(IllegalArgumentException.class,
            () -> framework(ok).declaredMainIndicatorCount(3).totalPoints(new BigDecimal("-5")).build()).getMessage());
    assertEquals(Optional.of(new BigDecimal("250")),
        framework(ok).declaredMainIndicatorCount(3).totalPoints(new BigDecimal("250")).build().totalPoints());
  }

  @Test
  void totalPointsAreKeptCanonical() {
    DtiGroup ok = group("G", indicator("A", "60"), indicator("B", "40")).build();
    DtiFramework f = framework(ok).totalPoints(new BigDecimal("100.00")).build();
    assertEquals(Optional.of(new BigDecimal("100")), f.totalPoints());
    assertEquals(Optional.of(new BigDecimal("100")), framework(ok).totalPoints(new BigDecimal("1E+2")).build()
        .totalPoints());
  }

  @Test
  void missingMainIndicatorsAreCounted() {
    DtiGroup ok = group("G", indicator("A", "60"), indicator("B", "40")).build();
    assertEquals(List.of("1 of 3 main indicators are unknown"),
        framework(ok).declaredMainIndicatorCount(3).build().missingParts());
    assertEquals(List.of("the number of main indicators is unknown"),
        framework(ok).declaredMainIndicatorCount(OptionalInt.empty()).build().missingParts());
    assertEquals(List.of(), framework(ok).build().missingParts());
  }

  @Test
  void aPillarWithoutACodeIsNamed() {
    DtiGroup unnamed = DtiGroup.builder().nameEn("economy").weight(BigDecimal.ONE).weightBasis(WeightBasis.OFFICIAL)
        .source("src").build();
    DtiFramework f = framework(unnamed).method(ScoringMethod.PILLAR_WEIGHTS).totalPoints(Optional.empty())
        .declaredMainIndicatorCount(0).build();
    assertEquals(List.of("pillar economy has no code"), f.missingParts());
  }
}
