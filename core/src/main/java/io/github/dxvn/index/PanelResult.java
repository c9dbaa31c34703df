package io.github.dxvn.index;

import io.github.dxvn.ranking.Rank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * The results of a panel, one {@link IndexResult} per period, with trends of a unit's scores.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanelResult {

  private final SortedMap<Integer, IndexResult> results;

  PanelResult(SortedMap<Integer, IndexResult> results) {
    this.results = results;
  }

  /**
   * Returns the periods, ascending.
   *
   * @return the periods, unmodifiable, not null
   */
  public List<Integer> periods() {
    return List.copyOf(results.keySet());
  }

  /**
   * Returns the result of a period.
   *
   * @param period  the period
   * @return the result, not null
   * @throws IllegalArgumentException if there is no such period
   */
  public IndexResult result(int period) {
    IndexResult r = results.get(period);
    if (r == null) {
      throw new IllegalArgumentException(
          "Invalid value for period (valid values " + results.keySet() + "): " + period);
    }
    return r;
  }

  /**
   * Returns a unit's score at a node in a period.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @param period  the period
   * @return the score, empty if missing or if the unit is absent that period
   * @throws IllegalArgumentException if the node or the period is unknown
   */
  public OptionalDouble score(String unit, String node, int period) {
    Objects.requireNonNull(unit, "unit");
    IndexResult r = result(period);
    return r.hasUnit(unit) ? r.score(unit, node) : scoreOfAbsent(r, node);
  }

  private static OptionalDouble scoreOfAbsent(IndexResult r, String node) {
    r.framework().indexOf(node); // validates the node
    return OptionalDouble.empty();
  }

  /**
   * Returns a unit's rank at a node in a period.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @param period  the period
   * @return the rank, empty if unranked or absent that period
   * @throws IllegalArgumentException if the node or the period is unknown
   */
  public Optional<Rank> rank(String unit, String node, int period) {
    Objects.requireNonNull(unit, "unit");
    IndexResult r = result(period);
    return r.hasUnit(unit) ? r.rank(unit, node) : Optional.empty();
  }

  /**
   * Returns the change of a unit's score between two periods: score(to) − score(from).
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @param from  the earlier period
   * @param to  the later period
   * @return the change, empty if either score is missing
   * @throws IllegalArgumentException if the node or a period is unknown
   */
  public OptionalDouble change(String unit, String node, int from, int to) {
    OptionalDouble a = score(unit, node, from);
    OptionalDouble b = score(unit, node, to);
    return a.isPresent() && b.isPresent() ? OptionalDouble.of(b.getAsDouble() - a.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Returns the compound annual growth rate of a unit's score between two periods taken as years:
   * (score(to)/score(from))^(1/(to − from)) − 1.
   *
   * @param unit  the unit code, not null
   * @param node  the node code, not null
   * @param from  the earlier period
   * @param to  the later period, after from
   * @return the rate (0.05 for 5 % a year), empty if either score is missing, the first is not
   *     positive or the last is negative
   * @throws IllegalArgumentException if the node or a period is unknown, or to ≤ from
   */
  public OptionalDouble compoundAnnualGrowth(String unit, String node, int from, int to) {
    if (to <= from) {
      throw new IllegalArgumentException(
          "Invalid value for to (valid values after " + from + "): " + to);
    }
    OptionalDouble a = score(unit, node, from);
    OptionalDouble b = score(unit, node, to);
    if (a.isEmpty() || b.isEmpty() || a.getAsDouble() <= 0 || b.getAsDouble() < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.pow(b.getAsDouble() / a.getAsDouble(), 1.0 / (to - from)) - 1);
  }

  /**
   * Returns the periods.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "PanelResult" + results.keySet();
  }
}
