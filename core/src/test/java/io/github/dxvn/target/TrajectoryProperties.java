package io.github.dxvn.target;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TrajectoryProperties {

  private static final Gen<BigDecimal> VALUES = integers().between(-100000, 100000).map(i -> BigDecimal.valueOf(i, 2));

  @Test
  void valuesAreMonotoneBetweenBaselineAndTarget() {
    qt().forAll(integers().between(2000, 2040), integers().between(1, 30), VALUES, VALUES).check((start, span, b, t) -> {
      Trajectory line = Trajectory.of(start, b, start + span, t, TargetComparator.REACH);
      int direction = t.compareTo(b);
      for (int year = start; year < start + span; year++) {
        int step = line.expectedValue(year + 1).compareTo(line.expectedValue(year));
        if (step != direction) {
          return false;
        }
        // Every expected value lies between the baseline and the target.
        BigDecimal v = line.expectedValue(year);
        if (v.compareTo(b.min(t)) < 0 || v.compareTo(b.max(t)) > 0) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void theLineStartsAtTheBaselineAndEndsAtTheTarget() {
    qt().forAll(integers().between(2000, 2040), integers().between(1, 30), VALUES, VALUES).check((start, span, b, t) -> {
      Trajectory line = Trajectory.of(start, b, start + span, t, TargetComparator.REACH);
      return line.expectedValue(start).compareTo(b) == 0 && line.expectedValue(start + span).compareTo(t) == 0;
    });
  }

  @Test
  void theExpectedValueIsOnTrack() {
    qt().forAll(integers().between(0, 30), integers().between(1, 30), VALUES, VALUES).check((k, span, b, t) -> {
      int year = 2020 + Math.min(k, span);
      Trajectory up = Trajectory.of(2020, b, 2020 + span, t, TargetComparator.REACH);
      Trajectory rank = Trajectory.of(2020, b, 2020 + span, t, TargetComparator.TOP);
      return up.isOnTrack(year, up.expectedValue(year)) && rank.isOnTrack(year, rank.expectedValue(year));
    });
  }
}
