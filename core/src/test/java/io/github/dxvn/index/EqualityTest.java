package io.github.dxvn.index;

import static io.github.dxvn.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.ranking.Rank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Equality, hash codes and text of the engine's hand-written value classes. */
class EqualityTest {

  private static Framework framework(Normalisation n, Aggregation a, String leaf) {
    return Framework.builder().node(Node.root("I")).node(Node.of(leaf, "I", 1)).node(Node.of("b", "I", 1))
        .normalisation(n).aggregation(a).build();
  }

  @Test
  void normalisations() {
    assertValueSemantics(Normalisation.minMax(0, 100, 1, 2), Normalisation.minMax(0, 100, 1, 2),
        Normalisation.minMax(1, 100, 1, 2), Normalisation.minMax(0, 10, 1, 2), Normalisation.minMax(0, 100, 0, 2),
        Normalisation.minMax(0, 100, 1, 3), Normalisation.goalposts(1, 2, 100));
    assertValueSemantics(Normalisation.minMax(0, 100), Normalisation.minMax(0, 100),
        Normalisation.minMax(0, 100).withDegenerateValue(50));
    assertEquals("MIN_MAX[0.0, 100.0]", Normalisation.minMax(0, 100).toString());
    assertEquals("Z_SCORE[mean 0.0, sd 1.0]", Normalisation.zScore().toString());
    assertEquals("DISTANCE_TO_TARGET[5.0]", Normalisation.distanceToTarget(5).toString());
  }

  @Test
  void aggregations() {
    assertValueSemantics(Aggregation.power(2), Aggregation.power(2), Aggregation.power(3),
        Aggregation.power(2).withMinimumAvailability(0.5), Aggregation.arithmetic());
    assertEquals("GEOMETRIC", Aggregation.geometric().toString());
  }

  @Test
  void frameworks() {
    Framework f = framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "a");
    assertValueSemantics(f, framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "a"),
        framework(Normalisation.minMax(0, 1), Aggregation.arithmetic(), "a"),
        framework(Normalisation.minMax(0, 100), Aggregation.geometric(), "a"),
        framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "c"),
        Framework.builder().nodes(f.nodes()).normalisation(Normalisation.minMax(0, 100))
            .aggregation(Aggregation.arithmetic()).aggregation(2, Aggregation.geometric()).build());
  }

  @Test
  void indexData() {
    IndexData d = IndexData.of(List.of("X", "Y"), List.of("a"), new double[][] {{1}, {2}});
    assertValueSemantics(d, IndexData.of(List.of("X", "Y"), List.of("a"), new double[][] {{1}, {2}}),
        IndexData.of(List.of("X", "Z"), List.of("a"), new double[][] {{1}, {2}}),
        IndexData.of(List.of("X", "Y"), List.of("b"), new double[][] {{1}, {2}}),
        IndexData.of(List.of("X", "Y"), List.of("a"), new double[][] {{1}, {3}}),
        d.withGroup("region", List.of("n", "s")));
    assertValueSemantics(d.withGroup("region", List.of("n", "s")), d.withGroup("region", List.of("n", "s")),
        d.withGroup("region", List.of("n", "n")), d.withGroup("size", List.of("n", "s")),
        IndexData.of(List.of("X", "Z"), List.of("a"), new double[][] {{1}, {2}}).withGroup("region", List.of("n", "s")));
  }

  @Test
  void treatments() {
    assertValueSemantics(Treat.winsorise(5), Treat.coinrDefault(), Treat.winsorise(4), Treat.none(),
        Treat.winsorise(5).withOverride("a", Treat.none()));
    assertEquals("Treat[winmax 5]", Treat.coinrDefault().toString());
    assertEquals("Treat[none]", Treat.none().toString());
  }

  @Test
  void imputations() {
    assertValueSemantics(Impute.groupMedian("r"), Impute.groupMedian("r"), Impute.groupMean("r"),
        Impute.groupMedian("s"), Impute.median());
    assertEquals("Impute[median by r]", Impute.groupMedian("r").toString());
    assertEquals("Impute[mean]", Impute.mean().toString());
  }

  @Test
  void screensAndDenominations() {
    assertValueSemantics(Screen.byAvailability(0.5), Screen.byAvailability(0.5), Screen.byAvailability(0.6));
    assertEquals("Screen[availability >= 0.5]", Screen.byAvailability(0.5).toString());
    assertValueSemantics(Denominate.of(Map.of("a", "b")), Denominate.of(Map.of("a", "b")),
        Denominate.of(Map.of("a", "c")), Denominate.of(Map.of("c", "b")));
    assertEquals("Denominate{a=b}", Denominate.of(Map.of("a", "b")).toString());
    assertEquals("DataCheck", DataCheck.create().toString());
  }

  @Test
  void rankShifts() {
    Optional<Rank> first = Optional.of(Rank.of(1, 3));
    assertValueSemantics(RankShift.of("X", first, Optional.empty()), RankShift.of("X", first, Optional.empty()),
        RankShift.of("Y", first, Optional.empty()), RankShift.of("X", Optional.empty(), Optional.empty()),
        RankShift.of("X", first, first));
    assertEquals("X 1/3 -> -", RankShift.of("X", first, Optional.empty()).toString());
  }

  @Test
  void panelData() {
    IndexData d = IndexData.of(List.of("X"), List.of("a"), new double[][] {{1}});
    assertValueSemantics(PanelData.of(Map.of(2020, d)), PanelData.of(Map.of(2020, d)),
        PanelData.of(Map.of(2021, d)), PanelData.of(Map.of(2020, d, 2021, d)));
  }

  @Test
  void uncertaintyResults() {
    UncertaintyResult r = UncertaintyResult.of(List.of("X", "Y"), new int[] {1, 2}, new int[][] {{1, 2}, {2, 1}});
    assertValueSemantics(r, UncertaintyResult.of(List.of("X", "Y"), new int[] {1, 2}, new int[][] {{1, 2}, {2, 1}}),
        UncertaintyResult.of(List.of("Y", "X"), new int[] {1, 2}, new int[][] {{1, 2}, {2, 1}}),
        UncertaintyResult.of(List.of("X", "Y"), new int[] {2, 1}, new int[][] {{1, 2}, {2, 1}}),
        UncertaintyResult.of(List.of("X", "Y"), new int[] {1, 2}, new int[][] {{1, 2}, {1, 2}}));
  }
}
