package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.legal.LegalDocuments;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class NationalTargetTest {

  private static final IndicatorCode FIBRE = IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE");

  private static NationalTarget.Builder fibre() {
    return NationalTarget.builder()
        .id("749-fibre-households-2025")
        .indicator(FIBRE)
        .descriptionVi("Hạ tầng băng rộng cáp quang phủ trên 80% hộ gia đình")
        .descriptionEn("Fibre broadband covering over 80 % of households")
        .pillar(Pillar.DIGITAL_SOCIETY)
        .deadlineYear(2025)
        .value(new BigDecimal("80"))
        .comparator(TargetComparator.GREATER)
        .unit(Units.PERCENT)
        .document(LegalDocuments.DECISION_749_QD_TTG)
        .documentKind(DocumentKind.PROGRAMME)
        .sourceUrl("https://thukyluat.vn/");
  }

  private static Observation observation(String indicator, String value, Comparison comparison) {
    return Observation.builder().unitCode("45").indicator(IndicatorCode.of(indicator)).period(Period.ofYear(2023))
        .value(new BigDecimal(value)).unit(Units.PERCENT).comparison(comparison).build();
  }

  @Test
  void buildsAndPrints() {
    NationalTarget target = fibre().build();
    assertEquals(Optional.of(FIBRE), target.indicator());
    assertEquals("749-fibre-households-2025: INFRA_HOUSEHOLD_FIBRE_SHARE > 80 % by 2025", target.toString());
  }

  @Test
  void valueIsCanonical() {
    assertEquals(fibre().build(), fibre().value(new BigDecimal("80.000")).build());
    assertEquals("80", fibre().value(new BigDecimal("8E+1")).build().value().toPlainString());
  }

  @Test
  void seedFiguresAgainstTheTarget() {
    NationalTarget target = fibre().build();
    assertEquals(TargetStatus.MEETS, target.assess(observation("INFRA_HOUSEHOLD_FIBRE_SHARE", "80.51", Comparison.EQUAL)));
    assertEquals(TargetStatus.FAILS, target.assess(Comparison.EQUAL, new BigDecimal("80")));
    assertEquals(TargetStatus.UNKNOWN, target.assess(Comparison.APPROXIMATE, new BigDecimal("80")));
    assertEquals(TargetStatus.UNKNOWN, target.assess(Comparison.GREATER_OR_EQUAL, new BigDecimal("80")));
  }

  @Test
  void assessRejectsAnotherIndicatorOrUnit() {
    NationalTarget target = fibre().build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> target.assess(observation("INFRA_ADULT_SMARTPHONE_SHARE", "99.53", Comparison.EQUAL)));
    assertEquals("Invalid value for indicator (valid values INFRA_HOUSEHOLD_FIBRE_SHARE): INFRA_ADULT_SMARTPHONE_SHARE",
        e.getMessage());
    Observation inOne = Observation.builder().unitCode("45").indicator(FIBRE).period(Period.ofYear(2023))
        .value(new BigDecimal("0.8051")).unit(AbstractUnit.ONE).build();
    assertThrows(IllegalArgumentException.class, () -> target.assess(inOne));
  }

  @Test
  void aTargetWithoutIndicatorTakesAnyObservationInItsUnit() {
    NationalTarget target = fibre().indicator(Optional.empty()).build();
    assertEquals(TargetStatus.MEETS, target.assess(observation("INFRA_ADULT_SMARTPHONE_SHARE", "99.53", Comparison.EQUAL)));
  }

  @Test
  void distanceProgressGrowth() {
    NationalTarget target = fibre().build();
    assertEquals(new BigDecimal("4.49"), target.distance(new BigDecimal("75.51")));
    // From 60 to 80: at 75 three quarters of the way.
    assertEquals(new BigDecimal("0.75"), target.progress(new BigDecimal("60"), new BigDecimal("75")));
    assertEquals(BigDecimal.ONE, target.progress(new BigDecimal("60"), new BigDecimal("80")));
    assertEquals(new BigDecimal("-0.5"), target.progress(new BigDecimal("60"), new BigDecimal("50")));
    // 20 % in 2023 to 80 % by 2025 is doubling each year.
    assertEquals(1.0, target.requiredAnnualGrowth(2023, new BigDecimal("20")), 1e-12);
    assertEquals(Math.sqrt(2) - 1, fibre().value(new BigDecimal("20")).build()
        .requiredAnnualGrowth(2023, new BigDecimal("10")), 1e-12);
  }

  @Test
  void progressAndGrowthRanges() {
    NationalTarget target = fibre().build();
    assertEquals("Invalid value for baseline (valid values any but the target 80): 80.0",
        assertThrows(IllegalArgumentException.class,
            () -> target.progress(new BigDecimal("80.0"), BigDecimal.ONE)).getMessage());
    assertEquals("Invalid value for year (valid values before 2025): 2025",
        assertThrows(IllegalArgumentException.class,
            () -> target.requiredAnnualGrowth(2025, BigDecimal.ONE)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> target.requiredAnnualGrowth(2023, BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> target.requiredAnnualGrowth(2023, new BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class,
        () -> fibre().value(BigDecimal.ZERO).build().requiredAnnualGrowth(2023, BigDecimal.ONE));
  }

  @Test
  void trajectoryFromABaseline() {
    Trajectory line = fibre().build().trajectory(2021, new BigDecimal("60"));
    assertEquals(Trajectory.of(2021, new BigDecimal("60"), 2025, new BigDecimal("80"), TargetComparator.GREATER), line);
    assertEquals(new BigDecimal("75"), line.expectedValue(2024));
  }

  @Test
  void nulls() {
    NationalTarget target = fibre().build();
    BigDecimal one = BigDecimal.ONE;
    assertThrows(NullPointerException.class, () -> target.assess(null, one));
    assertThrows(NullPointerException.class, () -> target.assess(Comparison.EQUAL, null));
    assertThrows(NullPointerException.class, () -> target.assess((Observation) null));
    assertThrows(NullPointerException.class, () -> target.distance(null));
    assertThrows(NullPointerException.class, () -> target.progress(null, one));
    assertThrows(NullPointerException.class, () -> target.progress(one, null));
    assertThrows(NullPointerException.class, () -> target.requiredAnnualGrowth(2023, null));
    assertThrows(NullPointerException.class, () -> target.trajectory(2023, null));
    assertThrows(NullPointerException.class, () -> fibre().id(null));
    assertThrows(NullPointerException.class, () -> fibre().value(null));
    assertThrows(NullPointerException.class, () -> fibre().comparator(null));
    assertThrows(NullPointerException.class, () -> fibre().unit(null));
    assertThrows(NullPointerException.class, () -> fibre().documentKind(null));
    assertThrows(NullPointerException.class, () -> fibre().document(null));
    assertThrows(NullPointerException.class, () -> fibre().pillar(null));
  }

  @Test
  void missingAttributesAreRejected() {
    assertThrows(IllegalStateException.class, () -> NationalTarget.builder().id("x").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "749 fibre", "749_fibre", "749-Fibre", "-749", "749-", "749--fibre"})
  void badIds(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fibre().id(id).build());
    assertEquals("Invalid value for id (valid values lower-case letters, digits and single hyphens): '" + id + "'",
        e.getMessage());
  }

  @Test
  void rangeViolations() {
    assertEquals("Invalid value for deadlineYear (valid values 2000 - 2100): 1999",
        assertThrows(IllegalArgumentException.class, () -> fibre().deadlineYear(1999).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> fibre().deadlineYear(2101).build());
    assertEquals("Invalid value for value (valid values 0 or more): -1",
        assertThrows(IllegalArgumentException.class, () -> fibre().value(new BigDecimal("-1")).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> fibre().descriptionVi(" ").build());
    assertThrows(IllegalArgumentException.class, () -> fibre().descriptionEn("").build());
    assertThrows(IllegalArgumentException.class, () -> fibre().sourceUrl("").build());
  }

  @Test
  void topTargetsAreWholeRanks() {
    NationalTarget.Builder top = fibre().indicator(Optional.empty()).comparator(TargetComparator.TOP).unit(AbstractUnit.ONE);
    assertEquals("Invalid value for value of a top-N target (valid values whole numbers from 1): 50.5",
        assertThrows(IllegalArgumentException.class, () -> top.value(new BigDecimal("50.5")).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> top.value(BigDecimal.ZERO).build());
    NationalTarget ok = top.value(new BigDecimal("50.0")).build();
    assertEquals(TargetStatus.MEETS, ok.assess(Comparison.EQUAL, new BigDecimal("45")));
    assertTrue(ok.distance(new BigDecimal("86")).signum() > 0);
  }

  @Test
  void boundariesAreIncluded() {
    assertEquals(2000, fibre().deadlineYear(2000).build().deadlineYear());
    assertEquals(2100, fibre().deadlineYear(2100).build().deadlineYear());
    assertEquals(BigDecimal.ZERO, fibre().value(BigDecimal.ZERO).build().value());
    NationalTarget.Builder top = fibre().indicator(Optional.empty()).comparator(TargetComparator.TOP).unit(AbstractUnit.ONE);
    assertEquals(BigDecimal.ONE, top.value(BigDecimal.ONE).build().value());
    assertThrows(IllegalArgumentException.class, () -> top.value(new BigDecimal("0.5")).build());
  }
}
