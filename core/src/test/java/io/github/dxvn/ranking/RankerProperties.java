package io.github.dxvn.ranking;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dxvn.indicator.Polarity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RankerProperties {

  /** Small integer-valued doubles so that ties are frequent; some NaN. */
  private static Gen<double[]> values() {
    return arrays().ofIntegers(integers().between(-1, 6)).withLengthBetween(0, 30)
        .map(a -> Arrays.stream(a).mapToDouble(i -> i < 0 ? Double.NaN : i).toArray());
  }

  @Test
  void competitionRankIsOnePlusTheNumberStrictlyBetter() {
    qt().forAll(values()).checkAssert(v -> {
      int[] r = Ranker.competition().rank(v).toIntArray();
      for (int i = 0; i < v.length; i++) {
        if (Double.isNaN(v[i])) {
          org.junit.jupiter.api.Assertions.assertEquals(0, r[i]);
          continue;
        }
        int better = 0;
        for (double x : v) {
          if (x > v[i]) {
            better++;
          }
        }
        org.junit.jupiter.api.Assertions.assertEquals(better + 1, r[i]);
      }
    });
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    qt().forAll(values()).check(v -> {
      int[] r = Ranker.competition().rank(v).toIntArray();
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < v.length; j++) {
          if (v[i] == v[j] && r[i] != r[j]) {
            return false;
          }
          if (v[i] > v[j] && r[j] - r[i] < count(v, v[i])) {
            return false;
          }
        }
      }
      return true;
    });
  }

  private static int count(double[] v, double x) {
    int c = 0;
    for (double d : v) {
      if (d == x) {
        c++;
      }
    }
    return c;
  }

  @Test
  void flippingPolarityReversesTheOrder() {
    qt().forAll(values()).check(v -> {
      int[] hi = Ranker.competition().rank(v).toIntArray();
      int[] lo = Ranker.competition().withPolarity(Polarity.LOWER_IS_BETTER).rank(v).toIntArray();
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < v.length; j++) {
          if (!Double.isNaN(v[i]) && !Double.isNaN(v[j]) && hi[i] < hi[j] && !(lo[i] > lo[j])) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void fractionalRanksSumToTriangularNumber() {
    qt().forAll(values()).check(v -> {
      Ranking r = Ranker.competition().withMethod(RankingMethod.FRACTIONAL).rank(v);
      int m = r.rankedCount();
      return Arrays.stream(r.toPositionArray()).sum() == m * (m + 1) / 2.0;
    });
  }

  @Test
  void ordinalRanksArePermutationAndDenseHasNoGaps() {
    qt().forAll(values()).check(v -> {
      int m = Ranker.competition().rank(v).rankedCount();
      int[] ord = Arrays.stream(Ranker.competition().withMethod(RankingMethod.ORDINAL).rank(v)
          .toIntArray()).filter(x -> x > 0).sorted().toArray();
      for (int k = 0; k < m; k++) {
        if (ord[k] != k + 1) {
          return false;
        }
      }
      int[] dense = Arrays.stream(Ranker.competition().withMethod(RankingMethod.DENSE).rank(v)
          .toIntArray()).filter(x -> x > 0).distinct().sorted().toArray();
      long distinct = Arrays.stream(v).filter(x -> !Double.isNaN(x)).distinct().count();
      return dense.length == distinct && (dense.length == 0 || dense[dense.length - 1] == distinct);
    });
  }

  @Test
  void permutingItemsPermutesRanks() {
    qt().forAll(values(), integers().between(0, 1000)).check((v, seed) -> {
      int n = v.length;
      int[] perm = new java.util.SplittableRandom(seed).ints(n).toArray();
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      Arrays.sort(idx, (a, b) -> Integer.compare(perm[a], perm[b]));
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = v[idx[i]];
      }
      int[] r = Ranker.competition().rank(v).toIntArray();
      int[] s = Ranker.competition().rank(w).toIntArray();
      for (int i = 0; i < n; i++) {
        if (s[i] != r[idx[i]]) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void roundingKeepsTheOrderWeakly() {
    qt().forAll(arrays().ofClass(doubles().between(0, 1), Double.class).withLengthBetween(0, 20)
            .map(a -> Arrays.stream(a).mapToDouble(Double::doubleValue).toArray()),
        integers().between(0, 6)).check((v, k) -> {
          int[] r = Ranker.competition().withRoundingTo(k).rank(v).toIntArray();
          for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
              if (v[i] >= v[j] && r[i] > r[j]) {
                return false;
              }
            }
          }
          return true;
        });
  }
}
