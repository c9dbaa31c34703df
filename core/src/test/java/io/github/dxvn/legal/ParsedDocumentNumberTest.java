package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedDocumentNumberTest {

  private static final DocumentNumber N = DocumentNumber.parse("749/QĐ-TTg");

  @Test
  void contract() {
    ParsedDocumentNumber a = ParsedDocumentNumber.of(N, List.of("n"));
    assertEquals(a, ParsedDocumentNumber.of(N, List.of("n")));
    assertEquals(a, a);
    assertEquals(a.hashCode(), ParsedDocumentNumber.of(N, List.of("n")).hashCode());
    assertNotEquals(a, ParsedDocumentNumber.of(N, List.of()));
    assertNotEquals(a, ParsedDocumentNumber.of(DocumentNumber.parse("749/QĐ-UBND"), List.of("n")));
    assertNotEquals(a, "749/QĐ-TTg");
    assertEquals(DocumentNumber.parseLenient("749/QD-TTg"), DocumentNumber.parseLenient("749/QD-TTg"));
  }

  @Test
  void nulls() {
    assertEquals("documentNumber",
        assertThrows(NullPointerException.class, () -> ParsedDocumentNumber.of(null, List.of())).getMessage());
    assertEquals("notes", assertThrows(NullPointerException.class, () -> ParsedDocumentNumber.of(N, null)).getMessage());
    assertThrows(NullPointerException.class, () -> ParsedDocumentNumber.of(N, Arrays.asList((String) null)));
  }

  @Test
  void hashFollowsNumberAndNotes() {
    DocumentNumber n = DocumentNumber.parse("749/QĐ-TTg");
    assertEquals(ParsedDocumentNumber.of(n, List.of("x")).hashCode(), ParsedDocumentNumber.of(n, List.of("x")).hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(ParsedDocumentNumber.of(n, List.of("x")).hashCode(),
        ParsedDocumentNumber.of(n, List.of()).hashCode());
  }
}
