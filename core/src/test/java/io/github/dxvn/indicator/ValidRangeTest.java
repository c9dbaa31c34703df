package io.github.dxvn.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class ValidRangeTest {

  @Test
  void textAndBounds() {
    assertEquals("[0, 100]", ValidRange.percent().toString());
    assertEquals("[0, ∞)", ValidRange.nonNegative().toString());
    assertEquals("(-∞, ∞)", ValidRange.unbounded().toString());
    assertEquals(ValidRange.percent(), ValidRange.of(new BigDecimal("0.0"), new BigDecimal("100.00")));
    assertEquals("Invalid value for range (valid values min <= max): [2, 1]",
        assertThrows(IllegalArgumentException.class, () -> ValidRange.of(BigDecimal.valueOf(2), BigDecimal.ONE)).getMessage());
    assertThrows(NullPointerException.class, () -> ValidRange.of(null, BigDecimal.ONE));
    assertThrows(NullPointerException.class, () -> ValidRange.of(Optional.empty(), null));
  }

  @Test
  void containsIsInclusiveAndMonotone() {
    qt().forAll(integers().between(-10000, 10000), integers().between(0, 10000), integers().between(-20000, 20000))
        .check((lo, width, x) -> {
          ValidRange r = ValidRange.of(BigDecimal.valueOf(lo, 2), BigDecimal.valueOf(lo + width, 2));
          BigDecimal v = BigDecimal.valueOf(x, 2);
          return r.contains(v) == (x >= lo && x <= lo + width)
              && r.contains(BigDecimal.valueOf(lo, 2)) && r.contains(BigDecimal.valueOf(lo + width, 2));
        });
  }

  @Test
  void aggregationRules() {
    IndicatorCode a = IndicatorCode.of("A");
    IndicatorCode b = IndicatorCode.of("B");
    assertEquals("RATIO_OF_SUMS(A/A+B)", AggregationRule.ratioOfSums(List.of(a), List.of(a, b)).toString());
    assertEquals(AggregationRule.ratioOfSums(List.of(a), List.of(b)), AggregationRule.ratioOfSums(List.of(a), List.of(b)));
    assertThrows(IllegalArgumentException.class, () -> AggregationRule.ratioOfSums(List.of(), List.of(b)));
    assertThrows(IllegalArgumentException.class, () -> AggregationRule.ratioOfSums(List.of(a, a), List.of(b)));
    assertEquals("SUM", AggregationRule.sum().toString());
  }

  @Test
  void unitText() {
    assertEquals(Units.PERCENT, UnitText.parse("%"));
    assertEquals(AbstractUnit.ONE, UnitText.parse("1"));
    assertEquals(AbstractUnit.ONE, UnitText.parse(""));
    assertEquals(AbstractUnit.ONE, UnitText.parse("one"));
    assertEquals("1", UnitText.format(AbstractUnit.ONE));
    assertEquals("%", UnitText.format(Units.PERCENT));
    assertEquals(Units.METRE, UnitText.parse(UnitText.format(Units.METRE)));
    assertThrows(IllegalArgumentException.class, () -> UnitText.parse("%%x"));
  }

  @Test
  void rangesAndRulesCompareByEveryPart() {
    ValidRange r = ValidRange.of(BigDecimal.ONE, BigDecimal.TEN);
    assertEquals(r, r);
    assertEquals(r, ValidRange.of(new BigDecimal("1.0"), BigDecimal.TEN));
    assertEquals(r.hashCode(), ValidRange.of(new BigDecimal("1.0"), BigDecimal.TEN).hashCode());
    assertNotEquals(r, ValidRange.of(BigDecimal.ONE, BigDecimal.valueOf(11)));
    assertNotEquals(r, ValidRange.of(BigDecimal.ZERO, BigDecimal.TEN));
    assertNotEquals(r.hashCode(), ValidRange.of(BigDecimal.ZERO, BigDecimal.TEN).hashCode());
    assertNotEquals(r, "[1, 10]");
    IndicatorCode a = IndicatorCode.of("A");
    IndicatorCode b = IndicatorCode.of("B");
    AggregationRule ab = AggregationRule.ratioOfSums(List.of(a), List.of(b));
    assertEquals(ab, ab);
    assertEquals(ab.hashCode(), AggregationRule.ratioOfSums(List.of(a), List.of(b)).hashCode());
    assertNotEquals(ab, AggregationRule.ratioOfSums(List.of(b), List.of(a)));
    assertNotEquals(ab, AggregationRule.ratioOfSums(List.of(a), List.of(a, b)));
    assertNotEquals(ab.hashCode(), AggregationRule.ratioOfSums(List.of(b), List.of(a)).hashCode());
    assertNotEquals(AggregationRule.sum(), AggregationRule.unweightedMean());
    assertNotEquals(ab, "RATIO_OF_SUMS(A/B)");
  }
}
