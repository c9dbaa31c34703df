package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.text.TextParseException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Kills PIT's surviving mutants of {@link RankPosition}: accessors, equality, parse boundaries. */
class RankPositionMutationTest {

  @Test
  void accessorsReturnTheParts() {
    RankPosition p = RankPosition.of(3, 63, "63 tỉnh");
    assertEquals(3, p.rank());
    assertEquals(OptionalInt.of(63), p.of());
    assertEquals(Optional.of("63 tỉnh"), p.group());
    assertEquals(OptionalInt.empty(), RankPosition.of(3).of());
    assertEquals(Optional.empty(), RankPosition.of(3, 5).group());
  }

  @Test
  void equalityLooksAtEveryPart() {
    RankPosition p = RankPosition.of(3, 63, "A");
    assertEquals(p, RankPosition.of(3, 63, "A"));
    assertEquals(p.hashCode(), RankPosition.of(3, 63, "A").hashCode());
    assertNotEquals(p, RankPosition.of(4, 63, "A"));
    assertNotEquals(p, RankPosition.of(3, 64, "A"));
    assertNotEquals(p, RankPosition.of(3, 63, "B"));
    assertNotEquals(p, RankPosition.of(3, 63));
    assertFalse(p.equals("3/63 in A"));
    assertNotEquals(RankPosition.of(3, 63).hashCode(), RankPosition.of(3).hashCode());
  }

  @Test
  void textBoundaries() {
    assertEquals("3", RankPosition.of(3).toString());
    assertEquals("3/3", RankPosition.of(3, 3).toString());
    assertEquals(RankPosition.of(3, 3), RankPosition.parse("3/3"));
    assertEquals(RankPosition.of(1, 1, "x"), RankPosition.parse("1/1 in x"));
    assertEquals(RankPosition.of(123456789), RankPosition.parse("123456789"));
    assertEquals(9, assertThrows(TextParseException.class, () -> RankPosition.parse("1234567890")).getErrorIndex());
    assertEquals(2, assertThrows(TextParseException.class, () -> RankPosition.parse("3/")).getErrorIndex());
    assertEquals(0, assertThrows(TextParseException.class, () -> RankPosition.parse("/3")).getErrorIndex());
    assertEquals(1, assertThrows(TextParseException.class, () -> RankPosition.parse("3 in A")).getErrorIndex());
    assertEquals(0, assertThrows(TextParseException.class, () -> RankPosition.parse("4/3")).getErrorIndex());
    assertEquals(0, assertThrows(TextParseException.class, () -> RankPosition.parse("0")).getErrorIndex());
  }
}
