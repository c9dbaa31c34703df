package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PeriodTest {

  @Test
  void parsesEveryForm() {
    assertEquals(Period.ofYear(2023), Period.parse("2023"));
    assertEquals(Period.ofQuarter(2023, 4), Period.parse("2023-Q4"));
    assertEquals(Period.ofMonth(2023, 10), Period.parse("2023-10"));
    assertEquals(Period.ofDay(LocalDate.of(2023, 10, 10)), Period.parse("2023-10-10"));
    assertEquals(Period.ofDay(LocalDate.of(2024, 2, 29)), Period.parse("2024-02-29"));
  }

  @Test
  void datesOfPeriods() {
    Period q4 = Period.parse("2023-Q4");
    assertEquals(LocalDate.of(2023, 10, 1), q4.startDate());
    assertEquals(LocalDate.of(2023, 12, 31), q4.endDate());
    assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").endDate());
    assertTrue(Period.parse("2023").contains(LocalDate.of(2023, 10, 10)));
    assertEquals(Period.Type.QUARTER, q4.type());
    assertEquals(2023, q4.year());
  }

  @Test
  void ordersByStartThenLongerFirst() {
    List<Period> expected = List.of(Period.parse("2023"), Period.parse("2023-Q1"), Period.parse("2023-01"),
        Period.parse("2023-01-01"), Period.parse("2023-01-02"), Period.parse("2023-02"), Period.parse("2024"));
    List<Period> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void rejectsNullsAndRanges() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> Period.parse(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> Period.ofDay(null)).getMessage());
    assertEquals("Invalid value for year (valid values 1000 - 9999): 999",
        assertThrows(IllegalArgumentException.class, () -> Period.ofYear(999)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.ofYear(10000));
    assertEquals("Invalid value for quarter (valid values 1 - 4): 5",
        assertThrows(IllegalArgumentException.class, () -> Period.ofQuarter(2023, 5)).getMessage());
    assertEquals("Invalid value for month (valid values 1 - 12): 0",
        assertThrows(IllegalArgumentException.class, () -> Period.ofMonth(2023, 0)).getMessage());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "bad-periods.csv", numLinesToSkip = 1, quoteCharacter = '\'')
  void rejectsBadTextWithItsIndex(String text, int errorIndex) {
    String input = text == null ? "" : text;
    TextParseException e = assertThrows(TextParseException.class, () -> Period.parse(input));
    assertEquals(errorIndex, e.getErrorIndex(), e.getMessage());
    assertEquals(input, e.getParsedString());
  }

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
