package io.github.dxvn.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Polarity;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankerTest {

  private static final double[] V = {10, 8, 8, 5};

  @Test
  void competitionByDefault() {
    assertArrayEquals(new int[] {1, 2, 2, 4}, Ranker.competition().rank(V).toIntArray());
  }

  @Test
  void methods() {
    assertArrayEquals(new int[] {1, 2, 2, 3},
        Ranker.competition().withMethod(RankingMethod.DENSE).rank(V).toIntArray());
    assertArrayEquals(new int[] {1, 2, 3, 4},
        Ranker.competition().withMethod(RankingMethod.ORDINAL).rank(V).toIntArray());
    Ranking f = Ranker.of(Polarity.HIGHER_IS_BETTER, RankingMethod.FRACTIONAL).rank(V);
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, f.toPositionArray());
    assertThrows(ArithmeticException.class, f::toIntArray);
    assertEquals(Optional.of(Rank.of(2.5, 4)), f.rank(1));
  }

  @Test
  void lowerIsBetter() {
    assertArrayEquals(new int[] {4, 2, 2, 1},
        Ranker.competition().withPolarity(Polarity.LOWER_IS_BETTER).rank(V).toIntArray());
  }

  @Test
  void missingValuesAreUnrankedAndReported() {
    Ranking r = Ranker.competition().rank(new double[] {3, Double.NaN, 5, 3});
    assertArrayEquals(new int[] {2, 0, 1, 2}, r.toIntArray());
    assertArrayEquals(new int[] {1}, r.unranked());
    assertEquals(3, r.rankedCount());
    assertFalse(r.isRanked(1));
    assertEquals(Optional.empty(), r.rank(1));
    assertTrue(r.position(1).isEmpty());
    assertEquals(Optional.of(Rank.of(2, 3)), r.rank(0));
    assertEquals("[2/3, -, 1/3, 2/3]", r.toString());
  }

  @Test
  void negativeZeroTiesWithZero() {
    assertArrayEquals(new int[] {1, 1}, Ranker.competition().rank(new double[] {0.0, -0.0})
        .toIntArray());
  }

  @Test
  void roundingHalfUpOnTheDecimalValue() {
    // 0.94105 is stored below 0.94105 in binary; half-up on the decimal gives 0.9411
    double[] v = {0.94105, 0.9411, 0.94104};
    assertArrayEquals(new int[] {2, 1, 3}, Ranker.competition().rank(v).toIntArray());
    Ranker r4 = Ranker.competition().withRoundingTo(4);
    assertArrayEquals(new int[] {1, 1, 3}, r4.rank(v).toIntArray());
    assertEquals(OptionalInt.of(4), r4.roundingDecimals());
    assertEquals(OptionalInt.empty(), r4.withoutRounding().roundingDecimals());
    assertEquals("Ranker[COMPETITION, HIGHER_IS_BETTER, 4 decimals]", r4.toString());
  }

  @Test
  void withinGroups() {
    double[] v = {5, 9, 7, 9, Double.NaN};
    String[] g = {"north", "south", "north", "south", "north"};
    Ranking r = Ranker.competition().rankWithin(v, g);
    assertArrayEquals(new int[] {2, 1, 1, 1, 0}, r.toIntArray());
    assertArrayEquals(new int[] {2, 2, 2, 2, 0}, r.toOutOfArray());
  }

  @Test
  void largeInputIsRankedOnPrimitives() {
    SplittableRandom random = new SplittableRandom(1);
    double[] v = new double[1_000_000];
    for (int i = 0; i < v.length; i++) {
      v[i] = random.nextInt(1000);
    }
    int[] ranks = Ranker.competition().rank(v).toIntArray();
    int better = 0;
    for (double x : v) {
      if (x > v[0]) {
        better++;
      }
    }
    assertEquals(better + 1, ranks[0]);
  }

  @Test
  void equality() {
    assertEquals(Ranker.competition(), Ranker.of(Polarity.HIGHER_IS_BETTER,
        RankingMethod.COMPETITION));
    assertEquals(Ranker.competition().hashCode(), Ranker.of(Polarity.HIGHER_IS_BETTER,
        RankingMethod.COMPETITION).hashCode());
    assertNotEquals(Ranker.competition(), Ranker.competition().withRoundingTo(2));
    Ranking a = Ranker.competition().rank(V);
    assertEquals(a, Ranker.competition().rank(V.clone()));
    assertEquals(a.hashCode(), Ranker.competition().rank(V.clone()).hashCode());
    assertEquals(RankingMethod.COMPETITION, a.method());
    assertEquals(4, a.size());
  }

  @Test
  void contract() {
    assertEquals("polarity", assertThrows(NullPointerException.class,
        () -> Ranker.of(null, RankingMethod.DENSE)).getMessage());
    assertEquals("method", assertThrows(NullPointerException.class,
        () -> Ranker.of(Polarity.HIGHER_IS_BETTER, null)).getMessage());
    assertEquals("polarity", assertThrows(NullPointerException.class,
        () -> Ranker.competition().withPolarity(null)).getMessage());
    assertEquals("method", assertThrows(NullPointerException.class,
        () -> Ranker.competition().withMethod(null)).getMessage());
    assertEquals("values", assertThrows(NullPointerException.class,
        () -> Ranker.competition().rank(null)).getMessage());
    assertEquals("values", assertThrows(NullPointerException.class,
        () -> Ranker.competition().rankWithin(null, new String[0])).getMessage());
    assertEquals("groups", assertThrows(NullPointerException.class,
        () -> Ranker.competition().rankWithin(new double[0], null)).getMessage());
    assertEquals("groups[0]", assertThrows(NullPointerException.class,
        () -> Ranker.competition().rankWithin(new double[1], new String[1])).getMessage());
    assertEquals("Invalid value for groups length (valid values 1): 0",
        assertThrows(IllegalArgumentException.class,
            () -> Ranker.competition().rankWithin(new double[1], new String[0])).getMessage());
    assertEquals("Invalid value for decimals (valid values 0 - 15): 16",
        assertThrows(IllegalArgumentException.class,
            () -> Ranker.competition().withRoundingTo(16)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ranker.competition().withRoundingTo(-1));
    Ranking r = Ranker.competition().rank(V);
    assertThrows(IndexOutOfBoundsException.class, () -> r.rank(4));
    assertThrows(IndexOutOfBoundsException.class, () -> r.isRanked(-1));
  }

  @Test
  void roundingFromZeroToFifteenDecimals() {
    Ranker zero = Ranker.competition().withRoundingTo(0);
    assertEquals(OptionalInt.of(0), zero.roundingDecimals());
    assertEquals(OptionalInt.of(15), Ranker.competition().withRoundingTo(15).roundingDecimals());
    assertEquals(OptionalInt.empty(), Ranker.competition().roundingDecimals());
    // 1.4 and 1.2 are both 1 to no decimals: a tie; NaN stays unranked.
    Ranking r = zero.rank(new double[] {1.4, 1.2, Double.NaN, 3});
    assertArrayEquals(new int[] {2, 2, 0, 1}, r.toIntArray());
    assertFalse(r.isRanked(2));
    assertTrue(r.isRanked(0));
    assertEquals("Ranker[COMPETITION, HIGHER_IS_BETTER, 0 decimals]", zero.toString());
    assertEquals(Polarity.HIGHER_IS_BETTER, zero.polarity());
    assertEquals(RankingMethod.COMPETITION, zero.method());
  }

  @Test
  void minusZeroTiesWithZero() {
    assertArrayEquals(new int[] {1, 1}, Ranker.competition().rank(new double[] {0.0, -0.0}).toIntArray());
    assertArrayEquals(new int[] {1, 1},
        Ranker.competition().withPolarity(Polarity.LOWER_IS_BETTER).rank(new double[] {-0.0, 0.0}).toIntArray());
  }

  @Test
  void unrankedListsEveryNaN() {
    Ranking r = Ranker.competition().rank(new double[] {Double.NaN, 2, Double.NaN, 1});
    assertArrayEquals(new int[] {0, 2}, r.unranked());
    assertEquals(2, r.rankedCount());
  }

  @Test
  void equalityHashAndText() {
    Ranker a = Ranker.competition().withRoundingTo(2);
    assertEquals(a, a);
    assertEquals(a, Ranker.competition().withRoundingTo(2));
    assertNotEquals(a, Ranker.competition());
    assertNotEquals(a, "ranker");
    assertNotEquals(a.hashCode(), Ranker.competition().hashCode());
    Ranking r = a.rank(V);
    assertEquals(r, r);
    assertEquals(r, a.rank(V.clone()));
    assertEquals(r.hashCode(), a.rank(V.clone()).hashCode());
    assertNotEquals(r, Ranker.competition().withMethod(RankingMethod.DENSE).rank(V));
    assertNotEquals(r.hashCode(), Ranker.competition().withMethod(RankingMethod.DENSE).rank(V).hashCode());
    assertNotEquals(r, "ranking");
  }

  @Test
  void anUnroundedRankerSaysSo() {
    assertEquals("Ranker[COMPETITION, HIGHER_IS_BETTER, unrounded]", Ranker.competition().toString());
  }
}
