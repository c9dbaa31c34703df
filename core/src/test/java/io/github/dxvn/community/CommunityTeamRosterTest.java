package io.github.dxvn.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityTeamRosterTest {

  private static AdminUnitCode code(String s) {
    return AdminUnitCode.parse(s);
  }

  @Test
  void seedCountsGive830TeamsAnd5Point2133MembersPerTeam() {
    CommunityTeamRoster seed = CommunityTeamRoster.ofCounts(115, 715, 4327);
    assertEquals(115, seed.teams(AdminLevel.COMMUNE));
    assertEquals(715, seed.teams(AdminLevel.VILLAGE));
    assertEquals(830, seed.totalTeams());
    assertEquals(OptionalLong.of(4327), seed.totalMembers());
    assertEquals(Optional.of(new BigDecimal("5.2133")), seed.membersPerTeam());
    assertEquals(Optional.of(new BigDecimal("5.21325301")),
        seed.membersPerTeam(8, RoundingMode.HALF_EVEN));
    assertThrows(ArithmeticException.class,
        () -> seed.membersPerTeam(2, RoundingMode.UNNECESSARY));
    assertFalse(seed.hasIndividualTeams());
    assertEquals(Optional.empty(), seed.individualTeams());
    assertEquals("CommunityTeamRoster[commune=115, village=715, members=4327]", seed.toString());
  }

  @Test
  void countsCannotAnswerCoverage() {
    CommunityTeamRoster seed = CommunityTeamRoster.ofCounts(115, 715, 4327);
    assertEquals(Optional.empty(), seed.coverage(List.of(code("19345"))));
    assertEquals(Optional.empty(), seed.coveredUnits(List.of(code("19345"))));
  }

  @Test
  void countsWithoutMembers() {
    CommunityTeamRoster r = CommunityTeamRoster.ofCounts(2, 3);
    assertEquals(5, r.totalTeams());
    assertEquals(OptionalLong.empty(), r.totalMembers());
    assertEquals(Optional.empty(), r.membersPerTeam());
    assertEquals(Optional.empty(), CommunityTeamRoster.ofCounts(0, 0, 0).membersPerTeam());
  }

  @Test
  void ofCountsRejectsBadCounts() {
    assertEquals("Invalid value for communeLevelTeams (valid values 0 - 9223372036854775807): -1",
        assertThrows(IllegalArgumentException.class, () -> CommunityTeamRoster.ofCounts(-1, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> CommunityTeamRoster.ofCounts(0, -1));
    assertThrows(IllegalArgumentException.class, () -> CommunityTeamRoster.ofCounts(1, 1, -1));
    assertEquals("Invalid value for members (valid values 0 when there are no teams): 4",
        assertThrows(IllegalArgumentException.class, () -> CommunityTeamRoster.ofCounts(0, 0, 4))
            .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CommunityTeamRoster.ofCounts(Long.MAX_VALUE, 1));
  }

  @Test
  void teamsRosterCountsLevelsAndMembers() {
    CommunityTeamRoster r = CommunityTeamRoster.ofTeams(List.of(
        CommunityTeam.of(code("19345"), 7), CommunityTeam.of(code("19345-1"), 5),
        CommunityTeam.of(code("19345-2"), 4), CommunityTeam.of(code("19348"), 6)));
    assertTrue(r.hasIndividualTeams());
    assertEquals(2, r.teams(AdminLevel.COMMUNE));
    assertEquals(2, r.teams(AdminLevel.VILLAGE));
    assertEquals(OptionalLong.of(22), r.totalMembers());
    assertEquals(Optional.of(new BigDecimal("5.5000")), r.membersPerTeam());
    assertEquals(4, r.individualTeams().orElseThrow().size());
  }

  @Test
  void unknownMemberCountMakesTotalUnknown() {
    CommunityTeamRoster r = CommunityTeamRoster.ofTeams(
        List.of(CommunityTeam.of(code("19345"), 7), CommunityTeam.of(code("19348"))));
    assertEquals(OptionalLong.empty(), r.totalMembers());
    assertEquals(Optional.empty(), r.membersPerTeam());
    assertEquals(OptionalLong.of(0), CommunityTeamRoster.ofTeams(List.of()).totalMembers());
  }

  @Test
  void coverageCountsCommunesWithAVillageTeam() {
    CommunityTeamRoster r = CommunityTeamRoster.ofTeams(List.of(
        CommunityTeam.of(code("19345-1")), CommunityTeam.of(code("19348"))));
    List<AdminUnitCode> communes =
        List.of(code("19345"), code("19348"), code("19351"), code("19354"));
    assertEquals(Optional.of(Set.of(code("19345"), code("19348"))), r.coveredUnits(communes));
    assertEquals(Optional.of(new BigDecimal("0.5000")), r.coverage(communes));
    // duplicates count once
    assertEquals(Optional.of(new BigDecimal("1.0000")),
        r.coverage(List.of(code("19348"), code("19348"))));
    assertEquals(Optional.of(new BigDecimal("0.0000")), r.coverage(List.of(code("19345-2"))));
  }

  @Test
  void coverageRejectsEmptyAndNulls() {
    CommunityTeamRoster r = CommunityTeamRoster.ofTeams(List.of(CommunityTeam.of(code("19348"))));
    assertThrows(IllegalArgumentException.class, () -> r.coverage(List.of()));
    assertEquals("units",
        assertThrows(NullPointerException.class, () -> r.coverage(null)).getMessage());
    assertThrows(NullPointerException.class, () -> r.coveredUnits(Arrays.asList(code("1"
        + "9348"), null)));
  }

  @Test
  void otherContracts() {
    assertEquals("teams",
        assertThrows(NullPointerException.class, () -> CommunityTeamRoster.ofTeams(null))
            .getMessage());
    assertThrows(NullPointerException.class,
        () -> CommunityTeamRoster.ofTeams(Arrays.asList((CommunityTeam) null)));
    CommunityTeamRoster r = CommunityTeamRoster.ofCounts(1, 2, 3);
    assertThrows(IllegalArgumentException.class, () -> r.teams(AdminLevel.PROVINCE));
    assertThrows(NullPointerException.class, () -> r.teams(null));
    assertThrows(NullPointerException.class, () -> r.membersPerTeam(2, null));
    assertThrows(IllegalArgumentException.class, () -> r.membersPerTeam(-1, RoundingMode.DOWN));
    assertEquals(r, CommunityTeamRoster.ofCounts(1, 2, 3));
    assertEquals(r.hashCode(), CommunityTeamRoster.ofCounts(1, 2, 3).hashCode());
    assertNotEquals(r, CommunityTeamRoster.ofCounts(1, 2));
    // a roster of teams is not equal to the counts it adds up to: it knows more
    assertNotEquals(CommunityTeamRoster.ofCounts(1, 0, 3),
        CommunityTeamRoster.ofTeams(List.of(CommunityTeam.of(code("19348"), 3))));
  }

  @Test
  void countsMayAddUpToLongMaxValueAndNoFurther() {
    assertEquals(Long.MAX_VALUE, CommunityTeamRoster.ofCounts(Long.MAX_VALUE - 1, 1).totalTeams());
    assertEquals("Invalid value for villageLevelTeams (valid values 0 - 0 with 9223372036854775807 commune-level"
        + " teams): 1", assertThrows(IllegalArgumentException.class,
            () -> CommunityTeamRoster.ofCounts(Long.MAX_VALUE, 1)).getMessage());
    assertEquals("Invalid value for villageLevelTeams (valid values 0 - 9223372036854775807): -1",
        assertThrows(IllegalArgumentException.class, () -> CommunityTeamRoster.ofCounts(0, -1)).getMessage());
  }

  @Test
  void equalityHashAndText() {
    CommunityTeamRoster r = CommunityTeamRoster.ofCounts(115, 715, 4327);
    assertEquals(r, r);
    assertNotEquals(r, "CommunityTeamRoster");
    assertNotEquals(r, null);
    assertNotEquals(r.hashCode(), CommunityTeamRoster.ofCounts(115, 716, 4327).hashCode());
    assertEquals("CommunityTeamRoster[commune=115, village=715, members=4327]", r.toString());
    assertEquals("CommunityTeamRoster[commune=1, village=0, members=unknown]", CommunityTeamRoster.ofCounts(1, 0).toString());
    assertEquals("CommunityTeamRoster[teams, commune=1, village=0, members=3]",
        CommunityTeamRoster.ofTeams(List.of(CommunityTeam.of(code("19348"), 3))).toString());
  }
}
