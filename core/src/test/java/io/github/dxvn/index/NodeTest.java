package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.indicator.Polarity;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NodeTest {

  @Test
  void defaults() {
    Node n = Node.of("a", "P", 2);
    assertEquals("a", n.code());
    assertEquals("a", n.name());
    assertEquals(Optional.of("P"), n.parent());
    assertEquals(2.0, n.weight());
    assertEquals(Polarity.HIGHER_IS_BETTER, n.polarity());
    assertEquals(Optional.empty(), n.normalisation());
    assertEquals(Optional.empty(), n.aggregation());
    assertEquals(Optional.empty(), Node.root("I").parent());
    assertEquals(1.0, Node.root("I").weight());
  }

  @Test
  void contract() {
    assertEquals("code", assertThrows(NullPointerException.class, () -> Node.of(null, "P", 1))
        .getMessage());
    assertEquals("parent", assertThrows(NullPointerException.class, () -> Node.of("a", null, 1))
        .getMessage());
    assertEquals("code", assertThrows(NullPointerException.class, () -> Node.root(null))
        .getMessage());
    assertEquals("Invalid value for weight of a (valid values finite and >= 0): -1.0",
        assertThrows(IllegalArgumentException.class, () -> Node.of("a", "P", -1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Node.of("a", "P", Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Node.of("a", "P", Double.POSITIVE_INFINITY));
    assertEquals("Invalid value for code (valid values non-empty): \"\"",
        assertThrows(IllegalArgumentException.class, () -> Node.root("")).getMessage());
    assertEquals("Invalid value for parent of a (valid values another node): a",
        assertThrows(IllegalArgumentException.class, () -> Node.of("a", "a", 1)).getMessage());
  }

  @Test
  void metaRow() {
    MetaRow r = MetaRow.builder().level(1).code("LPI").parent("Physical").weight(1)
        .type(MetaType.INDICATOR).target(4.1).denominator("GDP").unit("Score").build();
    assertEquals("LPI", r.name());
    assertEquals(OptionalInt.of(1), r.level());
    assertEquals(OptionalDouble.of(4.1), r.target());
    assertEquals(Optional.of("GDP"), r.denominator());
    assertEquals(Optional.empty(), r.polarity());
    assertThrows(IllegalArgumentException.class,
        () -> MetaRow.builder().level(0).code("a").type(MetaType.INDICATOR).build());
    assertThrows(IllegalArgumentException.class,
        () -> MetaRow.builder().code("").type(MetaType.INDICATOR).build());
    assertThrows(IllegalArgumentException.class,
        () -> MetaRow.builder().code("a").weight(-1).type(MetaType.INDICATOR).build());
    assertThrows(IllegalArgumentException.class,
        () -> MetaRow.builder().code("a").target(Double.NaN).type(MetaType.INDICATOR).build());
    assertThrows(IllegalStateException.class, () -> MetaRow.builder().code("a").build());
    assertEquals(MetaType.DENOMINATOR, MetaType.fromCoinr("Denominator"));
    assertEquals(MetaType.GROUP, MetaType.fromCoinr(" group "));
    assertEquals("Invalid value for type (valid values Indicator, Aggregate, Group, Denominator,"
        + " Other): Weight", assertThrows(IllegalArgumentException.class,
            () -> MetaType.fromCoinr("Weight")).getMessage());
  }

  @Test
  void aZeroWeightIsAllowed() {
    assertEquals(0.0, Node.of("x", "I", 0).weight());
    assertEquals(0.0, MetaRow.builder().code("x").type(MetaType.INDICATOR).parent("I").weight(0).build().weight().getAsDouble());
    assertThrows(IllegalArgumentException.class, () -> Node.of("x", "I", -0.001));
  }

  @Test
  void stepsCompareByTheirSetting() {
    Screen s = Screen.byAvailability(0.5);
    assertEquals(0.0, Screen.byAvailability(0).threshold());
    assertEquals(1.0, Screen.byAvailability(1).threshold());
    assertEquals(s, Screen.byAvailability(0.5));
    assertEquals(s.hashCode(), Screen.byAvailability(0.5).hashCode());
    assertNotEquals(s, Screen.byAvailability(0.6));
    assertNotEquals(s.hashCode(), Screen.byAvailability(0.6).hashCode());
    assertNotEquals(s, "Screen");
    assertEquals("Screen[availability >= 0.5]", s.toString());
    Denominate d = Denominate.of(java.util.Map.of("x", "pop"));
    assertEquals(d, Denominate.of(java.util.Map.of("x", "pop")));
    assertEquals(d.hashCode(), Denominate.of(java.util.Map.of("x", "pop")).hashCode());
    assertNotEquals(d, Denominate.of(java.util.Map.of("x", "area")));
    assertNotEquals(d.hashCode(), Denominate.of(java.util.Map.of("x", "area")).hashCode());
    assertNotEquals(d, "Denominate");
    assertEquals("Denominate{x=pop}", d.toString());
    RankShift r = RankShift.of("A", java.util.Optional.of(io.github.dxvn.ranking.Rank.of(1, 2)),
        java.util.Optional.of(io.github.dxvn.ranking.Rank.of(2, 2)));
    assertEquals(r, r);
    assertEquals(r, RankShift.of("A", java.util.Optional.of(io.github.dxvn.ranking.Rank.of(1, 2)),
        java.util.Optional.of(io.github.dxvn.ranking.Rank.of(2, 2))));
    assertEquals(r.hashCode(), RankShift.of("A", java.util.Optional.of(io.github.dxvn.ranking.Rank.of(1, 2)),
        java.util.Optional.of(io.github.dxvn.ranking.Rank.of(2, 2))).hashCode());
    assertNotEquals(r, RankShift.of("B", r.before(), r.after()));
    assertNotEquals(r, RankShift.of("A", r.after(), r.after()));
    assertNotEquals(r, RankShift.of("A", r.before(), r.before()));
    assertNotEquals(r.hashCode(), RankShift.of("B", r.before(), r.after()).hashCode());
    assertNotEquals(r, "A");
  }
}
