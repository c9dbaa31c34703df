package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminUnitTest {

  private static final AdminUnitCode QUANG_TRI = AdminUnitCode.parse("45");

  @Test
  void ofGivesBareUnit() {
    AdminUnit u = AdminUnit.of(QUANG_TRI, "Tỉnh Quảng Trị");
    assertEquals(QUANG_TRI, u.code());
    assertEquals("Tỉnh Quảng Trị", u.name());
    assertEquals(AdminLevel.PROVINCE, u.level());
    assertEquals(Optional.empty(), u.validFrom());
    assertEquals(Optional.empty(), u.validTo());
    assertEquals(Optional.empty(), u.parent());
    assertEquals(Optional.empty(), u.region());
  }

  @Test
  void ofRejectsNulls() {
    assertEquals("code",
        assertThrows(NullPointerException.class, () -> AdminUnit.of(null, "x")).getMessage());
    assertEquals("name",
        assertThrows(NullPointerException.class, () -> AdminUnit.of(QUANG_TRI, null)).getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AdminUnit.of(QUANG_TRI, " "));
    assertEquals("Invalid value for name (valid values non-blank text): ' '", e.getMessage());
  }

  @Test
  void storesNameInNfc() {
    String nfd = Normalizer.normalize("Tỉnh Quảng Trị", Normalizer.Form.NFD);
    AdminUnit u = AdminUnit.of(QUANG_TRI, nfd);
    assertEquals("Tỉnh Quảng Trị", u.name());
    assertEquals(AdminUnit.of(QUANG_TRI, "Tỉnh Quảng Trị"), u);
  }

  @Test
  void validityIsInclusiveAndOpenWhenAbsent() {
    AdminUnit u = AdminUnit.builder().code(QUANG_TRI).name("Tỉnh Quảng Trị")
        .validFrom(LocalDate.of(1989, 7, 1)).validTo(LocalDate.of(2025, 6, 30)).build();
    assertTrue(u.isValidOn(LocalDate.of(1989, 7, 1)));
    assertTrue(u.isValidOn(LocalDate.of(2025, 6, 30)));
    assertFalse(u.isValidOn(LocalDate.of(1989, 6, 30)));
    assertFalse(u.isValidOn(LocalDate.of(2025, 7, 1)));
    assertTrue(AdminUnit.of(QUANG_TRI, "x").isValidOn(LocalDate.MIN));
    assertEquals("date", assertThrows(NullPointerException.class, () -> u.isValidOn(null))
        .getMessage());
  }

  @Test
  void oneDayValidityIsAllowedButReversedIsNot() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertTrue(AdminUnit.builder().code(QUANG_TRI).name("x").validFrom(d).validTo(d).build()
        .isValidOn(d));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AdminUnit.builder().code(QUANG_TRI).name("x").validFrom(d).validTo(d.minusDays(1))
            .build());
    assertEquals(
        "Invalid value for validTo (valid values on or after 2025-01-01): 2024-12-31",
        e.getMessage());
  }

  @Test
  void parentMustBeAbove() {
    AdminUnitCode commune = AdminUnitCode.parse("19345");
    AdminUnit ok = AdminUnit.builder().code(commune).name("Xã A").parent(QUANG_TRI).build();
    assertEquals(Optional.of(QUANG_TRI), ok.parent());
    assertThrows(IllegalArgumentException.class,
        () -> AdminUnit.builder().code(QUANG_TRI).name("x").parent(AdminUnitCode.parse("46"))
            .build());
    assertThrows(IllegalArgumentException.class,
        () -> AdminUnit.builder().code(AdminUnitCode.parse("464")).name("x").parent(commune)
            .build());
  }

  @Test
  void villageParentMustBeItsCommune() {
    AdminUnitCode village = AdminUnitCode.parse("19345-3");
    assertEquals(AdminLevel.VILLAGE,
        AdminUnit.builder().code(village).name("Thôn 3").parent(AdminUnitCode.parse("19345"))
            .build().level());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AdminUnit.builder().code(village).name("Thôn 3").parent(AdminUnitCode.parse("19346"))
            .build());
    assertEquals("Invalid value for parent (valid values 19345): 19346", e.getMessage());
  }

  @Test
  void builderRejectsMissingCode() {
    assertThrows(IllegalStateException.class, () -> AdminUnit.builder().name("x").build());
  }

  @Test
  void levelsAndRegionsHaveLabels() {
    assertEquals("xã/phường/đặc khu", AdminLevel.COMMUNE.nameVi());
    assertEquals("village/hamlet/residential group", AdminLevel.VILLAGE.nameEn());
    assertTrue(AdminLevel.PROVINCE.isAbove(AdminLevel.DISTRICT));
    assertFalse(AdminLevel.COMMUNE.isAbove(AdminLevel.COMMUNE));
    assertThrows(NullPointerException.class, () -> AdminLevel.COMMUNE.isAbove(null));
    assertEquals("Tây Nguyên", Region.CENTRAL_HIGHLANDS.nameVi());
    assertEquals("Mekong delta", Region.MEKONG_DELTA.nameEn());
    assertEquals(6, Region.values().length);
    for (Region r : Region.values()) {
      assertTrue(Normalizer.isNormalized(r.nameVi(), Normalizer.Form.NFC), r.name());
    }
  }
}
