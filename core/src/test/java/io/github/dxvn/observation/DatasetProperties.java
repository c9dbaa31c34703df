package io.github.dxvn.observation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/** Validation accepts every valid case and rejects every invalid one; derived values stay in bounds. */
class DatasetProperties {

  static final Period Y = Period.parse("2023");

  /** Registrations, activations not above them, a share in [0, 100], per unit: always valid. */
  static Gen<List<Observation>> validUnits() {
    Gen<List<Observation>> unit = integers().between(0, 1_000_000).zip(integers().between(0, 100), integers().between(0, 10000),
        (registered, percentActivated, shareHundredths) -> {
          long activated = (long) registered * percentActivated / 100;
          return List.of(
              count("SOC_EID_REGISTRATIONS", registered), count("SOC_EID_ACTIVATED", activated),
              Observation.of("U", IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"), Y,
                  BigDecimal.valueOf(shareHundredths, 2), Units.PERCENT));
        });
    return lists().of(unit).ofSizeBetween(1, 8).map(units -> {
      List<Observation> all = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        String code = String.format("%05d", i);
        units.get(i).forEach(o -> all.add(Observation.builder().from(o).unitCode(code).build()));
      }
      return all;
    });
  }

  static Observation count(String code, long value) {
    return Observation.of("U", IndicatorCode.of(code), Y, BigDecimal.valueOf(value), AbstractUnit.ONE);
  }

  @Test
  void aRankIsAnErrorExactlyWhenItExceedsItsGroupSize() {
    io.github.dxvn.indicator.IndicatorCatalog catalog = DatasetTest.rankCatalog();
    qt().forAll(integers().between(1, 200), integers().between(1, 200), integers().between(0, 1)).check((value, size, score) -> {
      String code = score == 1 ? "GOV_DTI_SCORE" : "GOV_DTI_RANK";
      List<Violation> violations = Dataset.validate(catalog,
          List.of(DatasetTest.ranked(code, value, RankPosition.of(Math.min(value, size), size))));
      boolean expected = score == 0 && value > size;
      return expected
          ? violations.size() == 1 && violations.get(0).rule() == Violation.Rule.RANK_EXCEEDS_GROUP
          : violations.isEmpty();
    });
  }

  @Test
  void acceptsEveryValidDataset() {
    qt().forAll(validUnits()).check(obs -> Dataset.validate(Dataset.of(obs).catalog(), obs).isEmpty()
        && Dataset.of(obs).size() == obs.size());
  }

  @Test
  void rejectsEveryDatasetWithOneBrokenPart() {
    qt().forAll(validUnits(), integers().between(1, 1000)).check((obs, excess) -> {
      List<Observation> broken = new ArrayList<>(obs);
      Observation registered = broken.get(0);
      broken.set(1, Observation.builder().from(broken.get(1))
          .value(registered.value().add(BigDecimal.valueOf(excess))).build());
      List<Violation> violations = Dataset.validate(Dataset.of(obs).catalog(), broken);
      return violations.size() == 1 && violations.get(0).rule() == Violation.Rule.PART_EXCEEDS_WHOLE
          && violations.get(0).positions().equals(List.of(1, 0));
    });
  }

  @Test
  void rejectsEveryShareOutsideZeroToHundred() {
    qt().forAll(validUnits(), integers().between(1, 1_000_000), integers().between(0, 1)).check((obs, cents, below) -> {
      List<Observation> broken = new ArrayList<>(obs);
      BigDecimal bad = below == 1 ? BigDecimal.valueOf(-cents, 2) : BigDecimal.valueOf(10000 + cents, 2);
      broken.set(2, Observation.builder().from(broken.get(2)).value(bad).build());
      List<Violation> violations = Dataset.validate(Dataset.of(obs).catalog(), broken);
      return violations.size() == 1 && violations.get(0).rule() == Violation.Rule.OUT_OF_RANGE;
    });
  }

  @Test
  void derivedActivationRateStaysWithinZeroToHundred() {
    qt().forAll(validUnits()).check(obs -> {
      Dataset d = Dataset.of(obs);
      return DerivedValue.computeAll(d).stream().allMatch(v -> v.value().signum() >= 0
          && v.value().compareTo(BigDecimal.valueOf(100)) <= 0);
    });
  }

  @Test
  void duplicatesAreAlwaysReported() {
    qt().forAll(validUnits(), integers().between(0, 1000)).check((obs, pick) -> {
      List<Observation> twice = new ArrayList<>(obs);
      twice.add(obs.get(pick % obs.size()));
      return Dataset.validate(Dataset.of(obs).catalog(), twice).stream()
          .anyMatch(v -> v.rule() == Violation.Rule.DUPLICATE_KEY && v.positions().get(0) == obs.size());
    });
  }
}
