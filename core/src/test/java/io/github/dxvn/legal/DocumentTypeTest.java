package io.github.dxvn.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  @Test
  void codesRoundTripExactlyAndLoosely() {
    Set<String> folded = new HashSet<>();
    for (DocumentType type : DocumentType.values()) {
      if (type == DocumentType.LAW) {
        assertEquals(Optional.empty(), type.code());
        continue;
      }
      String code = type.code().orElseThrow();
      assertEquals(Optional.of(type), DocumentType.ofCode(code));
      assertEquals(Optional.of(type), DocumentType.ofCodeIgnoringCase(code.toLowerCase()));
      assertEquals(Optional.of(type), DocumentType.ofCodeIgnoringCase(code.replace('Đ', 'D')));
      // Loose matching must not make two codes collide.
      assertEquals(true, folded.add(DocumentType.fold(code)), code);
    }
  }

  @Test
  void labels() {
    assertEquals("quyết định", DocumentType.DECISION.nameVi());
    assertEquals("decision", DocumentType.DECISION.nameEn());
    assertEquals("luật", DocumentType.LAW.nameVi());
    assertEquals("circular", DocumentType.ofCode("TT").orElseThrow().nameEn());
  }

  @Test
  void unknownCodes() {
    assertEquals(Optional.empty(), DocumentType.ofCode("QD"));
    assertEquals(Optional.empty(), DocumentType.ofCode("qđ"));
    assertEquals(Optional.empty(), DocumentType.ofCode(""));
    assertEquals(Optional.empty(), DocumentType.ofCodeIgnoringCase("XX"));
    assertEquals("code", assertThrows(NullPointerException.class, () -> DocumentType.ofCode(null)).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class, () -> DocumentType.ofCodeIgnoringCase(null)).getMessage());
  }
}
