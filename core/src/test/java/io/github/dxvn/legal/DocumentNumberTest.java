package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @ParameterizedTest
  @CsvSource({
    "749/QĐ-TTg, 749, , DECISION, TTg, false",
    "2443/QĐ-UBND, 2443, , DECISION, UBND, false",
    "922/QĐ-BTTTT, 922, , DECISION, BTTTT, false",
    "405/QĐ-BKHCN, 405, , DECISION, BKHCN, false",
    "30/2020/NĐ-CP, 30, 2020, DECREE, CP, false",
    "19/2025/QĐ-TTg, 19, 2025, DECISION, TTg, false",
    "505/2022/QĐ-TTg, 505, 2022, DECISION, TTg, false",
    "81/2023/QH15, 81, 2023, , QH15, false",
    "52-NQ/TW, 52, , RESOLUTION, TW, true",
    "01/2023/TT-BTTTT, 1, 2023, CIRCULAR, BTTTT, false",
    "05/TTLT-BTC-BTTTT, 5, , JOINT_CIRCULAR, BTC-BTTTT, false",
    "12/KH-UBND, 12, , PLAN, UBND, false",
    "24-CT/TU, 24, , DIRECTIVE, TU, true",
    "3/TTr-BNV, 3, , SUBMISSION, BNV, false",
    "7/QĐ-Sở1, 7, , DECISION, Sở1, false",
  })
  void parsesTheLayouts(
      String text, int number, Integer year, DocumentType type, String issuer, boolean party) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertEquals(number, n.number());
    assertEquals(year == null ? OptionalInt.empty() : OptionalInt.of(year), n.year());
    assertEquals(Optional.ofNullable(type), n.type());
    assertEquals(issuer, n.issuer().code());
    assertEquals(party, n.isPartyDocument());
    assertEquals(text, n.toString());
    assertEquals(n, DocumentNumber.parse(n.toString()));
    ParsedDocumentNumber lenient = DocumentNumber.parseLenient(text);
    assertEquals(n, lenient.documentNumber());
  }

  @Test
  void knownIssuersCarryNames() {
    DocumentNumber n = DocumentNumber.parse("749/QĐ-TTg");
    assertSame(Issuer.PRIME_MINISTER, n.issuer());
    assertEquals(Optional.of("Prime Minister"), n.issuer().nameEn());
    assertEquals(Optional.of("Thủ tướng Chính phủ"), n.issuer().nameVi());
    Issuer qh15 = DocumentNumber.parse("81/2023/QH15").issuer();
    assertTrue(qh15.isKnown());
    assertEquals(Optional.of("National Assembly (legislature 15)"), qh15.nameEn());
    assertEquals(Optional.of("Quốc hội khóa 15"), qh15.nameVi());
    assertFalse(DocumentNumber.parse("7/QĐ-Sở1").issuer().isKnown());
    assertEquals(Optional.empty(), DocumentNumber.parse("7/QĐ-Sở1").issuer().nameEn());
  }

  @Test
  void nfcAndNfdGiveEqualNumbers() {
    String nfc = "7/QĐ-Huế";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertNotEquals(nfc, nfd);
    assertEquals(DocumentNumber.parse(nfc), DocumentNumber.parse(nfd));
    assertEquals(nfc, DocumentNumber.parse(nfd).toString());
    assertEquals(DocumentNumber.parse(nfc), DocumentNumber.parseLenient(nfd).documentNumber());
    assertEquals(List.of(), DocumentNumber.parseLenient(nfd).notes());
  }

  @Test
  void leadingZerosAreKept() {
    DocumentNumber padded = DocumentNumber.parse("01/2023/TT-BTTTT");
    assertEquals("01/2023/TT-BTTTT", padded.toString());
    assertNotEquals(DocumentNumber.parse("1/2023/TT-BTTTT"), padded);
    assertEquals(padded.number(), DocumentNumber.parse("1/2023/TT-BTTTT").number());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "document-number-bad-texts.csv", useHeadersInDisplayName = true)
  void rejectsWithIndex(String text, int errorIndex, String lenientNumber, Integer lenientErrorIndex) {
    String input = text == null ? "" : text;
    TextParseException e = assertThrows(TextParseException.class, () -> DocumentNumber.parse(input));
    assertEquals(errorIndex, e.getErrorIndex(), e.getMessage());
    assertEquals(input, e.getParsedString());
    assertTrue(
        e.getMessage().startsWith("Text '" + input + "' could not be parsed at index " + errorIndex + ": "),
        e.getMessage());
    if (lenientNumber != null) {
      ParsedDocumentNumber parsed = DocumentNumber.parseLenient(input);
      assertEquals(lenientNumber, parsed.documentNumber().toString());
      assertTrue(parsed.isInterpreted());
    } else {
      TextParseException le =
          assertThrows(TextParseException.class, () -> DocumentNumber.parseLenient(input));
      assertEquals(lenientErrorIndex, le.getErrorIndex(), le.getMessage());
      assertEquals(input, le.getParsedString());
    }
  }

  @Test
  void errorMessages() {
    assertEquals(
        "Text '749/QD-TTg' could not be parsed at index 4: unknown document type code 'QD'",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("749/QD-TTg")).getMessage());
    assertEquals(
        "Text '2793/QĐ-Ubnd' could not be parsed at index 8: issuer code 'Ubnd' is written 'UBND'",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("2793/QĐ-Ubnd")).getMessage());
    assertEquals("Text '1/-TTg' could not be parsed at index 2: expected a document type code",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("1/-TTg")).getMessage());
    assertEquals("Text '1/QĐ-' could not be parsed at index 5: expected an issuer code",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("1/QĐ-")).getMessage());
    assertEquals("Text '1/QĐ-T%g' could not be parsed at index 6: invalid issuer code character",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("1/QĐ-T%g")).getMessage());
    assertEquals("Text '1/1944/NĐ-CP' could not be parsed at index 2: the year is before 1945",
        assertThrows(TextParseException.class, () -> DocumentNumber.parse("1/1944/NĐ-CP")).getMessage());
  }

  @Test
  void theFirstYearIs1945() {
    assertEquals(1945, DocumentNumber.parse("1/1945/SL").year().getAsInt());
    assertEquals(1945, DocumentNumber.parse("30/1945/NĐ-CP").year().getAsInt());
  }

  @Test
  void factoriesTakeTheYears1945To9999() {
    Issuer cp = Issuer.of("CP");
    assertEquals(1945, DocumentNumber.of(1, 1945, DocumentType.DECREE, cp).year().getAsInt());
    assertEquals(9999, DocumentNumber.of(1, 9999, DocumentType.DECREE, cp).year().getAsInt());
    assertEquals(9999, DocumentNumber.ofUntyped(1, 9999, Issuer.of("QH15")).year().getAsInt());
    assertEquals("Invalid value for year (valid values 1945 - 9999): 1944",
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, 1944, DocumentType.DECREE, cp))
            .getMessage());
    assertEquals("Invalid value for year (valid values 1945 - 9999): 10000",
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, 10_000, DocumentType.DECREE, cp))
            .getMessage());
  }

  @Test
  void hashCodesFollowEquality() {
    assertEquals(DocumentNumber.parse("52-NQ/TW").hashCode(), DocumentNumber.ofParty(52, DocumentType.RESOLUTION,
        Issuer.of("TW")).hashCode());
    assertNotEquals(DocumentNumber.parse("52-NQ/TW").hashCode(), DocumentNumber.parse("53-NQ/TW").hashCode());
    assertNotEquals(DocumentNumber.parse("30/2020/NĐ-CP").hashCode(), DocumentNumber.parse("30/2021/NĐ-CP").hashCode());
  }

  @Test
  void lenientNotesWhatItNormalised() {
    assertEquals(
        List.of("read type code 'QD' as 'QĐ'"), DocumentNumber.parseLenient("749/QD-TTg").notes());
    ParsedDocumentNumber mixed = DocumentNumber.parseLenient(" 2793/Qd-Ubnd ");
    assertEquals("2793/QĐ-UBND", mixed.documentNumber().toString());
    assertEquals(
        List.of("removed surrounding whitespace", "read type code 'Qd' as 'QĐ'",
            "read issuer code 'Ubnd' as 'UBND'"),
        mixed.notes());
    assertEquals(
        "2793/QĐ-UBND [removed surrounding whitespace, read type code 'Qd' as 'QĐ', read issuer code"
            + " 'Ubnd' as 'UBND']",
        mixed.toString());
    ParsedDocumentNumber exact = DocumentNumber.parseLenient("749/QĐ-TTg");
    assertFalse(exact.isInterpreted());
    assertEquals("749/QĐ-TTg", exact.toString());
  }

  @Test
  void lenientKeepsAYearButNotesAKnownYearlessDecision() {
    ParsedDocumentNumber parsed = DocumentNumber.parseLenient("505/2022/QĐ-TTg");
    assertEquals("505/2022/QĐ-TTg", parsed.documentNumber().toString());
    assertEquals(
        List.of("kept year 2022, but the known document 505/QĐ-TTg of 2022-04-22 carries no year in"
            + " its number; withoutYear() gives it"),
        parsed.notes());
    assertEquals(LegalDocuments.DECISION_505_QD_TTG.number().orElseThrow(),
        parsed.documentNumber().withoutYear());
    // A different year, or a normative decision dxvn does not know, gets no note.
    assertEquals(List.of(), DocumentNumber.parseLenient("505/2021/QĐ-TTg").notes());
    assertEquals(List.of(), DocumentNumber.parseLenient("19/2025/QĐ-TTg").notes());
    // Strict reads it as it is: a year on a decision is valid syntax.
    assertEquals(OptionalInt.of(2022), DocumentNumber.parse("505/2022/QĐ-TTg").year());
  }

  @Test
  void withoutYear() {
    DocumentNumber n = DocumentNumber.parse("749/QĐ-TTg");
    assertSame(n, n.withoutYear());
    assertEquals(n, DocumentNumber.parse("749/2020/QĐ-TTg").withoutYear());
    assertThrows(IllegalStateException.class, () -> DocumentNumber.parse("81/2023/QH15").withoutYear());
  }

  @Test
  void factories() {
    assertEquals("749/QĐ-TTg", DocumentNumber.of(749, DocumentType.DECISION, Issuer.PRIME_MINISTER).toString());
    assertEquals("30/2020/NĐ-CP", DocumentNumber.of(30, 2020, DocumentType.DECREE, Issuer.GOVERNMENT).toString());
    assertEquals("81/2023/QH15", DocumentNumber.ofUntyped(81, 2023, Issuer.of("QH15")).toString());
    assertEquals("52-NQ/TW", DocumentNumber.ofParty(52, DocumentType.RESOLUTION, Issuer.PARTY_CENTRAL_COMMITTEE).toString());
    assertEquals(DocumentNumber.parse("749/QĐ-TTg"), DocumentNumber.of(749, DocumentType.DECISION, Issuer.PRIME_MINISTER));
    assertEquals(DocumentNumber.parse("749/QĐ-TTg").hashCode(),
        DocumentNumber.of(749, DocumentType.DECISION, Issuer.PRIME_MINISTER).hashCode());
  }

  @Test
  void factoriesRejectNulls() {
    Issuer i = Issuer.PRIME_MINISTER;
    DocumentType t = DocumentType.DECISION;
    assertEquals("type", assertThrows(NullPointerException.class, () -> DocumentNumber.of(1, null, i)).getMessage());
    assertEquals("issuer", assertThrows(NullPointerException.class, () -> DocumentNumber.of(1, t, null)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class, () -> DocumentNumber.of(1, 2020, null, i)).getMessage());
    assertEquals("issuer", assertThrows(NullPointerException.class, () -> DocumentNumber.of(1, 2020, t, null)).getMessage());
    assertEquals("issuer", assertThrows(NullPointerException.class, () -> DocumentNumber.ofUntyped(1, 2020, null)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class, () -> DocumentNumber.ofParty(1, null, i)).getMessage());
    assertEquals("issuer", assertThrows(NullPointerException.class, () -> DocumentNumber.ofParty(1, t, null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> DocumentNumber.parse(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> DocumentNumber.parseLenient(null)).getMessage());
  }

  @Test
  void factoriesRejectBadValues() {
    Issuer i = Issuer.PRIME_MINISTER;
    DocumentType t = DocumentType.DECISION;
    assertEquals("Invalid value for number (valid values 1 - 999999999): 0",
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(0, t, i)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(-1, 2020, t, i));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1_000_000_000, t, i));
    assertEquals("999999999/QĐ-TTg", DocumentNumber.of(999_999_999, t, i).toString());
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofParty(0, t, i));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofUntyped(0, 2020, i));
    assertEquals("Invalid value for year (valid values 1945 - 9999): 1944",
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, 1944, t, i)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, 10000, t, i));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofUntyped(1, 1944, i));
    assertEquals("Invalid value for type (valid values types with a code): LAW",
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, DocumentType.LAW, i)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofParty(1, DocumentType.LAW, i));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofUntyped(1, 2020, Issuer.of("BTC-BTTTT")));
  }

  @Test
  void equality() {
    DocumentNumber a = DocumentNumber.parse("52-NQ/TW");
    assertEquals(a, a);
    assertNotEquals(a, DocumentNumber.parse("52/NQ-TW"));
    assertNotEquals(a, DocumentNumber.parse("53-NQ/TW"));
    assertNotEquals(a, "52-NQ/TW");
    assertNotEquals(DocumentNumber.parse("30/2020/NĐ-CP"), DocumentNumber.parse("30/2021/NĐ-CP"));
    assertNotEquals(DocumentNumber.parse("30/2020/NĐ-CP"), DocumentNumber.parse("30/2020/NQ-CP"));
  }
}
