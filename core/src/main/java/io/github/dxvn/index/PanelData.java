package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Panel data: one {@link IndexData} per period (a year), computed period by period.
 *
 * <p>Missing values can be filled across periods, unit by unit and indicator by indicator (units
 * and indicators matched by code): {@link #imputeLatest()} takes the latest earlier value, as
 * COINr's {@code impute_panel}; {@link #imputeLinear()} interpolates linearly in time between the
 * nearest earlier and later values. Values before the first or after the last present one stay
 * missing under linear imputation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanelData {

  private final SortedMap<Integer, IndexData> periods;

  private PanelData(SortedMap<Integer, IndexData> periods) {
    this.periods = periods;
  }

  /**
   * Obtains panel data from the data of each period.
   *
   * @param periods  the data by period (such as the year), not null, not empty
   * @return the panel, not null
   * @throws IllegalArgumentException if there is no period
   */
  public static PanelData of(Map<Integer, IndexData> periods) {
    Objects.requireNonNull(periods, "periods");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for periods (valid values at least one period): {}");
    }
    SortedMap<Integer, IndexData> m = new TreeMap<>();
    periods.forEach((k, v) -> m.put(Objects.requireNonNull(k, "period"),
        Objects.requireNonNull(v, "data of " + k)));
    return new PanelData(Collections.unmodifiableSortedMap(m));
  }

  /**
   * Returns the periods, ascending.
   *
   * @return the periods, unmodifiable, not null
   */
  public List<Integer> periods() {
    return List.copyOf(periods.keySet());
  }

  /**
   * Returns the data of a period.
   *
   * @param period  the period
   * @return the data, not null
   * @throws IllegalArgumentException if there is no such period
   */
  public IndexData period(int period) {
    IndexData d = periods.get(period);
    if (d == null) {
      throw new IllegalArgumentException(
          "Invalid value for period (valid values " + periods.keySet() + "): " + period);
    }
    return d;
  }

  /**
   * Fills every missing value with the same unit's latest earlier value of the indicator.
   *
   * @return the imputed panel, not null
   */
  public PanelData imputeLatest() {
    return impute(false);
  }

  /**
   * Fills every missing value by linear interpolation in time between the same unit's nearest
   * earlier and later values of the indicator.
   *
   * @return the imputed panel, not null
   */
  public PanelData imputeLinear() {
    return impute(true);
  }

  private PanelData impute(boolean linear) {
    List<Integer> years = periods();
    int t = years.size();
    SortedMap<Integer, IndexData> out = new TreeMap<>(periods);
    for (int k = 0; k < t; k++) {
      IndexData d = periods.get(years.get(k));
      IndexData result = d;
      for (String ind : d.indicators()) {
        double[] col = d.column(ind);
        boolean changed = false;
        for (int u = 0; u < col.length; u++) {
          if (!Double.isNaN(col[u])) {
            continue;
          }
          String unit = d.units().get(u);
          int before = -1;
          double vb = Double.NaN;
          for (int j = k - 1; j >= 0 && before < 0; j--) {
            double v = lookup(years.get(j), unit, ind);
            if (!Double.isNaN(v)) {
              before = j;
              vb = v;
            }
          }
          double fill = Double.NaN;
          if (!linear) {
            fill = vb;
          } else if (before >= 0) {
            for (int j = k + 1; j < t; j++) {
              double v = lookup(years.get(j), unit, ind);
              if (!Double.isNaN(v)) {
                double y0 = years.get(before);
                fill = vb + (v - vb) * (years.get(k) - y0) / (years.get(j) - y0);
                break;
              }
            }
          }
          if (!Double.isNaN(fill)) {
            col[u] = fill;
            changed = true;
          }
        }
        if (changed) {
          result = result.withColumn(ind, col);
        }
      }
      out.put(years.get(k), result);
    }
    return new PanelData(Collections.unmodifiableSortedMap(out));
  }

  private double lookup(int year, String unit, String indicator) {
    IndexData d = periods.get(year);
    if (!d.hasIndicator(indicator) || !d.hasUnit(unit)) {
      return Double.NaN;
    }
    return d.value(d.unitIndex(unit), d.indicatorIndex(indicator)).orElse(Double.NaN);
  }

  /**
   * Computes a framework period by period.
   *
   * @param framework  the framework, not null
   * @return the results, not null
   * @throws IllegalArgumentException if a period lacks an indicator
   * @throws IndexComputationException if a score cannot be computed
   */
  public PanelResult compute(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    return run(Pipeline.of(framework, List.of()));
  }

  /**
   * Runs a pipeline period by period.
   *
   * @param pipeline  the pipeline, not null
   * @return the results, not null
   * @throws IllegalArgumentException if a period lacks a column
   * @throws IndexComputationException if a score cannot be computed
   */
  public PanelResult run(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    SortedMap<Integer, IndexResult> results = new TreeMap<>();
    for (Map.Entry<Integer, IndexData> e : periods.entrySet()) {
      results.put(e.getKey(), pipeline.run(e.getValue()).result());
    }
    return new PanelResult(results);
  }

  /**
   * Checks whether this panel equals another: same periods and data.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PanelData && ((PanelData) obj).periods.equals(periods);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return periods.hashCode();
  }

  /**
   * Returns the periods.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "PanelData" + new ArrayList<>(periods.keySet());
  }
}
