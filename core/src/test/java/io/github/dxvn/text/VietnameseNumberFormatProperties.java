package io.github.dxvn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VietnameseNumberFormatProperties {

  private static final VietnameseNumberFormat STRICT = VietnameseNumberFormat.strict();
  private static final VietnameseNumberFormat LENIENT = VietnameseNumberFormat.lenient();

  /** Any BigDecimal: small and huge unscaled values, negative and positive scales. */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> small = longs().all().map(BigInteger::valueOf);
    Gen<BigInteger> huge =
        longs().all().zip(longs().all(), (a, b) -> BigInteger.valueOf(a).shiftLeft(64).add(BigInteger.valueOf(b)));
    Gen<BigInteger> digits = longs().between(-99_999, 99_999).map(BigInteger::valueOf);
    return small.mix(huge).mix(digits).zip(integers().between(-12, 25), BigDecimal::new);
  }

  private static Gen<String> digits(int min, int max) {
    return lists().of(integers().between(0, 9)).ofSizeBetween(min, max)
        .map(ds -> ds.stream().map(String::valueOf).reduce("", String::concat));
  }

  /** Short texts over the characters a number may hold, most of them invalid. */
  private static Gen<String> numberishTexts() {
    String alphabet = "0123456789.,-+% \u00a0";
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12)
        .map(is -> is.stream().map(i -> String.valueOf(alphabet.charAt(i))).reduce("", String::concat));
  }

  private static BigDecimal canonical(BigDecimal x) {
    return ParsedNumber.canonical(x);
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(decimals()).checkAssert(x -> {
      String text = STRICT.format(x);
      ParsedNumber parsed = STRICT.parse(text);
      assertEquals(0, x.compareTo(parsed.value()), text);
      assertEquals(canonical(x), parsed.value());
      assertFalse(parsed.isPercent());
      assertEquals(parsed, LENIENT.parse(text));
      ParsedNumber percent = STRICT.parse(STRICT.formatPercent(x));
      assertTrue(percent.isPercent());
      assertEquals(parsed.value(), percent.value());
    });
  }

  @Test
  void formatIsCanonicalAndWithoutExponent() {
    qt().forAll(decimals()).checkAssert(x -> {
      String text = STRICT.format(x);
      assertEquals(text, STRICT.format(canonical(x)));
      assertEquals(text, STRICT.format(STRICT.parseDecimal(text)));
      assertFalse(text.contains("E"), text);
      assertFalse(STRICT.parse(text).toString().contains("E"), text);
    });
  }

  @Test
  void doubleIsTheNearestDouble() {
    qt().forAll(decimals()).checkAssert(x -> {
      String text = STRICT.format(x);
      double expected = Double.parseDouble(x.toPlainString());
      assertEquals(expected, STRICT.parseDouble(text), text);
      assertEquals(expected, STRICT.parseDouble(" " + text + "% "), text);
    });
  }

  @Test
  void strictRejectsEveryInvalidGroupLength() {
    qt().forAll(digits(1, 3), digits(0, 7).assuming(g -> g.length() != 3), digits(0, 4))
        .checkAssert((lead, group, tail) -> {
          String cleanLead = lead.charAt(0) == '0' ? "1" + lead.substring(1) : lead;
          String text = cleanLead + "." + group + (tail.isEmpty() ? "" : "," + tail);
          TextParseException e = assertThrows(TextParseException.class, () -> STRICT.parse(text));
          int expected = group.isEmpty() ? cleanLead.length() + 1 : cleanLead.length();
          assertEquals(expected, e.getErrorIndex(), text);
        });
  }

  @Test
  void strictRejectsLeadsThatCannotStartAGroup() {
    // Built rather than filtered (a filter that rejects often makes QuickTheories give up):
    // a lead longer than a group, or one starting with 0.
    Gen<String> leads = digits(4, 8).mix(digits(0, 7).map(d -> "0" + d));
    qt().forAll(leads, digits(3, 3))
        .checkAssert((lead, group) -> {
          String text = lead + "." + group;
          TextParseException e = assertThrows(TextParseException.class, () -> STRICT.parse(text));
          assertEquals(lead.length(), e.getErrorIndex(), text);
          // Lenient reads the dot as a decimal mark, as the plain decimal it then is.
          ParsedNumber parsed = LENIENT.parse(text);
          assertEquals(0, new BigDecimal(text).compareTo(parsed.value()), text);
          assertEquals(1, parsed.notes().size());
        });
  }

  @Test
  void lenientReadsAnInvalidSingleGroupAsADotDecimal() {
    qt().forAll(digits(1, 3), digits(1, 7).assuming(g -> g.length() != 3))
        .checkAssert((lead, group) -> {
          String text = lead + "." + group;
          ParsedNumber parsed = LENIENT.parse(text);
          assertEquals(canonical(new BigDecimal(text)), parsed.value(), text);
          assertTrue(parsed.notes().get(0).startsWith("read '.' at index " + lead.length()), text);
        });
  }

  @Test
  void lenientAgreesWithStrictAndAllPathsAgree() {
    qt().withExamples(5_000).forAll(numberishTexts()).checkAssert(text -> {
      ParsedNumber strict = null;
      try {
        strict = STRICT.parse(text);
      } catch (TextParseException e) {
        assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= text.length(), text);
        assertEquals(e.getErrorIndex(),
            assertThrows(TextParseException.class, () -> STRICT.parseDecimal(text)).getErrorIndex());
        assertEquals(e.getErrorIndex(),
            assertThrows(TextParseException.class, () -> STRICT.parseDouble(text)).getErrorIndex());
      }
      if (strict != null) {
        assertEquals(strict, LENIENT.parse(text), text);
        assertEquals(List.of(), strict.notes());
        assertEquals(strict.value(), STRICT.parseDecimal(text));
        assertEquals(Double.parseDouble(strict.value().toPlainString()), STRICT.parseDouble(text), text);
        assertEquals(strict.value(), STRICT.parseDecimal("x" + text + "y", 1, text.length() + 1));
        return;
      }
      ParsedNumber lenient;
      try {
        lenient = LENIENT.parse(text);
      } catch (TextParseException e) {
        assertThrows(TextParseException.class, () -> LENIENT.parseDecimal(text));
        return;
      }
      assertEquals(1, lenient.notes().size(), text);
      assertEquals(lenient.value(), LENIENT.parseDecimal(text));
      double nearest = Double.parseDouble(lenient.value().toPlainString());
      assertEquals(nearest, LENIENT.parseDouble(text), text);
    });
  }

  @Test
  void rangeParseEqualsSubstringParse() {
    qt().forAll(decimals(), integers().between(0, 5), integers().between(0, 5))
        .checkAssert((x, before, after) -> {
          String cell = STRICT.format(x);
          String line = ";".repeat(before) + cell + ";".repeat(after);
          assertEquals(STRICT.parse(cell), STRICT.parse(line, before, before + cell.length()));
          assertEquals(STRICT.parseDouble(cell), STRICT.parseDouble(line, before, before + cell.length()));
        });
  }
}
