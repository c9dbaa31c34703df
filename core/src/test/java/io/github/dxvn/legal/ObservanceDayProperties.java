package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservanceDayProperties {

  private static final List<ObservanceDay> DX_DAYS = List.of(
      ObservanceDay.nationalDigitalTransformationDay(), ObservanceDay.quangTriDigitalTransformationDay());

  @Test
  void digitalTransformationDayIsTenthOfOctoberEveryYearFromTheFirst() {
    qt().forAll(integers().between(2022, Year.MAX_VALUE)).checkAssert(year -> {
      for (ObservanceDay day : DX_DAYS) {
        LocalDate date = day.dateIn(year);
        assertEquals(LocalDate.of(year, 10, 10), date);
        assertEquals(date, day.dateIn(Year.of(year)));
        assertTrue(day.isObservedOn(date));
      }
    });
  }

  @Test
  void noOtherDateIsObserved() {
    qt().forAll(integers().between(2022, 9999), integers().between(1, 365)).checkAssert((year, shift) -> {
      LocalDate other = LocalDate.of(year, 10, 10).plusDays(shift);
      for (ObservanceDay day : DX_DAYS) {
        assertFalse(day.isObservedOn(other) && other.getMonthValue() != 10, other.toString());
        assertEquals(other.getMonthValue() == 10 && other.getDayOfMonth() == 10, day.isObservedOn(other));
      }
    });
  }

  @Test
  void nextOnOrAfterIsTheFirstObservanceFromTheDate() {
    qt().forAll(integers().between(1900, 9998), integers().between(0, 365)).checkAssert((year, dayOfYear) -> {
      LocalDate from = LocalDate.of(year, 1, 1).plusDays(dayOfYear);
      for (ObservanceDay day : DX_DAYS) {
        LocalDate next = day.nextOnOrAfter(from);
        assertTrue(day.isObservedOn(next));
        assertFalse(next.isBefore(from));
        // Nothing is observed between: the previous observance is before the date, or before the first.
        LocalDate previous = next.minusYears(1);
        assertTrue(previous.isBefore(from) || previous.getYear() < day.firstYear().getValue(), from.toString());
      }
    });
  }

  @Test
  void yearsBeforeTheFirstAreRejected() {
    qt().forAll(integers().between(Year.MIN_VALUE, 2021)).checkAssert(year -> {
      for (ObservanceDay day : DX_DAYS) {
        assertThrows(IllegalArgumentException.class, () -> day.dateIn(year));
        assertFalse(day.isObservedOn(LocalDate.of(year, 10, 10)));
      }
    });
  }
}
