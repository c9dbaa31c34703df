package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dxvn.text.TextParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DocumentNumberProperties {

  private static final List<DocumentType> CODED =
      Arrays.stream(DocumentType.values()).filter(t -> t.code().isPresent()).collect(Collectors.toList());

  private static Gen<DocumentType> types() {
    return Generate.pick(CODED);
  }

  /** Unknown issuer codes: upper-case letters (Đ included) and digits, one or two parts. */
  private static Gen<Issuer> unknownIssuers() {
    String letters = "ABCDĐGHKLMNPQSTUVXY";
    String alnum = letters + "0123456789";
    Gen<String> part = lists().of(integers().between(0, alnum.length() - 1)).ofSizeBetween(0, 5)
        .zip(integers().between(0, letters.length() - 1),
            (rest, first) -> letters.charAt(first)
                + rest.stream().map(i -> String.valueOf(alnum.charAt(i))).collect(Collectors.joining()));
    Gen<String> code = part.mix(part.zip(part, (a, b) -> a + "-" + b));
    return code.assuming(c -> Issuer.lookup(c, true).isEmpty()).map(Issuer::of);
  }

  private static Gen<Issuer> knownIssuers() {
    return Generate.pick(Issuer.knownIssuers())
        .mix(integers().between(1, 99).map(l -> Issuer.of("QH" + l)));
  }

  private static Gen<Issuer> issuers() {
    return knownIssuers().mix(unknownIssuers());
  }

  private static Gen<DocumentNumber> documentNumbers(Gen<Issuer> issuers) {
    return documentNumbers(issuers, 999_999_999);
  }

  private static Gen<DocumentNumber> documentNumbers(Gen<Issuer> issuers, int maxNumber) {
    Gen<Integer> numbers = integers().between(1, maxNumber);
    Gen<Integer> years = integers().between(DocumentNumber.MIN_YEAR, 9999);
    Gen<DocumentNumber> plain = numbers.zip(types(), issuers, DocumentNumber::of);
    Gen<DocumentNumber> yearly = numbers.zip(years, types(), issuers, DocumentNumber::of);
    Gen<DocumentNumber> party = numbers.zip(types(), issuers, DocumentNumber::ofParty);
    // An untyped number's issuer has no hyphen; a hyphenated one falls back to a typed number.
    Gen<DocumentNumber> untyped = numbers.zip(years, issuers,
        (n, y, i) -> i.code().indexOf('-') < 0
            ? DocumentNumber.ofUntyped(n, y, i)
            : DocumentNumber.of(n, y, DocumentType.RESOLUTION, i));
    return plain.mix(yearly).mix(party).mix(untyped);
  }

  @Test
  void parseOfToStringIsIdentity() {
    qt().forAll(documentNumbers(issuers())).checkAssert(n -> {
      String text = n.toString();
      DocumentNumber parsed = DocumentNumber.parse(text);
      assertEquals(n, parsed);
      assertEquals(n.hashCode(), parsed.hashCode());
      assertEquals(text, parsed.toString());
      assertEquals(n.number(), parsed.number());
      assertEquals(n.year(), parsed.year());
      assertEquals(n.type(), parsed.type());
      assertEquals(n.issuer(), parsed.issuer());
      assertEquals(n.isPartyDocument(), parsed.isPartyDocument());
    });
  }

  @Test
  void leadingZerosRoundTrip() {
    qt().forAll(documentNumbers(issuers(), 999_999), integers().between(1, 3)).checkAssert((n, zeros) -> {
      String text = "0".repeat(zeros) + n;
      DocumentNumber parsed = DocumentNumber.parse(text);
      assertEquals(text, parsed.toString());
      assertEquals(n.number(), parsed.number());
      assertNotEquals(n, parsed);
    });
  }

  @Test
  void lenientReadsCanonicalTextAsStrictDoes() {
    qt().forAll(documentNumbers(issuers())).checkAssert(n -> {
      ParsedDocumentNumber parsed = DocumentNumber.parseLenient(n.toString());
      assertEquals(n, parsed.documentNumber());
      // The only note on canonical text is the warning about a known year-less decision.
      parsed.notes().forEach(note -> assertTrue(note.startsWith("kept year "), note));
    });
  }

  @Test
  void lenientUndoesCaseAndStrokeWhereStrictRejects() {
    qt().forAll(documentNumbers(knownIssuers())).checkAssert(n -> {
      String mangled = n.toString().toLowerCase(Locale.ROOT).replace('đ', 'd');
      TextParseException e = assertThrows(TextParseException.class, () -> DocumentNumber.parse(mangled));
      assertTrue(e.getErrorIndex() > 0 && e.getErrorIndex() < mangled.length(), e.getMessage());
      ParsedDocumentNumber parsed = DocumentNumber.parseLenient("  " + mangled + "\t");
      assertEquals(n, parsed.documentNumber());
      assertEquals("removed surrounding whitespace", parsed.notes().get(0));
      assertTrue(parsed.notes().size() >= 2, parsed.notes().toString());
    });
  }

  @Test
  void strictRejectsAnInsertedCharacter() {
    qt().forAll(documentNumbers(issuers()), integers().between(0, 1000), Generate.pick(List.of(" ", ".", ",", "_", "#")))
        .checkAssert((n, at, inserted) -> {
          String text = n.toString();
          int pos = at % (text.length() + 1);
          String bad = text.substring(0, pos) + inserted + text.substring(pos);
          TextParseException e = assertThrows(TextParseException.class, () -> DocumentNumber.parse(bad), bad);
          // The error is found at the inserted character or before it (at the start of its part).
          assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= pos + 1, bad + " " + e.getMessage());
          assertEquals(bad, e.getParsedString());
        });
  }
}
