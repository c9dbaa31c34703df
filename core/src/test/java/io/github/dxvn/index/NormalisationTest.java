package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Polarity;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NormalisationTest {

  private static final double NAN = Double.NaN;
  private static final Polarity UP = Polarity.HIGHER_IS_BETTER;
  private static final Polarity DOWN = Polarity.LOWER_IS_BETTER;

  @Test
  void minMaxObserved() {
    assertArrayEquals(new double[] {0, 50, 100, NAN},
        Normalisation.minMax(0, 100).apply(new double[] {2, 4, 6, NAN}, UP));
    assertArrayEquals(new double[] {100, 50, 0, NAN},
        Normalisation.minMax(0, 100).apply(new double[] {2, 4, 6, NAN}, DOWN));
    assertArrayEquals(new double[] {1, 5.5, 10},
        Normalisation.minMax(1, 10).apply(new double[] {2, 4, 6}, UP));
  }

  @Test
  void minMaxDegenerateIsAParameter() {
    assertArrayEquals(new double[] {100, 100, NAN},
        Normalisation.minMax(0, 100).apply(new double[] {3, 3, NAN}, UP));
    assertArrayEquals(new double[] {50, 50},
        Normalisation.minMax(0, 100).withDegenerateValue(50).apply(new double[] {3, 3}, UP));
    assertThrows(UnsupportedOperationException.class,
        () -> Normalisation.minMax(0, 100, 0, 1).withDegenerateValue(50));
    assertThrows(UnsupportedOperationException.class, () -> Normalisation.rank()
        .withDegenerateValue(1));
  }

  @Test
  void minMaxFixedBoundsNotTruncated() {
    Normalisation n = Normalisation.minMax(0, 100, 0, 0.66);
    assertArrayEquals(new double[] {0, 50, 100, 150},
        n.apply(new double[] {0, 0.33, 0.66, 0.99}, UP), 1e-9);
    assertArrayEquals(new double[] {100, 50, 0},
        n.apply(new double[] {0, 0.33, 0.66}, DOWN), 1e-9);
    assertTrue(n.hasFixedBounds());
    assertFalse(Normalisation.minMax(0, 1).hasFixedBounds());
  }

  @Test
  void goalpostsTruncate() {
    assertArrayEquals(new double[] {0, 0, 50, 100, 100, NAN},
        Normalisation.goalposts(10, 20, 100).apply(new double[] {0, 10, 15, 20, 30, NAN}, UP));
    assertArrayEquals(new double[] {100, 50, 0},
        Normalisation.goalposts(10, 20, 100).apply(new double[] {5, 15, 25}, DOWN));
  }

  @Test
  void zScoreUsesTheSampleStandardDeviation() {
    // mean 4, sample sd 2
    assertArrayEquals(new double[] {-1, 0, 1, NAN},
        Normalisation.zScore().apply(new double[] {2, 4, 6, NAN}, UP), 1e-12);
    assertArrayEquals(new double[] {110, 100, 90},
        Normalisation.zScore(100, 10).apply(new double[] {2, 4, 6}, DOWN), 1e-12);
    assertArrayEquals(new double[] {100},
        Normalisation.zScore(100, 10).apply(new double[] {7}, UP));
  }

  @Test
  void distanceToTarget() {
    assertArrayEquals(new double[] {0, 0.5, 1, 1},
        Normalisation.distanceToTarget(10).apply(new double[] {2, 6, 10, 12}, UP));
    assertArrayEquals(new double[] {1, 0.5, 0},
        Normalisation.distanceToTarget(2).apply(new double[] {2, 6, 10}, DOWN));
    assertArrayEquals(new double[] {1, 1},
        Normalisation.distanceToTarget(1).apply(new double[] {2, 6}, UP));
  }

  @Test
  void rankPercentileAndBorda() {
    double[] x = {5, 3, 3, 9, NAN};
    assertArrayEquals(new double[] {3, 1.5, 1.5, 4, NAN}, Normalisation.rank().apply(x, UP));
    assertArrayEquals(new double[] {2 / 3.0, 0, 0, 1, NAN},
        Normalisation.percentileRank().apply(x, UP), 1e-12);
    assertArrayEquals(new double[] {2, 0, 0, 3, NAN}, Normalisation.borda().apply(x, UP));
    assertArrayEquals(new double[] {1, 2, 2, 0, NAN}, Normalisation.borda().apply(x, DOWN));
    assertArrayEquals(new double[] {1}, Normalisation.percentileRank().apply(new double[] {4}, UP));
  }

  @Test
  void noneNegatesLowerIsBetter() {
    assertArrayEquals(new double[] {-2, NAN},
        Normalisation.none().apply(new double[] {2, NAN}, DOWN));
    assertEquals(NormalisationMethod.NONE, Normalisation.none().method());
  }

  @Test
  void parameters() {
    Normalisation m = Normalisation.minMax(0, 100);
    assertEquals(OptionalDouble.of(0), m.outputMin());
    assertEquals(OptionalDouble.of(100), m.outputMax());
    assertEquals(OptionalDouble.empty(), m.lowerBound());
    assertEquals(OptionalDouble.of(100), m.degenerateValue());
    Normalisation f = Normalisation.minMax(0, 100, 0.25, 1);
    assertEquals(OptionalDouble.of(0.25), f.lowerBound());
    assertEquals(OptionalDouble.of(1), f.upperBound());
    assertEquals(OptionalDouble.empty(), f.degenerateValue());
    Normalisation g = Normalisation.goalposts(1, 2, 10);
    assertEquals(OptionalDouble.empty(), g.outputMin());
    assertEquals(OptionalDouble.of(10), g.outputMax());
    assertEquals(OptionalDouble.of(2), g.upperBound());
    Normalisation z = Normalisation.zScore(100, 10);
    assertEquals(OptionalDouble.of(100), z.mean());
    assertEquals(OptionalDouble.of(10), z.standardDeviation());
    assertEquals(OptionalDouble.of(100), z.degenerateValue());
    assertEquals(OptionalDouble.empty(), m.mean());
    assertEquals(OptionalDouble.empty(), m.standardDeviation());
    assertEquals(OptionalDouble.of(7), Normalisation.distanceToTarget(7).target());
    assertEquals(OptionalDouble.empty(), m.target());
    assertEquals(OptionalDouble.empty(), Normalisation.borda().outputMax());
  }

  @Test
  void valueSemantics() {
    assertEquals(Normalisation.minMax(0, 100), Normalisation.minMax(0, 100));
    assertEquals(Normalisation.minMax(0, 100).hashCode(), Normalisation.minMax(0, 100).hashCode());
    assertNotEquals(Normalisation.minMax(0, 100), Normalisation.minMax(0, 100, 0, 1));
    assertEquals("MIN_MAX[0.0, 100.0]", Normalisation.minMax(0, 100).toString());
    assertEquals("MIN_MAX[0.0, 100.0, bounds 0.0..0.66]",
        Normalisation.minMax(0, 100, 0, 0.66).toString());
    assertEquals("MIN_MAX[0.0, 100.0, degenerate 50.0]",
        Normalisation.minMax(0, 100).withDegenerateValue(50).toString());
    assertEquals("GOALPOSTS[1.0..2.0, scale 100.0]",
        Normalisation.goalposts(1, 2, 100).toString());
    assertEquals("Z_SCORE[mean 0.0, sd 1.0]", Normalisation.zScore().toString());
    assertEquals("DISTANCE_TO_TARGET[3.0]", Normalisation.distanceToTarget(3).toString());
    assertEquals("BORDA", Normalisation.borda().toString());
  }

  @Test
  void contract() {
    assertEquals("Invalid value for b (valid values greater than a 1.0): 1.0",
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(1, 1))
            .getMessage());
    assertEquals("Invalid value for a (valid values finite numbers): NaN",
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(NAN, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(0, 1, 2, 2));
    assertThrows(IllegalArgumentException.class,
        () -> Normalisation.minMax(0, 1, 0, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.goalposts(0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.goalposts(1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.zScore(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.zScore(NAN, 1));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.distanceToTarget(NAN));
    assertThrows(IllegalArgumentException.class,
        () -> Normalisation.minMax(0, 1).withDegenerateValue(NAN));
    assertEquals("values", assertThrows(NullPointerException.class,
        () -> Normalisation.rank().apply(null, UP)).getMessage());
    assertEquals("polarity", assertThrows(NullPointerException.class,
        () -> Normalisation.rank().apply(new double[0], null)).getMessage());
  }

  @Test
  void equalityHashAndTextOfTheDegenerateValue() {
    Normalisation m = Normalisation.minMax(0, 100);
    assertEquals(m, m);
    assertNotEquals(m, "MIN_MAX");
    assertEquals(m.hashCode(), Normalisation.minMax(0, 100).hashCode());
    assertNotEquals(m.hashCode(), Normalisation.minMax(0, 10).hashCode());
    assertEquals("MIN_MAX[0.0, 100.0]", m.toString());
    assertEquals("MIN_MAX[0.0, 100.0, degenerate 50.0]", m.withDegenerateValue(50).toString());
    assertEquals("Z_SCORE[mean 10.0, sd 2.0]", Normalisation.zScore(10, 2).toString());
    assertEquals("Z_SCORE[mean 10.0, sd 2.0, degenerate 0.0]", Normalisation.zScore(10, 2).withDegenerateValue(0).toString());
  }

  @Test
  void fixedBoundsOnAnOutputRangeNotFromZeroInBothDirections() {
    // bounds 10..20 onto 20..120: t is (x - lo) / (hi - lo), or (hi - x) / (hi - lo) for lower is better
    Normalisation n = Normalisation.minMax(20, 120, 10, 20);
    assertArrayEquals(new double[] {20, 45, 120, 170, NAN}, n.apply(new double[] {10, 12.5, 20, 25, NAN}, UP));
    assertArrayEquals(new double[] {120, 95, 20, -30, NAN}, n.apply(new double[] {10, 12.5, 20, 25, NAN}, DOWN));
    assertTrue(n.hasFixedBounds());
    assertTrue(Normalisation.goalposts(0, 10, 100).hasFixedBounds());
    assertFalse(Normalisation.minMax(20, 120).hasFixedBounds());
    assertFalse(Normalisation.distanceToTarget(10).hasFixedBounds());
    assertFalse(Normalisation.zScore().hasFixedBounds());
    assertEquals("Invalid value for b (valid values greater than a 120.0): 20.0",
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(120, 20, 0, 10)).getMessage());
  }

  @Test
  void zScoresOnAnOffsetMeanScaleAndMissingValues() {
    // mean 4, sample sd 2: z = (-1, 0, 1), then 50 + 10 z
    assertArrayEquals(new double[] {40, 50, 60, NAN},
        Normalisation.zScore(50, 10).apply(new double[] {2, 4, 6, NAN}, UP), 1e-12);
    assertArrayEquals(new double[] {60, 50, 40, NAN},
        Normalisation.zScore(50, 10).apply(new double[] {2, 4, 6, NAN}, DOWN), 1e-12);
    // zero spread: present values take the degenerate value, missing ones stay missing
    assertArrayEquals(new double[] {7, NAN, 7},
        Normalisation.zScore().withDegenerateValue(7).apply(new double[] {5, NAN, 5}, UP));
    assertArrayEquals(new double[] {NAN, 0},
        Normalisation.zScore().apply(new double[] {NAN, 3}, UP));
  }

  @Test
  void zScoresDoNotLosePrecisionToALargeCommonOffset() {
    // the spread is summed about the mean (two passes), so shifting every value by a large
    // common amount (a population, say) leaves the scores as they were
    double[] x = {0.1, 0.2, 0.35, 0.4, 0.7};
    for (double offset : new double[] {1e6, 1e7, 1e8}) {
      double[] shifted = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        shifted[i] = offset + x[i];
      }
      assertArrayEquals(Normalisation.zScore().apply(x, UP),
          Normalisation.zScore().apply(shifted, UP), 1e-6, "offset " + offset);
    }
  }

  @Test
  void distanceToATargetEqualToTheWorstValueIsOneForAll() {
    // every unit already reaches the target, the worst exactly: all score 1
    assertArrayEquals(new double[] {1, 1, NAN},
        Normalisation.distanceToTarget(5).apply(new double[] {5, 7, NAN}, UP));
    assertArrayEquals(new double[] {1, 1},
        Normalisation.distanceToTarget(5).apply(new double[] {5, 3}, DOWN));
  }
}
