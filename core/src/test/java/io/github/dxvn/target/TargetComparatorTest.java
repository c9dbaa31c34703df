package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetComparatorTest {

  private static final BigDecimal V = new BigDecimal("50");

  @ParameterizedTest(name = "{0} {1} against {2} {3}: {4}")
  @CsvFileSource(resources = "assessments.csv")
  void assessmentTable(String comparison, BigDecimal value, String comparator, BigDecimal target,
      TargetStatus expected) {
    assertEquals(expected,
        TargetComparator.ofSymbol(comparator).test(Comparison.ofSymbol(comparison), value, target));
  }

  @ParameterizedTest
  @EnumSource(TargetComparator.class)
  void symbolRoundTrip(TargetComparator comparator) {
    assertEquals(comparator, TargetComparator.ofSymbol(comparator.symbol()));
    assertEquals(comparator.symbol(), comparator.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "==", "=>", "over", "at least", "top-N", "<", "TOP"})
  void unknownSymbols(String symbol) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TargetComparator.ofSymbol(symbol));
    assertEquals("Invalid value for comparator (valid values =, >, >=, top): " + symbol, e.getMessage());
  }

  @Test
  void nulls() {
    assertThrows(NullPointerException.class, () -> TargetComparator.ofSymbol(null));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.test(null, V, V));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.test(Comparison.EQUAL, null, V));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.test(Comparison.EQUAL, V, null));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.isMetBy(null, V));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.isMetBy(V, null));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.distance(null, V));
    assertThrows(NullPointerException.class, () -> TargetComparator.REACH.distance(V, null));
  }

  @Test
  void distanceIsPositiveWhileShort() {
    assertEquals(new BigDecimal("10.97"), TargetComparator.REACH.distance(new BigDecimal("9.03"), new BigDecimal("20")));
    assertEquals(new BigDecimal("-0.51"), TargetComparator.GREATER.distance(new BigDecimal("80.51"), new BigDecimal("80")));
    // A rank of 86 against the top 50 is 36 places short.
    assertEquals(new BigDecimal("36"), TargetComparator.TOP.distance(new BigDecimal("86"), new BigDecimal("50")));
  }

  @Test
  void onlyTopIsLowerBetter() {
    assertTrue(TargetComparator.TOP.isLowerBetter());
    assertFalse(TargetComparator.REACH.isLowerBetter());
    assertFalse(TargetComparator.GREATER.isLowerBetter());
    assertFalse(TargetComparator.AT_LEAST.isLowerBetter());
  }

  @Test
  void reachIsMetByAnyValueAtLeastTheTarget() {
    assertTrue(TargetComparator.REACH.isMetBy(new BigDecimal("85"), new BigDecimal("80")));
    assertTrue(TargetComparator.REACH.isMetBy(new BigDecimal("80.00"), new BigDecimal("80")));
    assertFalse(TargetComparator.REACH.isMetBy(new BigDecimal("79.9"), new BigDecimal("80")));
  }
}
