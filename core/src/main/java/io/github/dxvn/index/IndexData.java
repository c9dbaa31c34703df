package io.github.dxvn.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The input of the composite-index engine for one period: a dense matrix of indicator values
 * (units × indicators), with optional group columns such as region or size class.
 *
 * <p>Values are primitive doubles, one unit of measure per indicator. A missing value is explicit:
 * {@link #value(int, int)} is empty and {@link #isPresent(int, int)} false. In the bulk primitive
 * arrays this class takes and returns ({@link #of(List, List, double[][])}, {@link #column(int)}),
 * {@code NaN} marks a missing value; infinities are rejected. Arrays are copied in and out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexData {

  private final String[] units;
  private final String[] indicators;
  private final List<String> unitList;
  private final List<String> indicatorList;
  private final Map<String, Integer> unitIndex;
  private final Map<String, Integer> indicatorIndex;
  private final double[] values; // row-major [unit * indicators + indicator]
  private final Map<String, String[]> groups;

  private IndexData(String[] units, String[] indicators, double[] values,
      Map<String, String[]> groups) {
    this.units = units;
    this.indicators = indicators;
    this.unitList = List.of(units);
    this.indicatorList = List.of(indicators);
    this.unitIndex = index(units, "units");
    this.indicatorIndex = index(indicators, "indicators");
    this.values = values;
    this.groups = groups;
  }

  private static Map<String, Integer> index(String[] codes, String what) {
    Map<String, Integer> m = new HashMap<>(codes.length * 2);
    for (int i = 0; i < codes.length; i++) {
      String c = Objects.requireNonNull(codes[i], what + "[" + i + "]");
      if (c.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid value for " + what + "[" + i + "] (valid values non-empty codes): \"\"");
      }
      if (m.put(c, i) != null) {
        throw new IllegalArgumentException(
            "Invalid value for " + what + " (valid values unique codes): duplicate " + c);
      }
    }
    return m;
  }

  /**
   * Obtains data from unit codes, indicator codes and a matrix of values.
   *
   * @param units  the unit codes, not null, unique, non-empty
   * @param indicators  the indicator codes, not null, unique, non-empty
   * @param values  the values [unit][indicator], not null, NaN for a missing value, no infinity
   * @return the data, not null
   * @throws IllegalArgumentException if a code is empty or repeated, the matrix does not have one
   *     row per unit and one column per indicator, or a value is infinite
   */
  public static IndexData of(List<String> units, List<String> indicators, double[][] values) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(values, "values");
    String[] u = units.toArray(new String[0]);
    String[] in = indicators.toArray(new String[0]);
    if (values.length != u.length) {
      throw new IllegalArgumentException(
          "Invalid value for values rows (valid values " + u.length + "): " + values.length);
    }
    int m = in.length;
    double[] flat = new double[u.length * m];
    for (int r = 0; r < u.length; r++) {
      double[] row = Objects.requireNonNull(values[r], "values[" + r + "]");
      if (row.length != m) {
        throw new IllegalArgumentException("Invalid value for values[" + r
            + "] length (valid values " + m + "): " + row.length);
      }
      for (int c = 0; c < m; c++) {
        checkValue(row[c], r, c);
        flat[r * m + c] = row[c];
      }
    }
    return new IndexData(u, in, flat, Collections.emptyMap());
  }

  private static void checkValue(double v, int r, int c) {
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("Invalid value for values[" + r + "][" + c
          + "] (valid values finite, or NaN for missing): " + v);
    }
  }

  /**
   * Returns a copy of this data with a group column added or replaced.
   *
   * @param name  the group column's name, such as "region", not null
   * @param labels  the group label of each unit, in unit order, not null, no null element
   * @return the data, not null
   * @throws IllegalArgumentException if there is not one label per unit
   */
  public IndexData withGroup(String name, List<String> labels) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labels, "labels");
    String[] l = labels.toArray(new String[0]);
    if (l.length != units.length) {
      throw new IllegalArgumentException(
          "Invalid value for labels size (valid values " + units.length + "): " + l.length);
    }
    for (int i = 0; i < l.length; i++) {
      Objects.requireNonNull(l[i], "labels[" + i + "]");
    }
    Map<String, String[]> g = new LinkedHashMap<>(groups);
    g.put(name, l);
    return new IndexData(units, indicators, values, Collections.unmodifiableMap(g));
  }

  /**
   * Returns a copy of this data with the values of one indicator added or replaced.
   *
   * @param indicator  the indicator code, not null, not empty
   * @param column  the values in unit order, not null, NaN for a missing value, no infinity
   * @return the data, not null
   * @throws IllegalArgumentException if there is not one value per unit or a value is infinite
   */
  public IndexData withColumn(String indicator, double[] column) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(column, "column");
    if (column.length != units.length) {
      throw new IllegalArgumentException(
          "Invalid value for column length (valid values " + units.length + "): " + column.length);
    }
    Integer at = indicatorIndex.get(indicator);
    String[] in = indicators;
    int m = indicators.length;
    double[] v;
    int c;
    if (at == null) {
      in = Arrays.copyOf(indicators, m + 1);
      in[m] = indicator;
      v = new double[units.length * (m + 1)];
      for (int r = 0; r < units.length; r++) {
        System.arraycopy(values, r * m, v, r * (m + 1), m);
      }
      c = m;
      m = m + 1;
    } else {
      v = values.clone();
      c = at;
    }
    for (int r = 0; r < units.length; r++) {
      checkValue(column[r], r, c);
      v[r * m + c] = column[r];
    }
    return new IndexData(units, in, v, groups);
  }

  /** Replaces several existing columns at once (one copy of the matrix). */
  IndexData withColumns(Map<String, double[]> columns) {
    if (columns.isEmpty()) {
      return this;
    }
    double[] v = values.clone();
    int m = indicators.length;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      int c = indicatorIndex(e.getKey());
      double[] column = e.getValue();
      for (int r = 0; r < units.length; r++) {
        checkValue(column[r], r, c);
        v[r * m + c] = column[r];
      }
    }
    return new IndexData(units, indicators, v, groups);
  }

  boolean hasUnit(String unit) {
    return unitIndex.containsKey(unit);
  }

  /**
   * Returns a copy of this data keeping only some units, in the given order.
   *
   * @param unitIndices  the indices of the units to keep, not null, each 0..unitCount-1, no repeat
   * @return the data, not null
   * @throws IllegalArgumentException if an index repeats
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public IndexData selectUnits(int[] unitIndices) {
    Objects.requireNonNull(unitIndices, "unitIndices");
    int m = indicators.length;
    String[] u = new String[unitIndices.length];
    double[] v = new double[unitIndices.length * m];
    for (int k = 0; k < unitIndices.length; k++) {
      int r = Objects.checkIndex(unitIndices[k], units.length);
      u[k] = units[r];
      System.arraycopy(values, r * m, v, k * m, m);
    }
    Map<String, String[]> g = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : groups.entrySet()) {
      String[] l = new String[unitIndices.length];
      for (int k = 0; k < l.length; k++) {
        l[k] = e.getValue()[unitIndices[k]];
      }
      g.put(e.getKey(), l);
    }
    return new IndexData(u, indicators, v, Collections.unmodifiableMap(g));
  }

  /**
   * Returns the unit codes.
   *
   * @return the codes in order, unmodifiable, not null
   */
  public List<String> units() {
    return unitList;
  }

  /**
   * Returns the indicator codes.
   *
   * @return the codes in order, unmodifiable, not null
   */
  public List<String> indicators() {
    return indicatorList;
  }

  /**
   * Returns the number of units.
   *
   * @return the count
   */
  public int unitCount() {
    return units.length;
  }

  /**
   * Returns the number of indicators.
   *
   * @return the count
   */
  public int indicatorCount() {
    return indicators.length;
  }

  /**
   * Returns the index of a unit.
   *
   * @param unit  the unit code, not null
   * @return the index, from 0
   * @throws IllegalArgumentException if the unit is unknown
   */
  public int unitIndex(String unit) {
    Integer i = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (i == null) {
      throw new IllegalArgumentException("Invalid value for unit (valid values "
          + abbreviate(units) + "): " + unit);
    }
    return i;
  }

  /**
   * Returns the index of an indicator.
   *
   * @param indicator  the indicator code, not null
   * @return the index, from 0
   * @throws IllegalArgumentException if the indicator is unknown
   */
  public int indicatorIndex(String indicator) {
    Integer i = indicatorIndex.get(Objects.requireNonNull(indicator, "indicator"));
    if (i == null) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values "
          + abbreviate(indicators) + "): " + indicator);
    }
    return i;
  }

  /**
   * Checks whether an indicator is present in this data.
   *
   * @param indicator  the indicator code, not null
   * @return true if the data has a column for it
   */
  public boolean hasIndicator(String indicator) {
    return indicatorIndex.containsKey(Objects.requireNonNull(indicator, "indicator"));
  }

  static String abbreviate(String[] codes) {
    if (codes.length <= 8) {
      return String.join(", ", codes);
    }
    return String.join(", ", Arrays.copyOf(codes, 8)) + ", ... (" + codes.length + " codes)";
  }

  /**
   * Checks whether a value is present.
   *
   * @param unit  the unit index
   * @param indicator  the indicator index
   * @return true unless the value is missing
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean isPresent(int unit, int indicator) {
    return !Double.isNaN(values[at(unit, indicator)]);
  }

  /**
   * Returns a value.
   *
   * @param unit  the unit index
   * @param indicator  the indicator index
   * @return the value, empty if missing
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public OptionalDouble value(int unit, int indicator) {
    double v = values[at(unit, indicator)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns a value by codes.
   *
   * @param unit  the unit code, not null
   * @param indicator  the indicator code, not null
   * @return the value, empty if missing
   * @throws IllegalArgumentException if a code is unknown
   */
  public OptionalDouble value(String unit, String indicator) {
    return value(unitIndex(unit), indicatorIndex(indicator));
  }

  private int at(int unit, int indicator) {
    Objects.checkIndex(unit, units.length);
    Objects.checkIndex(indicator, indicators.length);
    return unit * indicators.length + indicator;
  }

  /**
   * Returns the values of one indicator in unit order, NaN for a missing value.
   *
   * @param indicator  the indicator index
   * @return a new array, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double[] column(int indicator) {
    Objects.checkIndex(indicator, indicators.length);
    int m = indicators.length;
    double[] c = new double[units.length];
    for (int r = 0; r < c.length; r++) {
      c[r] = values[r * m + indicator];
    }
    return c;
  }

  /**
   * Returns the values of one indicator by code, NaN for a missing value.
   *
   * @param indicator  the indicator code, not null
   * @return a new array, not null
   * @throws IllegalArgumentException if the code is unknown
   */
  public double[] column(String indicator) {
    return column(indicatorIndex(indicator));
  }

  /**
   * Returns the names of the group columns.
   *
   * @return the names in the order added, unmodifiable, not null
   */
  public Set<String> groupNames() {
    return Collections.unmodifiableSet(groups.keySet());
  }

  /**
   * Returns a group column.
   *
   * @param name  the group column's name, not null
   * @return the label of each unit in unit order, empty if there is no such column
   */
  public Optional<List<String>> group(String name) {
    String[] g = groups.get(Objects.requireNonNull(name, "name"));
    return g == null ? Optional.empty() : Optional.of(List.of(g));
  }

  /**
   * Checks whether this data equals another: same codes, values (NaN equal to NaN) and groups.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof IndexData)) {
      return false;
    }
    IndexData o = (IndexData) obj;
    if (!Arrays.equals(units, o.units) || !Arrays.equals(indicators, o.indicators)
        || !Arrays.equals(values, o.values) || !groups.keySet().equals(o.groups.keySet())) {
      return false;
    }
    for (Map.Entry<String, String[]> e : groups.entrySet()) {
      if (!Arrays.equals(e.getValue(), o.groups.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (Arrays.hashCode(units) * 31 + Arrays.hashCode(indicators)) * 31
        + Arrays.hashCode(values);
  }

  /**
   * Returns a short description: counts of units, indicators and groups.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "IndexData[" + units.length + " units, " + indicators.length + " indicators, groups "
        + groups.keySet() + "]";
  }
}
