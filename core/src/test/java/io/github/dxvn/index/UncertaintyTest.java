package io.github.dxvn.index;

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
}
