package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline step that removes units with too little data, as COINr's {@code Screen} with
 * {@code unit_screen = "byNA"}: a unit's availability is the share of the framework's indicators
 * it has a value for, and units below the threshold are removed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Screen extends PipelineStep {

  private final double threshold;

  private Screen(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Obtains screening by data availability.
   *
   * @param threshold  the minimum share of indicators present to keep a unit, from 0 to 1
   *     (COINr's {@code dat_thresh}, default 2/3)
   * @return the step, not null
   * @throws IllegalArgumentException if the threshold is outside 0..1
   */
  public static Screen byAvailability(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "Invalid value for threshold (valid values 0 - 1): " + threshold);
    }
    return new Screen(threshold);
  }

  /**
   * Returns the threshold.
   *
   * @return the minimum share of indicators present, from 0 to 1
   */
  public double threshold() {
    return threshold;
  }

  @Override
  Stage apply(IndexData data, Framework framework) {
    List<String> indicators = framework.indicators();
    int[] cols = indicators.stream().mapToInt(data::indicatorIndex).toArray();
    List<Integer> keep = new ArrayList<>();
    List<String> log = new ArrayList<>();
    for (int u = 0; u < data.unitCount(); u++) {
      int present = 0;
      for (int c : cols) {
        if (data.isPresent(u, c)) {
          present++;
        }
      }
      double availability = present / (double) cols.length;
      if (availability < threshold) {
        log.add(data.units().get(u) + ": removed, data availability " + availability);
      } else {
        keep.add(u);
      }
    }
    IndexData out = log.isEmpty() ? data
        : data.selectUnits(keep.stream().mapToInt(Integer::intValue).toArray());
    return new Stage(this, out, log);
  }

  /**
   * Checks whether this step equals another: same threshold.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Screen && Double.compare(((Screen) obj).threshold, threshold) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return "Screen[availability >= " + threshold + "]";
  }
}
