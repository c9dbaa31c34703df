package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalDocumentTest {

  private static final DocumentNumber N505 = DocumentNumber.parse("505/QĐ-TTg");
  private static final LocalDate D505 = LocalDate.of(2022, 4, 22);

  private static LegalDocument.Builder valid() {
    return LegalDocument.builder().number(N505).signingDate(D505).titleVi("Về Ngày Chuyển đổi số quốc gia");
  }

  @Test
  void derivesIssuerAndTypeFromTheNumber() {
    LegalDocument d = valid().build();
    assertEquals(Issuer.PRIME_MINISTER, d.issuer());
    assertEquals(DocumentType.DECISION, d.type());
    assertEquals(DocumentStatus.ISSUED, d.status());
    assertEquals(Optional.empty(), d.titleEn());
    assertEquals(d, valid().issuer(Issuer.PRIME_MINISTER).type(DocumentType.DECISION).build());
  }

  @Test
  void untypedNumbersNeedAType() {
    DocumentNumber n = DocumentNumber.parse("81/2023/QH15");
    LegalDocument.Builder b = LegalDocument.builder().number(n).signingDate(LocalDate.of(2023, 1, 9))
        .titleVi("Quy hoạch tổng thể quốc gia thời kỳ 2021 - 2030");
    assertEquals("Cannot build LegalDocument, type is not set and the number does not give it",
        assertThrows(IllegalStateException.class, b::build).getMessage());
    assertEquals(DocumentType.RESOLUTION, b.type(DocumentType.RESOLUTION).build().type());
  }

  @Test
  void draftsMayLackNumberAndDate() {
    LegalDocument draft = LegalDocument.builder().status(DocumentStatus.DRAFT)
        .issuer(Issuer.PRIME_MINISTER).type(DocumentType.DECISION)
        .titleVi("Dự thảo Chiến lược quốc gia phát triển kinh tế số và xã hội số").build();
    assertEquals(Optional.empty(), draft.number());
    assertEquals(Optional.empty(), draft.signingDate());
    assertEquals("Cannot build LegalDocument, issuer is not set and the number does not give it",
        assertThrows(IllegalStateException.class, () -> LegalDocument.builder()
            .status(DocumentStatus.DRAFT).type(DocumentType.DECISION).titleVi("x").build()).getMessage());
    assertEquals("Cannot build LegalDocument, type is not set and the number does not give it",
        assertThrows(IllegalStateException.class, () -> LegalDocument.builder()
            .status(DocumentStatus.DRAFT).issuer(Issuer.GOVERNMENT).titleVi("x").build()).getMessage());
  }

  @Test
  void issuedDocumentsNeedNumberAndDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LegalDocument.builder().number(N505).titleVi("x").build());
    assertEquals("Invalid value for status (valid values DRAFT when the number or date of signing is absent): ISSUED",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> LegalDocument.builder().signingDate(D505).issuer(Issuer.PRIME_MINISTER)
            .type(DocumentType.DECISION).status(DocumentStatus.REPLACED).titleVi("x").build());
  }

  @Test
  void partsMustAgree() {
    assertEquals("Invalid value for issuer (valid values TTg, the number's): CP",
        assertThrows(IllegalArgumentException.class, () -> valid().issuer(Issuer.GOVERNMENT).build()).getMessage());
    assertEquals("Invalid value for type (valid values DECISION, the number's): PLAN",
        assertThrows(IllegalArgumentException.class, () -> valid().type(DocumentType.PLAN).build()).getMessage());
    assertEquals("Invalid value for signingDate (valid values in 2020, the number's year): 2021-01-01",
        assertThrows(IllegalArgumentException.class, () -> LegalDocument.builder()
            .number(DocumentNumber.parse("30/2020/NĐ-CP")).signingDate(LocalDate.of(2021, 1, 1))
            .titleVi("x").build()).getMessage());
  }

  @Test
  void titles() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> valid().titleVi(" ").build())
        .getMessage().startsWith("Invalid value for titleVi (valid values not blank)"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> valid().titleEn("").build())
        .getMessage().startsWith("Invalid value for titleEn (valid values not blank)"));
    String nfc = "Về Ngày Chuyển đổi số quốc gia";
    LegalDocument decomposed = valid().titleVi(Normalizer.normalize(nfc, Normalizer.Form.NFD))
        .titleEn(Normalizer.normalize("Quảng Trị", Normalizer.Form.NFD)).build();
    assertEquals(nfc, decomposed.titleVi());
    assertEquals(Optional.of("Quảng Trị"), decomposed.titleEn());
    assertEquals(valid().titleEn("Quảng Trị").build(), decomposed);
  }

  @Test
  void missingAndNullAttributes() {
    assertThrows(IllegalStateException.class, () -> LegalDocument.builder().number(N505).signingDate(D505).build());
    assertThrows(NullPointerException.class, () -> valid().number((DocumentNumber) null));
    assertThrows(NullPointerException.class, () -> valid().signingDate((LocalDate) null));
    assertThrows(NullPointerException.class, () -> valid().titleVi(null));
    assertThrows(NullPointerException.class, () -> valid().titleEn((String) null));
    assertThrows(NullPointerException.class, () -> valid().issuer(null));
    assertThrows(NullPointerException.class, () -> valid().type(null));
    assertThrows(NullPointerException.class, () -> valid().status(null));
  }

  @Test
  void statusLabels() {
    assertEquals("dự thảo", DocumentStatus.DRAFT.nameVi());
    assertEquals("draft", DocumentStatus.DRAFT.nameEn());
    assertEquals(false, DocumentStatus.DRAFT.isIssued());
    assertEquals(true, DocumentStatus.REPEALED.isIssued());
    assertEquals("issued", DocumentStatus.ISSUED.nameEn());
  }

  @Test
  void knownDocuments() {
    assertEquals(4, LegalDocuments.all().size());
    LegalDocument d = LegalDocuments.DECISION_2443_QD_UBND_QUANG_TRI;
    assertEquals("2443/QĐ-UBND", d.number().orElseThrow().toString());
    assertEquals(LocalDate.of(2022, 9, 21), d.signingDate().orElseThrow());
    assertEquals(Issuer.PEOPLES_COMMITTEE, d.issuer());
    assertEquals(LocalDate.of(2020, 6, 3), LegalDocuments.DECISION_749_QD_TTG.signingDate().orElseThrow());
    assertEquals(D505, LegalDocuments.DECISION_505_QD_TTG.signingDate().orElseThrow());
  }
}
