package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.Reorganisation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Administrative codes, units and reorganisations checked with the published generators. */
class AdminProperties {

  @Test
  void codesRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.adminUnitCodes()).check(c -> AdminUnitCode.parse(c.toString()).equals(c));
  }

  @Test
  void codesOfALevelHaveThatLevel() {
    qt().withExamples(200).forAll(DxvnGens.adminLevels().flatMap(l -> DxvnGens.adminUnitCodes(l).map(c -> c.level() == l)))
        .check(same -> same);
  }

  @Test
  void villagesBelongToTheirCommune() {
    qt().withExamples(200).forAll(DxvnGens.adminUnitCodes(AdminLevel.VILLAGE)).check(v -> v.commune().isPresent()
        && v.toString().startsWith(v.commune().get().toString() + "-"));
  }

  @Test
  void malformedCodesAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedAdminUnitCodes()).check(t -> Rejects.asText(() -> AdminUnitCode.parse(t)));
  }

  @Test
  void unitsHaveNonBlankNames() {
    qt().withExamples(200).forAll(DxvnGens.adminUnits()).check(u -> !u.name().isBlank() && u.level() == u.code().level());
    qt().withExamples(20).forAll(DxvnGens.regions()).check(r -> r.nameVi() != null);
  }

  @Test
  void successorsAndPredecessorsAgree() {
    qt().withExamples(200).forAll(DxvnGens.reorganisations()).check(r -> r.successors().entrySet().stream()
            .allMatch(e -> r.predecessorsOf(e.getValue()).contains(e.getKey()))
        && r.predecessors().entrySet().stream()
            .allMatch(e -> e.getValue().stream().allMatch(p -> r.successorOf(p).equals(e.getKey())))
        && r.after().size() <= r.before().size());
  }

  @Test
  void lineagesChainOneReorganisationsNewUnitsIntoTheNextsOldUnits() {
    qt().withExamples(200).forAll(DxvnGens.lineages()).check(chain -> chainsUp(chain));
  }

  @Test
  void everyOldCodeCanBeFollowedToTheEnd() {
    qt().withExamples(200).forAll(DxvnGens.lineages()).check(chain -> chain.get(0).before().stream().allMatch(u -> {
      AdminUnitCode code = u.code();
      for (Reorganisation r : chain) {
        code = r.successorOf(code);
      }
      return chain.get(chain.size() - 1).resolve(code, chain.get(chain.size() - 1).effectiveDate()).isPresent();
    }));
  }

  private static boolean chainsUp(List<Reorganisation> chain) {
    for (int k = 1; k < chain.size(); k++) {
      if (!chain.get(k - 1).after().stream().map(u -> u.code()).toList()
          .equals(chain.get(k).before().stream().map(u -> u.code()).toList())
          || !chain.get(k).effectiveDate().isAfter(chain.get(k - 1).effectiveDate())) {
        return false;
      }
    }
    return true;
  }
}
