package io.github.dxvn.dti;

import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.ranking.Ranker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Provinces scored and ranked under one DTI framework. Ranks are competition ranks (1, 2, 2, 4) on
 * the totals as published, rounded half up to 4 decimals: two provinces published with the same
 * 4-decimal DTI share a rank even if their exact totals differ, as in the published tables.
 *
 * <p>A ranking is made by {@link DtiFramework#scoreAll}, or from scores by {@link #of(String, Map)}
 * and {@link #of(String, Period, Map)}, which rank them by the same rule: the ranks are always
 * computed, never given, so no ranking disagrees with its scores.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DtiRanking {

  private final String framework;
  private final Optional<Period> period;
  private final List<Entry> entries;
  private final Map<String, Entry> byUnit;

  private DtiRanking(String framework, Optional<Period> period, List<Entry> entries) {
    this.framework = framework;
    this.period = period;
    this.entries = List.copyOf(entries);
    Map<String, Entry> index = new LinkedHashMap<>();
    entries.forEach(e -> index.put(e.unitCode(), e));
    this.byUnit = index;
  }

  /**
   * Obtains the ranking of scores that were not made for a period (as {@link
   * DtiFramework#scoreAll(Map)} makes it).
   *
   * <p>The units are ranked as {@code scoreAll} ranks them: competition ranks on the published
   * totals, best first, ties in the order of the map's iteration. So a ranking rebuilt from its own
   * entries, in their order, equals it.
   *
   * @param framework  the name of the framework of every score, such as {@code dti-922}, not null
   * @param scores  the score of each unit, by unit code, ties ranked in iteration order; not null, no
   *     null key or value
   * @return the ranking, without a period, not null
   * @throws NullPointerException if an argument, a unit code or a score is null
   * @throws IllegalArgumentException if a score is of another framework
   */
  public static DtiRanking of(String framework, Map<String, DtiScore> scores) {
    return checked(framework, Optional.empty(), scores);
  }

  /**
   * Obtains the ranking of scores made for a period (as {@link DtiFramework#scoreAll(
   * io.github.dxvn.observation.Dataset, Period)} makes it); see {@link #of(String, Map)}.
   *
   * @param framework  the name of the framework of every score, such as {@code dti-922}, not null
   * @param period  the period scored, not null
   * @param scores  the score of each unit, by unit code, ties ranked in iteration order; not null, no
   *     null key or value
   * @return the ranking, with the period, not null
   * @throws NullPointerException if an argument, a unit code or a score is null
   * @throws IllegalArgumentException if a score is of another framework
   */
  public static DtiRanking of(String framework, Period period, Map<String, DtiScore> scores) {
    return checked(framework, Optional.of(Objects.requireNonNull(period, "period")), scores);
  }

  private static DtiRanking checked(String framework, Optional<Period> period, Map<String, DtiScore> scores) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(scores, "scores");
    Map<String, DtiScore> copy = new LinkedHashMap<>();
    for (Map.Entry<String, DtiScore> e : scores.entrySet()) {
      String unit = Objects.requireNonNull(e.getKey(), "scores key");
      DtiScore score = Objects.requireNonNull(e.getValue(), "scores value");
      if (!score.framework().equals(framework)) {
        throw new IllegalArgumentException("Invalid value for framework of the score of " + unit
            + " (valid values " + framework + "): " + score.framework());
      }
      copy.put(unit, score);
    }
    return of(framework, period, copy);
  }

  static DtiRanking of(String framework, Optional<Period> period, Map<String, DtiScore> scores) {
    List<String> units = new ArrayList<>(scores.keySet());
    // Published totals have 4 decimals on 0-1, so their doubles are exact enough to tie exactly when
    // the decimals do and to differ when they differ.
    double[] published = new double[units.size()];
    for (int i = 0; i < published.length; i++) {
      published[i] = scores.get(units.get(i)).publishedTotal().doubleValue();
    }
    int[] ranks = Ranker.competition().rank(published).toIntArray();
    Integer[] order = new Integer[units.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Best first; the sort is stable, so ties keep the input order.
    Arrays.sort(order, Comparator.comparingInt(i -> ranks[i]));
    List<Entry> entries = new ArrayList<>();
    for (int i : order) {
      String unit = units.get(i);
      entries.add(new Entry(unit, scores.get(unit), RankPosition.of(ranks[i], units.size())));
    }
    return new DtiRanking(framework, period, entries);
  }

  /**
   * Returns the name of the framework.
   *
   * @return the name, such as {@code dti-922}, not null
   */
  public String framework() {
    return framework;
  }

  /**
   * Returns the period scored.
   *
   * @return the period, or empty when scored from plain maps
   */
  public Optional<Period> period() {
    return period;
  }

  /**
   * Returns the entries, best first; ties keep the order of the input.
   *
   * @return the entries, not null
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds a unit's entry.
   *
   * @param unitCode  the unit's code, not null
   * @return the entry, or empty
   */
  public Optional<Entry> find(String unitCode) {
    return Optional.ofNullable(byUnit.get(Objects.requireNonNull(unitCode, "unitCode")));
  }

  /**
   * Returns the number of units ranked.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DtiRanking)) {
      return false;
    }
    DtiRanking other = (DtiRanking) obj;
    return framework.equals(other.framework) && period.equals(other.period) && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, period, entries);
  }

  @Override
  public String toString() {
    return "DtiRanking[" + framework + period.map(p -> " " + p).orElse("") + ", " + entries.size() + " units]";
  }

  /**
   * One unit's score and rank.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Entry {
    private final String unitCode;
    private final DtiScore score;
    private final RankPosition rank;

    Entry(String unitCode, DtiScore score, RankPosition rank) {
      this.unitCode = unitCode;
      this.score = score;
      this.rank = rank;
    }

    /**
     * Returns the unit's code.
     *
     * @return the code, not null
     */
    public String unitCode() {
      return unitCode;
    }

    /**
     * Returns the unit's score.
     *
     * @return the score, not null
     */
    public DtiScore score() {
      return score;
    }

    /**
     * Returns the unit's rank of all units ranked.
     *
     * @return the rank, such as 1/63, not null
     */
    public RankPosition rank() {
      return rank;
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Entry)) {
        return false;
      }
      Entry other = (Entry) obj;
      return unitCode.equals(other.unitCode) && score.equals(other.score) && rank.equals(other.rank);
    }

    @Override
    public int hashCode() {
      return Objects.hash(unitCode, score, rank);
    }

    @Override
    public String toString() {
      return unitCode + " " + score.publishedTotal().toPlainString() + " rank " + rank;
    }
  }
}
