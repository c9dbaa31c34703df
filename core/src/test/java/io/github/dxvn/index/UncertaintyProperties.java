package io.github.dxvn.index;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyProperties {

  @Test
  void intervalsContainTheMedianAndSameSeedSameResult() {
    qt().withExamples(30).forAll(longs().all(), integers().between(2, 8)).check((seed, units) -> {
      Framework f = FrameworkProperties.randomTree(seed);
      IndexData d = FrameworkProperties.randomData(f, seed, units);
      Uncertainty u = Uncertainty.of(15, seed).withWeightNoise(0.5)
          .withNormalisations(List.of(Normalisation.minMax(0, 100), Normalisation.rank()));
      UncertaintyResult a = u.run(f, d, "n0");
      if (!a.equals(u.run(f, d, "n0")) || !a.equals(u.withParallel(true).run(f, d, "n0"))) {
        return false;
      }
      for (String unit : a.units()) {
        if (a.median(unit).isEmpty()) {
          continue;
        }
        double m = a.median(unit).getAsDouble();
        if (!(a.percentile5(unit).getAsDouble() <= m && m <= a.percentile95(unit).getAsDouble())) {
          return false;
        }
      }
      return true;
    });
  }
}
