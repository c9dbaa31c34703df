package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The outcome of an {@link Uncertainty} analysis: for every unit its nominal rank, and the median,
 * 5th and 95th percentile of its ranks over the replications where it was ranked. Percentiles are
 * R's default (type 7) quantiles, as COINr reports them.
 *
 * <p>A result is made by {@link Uncertainty#run}; a stored one is rebuilt with
 * {@link #of(List, int[], int[][])}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UncertaintyResult {

  private final List<String> units;
  private final int[] nominal; // 0 unranked
  private final int[][] ranks; // [replication][unit], 0 unranked

  UncertaintyResult(List<String> units, int[] nominal, int[][] ranks) {
    this.units = List.copyOf(units);
    this.nominal = nominal;
    this.ranks = ranks;
  }

  /**
   * Obtains a result from its units, their nominal ranks and their ranks in every replication, such
   * as a result computed earlier and stored.
   *
   * <p>Ranks are competition ranks (1, 2, 2, 4), 0 for an unranked unit, as {@link Uncertainty}
   * computes them: the nominal ranks and the ranks of each replication must each be a competition
   * ranking of the units ranked there.
   *
   * @param units  the unit codes, not null, unique, non-empty
   * @param nominal  the nominal rank of each unit, in unit order, 0 if unranked; not null, copied
   * @param ranks  the ranks [replication][unit], 0 if unranked; not null, at least one replication,
   *     copied
   * @return the result, not null
   * @throws NullPointerException if an argument, a unit code or a replication's array is null
   * @throws IllegalArgumentException if a unit code is empty or repeated, there is no replication,
   *     an array does not have one rank per unit, or some ranks are not a competition ranking
   */
  public static UncertaintyResult of(List<String> units, int[] nominal, int[][] ranks) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(ranks, "ranks");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      String u = Objects.requireNonNull(units.get(i), "units[" + i + "]");
      if (u.isEmpty() || !seen.add(u)) {
        throw new IllegalArgumentException("Invalid value for units[" + i
            + "] (valid values unique non-empty codes): \"" + u + "\"");
      }
    }
    if (ranks.length == 0) {
      throw new IllegalArgumentException("Invalid value for replications (valid values 1 - "
          + Integer.MAX_VALUE + "): 0");
    }
    int[] n = checkRanks(nominal, units.size(), "nominal");
    int[][] r = new int[ranks.length][];
    for (int i = 0; i < ranks.length; i++) {
      r[i] = checkRanks(Objects.requireNonNull(ranks[i], "ranks[" + i + "]"), units.size(), "ranks[" + i + "]");
    }
    return new UncertaintyResult(units, n, r);
  }

  /** Checks one competition ranking (1, 2, 2, 4; 0 unranked) and returns a copy. */
  private static int[] checkRanks(int[] ranks, int size, String name) {
    if (ranks.length != size) {
      throw new IllegalArgumentException("Invalid value for " + name + " length (valid values " + size
          + ", one per unit): " + ranks.length);
    }
    int[] sorted = Arrays.stream(ranks).filter(r -> r != 0).sorted().toArray();
    for (int i = 0; i < sorted.length; i++) {
      // In a competition ranking each position either ties the previous one or equals its place.
      if (sorted[i] != i + 1 && (i == 0 || sorted[i] != sorted[i - 1])) {
        throw new IllegalArgumentException("Invalid value for " + name + " (valid values competition ranks"
            + " 1, 2, 2, 4 ..., 0 for unranked): " + Arrays.toString(ranks));
      }
    }
    return ranks.clone();
  }

  /**
   * Returns the unit codes, in the order of the data after the pipeline's steps.
   *
   * @return the codes, unmodifiable, not null
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns the number of replications.
   *
   * @return the count
   */
  public int replications() {
    return ranks.length;
  }

  private int index(String unit) {
    int i = units.indexOf(Objects.requireNonNull(unit, "unit"));
    if (i < 0) {
      throw new IllegalArgumentException("Invalid value for unit (valid values "
          + IndexData.abbreviate(units.toArray(new String[0])) + "): " + unit);
    }
    return i;
  }

  /**
   * Returns a unit's nominal rank (with the assumptions as given).
   *
   * @param unit  the unit code, not null
   * @return the rank, empty if unranked
   * @throws IllegalArgumentException if the unit is unknown
   */
  public OptionalInt nominal(String unit) {
    int r = nominal[index(unit)];
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * Returns a unit's ranks in every replication, 0 where it was unranked.
   *
   * @param unit  the unit code, not null
   * @return a new array, one rank per replication, not null
   * @throws IllegalArgumentException if the unit is unknown
   */
  public int[] ranks(String unit) {
    int u = index(unit);
    int[] out = new int[ranks.length];
    for (int r = 0; r < ranks.length; r++) {
      out[r] = ranks[r][u];
    }
    return out;
  }

  /**
   * Returns a quantile of a unit's ranks over the replications where it was ranked.
   *
   * @param unit  the unit code, not null
   * @param p  the probability, from 0 to 1
   * @return the quantile (type 7), empty if the unit was never ranked
   * @throws IllegalArgumentException if the unit is unknown or p is outside 0..1
   */
  public OptionalDouble quantile(String unit, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values 0 - 1): " + p);
    }
    int[] all = ranks(unit);
    double[] v = Arrays.stream(all).filter(x -> x > 0).asDoubleStream().sorted().toArray();
    if (v.length == 0) {
      return OptionalDouble.empty();
    }
    double h = (v.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return OptionalDouble.of(v[lo] + (h - lo) * (v[hi] - v[lo]));
  }

  /**
   * Returns a unit's median rank.
   *
   * @param unit  the unit code, not null
   * @return the median, empty if never ranked
   * @throws IllegalArgumentException if the unit is unknown
   */
  public OptionalDouble median(String unit) {
    return quantile(unit, 0.5);
  }

  /**
   * Returns the 5th percentile of a unit's ranks (its best plausible rank).
   *
   * @param unit  the unit code, not null
   * @return the percentile, empty if never ranked
   * @throws IllegalArgumentException if the unit is unknown
   */
  public OptionalDouble percentile5(String unit) {
    return quantile(unit, 0.05);
  }

  /**
   * Returns the 95th percentile of a unit's ranks (its worst plausible rank).
   *
   * @param unit  the unit code, not null
   * @return the percentile, empty if never ranked
   * @throws IllegalArgumentException if the unit is unknown
   */
  public OptionalDouble percentile95(String unit) {
    return quantile(unit, 0.95);
  }

  /**
   * Returns one line per unit: code, nominal, median, 5th and 95th percentile rank.
   *
   * @return the lines, unmodifiable, not null
   */
  public List<String> toLines() {
    List<String> out = new ArrayList<>();
    for (String u : units) {
      out.add(u + " nominal " + (nominal(u).isPresent() ? nominal(u).getAsInt() : "-")
          + " median " + median(u).orElse(Double.NaN) + " p5 " + percentile5(u).orElse(Double.NaN)
          + " p95 " + percentile95(u).orElse(Double.NaN));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks whether this result equals another: same units, nominal ranks and replication ranks.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof UncertaintyResult)) {
      return false;
    }
    UncertaintyResult o = (UncertaintyResult) obj;
    return o.units.equals(units) && Arrays.equals(o.nominal, nominal)
        && Arrays.deepEquals(o.ranks, ranks);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return units.hashCode() * 31 + Arrays.deepHashCode(ranks);
  }

  /**
   * Returns the counts of units and replications.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "UncertaintyResult[" + units.size() + " units, " + ranks.length + " replications]";
  }
}
