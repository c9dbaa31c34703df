package io.github.dxvn.index;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dxvn.indicator.Polarity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NormalisationProperties {

  /** Values in a moderate range, some missing. */
  static Gen<double[]> values() {
    return arrays().ofClass(integers().between(-1000, 1000), Integer.class)
        .withLengthBetween(1, 25)
        .map(a -> Arrays.stream(a).mapToDouble(i -> i == 1000 ? Double.NaN : i / 10.0).toArray());
  }

  private static Gen<Polarity> polarity() {
    return integers().between(0, 1).map(i -> Polarity.values()[i]);
  }

  @Test
  void minMaxOutputWithinRange() {
    qt().forAll(values(), doubles().between(-100, 100), doubles().between(0.001, 100), polarity())
        .check((x, a, width, p) -> Arrays.stream(Normalisation.minMax(a, a + width).apply(x, p))
            .allMatch(v -> Double.isNaN(v) || v >= a - 1e-9 && v <= a + width + 1e-9));
  }

  @Test
  void minMaxInvariantUnderPositiveAffineChange() {
    qt().forAll(values(), doubles().between(-50, 50), doubles().between(0.01, 50), polarity())
        .check((x, shift, scale, p) -> {
          double[] y = Arrays.stream(x).map(v -> shift + scale * v).toArray();
          double[] nx = Normalisation.minMax(0, 100).apply(x, p);
          double[] ny = Normalisation.minMax(0, 100).apply(y, p);
          for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(nx[i]) != Double.isNaN(ny[i])
                || !Double.isNaN(nx[i]) && Math.abs(nx[i] - ny[i]) > 1e-6) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void directionFlipReversesOrder() {
    Normalisation[] methods = {Normalisation.minMax(0, 100), Normalisation.zScore(),
        Normalisation.rank(), Normalisation.percentileRank(), Normalisation.borda(),
        Normalisation.goalposts(-50, 50, 1), Normalisation.minMax(0, 1, -100, 100),
        Normalisation.none()};
    qt().forAll(values(), integers().between(0, methods.length - 1)).check((x, m) -> {
      double[] up = methods[m].apply(x, Polarity.HIGHER_IS_BETTER);
      double[] down = methods[m].apply(x, Polarity.LOWER_IS_BETTER);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          if (x[i] < x[j] && !(up[i] <= up[j] && down[i] >= down[j])) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void missingStaysMissingAndOnlyMissing() {
    Normalisation[] methods = {Normalisation.minMax(0, 100), Normalisation.zScore(),
        Normalisation.rank(), Normalisation.percentileRank(), Normalisation.borda(),
        Normalisation.distanceToTarget(10), Normalisation.goalposts(0, 1, 1)};
    qt().forAll(values(), integers().between(0, methods.length - 1), polarity())
        .check((x, m, p) -> {
          double[] y = methods[m].apply(x, p);
          for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) != Double.isNaN(y[i])) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void percentileRankAndDistanceToTargetWithinUnitInterval() {
    qt().forAll(values(), doubles().between(-100, 100), polarity()).check((x, t, p) ->
        Arrays.stream(Normalisation.percentileRank().apply(x, p))
            .allMatch(v -> Double.isNaN(v) || v >= 0 && v <= 1)
        && Arrays.stream(Normalisation.distanceToTarget(t).apply(x, p))
            .allMatch(v -> Double.isNaN(v) || v >= 0 && v <= 1));
  }
}
