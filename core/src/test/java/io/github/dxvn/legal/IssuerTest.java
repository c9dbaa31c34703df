package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerTest {

  @Test
  void knownCodes() {
    assertSame(Issuer.PRIME_MINISTER, Issuer.of("TTg"));
    assertSame(Issuer.PEOPLES_COMMITTEE, Issuer.of("UBND"));
    assertSame(Issuer.PEOPLES_COUNCIL, Issuer.of("HĐND"));
    assertSame(Issuer.MINISTRY_OF_INFORMATION_AND_COMMUNICATIONS, Issuer.of("BTTTT"));
    assertSame(Issuer.MINISTRY_OF_SCIENCE_AND_TECHNOLOGY, Issuer.of("BKHCN"));
    assertSame(Issuer.PARTY_CENTRAL_COMMITTEE, Issuer.of("TW"));
    assertEquals(Optional.of("Ministry of Science and Technology"), Issuer.of("BKHCN").nameEn());
    for (Issuer issuer : Issuer.knownIssuers()) {
      assertSame(issuer, Issuer.of(issuer.code()));
      assertTrue(issuer.isKnown());
      assertEquals(issuer.code(), issuer.toString());
    }
    assertEquals(16, Issuer.knownIssuers().size());
  }

  @Test
  void legislatures() {
    Issuer standing = Issuer.of("UBTVQH14");
    assertEquals("UBTVQH14", standing.code());
    assertEquals(Optional.of("Ủy ban Thường vụ Quốc hội khóa 14"), standing.nameVi());
    assertEquals(Issuer.of("QH15"), Issuer.of("QH15"));
    assertNotEquals(Issuer.of("QH15"), Issuer.of("QH14"));
    assertFalse(Issuer.of("QH150").isKnown());
    assertFalse(Issuer.of("QH0").isKnown());
  }

  @Test
  void unknownCodesAreKept() {
    Issuer unknown = Issuer.of("BTC-BTTTT");
    assertEquals("BTC-BTTTT", unknown.code());
    assertFalse(unknown.isKnown());
    assertEquals(Optional.empty(), unknown.nameVi());
    assertEquals(Issuer.of("BTC-BTTTT"), unknown);
    assertEquals(Issuer.of("BTC-BTTTT").hashCode(), unknown.hashCode());
    String nfd = Normalizer.normalize("Sở-Huế", Normalizer.Form.NFD);
    assertEquals(Issuer.of("Sở-Huế"), Issuer.of(nfd));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1UBND", "-UBND", "UBND-", "UB ND", "UB--ND", "UB/ND", "ttg", "Ubnd", "HDND", "qh15"})
  void rejectsBadCodes(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Issuer.of(code));
    assertTrue(e.getMessage().startsWith("Invalid value for issuer code (valid values "), e.getMessage());
    assertTrue(e.getMessage().endsWith("): " + code), e.getMessage());
  }

  @Test
  void nullCode() {
    assertEquals("code", assertThrows(NullPointerException.class, () -> Issuer.of(null)).getMessage());
  }

  @Test
  void aLegislatureNumberIsDigitsOnly() {
    assertFalse(Issuer.of("QHA").isKnown());
    assertFalse(Issuer.of("QH1A").isKnown());
    assertFalse(Issuer.of("UBTVQHX").isKnown());
    assertTrue(Issuer.of("QH15").isKnown());
  }

  @Test
  void hashCodesFollowTheCode() {
    assertEquals(Issuer.of("BTC").hashCode(), Issuer.MINISTRY_OF_FINANCE.hashCode());
    assertNotEquals(Issuer.of("BTC").hashCode(), Issuer.of("CP").hashCode());
  }
}
