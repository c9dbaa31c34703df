package io.github.dxvn.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CommunityTeamRosterProperties {

  /** Teams in communes 00001-00050 and their villages 1-9, with 0-40 members. */
  static Gen<CommunityTeam> teams() {
    Gen<AdminUnitCode> communes = integers().between(1, 50)
        .map(n -> AdminUnitCode.of(AdminLevel.COMMUNE, n));
    Gen<AdminUnitCode> villages = communes.zip(integers().between(1, 9),
        (c, v) -> AdminUnitCode.ofVillage(c, String.valueOf(v)));
    return communes.mix(villages).zip(integers().between(0, 40), CommunityTeam::of);
  }

  @Test
  void teamRosterTotalsAreSumsOfParts() {
    qt().forAll(lists().of(teams()).ofSizeBetween(0, 60)).checkAssert(ts -> {
      CommunityTeamRoster r = CommunityTeamRoster.ofTeams(ts);
      assertEquals(ts.size(), r.totalTeams());
      assertEquals(r.totalTeams(), r.teams(AdminLevel.COMMUNE) + r.teams(AdminLevel.VILLAGE));
      assertEquals(ts.stream().filter(t -> t.level() == AdminLevel.COMMUNE).count(),
          r.teams(AdminLevel.COMMUNE));
      assertEquals(ts.stream().mapToLong(t -> t.memberCount().getAsInt()).sum(),
          r.totalMembers().getAsLong());
    });
  }

  @Test
  void countRosterTotalsAreSumsOfParts() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
            longs().between(0, 100_000_000))
        .checkAssert((c, v, m) -> {
          CommunityTeamRoster r = CommunityTeamRoster.ofCounts(c, v, c + v == 0 ? 0 : m);
          assertEquals(c + v, r.totalTeams());
          assertEquals(c, r.teams(AdminLevel.COMMUNE));
          assertEquals(v, r.teams(AdminLevel.VILLAGE));
        });
  }

  @Test
  void membersPerTeamLiesBetweenZeroAndMembers() {
    qt().forAll(longs().between(1, 1_000_000), longs().between(0, 1_000_000),
            longs().between(0, 100_000_000))
        .checkAssert((c, v, m) -> {
          BigDecimal perTeam = CommunityTeamRoster.ofCounts(c, v, m).membersPerTeam().orElseThrow();
          assertTrue(perTeam.signum() >= 0);
          assertTrue(perTeam.compareTo(BigDecimal.valueOf(m)) <= 0);
          assertEquals(CommunityTeamRoster.DEFAULT_SCALE, perTeam.scale());
          // within half a unit in the last place of the exact quotient
          BigDecimal error = perTeam.multiply(BigDecimal.valueOf(c + v))
              .subtract(BigDecimal.valueOf(m)).abs();
          assertTrue(error.compareTo(new BigDecimal("0.00005").multiply(BigDecimal.valueOf(c + v)))
              <= 0);
        });
  }

  @Test
  void coverageIsAShareOfTheGivenUnits() {
    List<AdminUnitCode> communes = List.of(AdminUnitCode.of(AdminLevel.COMMUNE, 1),
        AdminUnitCode.of(AdminLevel.COMMUNE, 2), AdminUnitCode.of(AdminLevel.COMMUNE, 60));
    qt().forAll(lists().of(teams()).ofSizeBetween(0, 60)).checkAssert(ts -> {
      CommunityTeamRoster r = CommunityTeamRoster.ofTeams(ts);
      BigDecimal share = r.coverage(communes).orElseThrow();
      assertTrue(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0);
      long covered = communes.stream().filter(c -> ts.stream().anyMatch(t ->
          t.unit().equals(c) || t.unit().commune().filter(c::equals).isPresent())).count();
      assertEquals(covered, r.coveredUnits(communes).orElseThrow().size());
    });
  }
}
