package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pipeline step that fills missing indicator values, column by column, as COINr's {@code Impute}
 * with {@code i_mean}, {@code i_median}, {@code i_mean_grp} and {@code i_median_grp}: the mean or
 * median of the present values of the indicator, over all units or within the unit's group. A value
 * stays missing when its group has no present value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Impute extends PipelineStep {

  private final boolean median;
  private final String group; // null: all units

  private Impute(boolean median, String group) {
    this.median = median;
    this.group = group;
  }

  /**
   * Obtains imputation by the indicator's mean.
   *
   * @return the step, not null
   */
  public static Impute mean() {
    return new Impute(false, null);
  }

  /**
   * Obtains imputation by the indicator's median.
   *
   * @return the step, not null
   */
  public static Impute median() {
    return new Impute(true, null);
  }

  /**
   * Obtains imputation by the indicator's mean within the unit's group.
   *
   * @param group  the name of the data's group column, not null
   * @return the step, not null
   */
  public static Impute groupMean(String group) {
    return new Impute(false, Objects.requireNonNull(group, "group"));
  }

  /**
   * Obtains imputation by the indicator's median within the unit's group.
   *
   * @param group  the name of the data's group column, not null
   * @return the step, not null
   */
  public static Impute groupMedian(String group) {
    return new Impute(true, Objects.requireNonNull(group, "group"));
  }

  /**
   * Returns the group column imputation works within.
   *
   * @return the group column's name, empty for imputation over all units
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Checks whether this step imputes medians rather than means.
   *
   * @return true for the median
   */
  public boolean isMedian() {
    return median;
  }

  @Override
  Stage apply(IndexData data, Framework framework) {
    int n = data.unitCount();
    String[] labels = new String[n];
    if (group != null) {
      labels = data.group(group).orElseThrow(() -> new IllegalArgumentException(
          "Invalid value for group (valid values " + data.groupNames() + "): " + group))
          .toArray(new String[0]);
    } else {
      Arrays.fill(labels, "");
    }
    Map<String, List<Integer>> members = new HashMap<>();
    for (int u = 0; u < n; u++) {
      members.computeIfAbsent(labels[u], k -> new ArrayList<>()).add(u);
    }
    Map<String, double[]> changed = new java.util.LinkedHashMap<>();
    List<String> log = new ArrayList<>();
    for (String code : framework.indicators()) {
      double[] x = data.column(code);
      double[] filled = x.clone();
      int count = 0;
      for (List<Integer> m : members.values()) {
        double[] present = m.stream().mapToDouble(u -> x[u]).filter(v -> !Double.isNaN(v))
            .toArray();
        if (present.length == 0 || present.length == m.size()) {
          continue;
        }
        double fill = median ? median(present) : Arrays.stream(present).sum() / present.length;
        for (int u : m) {
          if (Double.isNaN(x[u])) {
            filled[u] = fill;
            count++;
          }
        }
      }
      if (count > 0) {
        changed.put(code, filled);
        log.add(code + ": imputed " + count + " values");
      }
    }
    return new Stage(this, data.withColumns(changed), log);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int k = s.length / 2;
    return s.length % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2;
  }

  /**
   * Checks whether this step equals another: same statistic and group.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Impute && ((Impute) obj).median == median
        && Objects.equals(((Impute) obj).group, group);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(median, group);
  }

  @Override
  public String toString() {
    return "Impute[" + (median ? "median" : "mean") + (group == null ? "" : " by " + group) + "]";
  }
}
