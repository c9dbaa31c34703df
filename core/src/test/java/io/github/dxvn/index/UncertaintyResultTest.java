package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

/** {@link UncertaintyResult#of}: a stored analysis, from nominal ranks and the rank matrix. */
class UncertaintyResultTest {

  private static final List<String> UNITS = List.of("X", "Y", "Z");

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  static int[][] matrix(UncertaintyResult u) {
    int[][] ranks = new int[u.replications()][u.units().size()];
    for (int i = 0; i < u.units().size(); i++) {
      int[] r = u.ranks(u.units().get(i));
      for (int k = 0; k < r.length; k++) {
        ranks[k][i] = r[k];
      }
    }
    return ranks;
  }

  static int[] nominal(UncertaintyResult u) {
    return u.units().stream().mapToInt(unit -> u.nominal(unit).orElse(0)).toArray();
  }

  @Test
  void rebuildsAnAnalysis() {
    UncertaintyResult run = Uncertainty.of(7, 3).withWeightNoise(0.5).run(FrameworkTest.small(), FrameworkTest.data(), "I");
    UncertaintyResult again = UncertaintyResult.of(run.units(), nominal(run), matrix(run));
    assertEquals(run, again);
    assertEquals(run.hashCode(), again.hashCode());
    assertEquals(run.toLines(), again.toLines());
  }

  @Test
  void ranksWithTiesAndUnranked() {
    UncertaintyResult u = UncertaintyResult.of(UNITS, new int[] {1, 1, 0}, new int[][] {{1, 2, 3}, {2, 1, 0}});
    assertEquals(OptionalInt.of(1), u.nominal("Y"));
    assertEquals(OptionalInt.empty(), u.nominal("Z"));
    assertEquals(2, u.replications());
    assertEquals(3.0, u.median("Z").orElseThrow());
  }

  @Test
  void theArraysAreCopied() {
    int[] nominal = {1, 2, 3};
    int[][] ranks = {{1, 2, 3}};
    UncertaintyResult u = UncertaintyResult.of(UNITS, nominal, ranks);
    nominal[0] = 3;
    ranks[0][0] = 3;
    assertEquals(OptionalInt.of(1), u.nominal("X"));
    assertEquals(1, u.ranks("X")[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 1 2", "2 2 3", "0 2 3", "1 3 4", "1 2 -1", "1 4 2", "2 0 0"})
  void ranksThatAreNoCompetitionRankingAreRefused(String text) {
    int[] ranks = Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertEquals("Invalid value for nominal (valid values competition ranks 1, 2, 2, 4 ..., 0 for unranked): "
        + Arrays.toString(ranks), message(() -> UncertaintyResult.of(UNITS, ranks, new int[][] {{1, 2, 3}})));
    assertEquals("Invalid value for ranks[1] (valid values competition ranks 1, 2, 2, 4 ..., 0 for unranked): "
        + Arrays.toString(ranks), message(() -> UncertaintyResult.of(UNITS, new int[] {1, 2, 3},
            new int[][] {{1, 2, 3}, ranks})));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 1 3", "1 2 2", "1 1 1", "0 0 0", "3 1 2", "0 1 1", "0 2 1"})
  void competitionRankingsAreAccepted(String text) {
    int[] ranks = Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertEquals(UNITS, UncertaintyResult.of(UNITS, ranks, new int[][] {ranks}).units());
  }

  @Test
  void invalidShapes() {
    assertEquals("Invalid value for replications (valid values 1 - 2147483647): 0",
        message(() -> UncertaintyResult.of(UNITS, new int[] {1, 2, 3}, new int[0][])));
    assertEquals("Invalid value for nominal length (valid values 3, one per unit): 2",
        message(() -> UncertaintyResult.of(UNITS, new int[] {1, 2}, new int[][] {{1, 2, 3}})));
    assertEquals("Invalid value for ranks[0] length (valid values 3, one per unit): 4",
        message(() -> UncertaintyResult.of(UNITS, new int[] {1, 2, 3}, new int[][] {{1, 2, 3, 4}})));
    assertEquals("Invalid value for units[1] (valid values unique non-empty codes): \"X\"",
        message(() -> UncertaintyResult.of(List.of("X", "X"), new int[] {1, 2}, new int[][] {{1, 2}})));
  }

  @Test
  void nulls() {
    int[] n = {1, 2, 3};
    int[][] r = {{1, 2, 3}};
    assertEquals("units", assertThrows(NullPointerException.class, () -> UncertaintyResult.of(null, n, r)).getMessage());
    assertEquals("nominal", assertThrows(NullPointerException.class, () -> UncertaintyResult.of(UNITS, null, r))
        .getMessage());
    assertEquals("ranks", assertThrows(NullPointerException.class, () -> UncertaintyResult.of(UNITS, n, null))
        .getMessage());
    assertEquals("ranks[0]", assertThrows(NullPointerException.class,
        () -> UncertaintyResult.of(UNITS, n, new int[][] {null})).getMessage());
    List<String> withNull = new ArrayList<>(UNITS);
    withNull.set(0, null);
    assertThrows(NullPointerException.class, () -> UncertaintyResult.of(withNull, n, r));
  }

  @Test
  void everyAnalysisIsRebuiltFromItsRanks() {
    qt().withExamples(40).forAll(IndexResultTest.data(), SourceDSL.integers().between(1, 6),
        SourceDSL.integers().between(0, 1000)).checkAssert((data, replications, seed) -> {
          UncertaintyResult run;
          try {
            run = Uncertainty.of(replications, seed).withWeightNoise(0.5).run(FrameworkTest.small(), data, "I");
          } catch (IndexComputationException e) {
            return;
          }
          assertEquals(run, UncertaintyResult.of(run.units(), nominal(run), matrix(run)));
        });
  }

  @Test
  void linesShowTheNominalRankOrADash() {
    UncertaintyResult u = UncertaintyResult.of(UNITS, new int[] {2, 1, 0},
        new int[][] {{1, 2, 0}, {2, 1, 0}, {1, 2, 0}});
    assertEquals(List.of("X nominal 2 median 1.0 p5 1.0 p95 1.9",
        "Y nominal 1 median 2.0 p5 1.1 p95 2.0", "Z nominal - median NaN p5 NaN p95 NaN"),
        u.toLines());
  }
}
