package io.github.dxvn.dti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition ranking ("1224"): equal values share a rank, and the next rank skips as many places as
 * shared it. Higher values rank first.
 */
final class CompetitionRanking {

  private CompetitionRanking() {}

  /**
   * Ranks values, highest first.
   *
   * @param values  values by key, not null
   * @return ranks by key, from 1, in rank order (ties in the given order)
   */
  static <K> Map<K, Integer> ranks(Map<K, BigDecimal> values) {
    List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort((a, b) -> b.getValue().compareTo(a.getValue()));
    Map<K, Integer> ranks = new LinkedHashMap<>();
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal value = sorted.get(i).getValue();
      if (previous == null || value.compareTo(previous) != 0) {
        rank = i + 1;
        previous = value;
      }
      ranks.put(sorted.get(i).getKey(), rank);
    }
    return ranks;
  }
}
