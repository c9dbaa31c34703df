package io.github.dxvn.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankTest {

  @Test
  void wholeRank() {
    Rank r = Rank.of(6, 19);
    assertEquals(6.0, r.position());
    assertEquals(19, r.outOf());
    assertTrue(r.isWhole());
    assertEquals(6, r.toInt());
    assertEquals("6/19", r.toString());
    assertEquals(r, Rank.parse("6/19"));
    assertFalse(r.isFirst());
    assertTrue(Rank.of(1, 1).isFirst());
  }

  @Test
  void halfRank() {
    Rank r = Rank.of(2.5, 4);
    assertFalse(r.isWhole());
    assertEquals("2.5/4", r.toString());
    assertEquals(r, Rank.parse("2.5/4"));
    assertThrows(ArithmeticException.class, r::toInt);
  }

  @Test
  void ordersByPosition() {
    assertTrue(Rank.of(1, 5).compareTo(Rank.of(2, 5)) < 0);
    assertTrue(Rank.of(2, 5).compareTo(Rank.of(2, 6)) < 0);
    assertEquals(Rank.of(2, 5).hashCode(), Rank.of(2.0, 5).hashCode());
  }

  @Test
  void rejectsInvalidValues() {
    assertEquals("Invalid value for outOf (valid values 1 - 2147483647): 0",
        assertThrows(IllegalArgumentException.class, () -> Rank.of(1, 0)).getMessage());
    assertEquals("Invalid value for position (valid values 1 - 3 in steps of 0.5): 4.0",
        assertThrows(IllegalArgumentException.class, () -> Rank.of(4, 3)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rank.of(0, 3));
    assertThrows(IllegalArgumentException.class, () -> Rank.of(1.25, 3));
    assertThrows(IllegalArgumentException.class, () -> Rank.of(Double.NaN, 3));
  }

  @Test
  void parseRejectsNull() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> Rank.parse(null))
        .getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "6|1", "/19|0", "x/19|0", "6/|2", "6/x|2", "6/19x|2", "2.25/4|0", "0/19|0", "20/19|0",
      "6/1234567890|2", "-1/3|0", "6/1/|2", "6/:|2", ":/3|0", "6/19:|2", "2./4|0", ".5/4|0", "2.55/4|0",
      "2.5.5/9|0", "1234567890/1234567890|0", "1234567890.5/9|0"})
  void parseRejectsBadText(String text, int errorIndex) {
    TextParseException e = assertThrows(TextParseException.class, () -> Rank.parse(text));
    assertEquals(errorIndex, e.getErrorIndex());
    assertEquals(text, e.getParsedString());
  }

  /** Rejected texts with their index and reason; nine digits are the most a part may have. */
  @Test
  void parseLimitsAndMessages() {
    String[][] bad = {
      {"1/", "2", "expected a count"},
      {"1/x", "2", "expected a count"},
      {"1/:", "2", "expected a count"},
      {"1/1234567890", "2", "expected a count"},
      {"1234567890/1234567891", "0", "expected a position"},
      {"1234567890.5/1234567891", "0", "expected a position"},
      {".5/4", "0", "expected a position"},
      {"2.55/4", "0", "expected a position"},
    };
    for (String[] b : bad) {
      TextParseException e = assertThrows(TextParseException.class, () -> Rank.parse(b[0]), b[0]);
      assertEquals("Text '" + b[0] + "' could not be parsed at index " + b[1] + ": " + b[2], e.getMessage());
    }
    assertEquals(Rank.of(9, 9), Rank.parse("9/9"));
    assertEquals(Rank.of(1, 123456789), Rank.parse("1/123456789"));
    assertEquals(Rank.of(123456789, 999999999), Rank.parse("123456789/999999999"));
    assertEquals(Rank.of(123456788.5, 999999999), Rank.parse("123456788.5/999999999"));
  }

  @Test
  void equalityAndHash() {
    Rank r = Rank.of(2.5, 4);
    assertEquals(r, Rank.parse("2.5/4"));
    assertEquals(r.hashCode(), Rank.parse("2.5/4").hashCode());
    assertNotEquals(r, Rank.of(2.5, 5));
    assertNotEquals(r, Rank.of(3, 4));
    assertNotEquals(r.hashCode(), Rank.of(2.5, 5).hashCode());
    assertNotEquals(r, "2.5/4");
  }

  @Test
  void zeroIsADigit() {
    assertEquals(Rank.of(10, 20), Rank.parse("10/20"));
  }
}
