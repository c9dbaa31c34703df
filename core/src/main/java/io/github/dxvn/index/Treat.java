package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A pipeline step that treats outliers exactly as COINr's {@code Treat} default.
 *
 * <p>An indicator fails when |skewness| ≥ 2 and kurtosis ≥ 3.5 (sample type-2 formulas, see
 * {@link Statistics}). A failing indicator is winsorised one point at a time: from the high side
 * when the skewness is ≥ 0, else from the low side, the extreme value (with all values tied to it)
 * is replaced by the next value in; then the test is repeated, while the number of winsorised points
 * (those of the last high step plus those of the last low step, tied points counting together) is
 * below {@code winmax}. If it still fails, the winsorisation is discarded and the original values
 * are transformed with COINr's {@code log_CT}: log(x − min + 0.01·(max − min)). Indicators with
 * fewer than 4 present values, or without variance, are left alone. Per-indicator overrides replace
 * the default for an indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Treat extends PipelineStep {

  private static final double SKEW = 2;
  private static final double KURT = 3.5;

  private final int winmax; // -1: no treatment
  private final Map<String, Treat> overrides;

  private Treat(int winmax, Map<String, Treat> overrides) {
    this.winmax = winmax;
    this.overrides = overrides;
  }

  /**
   * Obtains COINr's default treatment: winsorise up to 5 points, then log.
   *
   * @return the step, not null
   */
  public static Treat coinrDefault() {
    return winsorise(5);
  }

  /**
   * Obtains COINr's treatment with another limit of winsorised points.
   *
   * @param winmax  the maximum number of points to winsorise, at least 0
   * @return the step, not null
   * @throws IllegalArgumentException if winmax is negative
   */
  public static Treat winsorise(int winmax) {
    if (winmax < 0) {
      throw new IllegalArgumentException(
          "Invalid value for winmax (valid values 0 - " + Integer.MAX_VALUE + "): " + winmax);
    }
    return new Treat(winmax, Collections.emptyMap());
  }

  /**
   * Obtains no treatment, to use as an override for an indicator.
   *
   * @return the step, not null
   */
  public static Treat none() {
    return new Treat(-1, Collections.emptyMap());
  }

  /**
   * Returns a copy of this step that treats one indicator differently.
   *
   * @param indicator  the indicator code, not null
   * @param treatment  the treatment of that indicator, not null, its own overrides ignored
   * @return the step, not null
   */
  public Treat withOverride(String indicator, Treat treatment) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(treatment, "treatment");
    Map<String, Treat> m = new LinkedHashMap<>(overrides);
    m.put(indicator, treatment);
    return new Treat(winmax, Collections.unmodifiableMap(m));
  }

  /** A copy with another default winmax, overrides kept (uncertainty analysis). */
  Treat withDefaultWinmax(int winmax) {
    return new Treat(winmax, overrides);
  }

  /**
   * Returns the maximum number of winsorised points.
   *
   * @return winmax, empty for no treatment
   */
  public java.util.OptionalInt winmax() {
    return winmax < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(winmax);
  }

  /**
   * Returns the per-indicator overrides.
   *
   * @return the treatment by indicator code, unmodifiable, not null
   */
  public Map<String, Treat> overrides() {
    return overrides;
  }

  /**
   * Checks COINr's outlier test: passes when |skewness| &lt; 2 or kurtosis &lt; 3.5.
   *
   * @param x  the values, not null, NaN for missing
   * @return true if the values pass (or the statistics are undefined)
   */
  static boolean passes(double[] x) {
    OptionalDouble s = Statistics.skewness(x);
    OptionalDouble k = Statistics.kurtosis(x);
    return s.isEmpty() || k.isEmpty() || Math.abs(s.getAsDouble()) < SKEW
        || k.getAsDouble() < KURT;
  }

  @Override
  Stage apply(IndexData data, Framework framework) {
    Map<String, double[]> changed = new LinkedHashMap<>();
    List<String> log = new ArrayList<>();
    for (String code : framework.indicators()) {
      Treat t = overrides.getOrDefault(code, this);
      if (t.winmax < 0) {
        continue;
      }
      double[] x = data.column(code);
      if (passes(x)) {
        continue;
      }
      double[] w = x.clone();
      String what = winsorise(w, t.winmax);
      if (!passes(w)) {
        w = logCt(x);
        what = "log_CT (winsorising " + t.winmax + " points did not pass)";
      }
      changed.put(code, w);
      log.add(code + ": " + what);
    }
    return new Stage(this, data.withColumns(changed), log);
  }

  /** Winsorises x in place as COINr's winsorise; returns a description. */
  private static String winsorise(double[] x, int winmax) {
    int lastHigh = 0;
    int lastLow = 0;
    boolean passing = passes(x);
    while (!passing && lastHigh + lastLow < winmax) {
      boolean high = Statistics.skewness(x).orElse(0) >= 0;
      double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
        }
      }
      double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      int tied = 0;
      for (double v : x) {
        if (v == extreme) {
          tied++;
        } else if (!Double.isNaN(v)) {
          next = high ? Math.max(next, v) : Math.min(next, v);
        }
      }
      for (int i = 0; i < x.length; i++) {
        if (x[i] == extreme) {
          x[i] = next;
        }
      }
      if (high) {
        lastHigh = tied;
      } else {
        lastLow = tied;
      }
      passing = passes(x);
    }
    return "winsorised " + (lastHigh + lastLow) + " points"
        + (lastHigh > 0 ? ", " + lastHigh + " high" : "")
        + (lastLow > 0 ? ", " + lastLow + " low" : "");
  }

  private static double[] logCt(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.log(x[i] - min + 0.01 * (max - min));
    }
    return out;
  }

  /**
   * Checks whether this step equals another: same winmax and overrides.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Treat && ((Treat) obj).winmax == winmax
        && ((Treat) obj).overrides.equals(overrides);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return winmax * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    return winmax < 0 ? "Treat[none]"
        : "Treat[winmax " + winmax + (overrides.isEmpty() ? "" : ", overrides " + overrides) + "]";
  }
}
