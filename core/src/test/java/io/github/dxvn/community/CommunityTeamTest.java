package io.github.dxvn.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommunityTeamTest {

  private static final AdminUnitCode COMMUNE = AdminUnitCode.parse("19345");
  private static final AdminUnitCode VILLAGE = AdminUnitCode.parse("19345-7");

  @Test
  void levelIsThatOfTheUnit() {
    assertEquals(AdminLevel.COMMUNE, CommunityTeam.of(COMMUNE).level());
    assertEquals(AdminLevel.VILLAGE, CommunityTeam.of(VILLAGE, 5).level());
    assertEquals(OptionalInt.of(5), CommunityTeam.of(VILLAGE, 5).memberCount());
    assertEquals(OptionalInt.empty(), CommunityTeam.of(VILLAGE).memberCount());
    assertEquals(OptionalInt.of(0), CommunityTeam.of(VILLAGE, 0).memberCount());
  }

  @Test
  void ofRejectsNullUnit() {
    assertEquals("unit",
        assertThrows(NullPointerException.class, () -> CommunityTeam.of(null)).getMessage());
    assertEquals("unit",
        assertThrows(NullPointerException.class, () -> CommunityTeam.of(null, 3)).getMessage());
  }

  @Test
  void rejectsProvinceAndDistrictUnits() {
    assertEquals("Invalid value for unit (valid values a commune or village code): 45",
        assertThrows(IllegalArgumentException.class,
            () -> CommunityTeam.of(AdminUnitCode.parse("45"))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CommunityTeam.of(AdminUnitCode.parse("464"), 3));
  }

  @Test
  void rejectsNegativeMemberCount() {
    assertEquals("Invalid value for memberCount (valid values 0 - 2147483647): -1",
        assertThrows(IllegalArgumentException.class, () -> CommunityTeam.of(COMMUNE, -1))
            .getMessage());
  }
}
