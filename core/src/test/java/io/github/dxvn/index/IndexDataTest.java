package io.github.dxvn.index;

import static io.github.dxvn.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexDataTest {

  private static final double NAN = Double.NaN;

  private static IndexData sample() {
    return IndexData.of(List.of("A", "B"), List.of("x", "y"), new double[][] {{1, NAN}, {3, 4}});
  }

  @Test
  void accessors() {
    IndexData d = sample();
    assertEquals(List.of("A", "B"), d.units());
    assertEquals(List.of("x", "y"), d.indicators());
    assertEquals(2, d.unitCount());
    assertEquals(2, d.indicatorCount());
    assertEquals(1, d.unitIndex("B"));
    assertEquals(1, d.indicatorIndex("y"));
    assertTrue(d.hasIndicator("x"));
    assertFalse(d.hasIndicator("z"));
    assertFalse(d.isPresent(0, 1));
    assertEquals(OptionalDouble.empty(), d.value("A", "y"));
    assertEquals(OptionalDouble.of(3), d.value(1, 0));
    assertArrayEquals(new double[] {NAN, 4}, d.column("y"));
    assertEquals("IndexData[2 units, 2 indicators, groups []]", d.toString());
  }

  @Test
  void arraysAreCopied() {
    double[][] v = {{1, 2}};
    IndexData d = IndexData.of(List.of("A"), List.of("x", "y"), v);
    v[0][0] = 99;
    assertEquals(OptionalDouble.of(1), d.value(0, 0));
    d.column(0)[0] = 99;
    assertEquals(OptionalDouble.of(1), d.value(0, 0));
  }

  @Test
  void copies() {
    IndexData d = sample().withGroup("region", List.of("north", "south"));
    assertEquals(Set.of("region"), d.groupNames());
    assertEquals(Optional.of(List.of("north", "south")), d.group("region"));
    assertEquals(Optional.empty(), d.group("size"));
    IndexData e = d.withColumn("z", new double[] {5, 6}).withColumn("x", new double[] {7, 8});
    assertEquals(List.of("x", "y", "z"), e.indicators());
    assertEquals(OptionalDouble.of(8), e.value("B", "x"));
    assertEquals(OptionalDouble.of(5), e.value("A", "z"));
    assertEquals(OptionalDouble.of(4), e.value("B", "y"));
    IndexData s = e.selectUnits(new int[] {1});
    assertEquals(List.of("B"), s.units());
    assertEquals(Optional.of(List.of("south")), s.group("region"));
    assertEquals(OptionalDouble.of(6), s.value("B", "z"));
    assertEquals(sample(), sample());
    assertEquals(sample().hashCode(), sample().hashCode());
    assertNotEquals(sample(), d);
  }

  @Test
  void contract() {
    assertEquals("units", assertThrows(NullPointerException.class,
        () -> IndexData.of(null, List.of(), new double[0][])).getMessage());
    assertEquals("indicators", assertThrows(NullPointerException.class,
        () -> IndexData.of(List.of(), null, new double[0][])).getMessage());
    assertEquals("values", assertThrows(NullPointerException.class,
        () -> IndexData.of(List.of(), List.of(), null)).getMessage());
    assertEquals("values[0]", assertThrows(NullPointerException.class,
        () -> IndexData.of(List.of("A"), List.of(), new double[1][])).getMessage());
    assertEquals("Invalid value for values rows (valid values 1): 0",
        assertThrows(IllegalArgumentException.class,
            () -> IndexData.of(List.of("A"), List.of("x"), new double[0][])).getMessage());
    assertEquals("Invalid value for values[0] length (valid values 1): 2",
        assertThrows(IllegalArgumentException.class,
            () -> IndexData.of(List.of("A"), List.of("x"), new double[1][2])).getMessage());
    assertEquals("Invalid value for values[0][0] (valid values finite, or NaN for missing):"
        + " Infinity", assertThrows(IllegalArgumentException.class, () -> IndexData.of(
            List.of("A"), List.of("x"), new double[][] {{Double.POSITIVE_INFINITY}}))
            .getMessage());
    assertEquals("Invalid value for units (valid values unique codes): duplicate A",
        assertThrows(IllegalArgumentException.class,
            () -> IndexData.of(List.of("A", "A"), List.of(), new double[2][0])).getMessage());
    assertEquals("Invalid value for indicators[0] (valid values non-empty codes): \"\"",
        assertThrows(IllegalArgumentException.class,
            () -> IndexData.of(List.of(), List.of(""), new double[0][])).getMessage());
    assertEquals("Invalid value for unit (valid values A, B): C",
        assertThrows(IllegalArgumentException.class, () -> sample().unitIndex("C"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> sample().indicatorIndex("z"));
    assertThrows(IndexOutOfBoundsException.class, () -> sample().value(2, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> sample().column(5));
    assertThrows(IllegalArgumentException.class,
        () -> sample().withGroup("g", List.of("only one")));
    assertThrows(IllegalArgumentException.class, () -> sample().withColumn("z", new double[1]));
    assertThrows(IndexOutOfBoundsException.class, () -> sample().selectUnits(new int[] {2}));
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> sample().withGroup(null, List.of())).getMessage());
    assertEquals("labels", assertThrows(NullPointerException.class,
        () -> sample().withGroup("g", null)).getMessage());
    assertEquals("column", assertThrows(NullPointerException.class,
        () -> sample().withColumn("z", null)).getMessage());
    assertEquals("unitIndices", assertThrows(NullPointerException.class,
        () -> sample().selectUnits(null)).getMessage());
  }

  @Test
  void valueSemantics() {
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
  void replacedColumnsMustBeFinite() {
    IndexData d = sample();
    assertEquals("Invalid value for values[1][0] (valid values finite, or NaN for missing): Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> d.withColumn("x", new double[] {1, Double.POSITIVE_INFINITY})).getMessage());
    assertEquals("Invalid value for values[0][2] (valid values finite, or NaN for missing): -Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> d.withColumn("z", new double[] {Double.NEGATIVE_INFINITY, 1})).getMessage());
    // a denominator step whose quotient overflows
    IndexData big = IndexData.of(List.of("A"), List.of("x", "pop"), new double[][] {{1e300, 1e-300}});
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1)).build();
    assertEquals("Invalid value for values[0][0] (valid values finite, or NaN for missing): Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> Denominate.of(java.util.Map.of("x", "pop")).apply(big, f)).getMessage());
  }

  @Test
  void groupLabelsMustNotBeNull() {
    assertEquals("labels[1]", assertThrows(NullPointerException.class,
        () -> sample().withGroup("g", java.util.Arrays.asList("a", null))).getMessage());
  }

  @Test
  void unknownCodeMessagesListUpToEightCodes() {
    List<String> eight = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    IndexData d8 = IndexData.of(List.of("U"), eight, new double[][] {new double[8]});
    assertEquals("Invalid value for indicator (valid values a, b, c, d, e, f, g, h): z",
        assertThrows(IllegalArgumentException.class, () -> d8.indicatorIndex("z")).getMessage());
    List<String> nine = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    IndexData d9 = IndexData.of(nine, List.of("x"), new double[9][1]);
    assertEquals("Invalid value for unit (valid values a, b, c, d, e, f, g, h, ... (9 codes)): z",
        assertThrows(IllegalArgumentException.class, () -> d9.unitIndex("z")).getMessage());
  }
}
