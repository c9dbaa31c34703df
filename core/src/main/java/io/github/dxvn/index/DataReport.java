package io.github.dxvn.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Data checks of indicators, as COINr's {@code get_data_avail} and {@code get_stats}: the data
 * availability of every unit and every indicator, and the skewness and kurtosis of every indicator,
 * flagged as an outlier problem when |skewness| &gt; 2 and kurtosis &gt; 3.5 (sample type-2
 * formulas).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataReport {

  private final Map<String, Double> unitAvailability;
  private final Map<String, Double> indicatorAvailability;
  private final Map<String, OptionalDouble> skewness;
  private final Map<String, OptionalDouble> kurtosis;

  private DataReport(Map<String, Double> unitAvailability,
      Map<String, Double> indicatorAvailability, Map<String, OptionalDouble> skewness,
      Map<String, OptionalDouble> kurtosis) {
    this.unitAvailability = unitAvailability;
    this.indicatorAvailability = indicatorAvailability;
    this.skewness = skewness;
    this.kurtosis = kurtosis;
  }

  /**
   * Checks the given indicators of some data.
   *
   * @param data  the data, not null
   * @param indicators  the indicator codes to check, not null, each a column of the data
   * @return the report, not null
   * @throws IllegalArgumentException if an indicator is not in the data
   */
  public static DataReport of(IndexData data, List<String> indicators) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(indicators, "indicators");
    int[] cols = indicators.stream().mapToInt(data::indicatorIndex).toArray();
    Map<String, Double> units = new LinkedHashMap<>();
    for (int u = 0; u < data.unitCount(); u++) {
      int present = 0;
      for (int c : cols) {
        present += data.isPresent(u, c) ? 1 : 0;
      }
      units.put(data.units().get(u), cols.length == 0 ? 1.0 : present / (double) cols.length);
    }
    Map<String, Double> avail = new LinkedHashMap<>();
    Map<String, OptionalDouble> skew = new LinkedHashMap<>();
    Map<String, OptionalDouble> kurt = new LinkedHashMap<>();
    for (String code : indicators) {
      double[] x = data.column(code);
      int present = 0;
      for (double v : x) {
        present += Double.isNaN(v) ? 0 : 1;
      }
      avail.put(code, x.length == 0 ? 1.0 : present / (double) x.length);
      skew.put(code, Statistics.skewness(x));
      kurt.put(code, Statistics.kurtosis(x));
    }
    return new DataReport(Collections.unmodifiableMap(units), Collections.unmodifiableMap(avail),
        Collections.unmodifiableMap(skew), Collections.unmodifiableMap(kurt));
  }

  /**
   * Returns the data availability of every unit: the share of the indicators it has a value for.
   *
   * @return the share by unit code, in unit order, unmodifiable, not null
   */
  public Map<String, Double> unitAvailability() {
    return unitAvailability;
  }

  /**
   * Returns the data availability of every indicator: the share of units with a value.
   *
   * @return the share by indicator code, unmodifiable, not null
   */
  public Map<String, Double> indicatorAvailability() {
    return indicatorAvailability;
  }

  /**
   * Returns the sample skewness of an indicator.
   *
   * @param indicator  the indicator code, not null
   * @return the skewness, empty if undefined
   * @throws IllegalArgumentException if the indicator was not checked
   */
  public OptionalDouble skewness(String indicator) {
    return get(skewness, indicator);
  }

  /**
   * Returns the sample excess kurtosis of an indicator.
   *
   * @param indicator  the indicator code, not null
   * @return the kurtosis, empty if undefined
   * @throws IllegalArgumentException if the indicator was not checked
   */
  public OptionalDouble kurtosis(String indicator) {
    return get(kurtosis, indicator);
  }

  private static OptionalDouble get(Map<String, OptionalDouble> m, String indicator) {
    OptionalDouble v = m.get(Objects.requireNonNull(indicator, "indicator"));
    if (v == null) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values "
          + m.keySet() + "): " + indicator);
    }
    return v;
  }

  /**
   * Checks whether an indicator is flagged for outliers: |skewness| &gt; 2 and kurtosis &gt; 3.5.
   *
   * @param indicator  the indicator code, not null
   * @return true if flagged
   * @throws IllegalArgumentException if the indicator was not checked
   */
  public boolean isFlagged(String indicator) {
    OptionalDouble s = skewness(indicator);
    OptionalDouble k = kurtosis(indicator);
    return s.isPresent() && k.isPresent() && Math.abs(s.getAsDouble()) > 2
        && k.getAsDouble() > 3.5;
  }

  /**
   * Returns the counts of units and indicators checked.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "DataReport[" + unitAvailability.size() + " units, " + indicatorAvailability.size()
        + " indicators]";
  }
}
