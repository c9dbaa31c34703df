package io.github.dxvn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberFormatTest {

  private static final VietnameseNumberFormat STRICT = VietnameseNumberFormat.strict();
  private static final VietnameseNumberFormat LENIENT = VietnameseNumberFormat.lenient();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4.327|4327|false",
        "99,53%|99.53|true",
        "99,530%|99.53|true",
        "113.335|113335|false",
        "1.234.567,5|1234567.5|false",
        "4327|4327|false",
        "007|7|false",
        "0|0|false",
        "0,5|0.5|false",
        "-1.234,5|-1234.5|false",
        "+12|12|false",
        "\u22123,5|-3.5|false",
        "'  4.327  '|4327|false",
        "'99,53 %'|99.53|true",
        "1\u00a0234\u00a0567,25|1234567.25|false",
        "1\u202f234|1234|false",
        "1.000|1000|false",
        "100|100|false",
        "-0|0|false",
        "0,000|0|false",
        "123456789012345678901234,5|123456789012345678901234.5|false",
      })
  void strictReadsVietnameseNumbers(String text, BigDecimal value, boolean percent) {
    ParsedNumber parsed = STRICT.parse(text);
    assertEquals(ParsedNumber.of(value, percent, List.of()), parsed);
    assertEquals(value.stripTrailingZeros().toPlainString(), parsed.value().toPlainString());
    assertTrue(parsed.value().scale() >= 0);
    assertEquals(parsed, LENIENT.parse(text));
    assertEquals(parsed.value(), STRICT.parseDecimal(text));
    assertEquals(value.doubleValue(), STRICT.parseDouble(text));
  }

  @Test
  void canonicalValueHasNoExponentAndIgnoresTrailingZeros() {
    assertEquals("1000", STRICT.parseDecimal("1.000").toString());
    assertEquals(STRICT.parseDecimal("99,53"), STRICT.parseDecimal("99,530"));
    assertEquals("99.53%", STRICT.parse("99,530%").toString());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "vietnamese-number-bad-texts.csv", useHeadersInDisplayName = true)
  void strictRejectsWithIndex(String text, int errorIndex, String lenientValue) {
    String input = text == null ? "" : text;
    TextParseException e = assertThrows(TextParseException.class, () -> STRICT.parse(input));
    assertEquals(errorIndex, e.getErrorIndex(), e.getMessage());
    assertEquals(input, e.getParsedString());
    assertTrue(
        e.getMessage().startsWith("Text '" + input + "' could not be parsed at index " + errorIndex + ": "),
        e.getMessage());
    // The same text inside a line: the index stays relative to the range's start, the message the same.
    String line = "§;" + input + ";§";
    TextParseException ranged =
        assertThrows(TextParseException.class, () -> STRICT.parse(line, 2, 2 + input.length()));
    assertEquals(errorIndex, ranged.getErrorIndex(), ranged.getMessage());
    assertEquals(e.getMessage(), ranged.getMessage());
    assertEquals(errorIndex, assertThrows(TextParseException.class, () -> STRICT.parseDecimal(input)).getErrorIndex());
    assertEquals(errorIndex, assertThrows(TextParseException.class, () -> STRICT.parseDouble(input)).getErrorIndex());
    if (lenientValue == null) {
      assertEquals(errorIndex, assertThrows(TextParseException.class, () -> LENIENT.parse(input)).getErrorIndex());
      assertThrows(TextParseException.class, () -> LENIENT.parseDecimal(input));
      assertThrows(TextParseException.class, () -> LENIENT.parseDouble(input));
    } else {
      ParsedNumber parsed = LENIENT.parse(input);
      assertEquals(new BigDecimal(lenientValue), parsed.value());
      assertEquals(1, parsed.notes().size());
      assertTrue(parsed.isInterpreted());
      assertEquals(parsed.value(), LENIENT.parseDecimal(input));
      assertEquals(Double.parseDouble(lenientValue), LENIENT.parseDouble(input));
    }
  }

  @Test
  void lenientNotesTheDotDecimal() {
    ParsedNumber parsed = LENIENT.parse("95.22%");
    assertEquals(new BigDecimal("95.22"), parsed.value());
    assertTrue(parsed.isPercent());
    assertEquals(
        List.of(
            "read '.' at index 2 as a decimal mark: '95.22%' is not a valid Vietnamese number ('.'"
                + " is not a valid thousands separator here (the digits before it must be 1 to 3"
                + " without a leading zero, and exactly 3 after it))"),
        parsed.notes());
    assertFalse(LENIENT.parse("4.327").isInterpreted());
    assertEquals(new BigDecimal("4327"), LENIENT.parseDecimal("4.327"));
  }

  @Test
  void strictMessageForTheSeedsDotDecimal() {
    TextParseException e = assertThrows(TextParseException.class, () -> STRICT.parse("95.22"));
    assertEquals(
        "Text '95.22' could not be parsed at index 2: '.' is not a valid thousands separator here"
            + " (the digits before it must be 1 to 3 without a leading zero, and exactly 3 after it)",
        e.getMessage());
    assertEquals(
        "Text '1\u00a0234.5' could not be parsed at index 5: group separator '.' differs from the"
            + " first one",
        assertThrows(TextParseException.class, () -> STRICT.parse("1\u00a0234.5")).getMessage());
    assertEquals(
        "Text '1\u00a023' could not be parsed at index 1: 'U+00A0' is not a valid thousands"
            + " separator here (the digits before it must be 1 to 3 without a leading zero, and"
            + " exactly 3 after it)",
        assertThrows(TextParseException.class, () -> STRICT.parse("1\u00a023")).getMessage());
  }

  @Test
  void rangeIsParsedAndReportedRelativeToItsStart() {
    String line = "HR;4.327;99,53%;95.22";
    assertEquals(new BigDecimal("4327"), STRICT.parseDecimal(line, 3, 8));
    assertEquals(99.53, STRICT.parseDouble(line, 9, 15));
    ParsedNumber percent = STRICT.parse(line, 9, 15);
    assertTrue(percent.isPercent());
    TextParseException e =
        assertThrows(TextParseException.class, () -> STRICT.parseDecimal(line, 16, 21));
    assertEquals("95.22", e.getParsedString());
    assertEquals(2, e.getErrorIndex());
    assertEquals(95.22, LENIENT.parseDouble(line, 16, 21));
    assertEquals(
        "read '.' at index 2 as a decimal mark: '95.22' is not a valid Vietnamese number ('.' is"
            + " not a valid thousands separator here (the digits before it must be 1 to 3 without a"
            + " leading zero, and exactly 3 after it))",
        LENIENT.parse(line, 16, 21).notes().get(0));
  }

  @Test
  void doubleIsNearestAndZeroHasNoSign() {
    assertEquals(Double.parseDouble("0.1"), STRICT.parseDouble("0,1"));
    assertEquals(Double.parseDouble("9007199254740993"), STRICT.parseDouble("9007199254740993"));
    assertEquals(Double.parseDouble("1.7976931348623157e308"),
        STRICT.parseDouble("179769313486231570" + "0".repeat(291)));
    assertEquals(Double.parseDouble("0.1234567890123456789"), STRICT.parseDouble("0,1234567890123456789"));
    assertEquals(Double.parseDouble("1e-30"), STRICT.parseDouble("0," + "0".repeat(29) + "1"));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(STRICT.parseDouble("-0,00")));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(STRICT.parseDouble("0")));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(STRICT.parseDouble("-0," + "0".repeat(40))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4327|4.327",
        "99.53|99,53",
        "99.530|99,53",
        "-1234.5|-1.234,5",
        "0|0",
        "0.000|0",
        "1E+3|1.000",
        "123|123",
        "1234567.891|1.234.567,891",
        "-0.5|-0,5",
        "1E-10|0,0000000001",
      })
  void formats(BigDecimal value, String text) {
    assertEquals(text, STRICT.format(value));
    assertEquals(text, LENIENT.format(value));
    assertEquals(text + "%", STRICT.formatPercent(value));
  }

  @Test
  void instances() {
    assertSame(STRICT, VietnameseNumberFormat.strict());
    assertSame(LENIENT, VietnameseNumberFormat.lenient());
    assertFalse(STRICT.isLenient());
    assertTrue(LENIENT.isLenient());
    assertEquals("VietnameseNumberFormat[strict]", STRICT.toString());
    assertEquals("VietnameseNumberFormat[lenient]", LENIENT.toString());
  }

  @Test
  void nullParameters() {
    assertThrows(NullPointerException.class, () -> STRICT.parse(null), "text");
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parse(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parse(null, 0, 0)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parseDecimal(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parseDecimal(null, 0, 0)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parseDouble(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> STRICT.parseDouble(null, 0, 0)).getMessage());
    assertEquals("value", assertThrows(NullPointerException.class, () -> STRICT.format(null)).getMessage());
    assertEquals("value", assertThrows(NullPointerException.class, () -> STRICT.formatPercent(null)).getMessage());
  }

  @Test
  void badRanges() {
    assertThrows(IndexOutOfBoundsException.class, () -> STRICT.parse("12", -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> STRICT.parseDecimal("12", 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> STRICT.parseDouble("12", 2, 1));
  }

  @Test
  void parsedNumberContract() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> ParsedNumber.of(null, false, List.of())).getMessage());
    assertEquals("notes", assertThrows(NullPointerException.class, () -> ParsedNumber.of(BigDecimal.ONE, false, null)).getMessage());
    assertThrows(NullPointerException.class, () -> ParsedNumber.of(BigDecimal.ONE, false, java.util.Arrays.asList((String) null)));
    ParsedNumber a = ParsedNumber.of(new BigDecimal("99.530"), true, List.of());
    ParsedNumber b = ParsedNumber.of(new BigDecimal("99.53"), true, List.of());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(ParsedNumber.of(new BigDecimal("99.53"), false, List.of())));
    assertFalse(a.equals(ParsedNumber.of(new BigDecimal("99.53"), true, List.of("n"))));
    assertFalse(a.equals("99.53%"));
    assertEquals("1000", ParsedNumber.of(new BigDecimal("1E+3"), false, List.of()).toString());
  }

  /** Each reason, with the character it names shown as itself or as U+XXXX outside printable ASCII. */
  @Test
  void errorMessagesNameTheReasonAndTheCharacter() {
    String[][] cases = {
      {"", "0", "no number found"},
      {" \u00a0", "2", "no number found"},
      {"-", "1", "expected a digit"},
      {"1,x", "2", "expected a digit"},
      {"1.x", "2", "expected a digit"},
      {"1.23", "1", "'.' is not a valid thousands separator here (the digits before it must be 1 to 3 without a"
          + " leading zero, and exactly 3 after it)"},
      {"1.234\u00a0567", "5", "group separator 'U+00A0' differs from the first one"},
      {"12!", "2", "unexpected character '!'"},
      {"12~", "2", "unexpected character '~'"},
      {"12\u007f", "2", "unexpected character 'U+007F'"},
      {"1 2", "1", "unexpected character 'U+0020'"},
      {"1,5x", "3", "unexpected character 'x'"},
    };
    for (String[] c : cases) {
      String text = c[0];
      String expected = "Text '" + text + "' could not be parsed at index " + c[1] + ": " + c[2];
      assertEquals(expected, assertThrows(TextParseException.class, () -> STRICT.parse(text)).getMessage(), text);
      String line = "x" + text + "y";
      assertEquals(expected, assertThrows(TextParseException.class,
          () -> STRICT.parseDecimal(line, 1, 1 + text.length())).getMessage(), line);
    }
  }

  @Test
  void everyKindOfSpaceSurroundsANumber() {
    for (String space : new String[] {" ", "\u00a0", "\u202f", "\u2007", "\t"}) {
      assertEquals(new BigDecimal("12"), STRICT.parseDecimal(space + "12" + space), () -> Integer.toHexString(space.charAt(0)));
      assertEquals(12.0, STRICT.parseDouble(space + "12%" + space));
    }
  }

  @Test
  void eighteenAndNineteenDigitsKeepEveryDigit() {
    assertEquals(new BigDecimal("123456789012345678"), STRICT.parseDecimal("123456789012345678"));
    assertEquals(new BigDecimal("1234567890123456789"), STRICT.parseDecimal("1234567890123456789"));
    assertEquals(new BigDecimal("-98765432109876543.21"), STRICT.parseDecimal("-98765432109876543,21"));
    assertEquals(-98765432109876543.21, STRICT.parseDouble("-98765432109876543,21"));
    assertEquals(new BigDecimal("0.000000000000000001"), STRICT.parseDecimal("0,000000000000000001"));
  }

  @Test
  void parsedNumbersHashByValueAndKeepWholeNumbersUnscaled() {
    assertEquals(ParsedNumber.of(new BigDecimal("1.50"), true, List.of()).hashCode(),
        ParsedNumber.of(new BigDecimal("1.5"), true, List.of()).hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(ParsedNumber.of(BigDecimal.ONE, true, List.of()).hashCode(),
        ParsedNumber.of(BigDecimal.ONE, false, List.of()).hashCode());
    ParsedNumber p = ParsedNumber.of(BigDecimal.ONE, false, List.of());
    assertEquals(p, p);
    assertEquals(0, ParsedNumber.of(new BigDecimal("1E+2"), false, List.of()).value().scale());
    assertEquals(1, ParsedNumber.of(new BigDecimal("1.5"), false, List.of()).value().scale());
    assertEquals(0, ParsedNumber.of(new BigDecimal("7"), false, List.of()).value().scale());
  }
}
