package io.github.dxvn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void ofGivesDefaults() {
    Platform p = Platform.of("Cổng thông tin điện tử tỉnh", PlatformCategory.WEB_PORTAL,
        PlatformLevel.PROVINCIAL);
    assertEquals("Cổng thông tin điện tử tỉnh", p.nameVi());
    assertEquals(PlatformCategory.WEB_PORTAL, p.category());
    assertEquals(PlatformLevel.PROVINCIAL, p.level());
    assertFalse(p.ipv6Enabled());
    assertFalse(p.connectedToMonitoringCentre());
    assertEquals(Optional.empty(), p.nameEn());
    assertEquals(Optional.empty(), p.shortName());
    assertEquals(Optional.empty(), p.hotline());
    assertEquals(Optional.empty(), p.operator());
  }

  @Test
  void ofRejectsNulls() {
    assertEquals("nameVi", assertThrows(NullPointerException.class,
        () -> Platform.of(null, PlatformCategory.OTHER, PlatformLevel.NATIONAL)).getMessage());
    assertEquals("category", assertThrows(NullPointerException.class,
        () -> Platform.of("x", null, PlatformLevel.NATIONAL)).getMessage());
    assertEquals("level", assertThrows(NullPointerException.class,
        () -> Platform.of("x", PlatformCategory.OTHER, null)).getMessage());
  }

  @Test
  void rejectsBlankTextAndBadShortName() {
    assertEquals("Invalid value for nameVi (valid values non-blank text): ' '",
        assertThrows(IllegalArgumentException.class,
            () -> Platform.of(" ", PlatformCategory.OTHER, PlatformLevel.NATIONAL)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Platform.builder().nameVi("x").nameEn("")
        .category(PlatformCategory.OTHER).level(PlatformLevel.NATIONAL).build());
    assertThrows(IllegalArgumentException.class, () -> Platform.builder().nameVi("x")
        .operator("  ").category(PlatformCategory.OTHER).level(PlatformLevel.NATIONAL).build());
    assertEquals("Invalid value for shortName (valid values 1 to 16 ASCII letters or digits): L S",
        assertThrows(IllegalArgumentException.class, () -> Platform.builder().nameVi("x")
            .shortName("L S").category(PlatformCategory.OTHER).level(PlatformLevel.NATIONAL)
            .build()).getMessage());
  }

  @Test
  void namesAreStoredInNfc() {
    String vi = "Sàn thương mại điện tử tỉnh Quảng Trị";
    Platform nfd = Platform.builder().nameVi(Normalizer.normalize(vi, Normalizer.Form.NFD))
        .operator(Normalizer.normalize("Bưu điện", Normalizer.Form.NFD))
        .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.PROVINCIAL).build();
    assertEquals(vi, nfd.nameVi());
    assertEquals(Optional.of("Bưu điện"), nfd.operator());
  }

  @Test
  void builderRequiresCategoryAndLevel() {
    assertThrows(IllegalStateException.class,
        () -> Platform.builder().nameVi("x").level(PlatformLevel.NATIONAL).build());
    assertThrows(IllegalStateException.class,
        () -> Platform.builder().nameVi("x").category(PlatformCategory.OTHER).build());
  }

  @Test
  void enumsHaveLabels() {
    for (PlatformCategory c : PlatformCategory.values()) {
      assertFalse(c.nameVi().isBlank());
      assertFalse(c.nameEn().isBlank());
    }
    assertEquals("cấp tỉnh", PlatformLevel.PROVINCIAL.nameVi());
    assertEquals("national", PlatformLevel.NATIONAL.nameEn());
  }

  @Test
  void aDecomposedNameAloneIsStoredInNfc() {
    String vi = "Cổng dịch vụ công";
    Platform nfd = Platform.builder().nameVi(Normalizer.normalize(vi, Normalizer.Form.NFD))
        .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.PROVINCIAL).build();
    assertEquals(vi, nfd.nameVi());
    Platform nfdOperator = Platform.builder().nameVi(vi).operator(Normalizer.normalize("Bưu điện", Normalizer.Form.NFD))
        .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.PROVINCIAL).build();
    assertEquals(Optional.of("Bưu điện"), nfdOperator.operator());
  }
}
