package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.text.TextParseException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kills PIT's surviving mutants of {@link Period}: equality, hash spread, parse boundaries. */
class PeriodMutationTest {

  @Test
  void equalityLooksAtEveryPart() {
    assertEquals(Period.ofMonth(2023, 4), Period.parse("2023-04"));
    assertNotEquals(Period.ofMonth(2023, 4), Period.ofQuarter(2023, 4));
    assertNotEquals(Period.ofMonth(2023, 4), Period.ofMonth(2024, 4));
    assertNotEquals(Period.ofDay(LocalDate.of(2023, 4, 1)), Period.ofDay(LocalDate.of(2023, 4, 2)));
    assertFalse(Period.ofYear(2023).equals("2023"));
  }

  @Test
  void everyPeriodOfTwoYearsHasItsOwnHash() {
    Set<Integer> hashes = new HashSet<>();
    int count = 0;
    for (int year = 2023; year <= 2024; year++) {
      hashes.add(Period.ofYear(year).hashCode());
      count++;
      for (int q = 1; q <= 4; q++, count++) {
        hashes.add(Period.ofQuarter(year, q).hashCode());
      }
      for (int m = 1; m <= 12; m++, count++) {
        hashes.add(Period.ofMonth(year, m).hashCode());
      }
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1), count++) {
        hashes.add(Period.ofDay(d).hashCode());
      }
    }
    assertEquals(count, hashes.size());
  }

  @Test
  void textBoundaries() {
    assertEquals(Period.ofYear(1000), Period.parse("1000"));
    assertEquals(0, assertThrows(TextParseException.class, () -> Period.parse("0999")).getErrorIndex());
    assertEquals(Period.ofMonth(2023, 12), Period.parse("2023-12"));
    assertEquals(Period.ofMonth(2023, 1), Period.parse("2023-01"));
    assertEquals(4, assertThrows(TextParseException.class, () -> Period.parse("2023")
        .toString().concat("x").transform(Period::parse)).getErrorIndex());
    assertEquals(7, assertThrows(TextParseException.class, () -> Period.parse("2023-01x")).getErrorIndex());
    assertEquals(4, assertThrows(TextParseException.class, () -> Period.parse("2023/01")).getErrorIndex());
    assertThrows(IllegalArgumentException.class, () -> Period.ofMonth(2023, 13));
    assertThrows(IllegalArgumentException.class, () -> Period.ofMonth(2023, 0));
    assertEquals(Period.ofMonth(2023, 12), Period.ofMonth(2023, 12));
  }
}
