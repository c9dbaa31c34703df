package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.ranking.Rank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link IndexResult#of}: a stored result, ranked again from its scores. */
class IndexResultTest {

  private static final Framework SMALL = FrameworkTest.small();
  private static final IndexResult COMPUTED = SMALL.compute(FrameworkTest.data());

  static Map<String, double[]> scoresOf(IndexResult r) {
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (Node node : r.framework().nodes()) {
      scores.put(node.code(), r.scores(node.code(), Double.NaN));
    }
    return scores;
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void rebuildsAComputedResult() {
    IndexResult again = IndexResult.of(SMALL, COMPUTED.units(), scoresOf(COMPUTED));
    assertEquals(COMPUTED, again);
    assertEquals(COMPUTED.hashCode(), again.hashCode());
    for (String unit : COMPUTED.units()) {
      for (Node node : SMALL.nodes()) {
        assertEquals(COMPUTED.rank(unit, node.code()), again.rank(unit, node.code()));
      }
    }
  }

  @Test
  void ranksAreComputedFromTheScores() {
    Map<String, double[]> scores = new HashMap<>();
    for (Node node : SMALL.nodes()) {
      scores.put(node.code(), new double[] {0.5, Double.NaN, 0.9});
    }
    IndexResult r = IndexResult.of(SMALL, List.of("A", "B", "C"), scores);
    assertEquals(Optional.of(Rank.of(1, 2)), r.rank("C", "I"));
    assertEquals(Optional.empty(), r.rank("B", "I"));
    assertEquals(OptionalDouble.empty(), r.score("B", "a"));
    // P2 ranks lower scores first only if it is an aggregate with that polarity; c is a leaf: higher first
    assertEquals(Optional.of(Rank.of(1, 2)), r.rank("C", "c"));
  }

  @Test
  void theArraysAreCopied() {
    Map<String, double[]> scores = scoresOf(COMPUTED);
    IndexResult r = IndexResult.of(SMALL, COMPUTED.units(), scores);
    scores.get("I")[0] = 42;
    assertEquals(COMPUTED, r);
  }

  @Test
  void equality() {
    Map<String, double[]> scores = scoresOf(COMPUTED);
    scores.get("a")[1] = Double.NaN;
    assertNotEquals(COMPUTED, IndexResult.of(SMALL, COMPUTED.units(), scores));
    assertNotEquals(COMPUTED, IndexResult.of(SMALL, List.of("X", "Z", "Y"), scoresOf(COMPUTED)));
    assertNotEquals(COMPUTED, new Object());
  }

  @Test
  void invalidParts() {
    List<String> units = COMPUTED.units();
    Map<String, double[]> missing = scoresOf(COMPUTED);
    missing.remove("P1");
    missing.remove("b");
    assertEquals("Invalid value for scores (valid values scores for every node of the framework): missing P1, b",
        message(() -> IndexResult.of(SMALL, units, missing)));
    Map<String, double[]> unknown = scoresOf(COMPUTED);
    unknown.put("Q", new double[3]);
    assertEquals("Invalid value for scores (valid values the nodes of the framework): Q",
        message(() -> IndexResult.of(SMALL, units, unknown)));
    Map<String, double[]> shorter = scoresOf(COMPUTED);
    shorter.put("a", new double[2]);
    assertEquals("Invalid value for the number of scores of a (valid values 3, one per unit): 2",
        message(() -> IndexResult.of(SMALL, units, shorter)));
    Map<String, double[]> infinite = scoresOf(COMPUTED);
    infinite.get("b")[2] = Double.NEGATIVE_INFINITY;
    assertEquals("Invalid value for the score of Z at b (valid values finite, or NaN for missing): -Infinity",
        message(() -> IndexResult.of(SMALL, units, infinite)));
    assertEquals("Invalid value for units[2] (valid values unique non-empty codes): \"X\"",
        message(() -> IndexResult.of(SMALL, List.of("X", "Y", "X"), scoresOf(COMPUTED))));
    assertEquals("Invalid value for units[1] (valid values unique non-empty codes): \"\"",
        message(() -> IndexResult.of(SMALL, List.of("X", "", "Z"), scoresOf(COMPUTED))));
  }

  @Test
  void nulls() {
    List<String> units = COMPUTED.units();
    Map<String, double[]> scores = scoresOf(COMPUTED);
    assertEquals("framework", assertThrows(NullPointerException.class, () -> IndexResult.of(null, units, scores))
        .getMessage());
    assertEquals("units", assertThrows(NullPointerException.class, () -> IndexResult.of(SMALL, null, scores))
        .getMessage());
    assertEquals("scores", assertThrows(NullPointerException.class, () -> IndexResult.of(SMALL, units, null))
        .getMessage());
    List<String> nullUnit = new ArrayList<>(units);
    nullUnit.set(1, null);
    assertThrows(NullPointerException.class, () -> IndexResult.of(SMALL, nullUnit, scores));
    Map<String, double[]> nullArray = scoresOf(COMPUTED);
    nullArray.put("a", null);
    assertThrows(NullPointerException.class, () -> IndexResult.of(SMALL, units, nullArray));
  }

  /** Data for the small framework: 1 to 9 units, values 0 to 20, some missing. */
  static Gen<IndexData> data() {
    Gen<Double> value = SourceDSL.integers().between(-1, 20).map(i -> i < 0 ? Double.NaN : i.doubleValue());
    return SourceDSL.integers().between(1, 9).flatMap(n -> SourceDSL.lists().of(value).ofSize(3 * n).map(vs -> {
      List<String> units = new ArrayList<>();
      double[][] values = new double[n][3];
      for (int u = 0; u < n; u++) {
        units.add("U" + u);
        for (int i = 0; i < 3; i++) {
          values[u][i] = vs.get(3 * u + i);
        }
      }
      return IndexData.of(units, List.of("a", "b", "c"), values);
    }));
  }

  @Test
  void everyComputedResultIsRebuiltWithTheSameRanks() {
    qt().forAll(data()).checkAssert(data -> {
      IndexResult computed;
      try {
        computed = SMALL.compute(data);
      } catch (IndexComputationException e) {
        return; // an aggregate that cannot be computed: no result to rebuild
      }
      IndexResult again = IndexResult.of(SMALL, computed.units(), scoresOf(computed));
      assertEquals(computed, again);
      for (Node node : SMALL.nodes()) {
        assertEquals(computed.ranking(node.code()), again.ranking(node.code()));
      }
      assertTrue(again.toString().startsWith("IndexResult["));
    });
  }
}
