package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationTest {

  private static final double NAN = Double.NaN;
  private static final String[] C = {"a", "b", "c"};

  private static double agg(Aggregation a, double[] v, double[] w) {
    return a.aggregate(v, w, v.length, "node", "unit", C);
  }

  @Test
  void means() {
    double[] v = {1, 4, 16};
    double[] w = {1, 1, 1};
    assertEquals(7, agg(Aggregation.arithmetic(), v, w), 1e-12);
    assertEquals(4, agg(Aggregation.geometric(), v, w), 1e-12);
    assertEquals(3 / (1 + 0.25 + 1 / 16.0), agg(Aggregation.harmonic(), v, w), 1e-12);
    assertEquals(Math.sqrt((1 + 16 + 256) / 3.0), agg(Aggregation.power(2), v, w), 1e-12);
    assertEquals(Aggregation.geometric(), Aggregation.power(0));
    assertEquals(Aggregation.harmonic(), Aggregation.power(-1));
    assertEquals(Aggregation.arithmetic(), Aggregation.power(1));
  }

  @Test
  void weightsRenormalisedOverPresentValues() {
    assertEquals(4, agg(Aggregation.arithmetic(), new double[] {NAN, 4, NAN},
        new double[] {5, 2, 1}), 1e-12);
    assertEquals(3, agg(Aggregation.arithmetic(), new double[] {NAN, 4, 2},
        new double[] {5, 1, 1}), 1e-12);
    assertTrue(Double.isNaN(agg(Aggregation.arithmetic(), new double[] {NAN, NAN, NAN},
        new double[] {1, 1, 1})));
    assertTrue(Double.isNaN(agg(Aggregation.arithmetic(), new double[] {1, NAN, NAN},
        new double[] {0, 1, 1})));
  }

  @Test
  void minimumAvailability() {
    Aggregation a = Aggregation.arithmetic().withMinimumAvailability(2 / 3.0);
    assertTrue(Double.isNaN(agg(a, new double[] {1, NAN, NAN}, new double[] {1, 1, 1})));
    assertEquals(1.5, agg(a, new double[] {1, 2, NAN}, new double[] {1, 1, 1}), 1e-12);
    assertEquals(2 / 3.0, a.minimumAvailability());
  }

  @Test
  void geometricOverZeroNamesNodeUnitAndChild() {
    IndexComputationException e = assertThrows(IndexComputationException.class,
        () -> agg(Aggregation.geometric(), new double[] {1, 0, 2}, new double[] {1, 1, 1}));
    assertEquals("Cannot compute node node for unit unit: GEOMETRIC needs positive values; child b"
        + " is 0.0", e.getMessage());
    assertEquals("node", e.getNode());
    assertEquals("unit", e.getUnit());
    assertThrows(IndexComputationException.class,
        () -> agg(Aggregation.harmonic(), new double[] {1, -1, 2}, new double[] {1, 1, 1}));
    assertThrows(IndexComputationException.class,
        () -> agg(Aggregation.power(-2), new double[] {1, 0, 2}, new double[] {1, 1, 1}));
    assertThrows(IndexComputationException.class,
        () -> agg(Aggregation.power(0.5), new double[] {1, -1, 2}, new double[] {1, 1, 1}));
  }

  @Test
  void frameworkReportsNodeAndUnit() {
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("a", "I", 1))
        .node(Node.of("b", "I", 1)).aggregation(Aggregation.geometric())
        .normalisation(Normalisation.none()).build();
    IndexData d = IndexData.of(List.of("VN", "LA"), List.of("a", "b"),
        new double[][] {{1, 2}, {0, 3}});
    IndexComputationException e =
        assertThrows(IndexComputationException.class, () -> f.compute(d));
    assertEquals("I", e.getNode());
    assertEquals("LA", e.getUnit());
  }

  @Test
  void valueSemantics() {
    assertEquals("GEOMETRIC", Aggregation.geometric().toString());
    assertEquals("ARITHMETIC[availability 0.5]",
        Aggregation.arithmetic().withMinimumAvailability(0.5).toString());
    assertEquals("POWER[p=2.0]", Aggregation.power(2).toString());
    assertEquals("POWER[p=2.0, availability 0.5]",
        Aggregation.power(2).withMinimumAvailability(0.5).toString());
    assertEquals(AggregationMethod.POWER, Aggregation.power(3).method());
    assertEquals(3, Aggregation.power(3).power());
    assertNotEquals(Aggregation.arithmetic(), Aggregation.geometric());
    assertEquals(Aggregation.power(2).hashCode(), Aggregation.power(2).hashCode());
  }

  @Test
  void contract() {
    assertEquals("Invalid value for p (valid values finite numbers): NaN",
        assertThrows(IllegalArgumentException.class, () -> Aggregation.power(NAN)).getMessage());
    assertEquals("Invalid value for share (valid values 0 - 1): 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> Aggregation.arithmetic().withMinimumAvailability(1.5)).getMessage());
  }

  @Test
  void availabilityFromZeroToOneEqualityAndHash() {
    assertEquals(0.0, Aggregation.arithmetic().withMinimumAvailability(0).minimumAvailability());
    assertEquals(1.0, Aggregation.arithmetic().withMinimumAvailability(1).minimumAvailability());
    Aggregation a = Aggregation.arithmetic();
    assertEquals(a, a);
    assertNotEquals(a, "arithmetic");
    assertEquals(a.hashCode(), Aggregation.arithmetic().hashCode());
    assertNotEquals(a.hashCode(), Aggregation.geometric().hashCode());
    assertNotEquals(a.hashCode(), a.withMinimumAvailability(0.5).hashCode());
  }

  @Test
  void harmonicMeanRejectsAZeroChild() {
    IndexComputationException e = assertThrows(IndexComputationException.class,
        () -> agg(Aggregation.harmonic(), new double[] {0, 4, 16}, new double[] {1, 1, 1}));
    assertTrue(e.getMessage().endsWith("HARMONIC needs positive values; child a is 0.0"), e::getMessage);
  }

  @Test
  void presentChildrenOfZeroWeightGiveAMissingScoreBeforeAnyDomainCheck() {
    // the weights of the present children sum to 0: the score is missing, whatever the values
    for (Aggregation a : List.of(Aggregation.geometric(), Aggregation.harmonic(),
        Aggregation.power(-2), Aggregation.arithmetic())) {
      assertTrue(Double.isNaN(agg(a, new double[] {0, NAN, -1}, new double[] {0, 1, 0})),
          a::toString);
    }
  }
}
