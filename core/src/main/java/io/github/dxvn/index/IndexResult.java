package io.github.dxvn.index;

import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>A result is made by {@link Framework#compute(IndexData)} or a {@link Pipeline}; a stored result
 * is rebuilt with {@link #of(Framework, List, Map)}, whose ranks are computed again, never given.
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

  /**
   * Obtains a result from its framework, its units and the scores of every node, such as a result
   * computed earlier and stored.
   *
   * <p>The ranks are not given: they are computed from the scores, as for a computed result. Whether
   * the aggregates' scores follow from the indicators' is not checked.
   *
   * @param framework  the framework the scores were computed with, not null
   * @param units  the unit codes, in order, not null, unique, non-empty
   * @param scores  for every node of the framework, by node code, the score of each unit in unit
   *     order, {@code NaN} for a missing score; not null, no null key or value; the arrays are copied
   * @return the result, not null
   * @throws NullPointerException if an argument, a unit code, a node code or an array is null
   * @throws IllegalArgumentException if a unit code is empty or repeated, a node of the framework has
   *     no scores, a code is not a node of the framework, an array does not have one score per unit,
   *     or a score is infinite
   */
  public static IndexResult of(Framework framework, List<String> units, Map<String, double[]> scores) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(scores, "scores");
    String[] u = units.toArray(new String[0]);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < u.length; i++) {
      Objects.requireNonNull(u[i], "units[" + i + "]");
      if (u[i].isEmpty() || !seen.add(u[i])) {
        throw new IllegalArgumentException("Invalid value for units[" + i
            + "] (valid values unique non-empty codes): \"" + u[i] + "\"");
      }
    }
    double[][] s = new double[framework.nodes().size()][];
    for (Map.Entry<String, double[]> e : scores.entrySet()) {
      String node = Objects.requireNonNull(e.getKey(), "scores key");
      double[] values = Objects.requireNonNull(e.getValue(), "scores of " + node);
      if (framework.node(node).isEmpty()) {
        throw new IllegalArgumentException("Invalid value for scores (valid values the nodes of the framework): "
            + node);
      }
      if (values.length != u.length) {
        throw new IllegalArgumentException("Invalid value for the number of scores of " + node + " (valid values "
            + u.length + ", one per unit): " + values.length);
      }
      for (int i = 0; i < values.length; i++) {
        if (Double.isInfinite(values[i])) {
          throw new IllegalArgumentException("Invalid value for the score of " + u[i] + " at " + node
              + " (valid values finite, or NaN for missing): " + values[i]);
        }
      }
      s[framework.indexOf(node)] = values.clone();
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < s.length; k++) {
      if (s[k] == null) {
        missing.add(framework.nodes().get(k).code());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for scores (valid values scores for every node of the"
          + " framework): missing " + String.join(", ", missing));
    }
    return new IndexResult(framework, u, s);
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
   * Checks whether this result equals another: same framework, units and scores (a missing score
   * equal to a missing score).
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof IndexResult)) {
      return false;
    }
    IndexResult o = (IndexResult) obj;
    return o.framework.equals(framework) && Arrays.equals(o.units, units) && Arrays.deepEquals(o.scores, scores);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (framework.hashCode() * 31 + Arrays.hashCode(units)) * 31 + Arrays.deepHashCode(scores);
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
