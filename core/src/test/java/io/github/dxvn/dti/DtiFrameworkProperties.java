package io.github.dxvn.dti;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DtiFrameworkProperties {

  private static final DtiFramework DTI_922 = DtiFramework.standard("dti-922");
  private static final DtiFramework DTI_1726 = DtiFramework.standard("dti-1726");

  /** Values on 0-1 with 4 decimals, as published. */
  private static final Gen<BigDecimal> SCORES = integers().between(0, 10000).map(i -> BigDecimal.valueOf(i, 4));

  private static Gen<Map<IndicatorCode, BigDecimal>> inputs(DtiFramework framework) {
    List<IndicatorCode> codes = framework.inputs();
    return lists().of(SCORES).ofSize(codes.size()).map(values -> {
      Map<IndicatorCode, BigDecimal> map = new LinkedHashMap<>();
      for (int i = 0; i < codes.size(); i++) {
        map.put(codes.get(i), values.get(i));
      }
      return map;
    });
  }

  private static boolean withinUnit(BigDecimal v) {
    return v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0;
  }

  @Test
  void totalsLieWithinZeroAndOne() {
    qt().forAll(inputs(DTI_922)).check(values -> {
      DtiScore score = DTI_922.score(values);
      return withinUnit(score.total()) && withinUnit(score.publishedTotal())
          && score.groupValues().values().stream().allMatch(DtiFrameworkProperties::withinUnit);
    });
    qt().forAll(inputs(DTI_1726)).check(values -> withinUnit(DTI_1726.score(values).total()));
  }

  @Test
  void theTotalIsMonotoneInEachInput() {
    qt().forAll(inputs(DTI_922), integers().between(0, 7), SCORES).check((values, index, other) -> {
      IndicatorCode code = DTI_922.inputs().get(index);
      Map<IndicatorCode, BigDecimal> changed = new LinkedHashMap<>(values);
      changed.put(code, other);
      int input = other.compareTo(values.get(code));
      int total = DTI_922.score(changed).total().compareTo(DTI_922.score(values).total());
      return input == total;
    });
  }

  @Test
  void aMergedProvinceScoresTheMeanOfItsPredecessorsTotals() {
    qt().forAll(inputs(DTI_922), inputs(DTI_922)).check((a, b) -> {
      BigDecimal merged = DTI_922.score(DtiFramework.mergePredecessors(List.of(a, b))).total();
      BigDecimal mean = DTI_922.score(a).total().add(DTI_922.score(b).total())
          .divide(BigDecimal.valueOf(2), 10, RoundingMode.UNNECESSARY);
      return merged.compareTo(mean) == 0;
    });
  }

  @Test
  void mergingOneProvinceChangesNothing() {
    qt().forAll(inputs(DTI_1726)).check(values -> {
      Map<IndicatorCode, BigDecimal> merged = DtiFramework.mergePredecessors(List.of(values));
      return merged.keySet().equals(values.keySet())
          && values.entrySet().stream().allMatch(e -> merged.get(e.getKey()).compareTo(e.getValue()) == 0);
    });
  }

  @Test
  void rankingsGiveTiesEqualRanksAndSkipTheNext() {
    // Few distinct pillar values, so that published totals often tie.
    Gen<BigDecimal> coarse = integers().between(0, 3).map(i -> BigDecimal.valueOf(i, 1));
    Gen<Map<IndicatorCode, BigDecimal>> pillars = lists().of(coarse).ofSize(3).map(v -> Map.of(
        IndicatorCode.of("DTI_GOV_PILLAR"), v.get(0), IndicatorCode.of("DTI_ECON_PILLAR"), v.get(1),
        IndicatorCode.of("DTI_SOC_PILLAR"), v.get(2)));
    qt().forAll(lists().of(pillars).ofSizeBetween(1, 20)).check(units -> {
      Map<String, Map<IndicatorCode, BigDecimal>> byUnit = new LinkedHashMap<>();
      for (int i = 0; i < units.size(); i++) {
        byUnit.put("u" + i, units.get(i));
      }
      DtiRanking ranking = DTI_1726.scoreAll(byUnit);
      for (int i = 1; i < ranking.size(); i++) {
        // Best first: ranks never go down the list.
        if (ranking.entries().get(i).rank().rank() < ranking.entries().get(i - 1).rank().rank()) {
          return false;
        }
      }
      // A rank is one more than the number of better published totals: ties share it, the next skips.
      return ranking.size() == units.size() && ranking.entries().stream().allMatch(e -> {
        BigDecimal published = e.score().publishedTotal();
        long better = ranking.entries().stream()
            .filter(o -> o.score().publishedTotal().compareTo(published) > 0).count();
        return e.rank().rank() == better + 1 && e.rank().of().getAsInt() == units.size();
      });
    });
  }
}
