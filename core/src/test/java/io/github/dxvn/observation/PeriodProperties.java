package io.github.dxvn.observation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeriodProperties {

  static Gen<Period> periods() {
    Gen<Integer> years = integers().between(1000, 9999);
    Gen<Period> annual = years.map(Period::ofYear);
    Gen<Period> quarters = years.zip(integers().between(1, 4), Period::ofQuarter);
    Gen<Period> months = years.zip(integers().between(1, 12), Period::ofMonth);
    Gen<Period> days = integers().between((int) LocalDate.of(1000, 1, 1).toEpochDay(),
        (int) LocalDate.of(9999, 12, 31).toEpochDay()).map(d -> Period.ofDay(LocalDate.ofEpochDay(d)));
    return annual.mix(quarters, 25).mix(months, 33).mix(days, 25);
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(periods()).check(p -> Period.parse(p.toString()).equals(p)
        && Period.parse(p.toString()).toString().equals(p.toString()));
  }

  @Test
  void orderAgreesWithStartDates() {
    qt().forAll(periods(), periods()).check((a, b) -> {
      int byDate = a.startDate().compareTo(b.startDate());
      return byDate == 0 || Integer.signum(byDate) == Integer.signum(a.compareTo(b));
    });
  }

  @Test
  void comparisonIsConsistentWithEquals() {
    qt().forAll(periods(), periods()).check((a, b) -> (a.compareTo(b) == 0) == a.equals(b)
        && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void aPeriodContainsItsDates() {
    qt().forAll(periods()).check(p -> p.contains(p.startDate()) && p.contains(p.endDate())
        && !p.contains(p.startDate().minusDays(1)) && !p.contains(p.endDate().plusDays(1)));
  }
}
