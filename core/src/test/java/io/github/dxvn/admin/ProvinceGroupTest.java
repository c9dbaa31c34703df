package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvinceGroupTest {

  private static final AdminUnitCode A = AdminUnitCode.parse("44");
  private static final AdminUnitCode B = AdminUnitCode.parse("45");
  private static final AdminUnitCode C = AdminUnitCode.parse("46");

  @Test
  void ofListsProvinces() {
    ProvinceGroup g = ProvinceGroup.of("G1", "Nhóm", "Group", List.of(A, B));
    assertEquals(2, g.size());
    assertTrue(g.contains(A));
    assertFalse(g.contains(C));
    assertTrue(g.parts().isEmpty());
    assertThrows(NullPointerException.class, () -> g.contains(null));
  }

  @Test
  void ofRejectsNulls() {
    assertThrows(NullPointerException.class, () -> ProvinceGroup.of(null, "n", "n", List.of(A)));
    assertThrows(NullPointerException.class, () -> ProvinceGroup.of("G", null, "n", List.of(A)));
    assertThrows(NullPointerException.class, () -> ProvinceGroup.of("G", "n", null, List.of(A)));
    assertEquals("provinces", assertThrows(NullPointerException.class,
        () -> ProvinceGroup.of("G", "n", "n", null)).getMessage());
  }

  @Test
  void ofRejectsBadValues() {
    assertEquals("Invalid value for code (valid values A-Z, 0-9 and _, not empty): g-1",
        assertThrows(IllegalArgumentException.class,
            () -> ProvinceGroup.of("g-1", "n", "n", List.of(A))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ProvinceGroup.of("G", "n", "n", List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> ProvinceGroup.of("G", "n", "n", List.of(AdminUnitCode.parse("07063"))));
  }

  @Test
  void ofPartsTakesTheUnion() {
    ProvinceGroup p1 = ProvinceGroup.of("P1", "a", "a", List.of(A));
    ProvinceGroup p2 = ProvinceGroup.of("P2", "b", "b", List.of(B, C));
    ProvinceGroup g = ProvinceGroup.ofParts("G", "Nhóm", "Group", List.of(p1, p2));
    assertEquals(Set.of(A, B, C), g.provinces());
    assertEquals(List.of(p1, p2), g.parts());
  }

  @Test
  void ofPartsRejectsOverlapNullsAndEmpty() {
    ProvinceGroup p1 = ProvinceGroup.of("P1", "a", "a", List.of(A, B));
    ProvinceGroup p2 = ProvinceGroup.of("P2", "b", "b", List.of(B));
    assertEquals("Invalid value for parts (valid values disjoint groups): [P1, P2]",
        assertThrows(IllegalArgumentException.class,
            () -> ProvinceGroup.ofParts("G", "n", "n", List.of(p1, p2))).getMessage());
    assertEquals("parts", assertThrows(NullPointerException.class,
        () -> ProvinceGroup.ofParts("G", "n", "n", null)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ProvinceGroup.ofParts("G", "n", "n", List.of()));
  }

  @Test
  void builderRejectsProvincesOtherThanTheUnionOfParts() {
    ProvinceGroup p1 = ProvinceGroup.of("P1", "a", "a", List.of(A));
    assertThrows(IllegalArgumentException.class, () -> ProvinceGroup.builder().code("G")
        .nameVi("n").nameEn("n").addParts(p1).addProvinces(A, B).build());
  }

  @Test
  void storesVietnameseNameInNfc() {
    String nfd = Normalizer.normalize("Tây Nguyên", Normalizer.Form.NFD);
    assertEquals(ProvinceGroup.of("G", "Tây Nguyên", "n", List.of(A)),
        ProvinceGroup.of("G", nfd, "n", List.of(A)));
  }
}
