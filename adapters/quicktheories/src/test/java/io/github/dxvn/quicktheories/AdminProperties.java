package io.github.dxvn.quicktheories;

import io.github.dxvn.admin.ProvinceGroup;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

  @Test
  void rebasedSumsAreTheSumsOfThePredecessors() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    qt().withExamples(40).forAll(DxvnGens.rebasings().flatMap(rb -> DxvnGens.validObservationListsBefore(
            rb.reorganisation()).map(obs -> Map.entry(Dataset.of(obs), rb.rebase(Dataset.of(obs))))))
        .check(e -> e.getValue().dataset().observations().stream()
            .filter(o -> o.comparison() == Comparison.EQUAL
                && catalog.get(o.indicator()).aggregation().method() == AggregationRule.Method.SUM)
            .allMatch(o -> {
              AdminUnitCode code = AdminUnitCode.parse(o.unitCode());
              BigDecimal sum = e.getValue().reorganisation().predecessorsOf(code).stream()
                  .map(p -> e.getKey().find(p.toString(), o.indicator(), o.period()))
                  .map(f -> f.map(Observation::value).orElse(BigDecimal.ZERO))
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
              return sum.compareTo(o.value()) == 0;
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

  @Test
  void provinceGroupsHoldProvincesAndTheirPartsUnion() {
    qt().withExamples(200).forAll(DxvnGens.provinceGroups()).check(g ->
        g.provinces().stream().allMatch(p -> p.level() == AdminLevel.PROVINCE && g.contains(p))
            && (g.parts().isEmpty() || g.parts().stream().mapToInt(ProvinceGroup::size).sum() == g.size()));
  }

  @Test
  void overlappingPartsAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.overlappingProvinceGroups())
        .check(parts -> Rejects.asArgument(() -> ProvinceGroup.ofParts("G", "Nhóm", "Group", parts)));
  }

  @Test
  void rebaseReasonsHaveATargetOrAnInput() {
    qt().withExamples(200).forAll(DxvnGens.rebaseReasons())
        .check(r -> r.target().isPresent() || !r.inputs().isEmpty());
  }
}
