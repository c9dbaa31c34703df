package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.community.CommunityTeamRoster;
import io.github.dxvn.platform.HotlineNumber;
import java.text.Normalizer;
import java.util.OptionalLong;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.Test;

/** Platforms, hotlines, community teams and rosters checked with the published generators. */
class PlatformProperties {

  @Test
  void hotlineNumbersRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.hotlineNumbers()).check(h -> HotlineNumber.parse(h.toString()).equals(h));
  }

  @Test
  void malformedHotlineNumbersAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedHotlineNumbers()).check(t -> Rejects.asText(() -> HotlineNumber.parse(t)));
  }

  @Test
  void platformNamesAreNfc() {
    qt().withExamples(200).forAll(DxvnGens.platforms()).check(p -> Normalizer.isNormalized(p.nameVi(), Normalizer.Form.NFC)
        && p.shortName().map(s -> s.length() <= 16).orElse(true));
  }

  @Test
  void teamsAreAtCommuneOrVillageLevel() {
    qt().withExamples(200).forAll(DxvnGens.communityTeams()).check(t -> t.level() == AdminLevel.COMMUNE || t.level() == AdminLevel.VILLAGE);
  }

  @Test
  void rostersCountTheirTeams() {
    qt().withExamples(200).forAll(DxvnGens.communityTeamRosters()).check(r -> r.totalTeams()
            == r.teams(AdminLevel.COMMUNE) + r.teams(AdminLevel.VILLAGE)
        && r.individualTeams().map(ts -> ts.size() == r.totalTeams()).orElse(true)
        && (r.totalMembers().isEmpty() || r.totalTeams() > 0 || r.totalMembers().getAsLong() == 0));
  }

  @Test
  void rostersOfTeamsSumTheirMembers() {
    qt().withExamples(200).forAll(SourceDSL.lists().of(DxvnGens.communityTeams()).ofSizeBetween(0, 20))
        .check(teams -> CommunityTeamRoster.ofTeams(teams).totalMembers().equals(
            teams.stream().allMatch(t -> t.memberCount().isPresent())
                ? OptionalLong.of(teams.stream().mapToLong(t -> t.memberCount().getAsInt()).sum())
                : OptionalLong.empty()));
  }

  @Test
  void platformEnumerationsAreNamed() {
    qt().withExamples(50).forAll(DxvnGens.platformCategories(), DxvnGens.platformLevels())
        .check((c, l) -> c.toString() != null && l.toString() != null);
  }
}
