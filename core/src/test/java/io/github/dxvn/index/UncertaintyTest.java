package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

  @Test
  void asemRankIntervals() {
    List<MetaRow> meta = AsemAcceptanceTest.meta();
    Pipeline p = AsemAcceptanceTest.pipeline(meta);
    IndexData data = AsemAcceptanceTest.data(meta);
    Uncertainty u = Uncertainty.of(40, 7).withWeightNoise(0.25)
        .withAggregations(List.of(Aggregation.arithmetic(), Aggregation.power(0.5)))
        .withWinmax(3, 5, 7);
    UncertaintyResult r = u.run(p, data, "Index");
    assertEquals(40, r.replications());
    assertEquals(OptionalInt.of(1), r.nominal("CHE"));
    for (String unit : r.units()) {
      double p5 = r.percentile5(unit).orElseThrow();
      double med = r.median(unit).orElseThrow();
      double p95 = r.percentile95(unit).orElseThrow();
      assertTrue(p5 <= med && med <= p95, unit);
      assertTrue(p5 >= 1 && p95 <= 51, unit);
    }
    assertEquals(r, u.withParallel(true).run(p, data, "Index"));
    assertEquals(r, u.run(p, data, "Index"));
    assertNotEquals(r, Uncertainty.of(40, 8).withWeightNoise(0.25)
        .withAggregations(List.of(Aggregation.arithmetic(), Aggregation.power(0.5)))
        .withWinmax(3, 5, 7).run(p, data, "Index"));
    assertEquals(51, r.toLines().size());
    assertEquals(40, r.ranks("CHE").length);
  }

  @Test
  void noUncertaintyGivesTheNominalRank() {
    Framework f = FrameworkTest.small();
    UncertaintyResult r = Uncertainty.of(5, 1).run(f, FrameworkTest.data(), "I");
    for (String unit : r.units()) {
      assertEquals(r.nominal(unit).getAsInt(), r.median(unit).orElseThrow());
      assertEquals(r.nominal(unit).getAsInt(), r.percentile95(unit).orElseThrow());
    }
    // normalisation alternatives apply to all indicators
    UncertaintyResult z = Uncertainty.of(5, 1)
        .withNormalisations(List.of(Normalisation.zScore(), Normalisation.rank()))
        .run(f, FrameworkTest.data(), "I");
    assertEquals(5, z.replications());
  }

  @Test
  void quantilesAreType7() {
    UncertaintyResult r = new UncertaintyResult(List.of("A"), new int[] {1},
        new int[][] {{1}, {2}, {3}, {4}, {0}});
    assertEquals(2.5, r.median("A").orElseThrow(), 1e-12);
    assertEquals(1.15, r.percentile5("A").orElseThrow(), 1e-12);
    assertEquals(3.85, r.percentile95("A").orElseThrow(), 1e-12);
    UncertaintyResult never = new UncertaintyResult(List.of("A"), new int[] {0},
        new int[][] {{0}});
    assertTrue(never.median("A").isEmpty());
    assertTrue(never.nominal("A").isEmpty());
  }

  @Test
  void contract() {
    assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(1, 1).withWeightNoise(2));
    assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(1, 1).withWinmax(-1));
    assertEquals("alternatives", assertThrows(NullPointerException.class,
        () -> Uncertainty.of(1, 1).withAggregations(null)).getMessage());
    assertEquals("alternatives", assertThrows(NullPointerException.class,
        () -> Uncertainty.of(1, 1).withNormalisations(null)).getMessage());
    assertEquals("node", assertThrows(NullPointerException.class,
        () -> Uncertainty.of(1, 1).run(FrameworkTest.small(), FrameworkTest.data(), null))
        .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Uncertainty.of(1, 1).run(FrameworkTest.small(), FrameworkTest.data(), "Q"));
    assertThrows(IllegalArgumentException.class,
        () -> new UncertaintyResult(List.of("A"), new int[] {1}, new int[][] {{1}})
            .quantile("A", 2));
    assertEquals(3, Uncertainty.of(3, 9).replications());
    assertEquals(9, Uncertainty.of(3, 9).seed());
    Uncertainty u = Uncertainty.of(3, 9).withWeightNoise(0.2).withWinmax(4, 6).withParallel(true)
        .withAggregations(List.of(Aggregation.geometric()))
        .withNormalisations(List.of(Normalisation.rank()));
    assertEquals(0.2, u.weightNoise());
    assertEquals(List.of(Aggregation.geometric()), u.aggregations());
    assertEquals(List.of(Normalisation.rank()), u.normalisations());
    assertEquals(2, u.winmax().length);
    assertTrue(u.isParallel());
    assertEquals("Uncertainty[3 replications, seed 9, weights ±0.2, normalisations [RANK],"
        + " aggregations [GEOMETRIC], winmax [4, 6], parallel]", u.toString());
  }

  @Test
  void boundsOfTheSettingsAndOfTheQuantiles() {
    assertEquals(0.0, Uncertainty.of(1, 1).withWeightNoise(0).weightNoise());
    assertEquals(1.0, Uncertainty.of(1, 1).withWeightNoise(1).weightNoise());
    assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(1, 1).withWeightNoise(-0.01));
    assertEquals(0, Uncertainty.of(1, 1).withWinmax(0).winmax()[0]);
    assertTrue(Uncertainty.of(1, 1).withParallel(true).isParallel());
    assertFalse(Uncertainty.of(1, 1).isParallel());
    UncertaintyResult r = new UncertaintyResult(List.of("A", "B"), new int[] {1, 2},
        new int[][] {{1, 2}, {2, 1}, {1, 2}});
    assertEquals(1.0, r.quantile("A", 0).orElseThrow(), 1e-12);
    assertEquals(2.0, r.quantile("A", 1).orElseThrow(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> r.quantile("A", 1.01));
    assertThrows(IllegalArgumentException.class, () -> r.quantile("A", -0.01));
    assertThrows(IllegalArgumentException.class, () -> r.quantile("C", 0.5));
    assertEquals(List.of("A", "B"), r.units());
    assertEquals(r, r);
    assertNotEquals(r, "result");
    assertEquals(r.hashCode(), new UncertaintyResult(List.of("A", "B"), new int[] {1, 2},
        new int[][] {{1, 2}, {2, 1}, {1, 2}}).hashCode());
    assertNotEquals(r.hashCode(), new UncertaintyResult(List.of("A", "B"), new int[] {1, 2},
        new int[][] {{1, 2}, {2, 1}, {2, 1}}).hashCode());
    assertEquals("UncertaintyResult[2 units, 3 replications]", r.toString());
  }

  /** x: A 10, B 6, C 0; y the reverse for A and C. Min-max arithmetic: A 50, B 60, C 50. */
  private static final IndexData ABC = IndexData.of(List.of("A", "B", "C"), List.of("x", "y"),
      new double[][] {{10, 0}, {6, 6}, {0, 10}});

  private static Framework.Builder xy(double wx, double wy) {
    return Framework.builder().node(Node.root("I")).node(Node.of("x", "I", wx))
        .node(Node.of("y", "I", wy));
  }

  private static int[] ranks(IndexResult r) {
    return r.ranking("I", io.github.dxvn.ranking.Ranker.competition()).toIntArray();
  }

  private static int[] replication(UncertaintyResult u, int r) {
    return u.units().stream().mapToInt(unit -> u.ranks(unit)[r]).toArray();
  }

  @Test
  void everyReplicationUsesTheDrawnNormalisationOrAggregation() {
    Framework f = xy(1, 1).build();
    int[] nominal = ranks(f.compute(ABC));
    assertArrayEquals(new int[] {2, 1, 2}, nominal);
    // one alternative: every replication draws it
    int[] byRank = ranks(xy(1, 1).normalisation(Normalisation.rank()).build().compute(ABC));
    int[] byPower = ranks(xy(1, 1).aggregation(Aggregation.power(10)).build().compute(ABC));
    assertArrayEquals(new int[] {1, 1, 1}, byRank);
    assertArrayEquals(new int[] {1, 3, 1}, byPower);
    UncertaintyResult n = Uncertainty.of(3, 9).withNormalisations(List.of(Normalisation.rank()))
        .run(f, ABC, "I");
    UncertaintyResult a = Uncertainty.of(3, 9).withAggregations(List.of(Aggregation.power(10)))
        .run(f, ABC, "I");
    for (int r = 0; r < 3; r++) {
      assertArrayEquals(byRank, replication(n, r));
      assertArrayEquals(byPower, replication(a, r));
    }
  }

  @Test
  void weightNoiseFollowsTheDocumentedDraws() {
    // replication r draws from a SplittableRandom seeded with the r-th long of one seeded with
    // the analysis seed: one uniform u in [-1, 1) per node, in node order; weight times 1 + x u
    Framework f = xy(1, 3).build();
    double x = 0.5;
    UncertaintyResult u = Uncertainty.of(12, 2026).withWeightNoise(x).run(f, ABC, "I");
    java.util.SplittableRandom master = new java.util.SplittableRandom(2026);
    java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
    for (int r = 0; r < 12; r++) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(master.nextLong());
      double[] w = new double[3];
      for (int i = 0; i < 3; i++) {
        w[i] = f.nodes().get(i).weight() * (1 + x * random.nextDouble(-1, 1));
      }
      int[] expected = ranks(xy(w[1], w[2]).build().compute(ABC));
      assertArrayEquals(expected, replication(u, r), "replication " + r);
      seen.add(java.util.Arrays.stream(expected).boxed().collect(java.util.stream.Collectors.toList()));
    }
    // the noise changes the order: more than one ranking among the replications
    assertTrue(seen.size() > 1, seen::toString);
  }

  @Test
  void winmaxAlternativesReplaceTheTreatmentOfThePipeline() {
    // x: 1..20 and two outliers 100, 200 (units u20, u21); y falls as x rises
    int n = 22;
    List<String> units = new java.util.ArrayList<>();
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      units.add("u" + i);
      v[i] = new double[] {i < 20 ? i + 1 : 100 * (i - 19), n - i};
    }
    IndexData data = IndexData.of(units, List.of("x", "y"), v);
    Framework f = xy(1, 1).build();
    Pipeline untreated = Pipeline.of(f, List.of(Treat.none()));
    int[] nominal = ranks(untreated.run(data).result());
    int[] treated = ranks(Pipeline.of(f, List.of(Treat.winsorise(5))).run(data).result());
    assertFalse(java.util.Arrays.equals(nominal, treated));
    UncertaintyResult u = Uncertainty.of(2, 5).withWinmax(5).run(untreated, data, "I");
    assertArrayEquals(nominal, u.units().stream().mapToInt(unit -> u.nominal(unit).orElse(0)).toArray());
    for (int r = 0; r < 2; r++) {
      assertArrayEquals(treated, replication(u, r));
    }
  }
}
