package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservanceDayTest {

  private static final ObservanceDay NATIONAL = ObservanceDay.nationalDigitalTransformationDay();
  private static final ObservanceDay QUANG_TRI = ObservanceDay.quangTriDigitalTransformationDay();

  private static ObservanceDay.Builder valid() {
    return ObservanceDay.builder().nameVi("Ngày X").monthDay(MonthDay.of(10, 10)).firstYear(Year.of(2022))
        .addSources(LegalDocuments.DECISION_505_QD_TTG);
  }

  @Test
  void digitalTransformationDays() {
    assertEquals(LocalDate.of(2022, 10, 10), NATIONAL.dateIn(2022));
    assertEquals(LocalDate.of(2025, 10, 10), NATIONAL.dateIn(Year.of(2025)));
    assertEquals(Year.of(2022), NATIONAL.firstYear());
    assertEquals(List.of(LegalDocuments.DECISION_505_QD_TTG), NATIONAL.sources());
    assertEquals(Optional.of("National Digital Transformation Day"), NATIONAL.nameEn());
    assertEquals(LocalDate.of(2023, 10, 10), QUANG_TRI.dateIn(2023));
    assertEquals("2443/QĐ-UBND", QUANG_TRI.sources().get(0).number().orElseThrow().toString());
    assertEquals("Ngày Chuyển đổi số tỉnh Quảng Trị", QUANG_TRI.nameVi());
    assertTrue(QUANG_TRI.isObservedOn(LocalDate.of(2024, 10, 10)));
    assertFalse(QUANG_TRI.isObservedOn(LocalDate.of(2024, 10, 11)));
  }

  @Test
  void nextOnOrAfter() {
    assertEquals(LocalDate.of(2022, 10, 10), NATIONAL.nextOnOrAfter(LocalDate.of(1990, 12, 31)));
    assertEquals(LocalDate.of(2024, 10, 10), NATIONAL.nextOnOrAfter(LocalDate.of(2024, 10, 10)));
    assertEquals(LocalDate.of(2025, 10, 10), NATIONAL.nextOnOrAfter(LocalDate.of(2024, 10, 11)));
    assertEquals("date", assertThrows(NullPointerException.class, () -> NATIONAL.nextOnOrAfter(null)).getMessage());
    assertThrows(java.time.DateTimeException.class, () -> NATIONAL.nextOnOrAfter(LocalDate.MAX));
  }

  @Test
  void yearsBeforeTheFirstHaveNoObservance() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NATIONAL.dateIn(2021));
    assertEquals("Invalid value for year (valid values 2022 - 999999999): 2021", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NATIONAL.dateIn(Year.of(1999)));
    assertThrows(IllegalArgumentException.class, () -> NATIONAL.dateIn(Integer.MAX_VALUE));
    assertFalse(NATIONAL.isObservedOn(LocalDate.of(2021, 10, 10)));
  }

  @Test
  void leapDayFallsOnTheLastDayOfFebruary() {
    ObservanceDay leap = valid().monthDay(MonthDay.of(2, 29)).firstYear(Year.of(2023)).build();
    assertEquals(LocalDate.of(2023, 2, 28), leap.dateIn(2023));
    assertEquals(LocalDate.of(2024, 2, 29), leap.dateIn(2024));
    assertTrue(leap.isObservedOn(LocalDate.of(2023, 2, 28)));
    assertFalse(leap.isObservedOn(LocalDate.of(2024, 2, 28)));
  }

  @Test
  void checks() {
    assertEquals("Invalid value for sources (valid values at least one): []",
        assertThrows(IllegalArgumentException.class,
            () -> ObservanceDay.builder().nameVi("x").monthDay(MonthDay.of(1, 1)).firstYear(Year.of(2023)).build())
            .getMessage());
    assertEquals("Invalid value for firstYear (valid values years whose observance follows every source's"
            + " signing): 2021 (505/QĐ-TTg was signed 2022-04-22)",
        assertThrows(IllegalArgumentException.class, () -> valid().firstYear(Year.of(2021)).build()).getMessage());
    // The first observance must not precede the signing, even in the same year.
    assertThrows(IllegalArgumentException.class, () -> valid().monthDay(MonthDay.of(1, 1)).build());
    assertEquals(LocalDate.of(2022, 4, 22), valid().monthDay(MonthDay.of(4, 22)).build().dateIn(2022));
    assertThrows(IllegalArgumentException.class, () -> valid().nameVi("  ").build());
  }

  @Test
  void namesAreStoredInNfc() {
    String nfd = Normalizer.normalize("Ngày Chuyển đổi số", Normalizer.Form.NFD);
    ObservanceDay day = valid().nameVi(nfd).nameEn(nfd).build();
    assertEquals("Ngày Chuyển đổi số", day.nameVi());
    assertEquals(Optional.of("Ngày Chuyển đổi số"), day.nameEn());
    assertEquals(valid().nameVi("Ngày Chuyển đổi số").nameEn("Ngày Chuyển đổi số").build(), day);
  }

  @Test
  void nulls() {
    assertEquals("year", assertThrows(NullPointerException.class, () -> NATIONAL.dateIn(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> NATIONAL.isObservedOn(null)).getMessage());
    assertThrows(IllegalStateException.class, () -> ObservanceDay.builder().monthDay(MonthDay.of(1, 1))
        .firstYear(Year.of(2023)).addSources(LegalDocuments.DECISION_505_QD_TTG).build());
    assertThrows(NullPointerException.class, () -> valid().monthDay(null));
    assertThrows(NullPointerException.class, () -> valid().firstYear(null));
    assertThrows(NullPointerException.class, () -> valid().addSources((LegalDocument) null));
    assertThrows(NullPointerException.class, () -> valid().nameVi(null));
  }

  @Test
  void theShippedDaysAreTheTenthOfOctober() {
    assertEquals(java.time.MonthDay.of(10, 10), ObservanceDay.nationalDigitalTransformationDay().monthDay());
    assertEquals("Ngày Chuyển đổi số tỉnh Quảng Trị", ObservanceDay.quangTriDigitalTransformationDay().nameVi());
  }
}
