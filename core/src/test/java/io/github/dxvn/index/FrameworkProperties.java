package io.github.dxvn.index;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrameworkProperties {

  /** A random tree: node i > 0 has a random earlier parent; weights positive. */
  static Framework randomTree(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(15);
    Framework.Builder b = Framework.builder().node(Node.root("n0"));
    for (int i = 1; i < n; i++) {
      b.node(Node.of("n" + i, "n" + r.nextInt(i), 0.1 + r.nextDouble(5)));
    }
    return b.build();
  }

  static IndexData randomData(Framework f, long seed, int units) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> u = new ArrayList<>();
    double[][] v = new double[units][f.indicators().size()];
    for (int i = 0; i < units; i++) {
      u.add("u" + i);
      for (int j = 0; j < v[i].length; j++) {
        v[i][j] = r.nextInt(10) == 0 ? Double.NaN : r.nextInt(50);
      }
    }
    return IndexData.of(u, f.indicators(), v);
  }

  @Test
  void effectiveWeightsOfTheLeavesSumToOne() {
    qt().forAll(longs().all()).check(seed -> {
      Framework f = randomTree(seed);
      double sum = f.indicators().stream().mapToDouble(c -> f.effectiveWeights().get(c)).sum();
      return Math.abs(sum - 1) < 1e-9;
    });
  }

  @Test
  void permutingUnitsPermutesResults() {
    qt().forAll(longs().all(), integers().between(2, 12)).check((seed, units) -> {
      Framework f = randomTree(seed);
      IndexData d = randomData(f, seed, units);
      int[] perm = new SplittableRandom(seed + 1).ints(units).toArray();
      Integer[] order = new Integer[units];
      for (int i = 0; i < units; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(perm[a], perm[b]));
      IndexData p = d.selectUnits(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
      IndexResult a = f.compute(d);
      IndexResult b = f.compute(p);
      for (Node node : f.nodes()) {
        for (String unit : d.units()) {
          if (!a.score(unit, node.code()).equals(b.score(unit, node.code()))
              || !a.rank(unit, node.code()).equals(b.rank(unit, node.code()))) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void scoresOfMinMaxFrameworksStayInRange() {
    qt().forAll(longs().all(), integers().between(1, 12)).check((seed, units) -> {
      Framework f = randomTree(seed);
      IndexResult r = f.compute(randomData(f, seed, units));
      return f.nodes().stream().allMatch(n -> Arrays.stream(r.scores(n.code(), 50))
          .allMatch(s -> s >= -1e-9 && s <= 100 + 1e-9));
    });
  }
}
