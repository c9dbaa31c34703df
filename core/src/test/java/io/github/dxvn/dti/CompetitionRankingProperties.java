package io.github.dxvn.dti;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CompetitionRankingProperties {

  // Few distinct values, so that ties are common.
  private static final Gen<List<BigDecimal>> VALUES =
      lists().of(integers().between(0, 5).map(i -> BigDecimal.valueOf(i, 1))).ofSizeBetween(0, 30);

  private static Map<Integer, BigDecimal> keyed(List<BigDecimal> values) {
    Map<Integer, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(i, values.get(i));
    }
    return map;
  }

  @Test
  void aRankIsOnePlusTheNumberOfBetterValues() {
    // Hence ties share a rank and the next rank skips as many places as shared it (1, 2, 2, 4).
    qt().forAll(VALUES).check(values -> {
      Map<Integer, Integer> ranks = CompetitionRanking.ranks(keyed(values));
      for (int i = 0; i < values.size(); i++) {
        BigDecimal v = values.get(i);
        long better = values.stream().filter(o -> o.compareTo(v) > 0).count();
        if (ranks.get(i) != better + 1) {
          return false;
        }
      }
      return ranks.size() == values.size();
    });
  }

  @Test
  void equalValuesShareARankAndTheNextRankSkips() {
    qt().forAll(VALUES).check(values -> {
      Map<Integer, Integer> ranks = CompetitionRanking.ranks(keyed(values));
      List<Integer> ordered = List.copyOf(ranks.values());
      List<Integer> keys = List.copyOf(ranks.keySet());
      for (int i = 1; i < ordered.size(); i++) {
        boolean tie = values.get(keys.get(i)).compareTo(values.get(keys.get(i - 1))) == 0;
        int expected = tie ? ordered.get(i - 1) : i + 1;
        if (ordered.get(i) != expected) {
          return false;
        }
      }
      return ordered.isEmpty() || ordered.get(0) == 1;
    });
  }
}
