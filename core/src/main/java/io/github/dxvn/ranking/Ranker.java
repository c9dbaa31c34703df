package io.github.dxvn.ranking;

import io.github.dxvn.indicator.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Ranks arrays of values: competition ranking of higher-is-better values by default, other methods,
 * lower-is-better polarity and rounding on request.
 *
 * <p>A value of {@code NaN} in the input marks a missing value: it is not ranked and is reported by
 * {@link Ranking#unranked()}. Infinite values are ranked like any other. Ranking is O(n log n) on
 * primitives: the keys are sorted once and each item's rank is found by binary search.
 *
 * <p>By default values are ranked unrounded. {@link #withRoundingTo(int)} ranks on the values rounded
 * half-up to a number of decimals, where the decimal is the shortest one that identifies the double
 * (as {@link Double#toString(double)} writes it); published rankings such as the UN EGDI rank on
 * the 4-decimal value, so two countries at 0.94100 and 0.94104 share a rank.
 *
 * <pre>{@code
 * Ranking r = Ranker.competition().rank(new double[] {10, 8, 8, 5});   // 1, 2, 2, 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranker {

  private static final Ranker COMPETITION =
      new Ranker(Polarity.HIGHER_IS_BETTER, RankingMethod.COMPETITION, -1);

  private final Polarity polarity;
  private final RankingMethod method;
  private final int decimals; // -1: unrounded

  private Ranker(Polarity polarity, RankingMethod method, int decimals) {
    this.polarity = polarity;
    this.method = method;
    this.decimals = decimals;
  }

  /**
   * Obtains the default ranker: competition ranking, higher is better, unrounded values.
   *
   * @return the ranker, not null
   */
  public static Ranker competition() {
    return COMPETITION;
  }

  /**
   * Obtains a ranker of unrounded values.
   *
   * @param polarity  whether higher or lower values rank first, not null
   * @param method  how ties are ranked, not null
   * @return the ranker, not null
   */
  public static Ranker of(Polarity polarity, RankingMethod method) {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(method, "method");
    return new Ranker(polarity, method, -1);
  }

  /**
   * Returns a copy of this ranker with another polarity.
   *
   * @param polarity  whether higher or lower values rank first, not null
   * @return the ranker, not null
   */
  public Ranker withPolarity(Polarity polarity) {
    return new Ranker(Objects.requireNonNull(polarity, "polarity"), method, decimals);
  }

  /**
   * Returns a copy of this ranker with another ranking method.
   *
   * @param method  how ties are ranked, not null
   * @return the ranker, not null
   */
  public Ranker withMethod(RankingMethod method) {
    return new Ranker(polarity, Objects.requireNonNull(method, "method"), decimals);
  }

  /**
   * Returns a copy of this ranker that ranks on values rounded half-up to some decimals.
   *
   * @param decimals  the number of decimals, from 0 to 15
   * @return the ranker, not null
   * @throws IllegalArgumentException if decimals is outside 0..15
   */
  public Ranker withRoundingTo(int decimals) {
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException(
          "Invalid value for decimals (valid values 0 - 15): " + decimals);
    }
    return new Ranker(polarity, method, decimals);
  }

  /**
   * Returns a copy of this ranker that ranks on unrounded values.
   *
   * @return the ranker, not null
   */
  public Ranker withoutRounding() {
    return new Ranker(polarity, method, -1);
  }

  /**
   * Returns the polarity: whether higher or lower values rank first.
   *
   * @return the polarity, not null
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Returns the ranking method.
   *
   * @return the method, not null
   */
  public RankingMethod method() {
    return method;
  }

  /**
   * Returns the number of decimals values are rounded to before ranking, if any.
   *
   * @return the decimals, empty if values are ranked unrounded
   */
  public OptionalInt roundingDecimals() {
    return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
  }

  /**
   * Ranks values; {@code NaN} marks a missing value.
   *
   * @param values  the values, not null, not changed
   * @return the ranking, not null
   */
  public Ranking rank(double[] values) {
    Objects.requireNonNull(values, "values");
    int n = values.length;
    double[] ranks = new double[n];
    int[] outOf = new int[n];
    double[] keys = keys(values);
    int ranked = rankInto(keys, ranks);
    for (int i = 0; i < n; i++) {
      outOf[i] = Double.isNaN(keys[i]) ? 0 : ranked;
    }
    return new Ranking(method, ranks, outOf);
  }

  /**
   * Ranks values within groups, such as regions or size classes: each item is ranked among the items
   * of its group only, and its rank is out of the number of ranked items in the group.
   *
   * @param values  the values, not null, not changed
   * @param groups  the group label of each item, not null, same length as values, no null element
   * @return the ranking, not null
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public Ranking rankWithin(double[] values, String[] groups) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(groups, "groups");
    if (groups.length != values.length) {
      throw new IllegalArgumentException("Invalid value for groups length (valid values "
          + values.length + "): " + groups.length);
    }
    int n = values.length;
    Map<String, Integer> ids = new HashMap<>();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      String g = Objects.requireNonNull(groups[i], "groups[" + i + "]");
      Integer id = ids.get(g);
      if (id == null) {
        id = ids.size();
        ids.put(g, id);
      }
      group[i] = id;
    }
    int gc = ids.size();
    int[] size = new int[gc + 1];
    for (int g : group) {
      size[g + 1]++;
    }
    for (int g = 0; g < gc; g++) {
      size[g + 1] += size[g];
    }
    // members of group g are order[size[g] .. size[g + 1]), in input order
    int[] order = new int[n];
    int[] fill = Arrays.copyOf(size, gc);
    for (int i = 0; i < n; i++) {
      order[fill[group[i]]++] = i;
    }
    double[] keys = keys(values);
    double[] ranks = new double[n];
    int[] outOf = new int[n];
    for (int g = 0; g < gc; g++) {
      int from = size[g];
      int m = size[g + 1] - from;
      double[] sub = new double[m];
      for (int j = 0; j < m; j++) {
        sub[j] = keys[order[from + j]];
      }
      double[] subRanks = new double[m];
      int ranked = rankInto(sub, subRanks);
      for (int j = 0; j < m; j++) {
        int i = order[from + j];
        ranks[i] = subRanks[j];
        outOf[i] = Double.isNaN(sub[j]) ? 0 : ranked;
      }
    }
    return new Ranking(method, ranks, outOf);
  }

  /** Sort keys: ascending key order is best-first; NaN stays NaN; -0.0 becomes 0.0. */
  private double[] keys(double[] values) {
    int n = values.length;
    double[] keys = new double[n];
    boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (Double.isNaN(v)) {
        keys[i] = Double.NaN;
        continue;
      }
      if (decimals >= 0 && !Double.isInfinite(v)) {
        v = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
      }
      keys[i] = (higher ? -v : v) + 0.0;
    }
    return keys;
  }

  /** Writes the ranks of keys (ascending is best) into ranks, 0 for NaN; returns the ranked count. */
  private int rankInto(double[] keys, double[] ranks) {
    int n = keys.length;
    double[] sorted = new double[n];
    int m = 0;
    for (double k : keys) {
      if (!Double.isNaN(k)) {
        sorted[m++] = k;
      }
    }
    sorted = Arrays.copyOf(sorted, m);
    Arrays.sort(sorted);
    int[] denseAt = null;
    int[] seen = null;
    if (method == RankingMethod.DENSE) {
      // denseAt[j] = number of distinct keys in sorted[0..j]
      denseAt = new int[m];
      for (int j = 0; j < m; j++) {
        denseAt[j] = (j == 0 ? 0 : denseAt[j - 1]) + (j == 0 || sorted[j] != sorted[j - 1] ? 1 : 0);
      }
    } else if (method == RankingMethod.ORDINAL) {
      seen = new int[m];
    }
    for (int i = 0; i < n; i++) {
      double k = keys[i];
      if (Double.isNaN(k)) {
        ranks[i] = 0;
        continue;
      }
      int lo = bound(sorted, k, false);
      switch (method) {
        case COMPETITION:
          ranks[i] = lo + 1;
          break;
        case DENSE:
          ranks[i] = denseAt[lo];
          break;
        case ORDINAL:
          ranks[i] = lo + 1 + seen[lo]++;
          break;
        default:
          int hi = bound(sorted, k, true);
          ranks[i] = (lo + 1 + hi) / 2.0;
          break;
      }
    }
    return m;
  }

  /** The number of keys in the sorted array below k, or at most k when inclusive. */
  private static int bound(double[] a, double k, boolean inclusive) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < k || inclusive && a[mid] == k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Checks whether this ranker equals another: same polarity, method and rounding.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Ranker)) {
      return false;
    }
    Ranker o = (Ranker) obj;
    return o.polarity == polarity && o.method == method && o.decimals == decimals;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(polarity, method, decimals);
  }

  /**
   * Returns a description such as {@code Ranker[COMPETITION, HIGHER_IS_BETTER, 4 decimals]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Ranker[" + method + ", " + polarity
        + (decimals < 0 ? ", unrounded]" : ", " + decimals + " decimals]");
  }
}
