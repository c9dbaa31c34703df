package io.github.dxvn.target;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NationalTargetProperties {

  private static final Gen<BigDecimal> VALUES = integers().between(1, 10000).map(i -> BigDecimal.valueOf(i, 2));
  private static final Gen<NationalTarget> TARGETS = VALUES.zip(integers().between(2021, 2035),
      (value, year) -> NationalTarget.builder().from(TargetCatalog.standard().get("411-adult-smartphone-2025")).value(value)
          .deadlineYear(year).build());

  @Test
  void progressIsZeroAtTheBaselineAndOneAtTheTarget() {
    qt().forAll(TARGETS, VALUES).assuming((t, b) -> b.compareTo(t.value()) != 0).check((t, b) ->
        t.progress(b, b).signum() == 0 && t.progress(b, t.value()).compareTo(BigDecimal.ONE) == 0);
  }

  @Test
  void progressGrowsWithTheValueTowardsAHigherTarget() {
    qt().forAll(TARGETS, VALUES, VALUES).assuming((t, v, w) -> t.value().compareTo(BigDecimal.ONE) > 0)
        .check((t, v, w) -> {
          BigDecimal baseline = BigDecimal.ONE.min(t.value()).subtract(BigDecimal.ONE);
          return Integer.signum(t.progress(baseline, v).compareTo(t.progress(baseline, w))) == v.compareTo(w);
        });
  }

  @Test
  void theDistanceIsZeroAtTheTargetAndFallsAsTheValueRises() {
    qt().forAll(TARGETS, VALUES, VALUES).check((t, v, w) -> t.distance(t.value()).signum() == 0
        && Integer.signum(t.distance(v).compareTo(t.distance(w))) == w.compareTo(v));
  }

  @Test
  void growingAtTheRequiredRateReachesTheTarget() {
    qt().forAll(TARGETS, VALUES).assuming((t, v) -> t.deadlineYear() > 2020).check((t, v) -> {
      int years = t.deadlineYear() - 2020;
      double reached = v.doubleValue() * Math.pow(1 + t.requiredAnnualGrowth(2020, v), years);
      return Math.abs(reached - t.value().doubleValue()) <= 1e-9 * t.value().doubleValue();
    });
  }

  @Test
  void anExactValueMeetsExactlyWhenTheDistanceIsNotPositive() {
    // For a target to be reached ("="), distance <= 0 is meeting it.
    qt().forAll(TARGETS, VALUES).check((t, v) ->
        (t.assess(Comparison.EQUAL, v) == TargetStatus.MEETS) == (t.distance(v).signum() <= 0));
  }
}
