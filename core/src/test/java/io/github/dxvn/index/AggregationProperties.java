package io.github.dxvn.index;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AggregationProperties {

  private static Gen<double[]> positive() {
    return arrays().ofClass(doubles().between(0.01, 1000), Double.class).withLengthBetween(1, 10)
        .map(a -> Arrays.stream(a).mapToDouble(Double::doubleValue).toArray());
  }

  private static double agg(Aggregation a, double[] v, double[] w) {
    String[] c = new String[v.length];
    Arrays.fill(c, "c");
    return a.aggregate(v, w, v.length, "n", "u", c);
  }

  @Test
  void arithmeticAtLeastGeometricAtLeastHarmonic() {
    qt().forAll(positive(), integers().between(1, 1000)).check((v, seed) -> {
      double[] w = new java.util.SplittableRandom(seed).doubles(v.length, 0.1, 3).toArray();
      double am = agg(Aggregation.arithmetic(), v, w);
      double gm = agg(Aggregation.geometric(), v, w);
      double hm = agg(Aggregation.harmonic(), v, w);
      double tol = 1e-9 * am;
      return am + tol >= gm && gm + tol >= hm;
    });
  }

  @Test
  void meansLieBetweenMinAndMax() {
    Aggregation[] as = {Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(),
        Aggregation.power(2), Aggregation.power(-0.5)};
    qt().forAll(positive(), integers().between(0, as.length - 1)).check((v, k) -> {
      double[] w = new double[v.length];
      Arrays.fill(w, 1);
      double m = agg(as[k], v, w);
      double lo = Arrays.stream(v).min().getAsDouble();
      double hi = Arrays.stream(v).max().getAsDouble();
      return m >= lo * (1 - 1e-12) && m <= hi * (1 + 1e-12);
    });
  }

  @Test
  void scalingWeightsChangesNothing() {
    qt().forAll(positive(), doubles().between(0.1, 10)).check((v, s) -> {
      double[] w = new double[v.length];
      double[] ws = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        w[i] = i + 1;
        ws[i] = s * (i + 1);
      }
      double a = agg(Aggregation.arithmetic(), v, w);
      return Math.abs(a - agg(Aggregation.arithmetic(), v, ws)) <= 1e-9 * a;
    });
  }
}
