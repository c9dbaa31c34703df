package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationColumnsTest {

  private static ObservationColumns sample() {
    ObservationColumns.Builder b = ObservationColumns.builder(1);
    b.add("01001", "DG01", "2025", 95.22, ObservationStatus.NORMAL);
    b.add("01001", "DE01", "2025", 3, ObservationStatus.ESTIMATED);
    b.add("07063", "DG01", "2024", 0.5, ObservationStatus.NORMAL);
    return b.build();
  }

  @Test
  void holdsRowsAndCodesInFirstSeenOrder() {
    ObservationColumns c = sample();
    assertEquals(3, c.size());
    assertEquals(List.of("01001", "07063"), c.units());
    assertEquals(List.of("DG01", "DE01"), c.indicators());
    assertEquals(List.of(Period.ofYear(2025), Period.ofYear(2024)), c.periods());
    assertEquals(1, c.unitIndex(2));
    assertEquals(1, c.indicatorIndex(1));
    assertEquals(1, c.periodIndex(2));
    assertEquals(3.0, c.value(1));
    assertEquals(ObservationStatus.ESTIMATED, c.status(1));
    assertEquals("ObservationColumns[rows=3, units=2, indicators=2, periods=2]", c.toString());
  }

  @Test
  void matrixOfOnePeriodHasNaNForMissingValues() {
    double[][] m = sample().matrix(0);
    assertEquals(2, m.length);
    assertArrayEquals(new double[] {95.22, 3}, m[0]);
    assertTrue(Double.isNaN(m[1][0]) && Double.isNaN(m[1][1]));
    assertThrows(IndexOutOfBoundsException.class, () -> sample().matrix(2));
  }

  @Test
  void concatEqualsOneBuilder() {
    ObservationColumns.Builder a = ObservationColumns.builder();
    a.add("07063", "DG01", "2024", 0.5, ObservationStatus.NORMAL);
    ObservationColumns.Builder b = ObservationColumns.builder();
    b.add("01001", "DE01", "2025", 3, ObservationStatus.ESTIMATED);
    ObservationColumns.Builder whole = ObservationColumns.builder();
    whole.add("07063", "DG01", "2024", 0.5, ObservationStatus.NORMAL);
    whole.add("01001", "DE01", "2025", 3, ObservationStatus.ESTIMATED);
    ObservationColumns joined = ObservationColumns.concat(List.of(a.build(), b.build()));
    ObservationColumns expected = whole.build();
    assertEquals(expected, joined);
    assertEquals(expected.hashCode(), joined.hashCode());
    assertEquals(ObservationColumns.builder().build(), ObservationColumns.concat(List.of()));
  }

  @Test
  void equalityComparesValuesBitForBit() {
    ObservationColumns.Builder a = ObservationColumns.builder();
    a.add("1", "X", "2025", 0.0, ObservationStatus.NORMAL);
    ObservationColumns.Builder b = ObservationColumns.builder();
    b.add("1", "X", "2025", -0.0, ObservationStatus.NORMAL);
    assertNotEquals(a.build(), b.build());
    assertNotEquals(sample(), "sample");
  }

  @Test
  void rejectsBadRows() {
    ObservationColumns.Builder b = ObservationColumns.builder();
    assertThrows(IllegalArgumentException.class,
        () -> b.add("1", "X", "2025", Double.NaN, ObservationStatus.NORMAL));
    assertThrows(IllegalArgumentException.class,
        () -> b.add("1", "X", "2025", Double.POSITIVE_INFINITY, ObservationStatus.NORMAL));
    assertThrows(IllegalArgumentException.class,
        () -> b.add("1", "X", "2025", 1, ObservationStatus.MISSING));
    assertThrows(IllegalArgumentException.class,
        () -> b.add("", "X", "2025", 1, ObservationStatus.NORMAL));
    assertThrows(IllegalArgumentException.class,
        () -> b.add("1", "", "2025", 1, ObservationStatus.NORMAL));
    assertThrows(TextParseException.class,
        () -> b.add("1", "X", "20x5", 1, ObservationStatus.NORMAL));
    assertThrows(IndexOutOfBoundsException.class,
        () -> b.add(5, 0, 0, 1, ObservationStatus.NORMAL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ObservationColumns.builder(-1));
    assertEquals("Invalid value for expectedRows (valid values 0 - 2147483647): -1", e.getMessage());
  }

  @Test
  void buildsOnce() {
    ObservationColumns.Builder b = ObservationColumns.builder();
    b.build();
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void rowIndicesAreChecked() {
    ObservationColumns c = sample();
    assertThrows(IndexOutOfBoundsException.class, () -> c.value(3));
    assertThrows(IndexOutOfBoundsException.class, () -> c.unitIndex(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> c.status(3));
  }

  @Test
  void nullParameters() {
    ObservationColumns.Builder b = ObservationColumns.builder();
    assertThrows(NullPointerException.class, () -> b.unit(null));
    assertThrows(NullPointerException.class, () -> b.indicator(null));
    assertThrows(NullPointerException.class, () -> b.period((String) null));
    assertThrows(NullPointerException.class, () -> b.period((Period) null));
    assertThrows(NullPointerException.class,
        () -> b.add("1", "X", "2025", 1, null));
    assertThrows(NullPointerException.class, () -> ObservationColumns.concat(null));
  }

  @Test
  void builderChainsInternsAndCountsRows() {
    ObservationColumns.Builder b = ObservationColumns.builder(0);
    assertSame(b, b.add("1", "X", "2025", 1, ObservationStatus.NORMAL));
    assertSame(b, b.add("2", "X", "2025", 2, ObservationStatus.ESTIMATED).add("2", "Y", "2026", 3, ObservationStatus.NORMAL));
    assertEquals(3, b.size());
    assertEquals(0, b.period("2025"));
    assertEquals(1, b.period(Period.parse("2026")));
    assertEquals(0, b.unit("1"));
    ObservationColumns c = b.build();
    assertEquals(c, c);
    assertEquals(List.of(Period.parse("2025"), Period.parse("2026")), c.periods());
    assertThrows(IllegalStateException.class, () -> b.add("3", "X", "2025", 1, ObservationStatus.NORMAL));
    // Growing past the initial capacity keeps every row.
    ObservationColumns.Builder big = ObservationColumns.builder(1);
    for (int i = 0; i < 100; i++) {
      big.add("U" + i, "X", "2025", i, ObservationStatus.NORMAL);
    }
    ObservationColumns built = big.build();
    assertEquals(100, built.size());
    assertEquals(99.0, built.value(99));
    assertEquals(99, built.unitIndex(99));
  }

  @Test
  void atMostMaxCodesIndicatorsAndPeriods() {
    ObservationColumns.Builder b = ObservationColumns.builder(0);
    for (int i = 0; i < ObservationColumns.MAX_CODES; i++) {
      b.indicator("I" + i);
    }
    assertEquals(ObservationColumns.MAX_CODES - 1, b.indicator("I" + (ObservationColumns.MAX_CODES - 1)));
    assertEquals("Invalid value for number of indicators (valid values 0 - 32768): 32769",
        assertThrows(IllegalArgumentException.class, () -> b.indicator("one more")).getMessage());
    java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
    for (int i = 0; i < ObservationColumns.MAX_CODES; i++) {
      b.period(Period.ofDay(day.plusDays(i)));
    }
    assertThrows(IllegalArgumentException.class, () -> b.period(Period.ofDay(day.minusDays(1))));
    assertThrows(IllegalArgumentException.class, () -> b.period("1999-12-30"));
  }
}
