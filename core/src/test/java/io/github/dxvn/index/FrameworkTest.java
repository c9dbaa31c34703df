package io.github.dxvn.index;

import static io.github.dxvn.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  static Framework small() {
    return Framework.builder()
        .node(Node.root("I"))
        .node(Node.of("P1", "I", 1)).node(Node.of("P2", "I", 3))
        .node(Node.of("a", "P1", 2)).node(Node.of("b", "P1", 1))
        .node(Node.builder().code("c").parent("P2").polarity(Polarity.LOWER_IS_BETTER).build())
        .build();
  }

  static IndexData data() {
    return IndexData.of(List.of("X", "Y", "Z"), List.of("a", "b", "c"),
        new double[][] {{1, 10, 5}, {2, 30, 1}, {3, Double.NaN, 3}});
  }

  @Test
  void structure() {
    Framework f = small();
    assertEquals(List.of("a", "b", "c"), f.indicators());
    assertEquals(List.of("I"), f.roots());
    assertEquals(List.of("a", "b"), f.children("P1"));
    assertEquals(List.of(), f.children("a"));
    assertTrue(f.isIndicator("c"));
    assertFalse(f.isIndicator("P2"));
    assertEquals(1, f.level("a"));
    assertEquals(2, f.level("P1"));
    assertEquals(3, f.level("I"));
    assertEquals(3, f.levelCount());
    assertEquals(Optional.empty(), f.node("nope"));
    assertEquals("P1", f.node("a").orElseThrow().parent().orElseThrow());
    assertEquals(Normalisation.minMax(0, 100), f.normalisation("a"));
    assertEquals(Aggregation.arithmetic(), f.aggregation("I"));
    assertEquals("Framework[6 nodes, 3 indicators, roots [I], MIN_MAX[0.0, 100.0], ARITHMETIC]",
        f.toString());
  }

  @Test
  void settingsPerLevelAndPerNode() {
    Framework f = Framework.builder().node(Node.root("I"))
        .node(Node.builder().code("P").parent("I").aggregation(Aggregation.harmonic()).build())
        .node(Node.of("Q", "I", 1))
        .node(Node.builder().code("a").parent("P").normalisation(Normalisation.rank()).build())
        .node(Node.of("b", "Q", 1))
        .aggregation(2, Aggregation.geometric()).aggregation(Aggregation.power(2))
        .normalisation(Normalisation.zScore()).build();
    assertEquals(Aggregation.harmonic(), f.aggregation("P"));
    assertEquals(Aggregation.geometric(), f.aggregation("Q"));
    assertEquals(Aggregation.power(2), f.aggregation("I"));
    assertEquals(Normalisation.rank(), f.normalisation("a"));
    assertEquals(Normalisation.zScore(), f.normalisation("b"));
    assertEquals(Map.of(2, Aggregation.geometric()), f.levelAggregations());
    assertEquals(Aggregation.power(2), f.defaultAggregation());
    assertEquals(Normalisation.zScore(), f.defaultNormalisation());
  }

  @Test
  void effectiveWeights() {
    Map<String, Double> w = small().effectiveWeights();
    assertEquals(1.0, w.get("I"));
    assertEquals(0.25, w.get("P1"), 1e-12);
    assertEquals(0.75, w.get("P2"), 1e-12);
    assertEquals(0.25 * 2 / 3, w.get("a"), 1e-12);
    assertEquals(0.75, w.get("c"), 1e-12);
  }

  @Test
  void computeScoresAndRanks() {
    IndexResult r = small().compute(data());
    // a: 0, 50, 100; b: 0, 100, missing; c (lower is better): 0, 100, 50
    assertEquals(OptionalDouble.of(50), r.score("Y", "a"));
    assertEquals(OptionalDouble.empty(), r.score("Z", "b"));
    assertFalse(r.isPresent("Z", "b"));
    assertEquals(100, r.score("Y", "c").orElseThrow(), 1e-12);
    // P1(Y) = (2*50 + 100)/3; P1(Z) = 100 (b missing, weights renormalised)
    assertEquals(200 / 3.0, r.score("Y", "P1").orElseThrow(), 1e-12);
    assertEquals(100, r.score("Z", "P1").orElseThrow(), 1e-12);
    assertEquals(0.25 * 200 / 3.0 + 0.75 * 100, r.score("Y", "I").orElseThrow(), 1e-12);
    assertEquals(Optional.of(Rank.of(1, 3)), r.rank("Y", "I"));
    assertEquals(Optional.empty(), r.rank("Z", "b"));
    assertEquals(2, r.ranking("b").rankedCount());
    assertEquals(-1.0, r.scores("b", -1)[2]);
    assertEquals(List.of("X", "Y", "Z"), r.units());
    assertEquals(small(), r.framework());
    assertEquals(3, r.ranking("a", Ranker.competition().withRoundingTo(0)).rankedCount());
    assertEquals("IndexResult[3 units, 6 nodes]", r.toString());
    assertEquals(List.of(Optional.of(Rank.of(2, 2)), Optional.of(Rank.of(1, 1)),
        Optional.of(Rank.of(1, 2))), List.of(r.rankingWithin("I", List.of("n", "s", "n")).rank(0),
        r.rankingWithin("I", List.of("n", "s", "n")).rank(1),
        r.rankingWithin("I", List.of("n", "s", "n")).rank(2)));
  }

  @Test
  void rankShifts() {
    IndexResult before = small().compute(data());
    IndexData changed = IndexData.of(List.of("Z", "X", "W"), List.of("a", "b", "c"),
        new double[][] {{9, 9, 0}, {1, 10, 5}, {2, 2, 2}});
    IndexResult after = small().compute(changed);
    List<RankShift> shifts = after.rankShifts(before, "I");
    assertEquals(3, shifts.size());
    RankShift z = shifts.get(0);
    assertEquals("Z", z.unit());
    assertEquals(Optional.of(Rank.of(2, 3)), z.before());
    assertEquals(Optional.of(Rank.of(1, 3)), z.after());
    assertEquals(OptionalDouble.of(1), z.shift());
    assertEquals(OptionalDouble.empty(), shifts.get(2).shift());
    assertEquals("W - -> 2/3", shifts.get(2).toString());
    assertEquals(RankShift.of("W", Optional.empty(), Optional.of(Rank.of(2, 3))), shifts.get(2));
  }

  @Test
  void validationListsEveryProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Framework.builder().node(Node.root("I")).node(Node.of("a", "X", 1))
            .node(Node.of("a", "I", 1)).build());
    assertEquals("Invalid value for nodes (valid values a forest of uniquely coded nodes): "
        + "duplicate code a; parent X of a does not exist", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Framework.builder()
        .node(Node.of("a", "b", 1)).node(Node.of("b", "a", 1)).build());
    assertEquals("Invalid value for nodes (valid values a forest of uniquely coded nodes): "
        + "cycle through a", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Framework.builder().build());
    assertThrows(IllegalArgumentException.class,
        () -> Framework.builder().aggregation(1, Aggregation.arithmetic()));
  }

  @Test
  void computeNeedsEveryIndicator() {
    IndexData d = IndexData.of(List.of("X"), List.of("a"), new double[][] {{1}});
    assertEquals("Invalid value for data (valid values data with every indicator of the"
        + " framework): missing b, c",
        assertThrows(IllegalArgumentException.class, () -> small().compute(d)).getMessage());
  }

  @Test
  void unknownCodes() {
    IndexResult r = small().compute(data());
    assertThrows(IllegalArgumentException.class, () -> r.score("Q", "I"));
    assertThrows(IllegalArgumentException.class, () -> r.score("X", "Q"));
    assertThrows(IllegalArgumentException.class, () -> small().level("Q"));
  }

  @Test
  void fromMeta() {
    List<MetaRow> rows = List.of(
        MetaRow.builder().level(2).code("I").type(MetaType.AGGREGATE).build(),
        MetaRow.builder().level(1).code("a").parent("I").weight(2).type(MetaType.INDICATOR)
            .polarity(Polarity.LOWER_IS_BETTER).build(),
        MetaRow.builder().level(1).code("b").parent("I").type(MetaType.INDICATOR).build(),
        MetaRow.builder().code("GDP").type(MetaType.DENOMINATOR).build());
    Framework f = Framework.fromMeta(rows);
    assertEquals(List.of("a", "b"), f.indicators());
    assertEquals(Polarity.LOWER_IS_BETTER, f.node("a").orElseThrow().polarity());
    assertEquals(2.0, f.node("a").orElseThrow().weight());
    assertEquals(1.0, f.node("b").orElseThrow().weight());
    assertEquals("a", f.node("a").orElseThrow().name());
    List<MetaRow> bad = List.of(
        MetaRow.builder().level(3).code("I").type(MetaType.AGGREGATE).build(),
        MetaRow.builder().level(1).code("a").parent("I").type(MetaType.INDICATOR).build());
    assertEquals("Invalid value for rows (valid values consistent levels): I has level 3 but sits"
        + " at level 2", assertThrows(IllegalArgumentException.class,
            () -> Framework.fromMeta(bad)).getMessage());
  }

  @Test
  void contract() {
    assertEquals("node", assertThrows(NullPointerException.class,
        () -> Framework.builder().node(null)).getMessage());
    assertEquals("nodes", assertThrows(NullPointerException.class,
        () -> Framework.builder().nodes(null)).getMessage());
    assertEquals("normalisation", assertThrows(NullPointerException.class,
        () -> Framework.builder().normalisation(null)).getMessage());
    assertEquals("aggregation", assertThrows(NullPointerException.class,
        () -> Framework.builder().aggregation(null)).getMessage());
    assertEquals("aggregation", assertThrows(NullPointerException.class,
        () -> Framework.builder().aggregation(2, null)).getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> small().compute(null)).getMessage());
    assertEquals("rows", assertThrows(NullPointerException.class,
        () -> Framework.fromMeta(null)).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> small().node(null)).getMessage());
    assertEquals("groups", assertThrows(NullPointerException.class,
        () -> small().compute(data()).rankingWithin("I", null)).getMessage());
    assertEquals("unit", assertThrows(NullPointerException.class,
        () -> RankShift.of(null, Optional.empty(), Optional.empty())).getMessage());
    assertEquals("before", assertThrows(NullPointerException.class,
        () -> RankShift.of("u", null, Optional.empty())).getMessage());
    assertEquals("after", assertThrows(NullPointerException.class,
        () -> RankShift.of("u", Optional.empty(), null)).getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> DataReport.of(null, List.of())).getMessage());
    assertEquals("indicators", assertThrows(NullPointerException.class,
        () -> DataReport.of(data(), null)).getMessage());
    assertEquals("before", assertThrows(NullPointerException.class,
        () -> small().compute(data()).rankShifts(null, "I")).getMessage());
  }

  private static Framework framework(Normalisation n, Aggregation a, String leaf) {
    return Framework.builder().node(Node.root("I")).node(Node.of(leaf, "I", 1)).node(Node.of("b", "I", 1))
        .normalisation(n).aggregation(a).build();
  }

  @Test
  void valueSemantics() {
    Framework f = framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "a");
    assertValueSemantics(f, framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "a"),
        framework(Normalisation.minMax(0, 1), Aggregation.arithmetic(), "a"),
        framework(Normalisation.minMax(0, 100), Aggregation.geometric(), "a"),
        framework(Normalisation.minMax(0, 100), Aggregation.arithmetic(), "c"),
        Framework.builder().nodes(f.nodes()).normalisation(Normalisation.minMax(0, 100))
            .aggregation(Aggregation.arithmetic()).aggregation(2, Aggregation.geometric()).build(),
        Framework.builder().node(Node.root("I")).build());
    assertValueSemantics(small(), small());
  }

  @Test
  void fromMetaChecksIndicatorLevelsAndLeavesOnly() {
    MetaRow root = MetaRow.builder().level(2).code("I").type(MetaType.AGGREGATE).build();
    List<MetaRow> indicatorAtWrongLevel = List.of(root,
        MetaRow.builder().level(2).code("a").parent("I").type(MetaType.INDICATOR).build());
    assertEquals("Invalid value for rows (valid values consistent levels): a has level 2 but sits"
        + " at level 1", assertThrows(IllegalArgumentException.class,
            () -> Framework.fromMeta(indicatorAtWrongLevel)).getMessage());
    List<MetaRow> indicatorWithChildren = List.of(
        MetaRow.builder().code("I").type(MetaType.AGGREGATE).build(),
        MetaRow.builder().code("a").parent("I").type(MetaType.INDICATOR).build(),
        MetaRow.builder().code("a1").parent("a").type(MetaType.INDICATOR).build());
    assertEquals("Invalid value for rows (valid values consistent levels): indicator a has children",
        assertThrows(IllegalArgumentException.class,
            () -> Framework.fromMeta(indicatorWithChildren)).getMessage());
    // a level on a row that is no node (a group or denominator column) is not checked
    Framework f = Framework.fromMeta(List.of(root,
        MetaRow.builder().level(1).code("a").parent("I").type(MetaType.INDICATOR).build(),
        MetaRow.builder().level(1).code("region").type(MetaType.GROUP).build(),
        MetaRow.builder().level(5).code("GDP").type(MetaType.DENOMINATOR).build()));
    assertEquals(List.of("a"), f.indicators());
  }

  @Test
  void childrenWhoseWeightsSumToZeroHaveEffectiveWeightZero() {
    Framework f = Framework.builder().node(Node.root("I"))
        .node(Node.of("P", "I", 1)).node(Node.of("Q", "I", 1))
        .node(Node.of("a", "P", 0)).node(Node.of("b", "P", 0)).node(Node.of("c", "Q", 1)).build();
    Map<String, Double> w = f.effectiveWeights();
    assertEquals(0.0, w.get("a"));
    assertEquals(0.0, w.get("b"));
    assertEquals(0.5, w.get("c"), 1e-12);
  }
}
