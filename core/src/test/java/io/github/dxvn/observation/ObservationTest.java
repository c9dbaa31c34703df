package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

class ObservationTest {

  static final IndicatorCode SMARTPHONES = IndicatorCode.of("INFRA_ADULT_SMARTPHONE_SHARE");
  static final Period Y2023 = Period.parse("2023");

  @Test
  void equalityIgnoresTrailingZeros() {
    Observation a = Observation.of("45", SMARTPHONES, Y2023, new BigDecimal("99.53"), Units.PERCENT);
    Observation b = Observation.of("45", SMARTPHONES, Y2023, new BigDecimal("99.530"), Units.PERCENT);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("99.53", b.value().toPlainString());
    Observation hundred = Observation.of("45", SMARTPHONES, Y2023, new BigDecimal("1E+2"), Units.PERCENT);
    assertEquals("100", hundred.value().toPlainString());
    assertEquals(0, hundred.value().scale());
  }

  @Test
  void quantityKeepsTheExactDecimal() {
    Observation a = Observation.of("45", SMARTPHONES, Y2023, new BigDecimal("99.53"), Units.PERCENT);
    assertTrue(a.quantity().isEquivalentTo((javax.measure.Quantity) Quantities.getQuantity(new BigDecimal("99.53"), Units.PERCENT)));
    assertEquals(new BigDecimal("99.53"), a.quantity().getValue());
  }

  @Test
  void defaultsAndText() {
    Observation a = Observation.of("45", SMARTPHONES, Y2023, new BigDecimal("99.53"), Units.PERCENT);
    assertEquals(ObservationStatus.NORMAL, a.status());
    assertEquals(Comparison.EQUAL, a.comparison());
    assertEquals("45/INFRA_ADULT_SMARTPHONE_SHARE/2023 = 99.53 %", a.toString());
    Observation b = Observation.builder().from(a).status(ObservationStatus.ESTIMATED)
        .comparison(Comparison.GREATER).rank(RankPosition.of(4, 19)).build();
    assertEquals("45/INFRA_ADULT_SMARTPHONE_SHARE/2023 > 99.53 % [E] rank 4/19", b.toString());
    assertEquals(ObservationKey.of("45", SMARTPHONES, Y2023), b.key());
  }

  @Test
  void rejectsMissingStatusesBlankUnitsAndNulls() {
    Observation.Builder base = Observation.builder().unitCode("45").indicator(SMARTPHONES).period(Y2023)
        .value(BigDecimal.ONE).unit(AbstractUnit.ONE);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> base.status(ObservationStatus.MISSING).build());
    assertTrue(missing.getMessage().startsWith("Invalid value for status of 45/INFRA_ADULT_SMARTPHONE_SHARE/2023"));
    assertThrows(IllegalArgumentException.class,
        () -> Observation.of(" 45", SMARTPHONES, Y2023, BigDecimal.ONE, AbstractUnit.ONE));
    assertThrows(IllegalArgumentException.class,
        () -> Observation.of("", SMARTPHONES, Y2023, BigDecimal.ONE, AbstractUnit.ONE));
    assertThrows(NullPointerException.class, () -> Observation.of(null, SMARTPHONES, Y2023, BigDecimal.ONE, AbstractUnit.ONE));
    assertThrows(NullPointerException.class, () -> Observation.of("45", null, Y2023, BigDecimal.ONE, AbstractUnit.ONE));
    assertThrows(NullPointerException.class, () -> Observation.of("45", SMARTPHONES, null, BigDecimal.ONE, AbstractUnit.ONE));
    assertThrows(NullPointerException.class, () -> Observation.of("45", SMARTPHONES, Y2023, null, AbstractUnit.ONE));
    assertThrows(NullPointerException.class, () -> Observation.of("45", SMARTPHONES, Y2023, BigDecimal.ONE, null));
    assertThrows(IllegalStateException.class, () -> Observation.builder().unitCode("45").build());
  }

  @Test
  void statusesAndComparisons() {
    for (ObservationStatus s : ObservationStatus.values()) {
      assertEquals(s, ObservationStatus.ofCode(s.code()));
    }
    assertEquals("Invalid value for status (valid values A, B, D, E, F, I, M, O, P, U): X",
        assertThrows(IllegalArgumentException.class, () -> ObservationStatus.ofCode("X")).getMessage());
    for (Comparison c : Comparison.values()) {
      assertEquals(c, Comparison.ofSymbol(c.symbol()));
      assertEquals(1, (c.isExact() ? 1 : 0) + (c.isLowerBound() ? 1 : 0) + (c.isUpperBound() ? 1 : 0)
          + (c == Comparison.APPROXIMATE ? 1 : 0));
    }
    assertThrows(IllegalArgumentException.class, () -> Comparison.ofSymbol("=>"));
  }

  @Test
  void keysAndViolationsCompareByEveryPart() {
    ObservationKey k = ObservationKey.of("45", IndicatorCode.of("X"), Period.parse("2023"));
    assertEquals(k, k);
    assertNotEquals(k, "45/X/2023");
    assertNotEquals(k.hashCode(), ObservationKey.of("45", IndicatorCode.of("X"), Period.parse("2024")).hashCode());
    assertNotEquals(k.hashCode(), ObservationKey.of("44", IndicatorCode.of("X"), Period.parse("2023")).hashCode());
    Violation v = Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "too big", List.of(k), List.of(3));
    assertEquals(v, Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "too big", List.of(k), List.of(3)));
    assertEquals(v.hashCode(),
        Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "too big", List.of(k), List.of(3)).hashCode());
    assertNotEquals(v, Violation.of(Violation.Severity.WARNING, Violation.Rule.OUT_OF_RANGE, "too big", List.of(k), List.of(3)));
    assertNotEquals(v, Violation.of(Violation.Severity.ERROR, Violation.Rule.NOT_INTEGRAL, "too big", List.of(k), List.of(3)));
    assertNotEquals(v, Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "big", List.of(k), List.of(3)));
    assertNotEquals(v, Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "too big", List.of(), List.of()));
    assertNotEquals(v, Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "too big", List.of(k), List.of(4)));
    assertNotEquals(v, "too big");
    assertEquals("error: too big", v.toString());
    assertEquals("Invalid value for positions (valid values one per key): 0 for 1 keys",
        assertThrows(IllegalArgumentException.class, () -> Violation.of(Violation.Severity.ERROR,
            Violation.Rule.OUT_OF_RANGE, "m", List.of(k), List.of())).getMessage());
    assertEquals(">=", Comparison.GREATER_OR_EQUAL.toString());
    for (Comparison c : Comparison.values()) {
      assertFalse(c.nameVi().isBlank());
      assertFalse(c.nameEn().isBlank());
    }
  }

  @Test
  void statusesCarryTheirLabelsAndOnlyMAndOAreMissing() {
    assertEquals("Giá trị ước tính", ObservationStatus.ESTIMATED.nameVi());
    assertEquals("Estimated value", ObservationStatus.ESTIMATED.nameEn());
    for (ObservationStatus s : ObservationStatus.values()) {
      assertEquals(s == ObservationStatus.MISSING || s == ObservationStatus.MISSING_UNSPECIFIED, s.isMissing(), s::name);
    }
  }

  @Test
  void keysOfOtherPartsAreUnequalAndViolationsHashByTheirParts() {
    ObservationKey k = ObservationKey.of("45", IndicatorCode.of("X"), Period.parse("2023"));
    assertNotEquals(k, ObservationKey.of("44", IndicatorCode.of("X"), Period.parse("2023")));
    assertNotEquals(k, ObservationKey.of("45", IndicatorCode.of("Y"), Period.parse("2023")));
    assertNotEquals(k, ObservationKey.of("45", IndicatorCode.of("X"), Period.parse("2024")));
    assertNotEquals(Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "a", List.of(), List.of()).hashCode(),
        Violation.of(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE, "b", List.of(), List.of()).hashCode());
  }
}
