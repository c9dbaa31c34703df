package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pipeline step that divides indicators by denominators (GDP, population, area) held as columns
 * of the data, as COINr's {@code Denominate} does. A missing numerator or denominator gives a
 * missing value; a zero denominator is an error naming the unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Denominate extends PipelineStep {

  private final Map<String, String> denominators;

  private Denominate(Map<String, String> denominators) {
    this.denominators = denominators;
  }

  /**
   * Obtains the step from pairs of indicator and denominator codes.
   *
   * @param denominators  the denominator code of each indicator to divide, not null
   * @return the step, not null
   */
  public static Denominate of(Map<String, String> denominators) {
    Objects.requireNonNull(denominators, "denominators");
    Map<String, String> m = new LinkedHashMap<>();
    denominators.forEach((k, v) -> m.put(Objects.requireNonNull(k, "indicator"),
        Objects.requireNonNull(v, "denominator")));
    return new Denominate(Collections.unmodifiableMap(m));
  }

  /**
   * Obtains the step from the Denominator column of iMeta rows.
   *
   * @param rows  the rows, not null
   * @return the step, not null
   */
  public static Denominate fromMeta(List<MetaRow> rows) {
    Objects.requireNonNull(rows, "rows");
    Map<String, String> m = new LinkedHashMap<>();
    for (MetaRow r : rows) {
      r.denominator().ifPresent(d -> m.put(r.code(), d));
    }
    return new Denominate(Collections.unmodifiableMap(m));
  }

  /**
   * Returns the denominator code of each indicator to divide.
   *
   * @return the map, unmodifiable, not null
   */
  public Map<String, String> denominators() {
    return denominators;
  }

  @Override
  Stage apply(IndexData data, Framework framework) {
    Map<String, double[]> changed = new LinkedHashMap<>();
    List<String> log = new ArrayList<>();
    List<String> units = data.units();
    for (Map.Entry<String, String> e : denominators.entrySet()) {
      double[] x = data.column(e.getKey());
      double[] d = data.column(e.getValue());
      for (int u = 0; u < x.length; u++) {
        if (d[u] == 0 && !Double.isNaN(x[u])) {
          throw new IndexComputationException(e.getKey(), units.get(u),
              "denominator " + e.getValue() + " is 0");
        }
        x[u] = x[u] / d[u];
      }
      changed.put(e.getKey(), x);
      log.add(e.getKey() + ": divided by " + e.getValue());
    }
    return new Stage(this, data.withColumns(changed), log);
  }

  /**
   * Checks whether this step equals another: same pairs.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Denominate && ((Denominate) obj).denominators.equals(denominators);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return denominators.hashCode();
  }

  @Override
  public String toString() {
    return "Denominate" + denominators;
  }
}
