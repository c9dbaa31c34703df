package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dxvn.text.TextParseException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankPositionTest {

  @Test
  void parsesTheSeedsRanks() {
    assertEquals(RankPosition.of(6, 19), RankPosition.parse("6/19"));
    assertEquals(OptionalInt.of(19), RankPosition.parse("6/19").of());
    assertEquals(RankPosition.of(26), RankPosition.parse("26"));
    assertEquals(RankPosition.of(4, 19, "Central and Central Highlands"),
        RankPosition.parse("4/19 in Central and Central Highlands"));
  }

  @Test
  void rejectsRanksOutsideTheGroup() {
    assertEquals("Invalid value for rank (valid values 1 - 19): 20 of 19",
        assertThrows(IllegalArgumentException.class, () -> RankPosition.of(20, 19)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RankPosition.of(0));
    assertThrows(IllegalArgumentException.class, () -> RankPosition.of(1, 2, " "));
    assertThrows(NullPointerException.class, () -> RankPosition.of(1, 2, null));
    assertThrows(NullPointerException.class, () -> RankPosition.parse(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''|0", "0|0", "x|0", "6/|2", "6/x|2", "20/19|0", "6 in G|1",
      "6/19 in|4", "1234567890|9", "-1|0"})
  void rejectsBadTextWithItsIndex(String text, int index) {
    TextParseException e = assertThrows(TextParseException.class, () -> RankPosition.parse(text));
    assertEquals(index, e.getErrorIndex(), e.getMessage());
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 5000),
            strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .check((rank, extra, group) -> {
          RankPosition p = group.isBlank() ? RankPosition.of(rank, rank + extra)
              : RankPosition.of(rank, rank + extra, group);
          return RankPosition.parse(p.toString()).equals(p);
        });
  }

  /** Each rejected text with its error index and reason. */
  @Test
  void errorMessagesGiveIndexAndReason() {
    String[][] cases = {
      {"", "0", "expected a whole number"},
      {" in Tây Nguyên", "0", "expected a whole number"},
      {"/5", "0", "expected a whole number"},
      {"3/", "2", "expected a whole number"},
      {"1/5 in  ", "7", "empty group"},
      {"3 in A", "1", "a group needs a group size: r/n in GROUP"},
      {"4/3", "0", "rank 4 is above the group size 3"},
    };
    for (String[] c : cases) {
      TextParseException e = assertThrows(TextParseException.class, () -> RankPosition.parse(c[0]), c[0]);
      assertEquals("Text '" + c[0] + "' could not be parsed at index " + c[1] + ": " + c[2], e.getMessage());
      assertEquals(Integer.parseInt(c[1]), e.getErrorIndex());
    }
  }

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
