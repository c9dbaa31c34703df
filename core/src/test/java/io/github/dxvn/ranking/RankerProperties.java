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
  /** Group labels for {@link #values()}, from three groups. */
  private static Gen<String[]> groups(int n) {
    return arrays().ofIntegers(integers().between(0, 2)).withLength(n)
        .map(a -> Arrays.stream(a).map(i -> "g" + i).toArray(String[]::new));
  }

  @Test
  void everyRankingIsRebuiltFromItsRanks() {
    qt().forAll(values(), integers().between(0, RankingMethod.values().length - 1)).checkAssert((v, m) -> {
      RankingMethod method = RankingMethod.values()[m];
      Ranking ranking = Ranker.of(Polarity.HIGHER_IS_BETTER, method).rank(v);
      org.junit.jupiter.api.Assertions.assertEquals(ranking, Ranking.of(method, ranksOf(ranking)));
    });
  }

  @Test
  void everyRankingWithinGroupsIsRebuiltFromItsRanks() {
    qt().forAll(values().flatMap(v -> groups(v.length).map(g -> new Object[] {v, g})),
        integers().between(0, RankingMethod.values().length - 1)).checkAssert((vg, m) -> {
          RankingMethod method = RankingMethod.values()[m];
          Ranking ranking = Ranker.of(Polarity.HIGHER_IS_BETTER, method).rankWithin((double[]) vg[0], (String[]) vg[1]);
          org.junit.jupiter.api.Assertions.assertEquals(ranking, Ranking.of(method, ranksOf(ranking)));
        });
  }

  @Test
  void ranksOfOneGroupAreAcceptedExactlyWhenTheMethodGivesThem() {
    // Any positions out of n for n items (halves included): accepted if and only if ranking the
    // values -position with the method gives them back.
    Gen<Integer[]> halves = integers().between(1, 8).flatMap(
        n -> arrays().ofIntegers(integers().between(2, 2 * n)).withLength(n));
    qt().forAll(halves, integers().between(0, RankingMethod.values().length - 1)).checkAssert((h, m) -> {
      RankingMethod method = RankingMethod.values()[m];
      java.util.List<java.util.Optional<Rank>> ranks = new java.util.ArrayList<>();
      double[] values = new double[h.length];
      for (int i = 0; i < h.length; i++) {
        ranks.add(java.util.Optional.of(Rank.of(h[i] / 2.0, h.length)));
        values[i] = -h[i];
      }
      boolean given = Ranker.of(Polarity.HIGHER_IS_BETTER, method).rank(values).equals(rankingOf(method, ranks));
      if (given) {
        org.junit.jupiter.api.Assertions.assertEquals(rankingOf(method, ranks), Ranking.of(method, ranks));
      } else {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Ranking.of(method, ranks));
      }
    });
  }

  /** The ranking the ranks describe, built without {@link Ranking#of}'s checks. */
  private static Ranking rankingOf(RankingMethod method, java.util.List<java.util.Optional<Rank>> ranks) {
    double[] positions = new double[ranks.size()];
    int[] outOf = new int[ranks.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = ranks.get(i).map(Rank::position).orElse(0.0);
      outOf[i] = ranks.get(i).map(Rank::outOf).orElse(0);
    }
    return new Ranking(method, positions, outOf);
  }

  private static java.util.List<java.util.Optional<Rank>> ranksOf(Ranking ranking) {
    java.util.List<java.util.Optional<Rank>> out = new java.util.ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      out.add(ranking.rank(i));
    }
    return out;
  }
}
