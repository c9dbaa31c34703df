package io.github.dxvn.index;

import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scores and ranks of every node of a framework for every unit: normalised values for the
 * indicators, weighted means for the aggregates.
 *
 * <p>A missing score is explicit: {@link #score(String, String)} is empty and
 * {@link #isPresent(String, String)} false. Ranks are competition ranks of the unrounded scores,
 * higher scores first (an aggregate with {@code LOWER_IS_BETTER} polarity ranks lower scores first);
 * missing scores are unranked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexResult {

  private final Framework framework;
  private final String[] units;
  private final List<String> unitList;
  private final Map<String, Integer> unitIndex;
  private final double[][] scores; // [node][unit], NaN for missing
  // Ranked on first use: most callers read a few nodes' ranks, and ranking every node costs n log n each.
  private final AtomicReferenceArray<Ranking> rankings;

  IndexResult(Framework framework, String[] units, double[][] scores) {
    this.framework = framework;
    this.units = units;
    this.unitList = List.of(units);
    this.scores = scores;
    this.unitIndex = new HashMap<>();
    for (int i = 0; i < units.length; i++) {
      unitIndex.put(units[i], i);
    }
    this.rankings = new AtomicReferenceArray<>(scores.length);
  }

  private Ranking rankingAt(int k) {
    Ranking ranking = rankings.get(k);
    if (ranking == null) {
      // Two threads may both rank; the results are equal and either may be kept.
      ranking = Ranker.competition().withPolarity(framework.rankingPolarity(k)).rank(scores[k]);
      rankings.compareAndSet(k, null, ranking);
    }
    return ranking;
  }

  /**
   * Returns the framework these scores were computed with.
   *
   * @return the framework, not null
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the unit codes, in the data's order.
   *
   * @return the codes, unmodifiable, not null
   */
  public List<String> units() {
    return unitList;
  }

  boolean hasUnit(String unit) {
    return unitIndex.containsKey(unit);
  }

  int unitIndex(String unit) {
    Integer i = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (i == null) {
      throw new IllegalArgumentException("Invalid value for unit (valid values "
          + IndexData.abbreviate(units) + "): " + unit);
    }
    return i;
  }

  /**
   * Returns a unit's score at a node.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @return the score, empty if missing
   * @throws IllegalArgumentException if the unit or the node is unknown
   */
  public OptionalDouble score(String unit, String node) {
    double v = scores[framework.indexOf(node)][unitIndex(unit)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Checks whether a unit has a score at a node.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @return true unless the score is missing
   * @throws IllegalArgumentException if the unit or the node is unknown
   */
  public boolean isPresent(String unit, String node) {
    return score(unit, node).isPresent();
  }

  /**
   * Returns every unit's score at a node, in unit order, with a value of your choice for missing
   * scores.
   *
   * @param node  the node code, not null
   * @param missing  the value written for a missing score, such as {@code Double.NaN}
   * @return a new array, not null
   * @throws IllegalArgumentException if the node is unknown
   */
  public double[] scores(String node, double missing) {
    double[] s = scores[framework.indexOf(node)].clone();
    for (int i = 0; i < s.length; i++) {
      if (Double.isNaN(s[i])) {
        s[i] = missing;
      }
    }
    return s;
  }

  double[] scoresAt(int node) {
    return scores[node];
  }

  /**
   * Returns a unit's rank at a node.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @return the rank, empty if the score is missing
   * @throws IllegalArgumentException if the unit or the node is unknown
   */
  public Optional<Rank> rank(String unit, String node) {
    return rankingAt(framework.indexOf(node)).rank(unitIndex(unit));
  }

  /**
   * Returns the ranking of all units at a node (competition ranks), in unit order.
   *
   * @param node  the node code, not null
   * @return the ranking, not null
   * @throws IllegalArgumentException if the node is unknown
   */
  public Ranking ranking(String node) {
    return rankingAt(framework.indexOf(node));
  }

  /**
   * Ranks all units at a node with another ranker, such as dense ranking or ranking on values
   * rounded to 4 decimals.
   *
   * @param node  the node code, not null
   * @param ranker  the ranker, not null
   * @return the ranking, in unit order, not null
   * @throws IllegalArgumentException if the node is unknown
   */
  public Ranking ranking(String node, Ranker ranker) {
    Objects.requireNonNull(ranker, "ranker");
    return ranker.rank(scores[framework.indexOf(node)]);
  }

  /**
   * Ranks all units at a node within groups, such as regions: each unit among the units of its
   * group, competition ranks in the node's order.
   *
   * @param node  the node code, not null
   * @param groups  the group label of each unit, in unit order, not null, no null element
   * @return the ranking, in unit order, not null
   * @throws IllegalArgumentException if the node is unknown or there is not one label per unit
   */
  public Ranking rankingWithin(String node, List<String> groups) {
    Objects.requireNonNull(groups, "groups");
    int k = framework.indexOf(node);
    return Ranker.competition().withPolarity(framework.rankingPolarity(k))
        .rankWithin(scores[k], groups.toArray(new String[0]));
  }

  /**
   * Compares the ranks at a node with those of another result, unit by unit: the rank shift of each
   * unit of this result, positive when the unit moves up (a better rank here than there).
   *
   * @param before  the result to compare with, not null
   * @param node  the node code, in both frameworks, not null
   * @return one shift per unit of this result, in unit order, unmodifiable, not null
   * @throws IllegalArgumentException if the node is unknown in either result
   */
  public List<RankShift> rankShifts(IndexResult before, String node) {
    Objects.requireNonNull(before, "before");
    Ranking now = ranking(node);
    Ranking then = before.ranking(node);
    List<RankShift> out = new ArrayList<>(units.length);
    for (int u = 0; u < units.length; u++) {
      Integer b = before.unitIndex.get(units[u]);
      Optional<Rank> from = b == null ? Optional.empty() : then.rank(b);
      out.add(RankShift.of(units[u], from, now.rank(u)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns a short description: counts of units and nodes.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "IndexResult[" + units.length + " units, " + scores.length + " nodes]";
  }
}
