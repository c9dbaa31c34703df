package io.github.dxvn.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A columnar bulk store of observations: one primitive array per field and one table of distinct
 * codes per code column, for national-scale data (millions of rows) that would not fit as
 * {@link Observation} objects.
 *
 * <p>Each row holds a unit index, an indicator index, a period index, a {@code double} value and a
 * status; the indices point into {@link #units()}, {@link #indicators()} and {@link #periods()},
 * which list the distinct codes in the order they were first added. A row costs 17 bytes (an
 * {@code int}, two {@code short}s, a {@code double} and a {@code byte}), so 3.3 million
 * observations take about 56 MB where {@code Observation} objects with {@code BigDecimal} values
 * take several times that.
 *
 * <p>Unlike a {@link Dataset}, the store is not validated against a catalog: it is the raw
 * material of bulk computation, read by fast paths and handed to the index engine one period at a
 * time. Codes are kept as given; periods are parsed once per distinct text. A value is a finite
 * {@code double}; missing values are not stored.
 *
 * <pre>{@code
 * ObservationColumns.Builder b = ObservationColumns.builder();
 * b.add("01001", "DG01", "2025", 95.22, ObservationStatus.NORMAL);
 * ObservationColumns columns = b.build();
 * }</pre>
 *
 * <p>Stores built in parts (for example, one per chunk of a file read in parallel) are joined with
 * {@link #concat(List)}, which gives the same store as adding every row to one builder in order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationColumns {

  /** The largest number of distinct indicators or periods: their indices are {@code short}s. */
  public static final int MAX_CODES = Short.MAX_VALUE + 1;

  private static final ObservationStatus[] STATUSES = ObservationStatus.values();

  private final List<String> units;
  private final List<String> indicators;
  private final List<Period> periods;
  private final int[] unit;
  private final short[] indicator;
  private final short[] period;
  private final double[] value;
  private final byte[] status;

  private ObservationColumns(List<String> units, List<String> indicators, List<Period> periods,
      int[] unit, short[] indicator, short[] period, double[] value, byte[] status) {
    this.units = units;
    this.indicators = indicators;
    this.periods = periods;
    this.unit = unit;
    this.indicator = indicator;
    this.period = period;
    this.value = value;
    this.status = status;
  }

  /**
   * Obtains a builder of an empty store.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder(1024);
  }

  /**
   * Obtains a builder of an empty store with room for a number of rows before it grows.
   *
   * @param expectedRows  the expected number of rows, not negative
   * @return a new builder, not null
   * @throws IllegalArgumentException if {@code expectedRows} is negative
   */
  public static Builder builder(int expectedRows) {
    if (expectedRows < 0) {
      throw new IllegalArgumentException(
          "Invalid value for expectedRows (valid values 0 - 2147483647): " + expectedRows);
    }
    return new Builder(expectedRows);
  }

  /**
   * Joins stores in order: the result holds the rows of the first store, then those of the
   * second, and so on, with the code tables merged in first-seen order.
   *
   * <p>Joining the stores built from consecutive parts of the input gives a store equal to the
   * one built from the whole input in one builder.
   *
   * @param parts  the stores, not null, no null element
   * @return the joined store, not null
   * @throws IllegalArgumentException if the joined store would have more than {@link #MAX_CODES}
   *     distinct indicators or periods, or more than {@code Integer.MAX_VALUE - 8} rows
   */
  public static ObservationColumns concat(List<ObservationColumns> parts) {
    Objects.requireNonNull(parts, "parts");
    long total = 0;
    for (ObservationColumns part : parts) {
      total += Objects.requireNonNull(part, "parts element").size();
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "Invalid value for rows (valid values 0 - " + (Integer.MAX_VALUE - 8) + "): " + total);
    }
    Builder b = new Builder((int) total);
    int at = 0;
    for (ObservationColumns part : parts) {
      int[] unitMap = new int[part.units.size()];
      for (int i = 0; i < unitMap.length; i++) {
        unitMap[i] = b.unit(part.units.get(i));
      }
      short[] indicatorMap = new short[part.indicators.size()];
      for (int i = 0; i < indicatorMap.length; i++) {
        indicatorMap[i] = (short) b.indicator(part.indicators.get(i));
      }
      short[] periodMap = new short[part.periods.size()];
      for (int i = 0; i < periodMap.length; i++) {
        periodMap[i] = (short) b.period(part.periods.get(i));
      }
      int n = part.size();
      for (int r = 0; r < n; r++) {
        b.unit[at + r] = unitMap[part.unit[r]];
        b.indicator[at + r] = indicatorMap[part.indicator[r]];
        b.period[at + r] = periodMap[part.period[r]];
      }
      System.arraycopy(part.value, 0, b.value, at, n);
      System.arraycopy(part.status, 0, b.status, at, n);
      at += n;
    }
    b.size = at;
    return b.build();
  }

  /**
   * Gets the number of rows.
   *
   * @return the number of observations stored, zero or more
   */
  public int size() {
    return value.length;
  }

  /**
   * Gets the distinct unit codes, in the order first added.
   *
   * @return the unit codes, unmodifiable, not null
   */
  public List<String> units() {
    return units;
  }

  /**
   * Gets the distinct indicator codes, in the order first added.
   *
   * @return the indicator codes, unmodifiable, not null
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * Gets the distinct periods, in the order first added.
   *
   * @return the periods, unmodifiable, not null
   */
  public List<Period> periods() {
    return periods;
  }

  /**
   * Gets the unit of a row as an index into {@link #units()}.
   *
   * @param row  the row, from 0 to {@code size() - 1}
   * @return the unit index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int unitIndex(int row) {
    return unit[Objects.checkIndex(row, unit.length)];
  }

  /**
   * Gets the indicator of a row as an index into {@link #indicators()}.
   *
   * @param row  the row, from 0 to {@code size() - 1}
   * @return the indicator index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int indicatorIndex(int row) {
    return indicator[Objects.checkIndex(row, indicator.length)];
  }

  /**
   * Gets the period of a row as an index into {@link #periods()}.
   *
   * @param row  the row, from 0 to {@code size() - 1}
   * @return the period index
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int periodIndex(int row) {
    return period[Objects.checkIndex(row, period.length)];
  }

  /**
   * Gets the value of a row.
   *
   * @param row  the row, from 0 to {@code size() - 1}
   * @return the value, finite
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double value(int row) {
    return value[Objects.checkIndex(row, value.length)];
  }

  /**
   * Gets the status of a row.
   *
   * @param row  the row, from 0 to {@code size() - 1}
   * @return the status, not null
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public ObservationStatus status(int row) {
    return STATUSES[status[Objects.checkIndex(row, status.length)]];
  }

  /**
   * Copies the values of one period into a matrix of units by indicators, in the order of
   * {@link #units()} and {@link #indicators()}, with {@code NaN} where a unit has no value.
   *
   * <p>This is the shape the index engine takes ({@code IndexData.of(units(), indicators(),
   * matrix)}); if a key occurs more than once, the last row wins.
   *
   * @param periodIndex  the period, an index into {@link #periods()}
   * @return a new matrix {@code [unit][indicator]}, not null
   * @throws IndexOutOfBoundsException if the period index is out of range
   */
  public double[][] matrix(int periodIndex) {
    Objects.checkIndex(periodIndex, periods.size());
    int m = indicators.size();
    double[][] out = new double[units.size()][m];
    for (double[] row : out) {
      Arrays.fill(row, Double.NaN);
    }
    for (int r = 0; r < value.length; r++) {
      if (period[r] == periodIndex) {
        out[unit[r]][indicator[r]] = value[r];
      }
    }
    return out;
  }

  /**
   * Checks whether this store equals another: same code tables in the same order and the same
   * rows in the same order, values compared bit for bit.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ObservationColumns)) {
      return false;
    }
    ObservationColumns o = (ObservationColumns) obj;
    return units.equals(o.units) && indicators.equals(o.indicators) && periods.equals(o.periods)
        && Arrays.equals(unit, o.unit) && Arrays.equals(indicator, o.indicator)
        && Arrays.equals(period, o.period) && Arrays.equals(value, o.value)
        && Arrays.equals(status, o.status);
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = Objects.hash(units, indicators, periods);
    h = 31 * h + Arrays.hashCode(unit);
    h = 31 * h + Arrays.hashCode(indicator);
    h = 31 * h + Arrays.hashCode(period);
    h = 31 * h + Arrays.hashCode(value);
    return 31 * h + Arrays.hashCode(status);
  }

  /**
   * Describes the store by its sizes.
   *
   * @return a text such as {@code ObservationColumns[rows=3304590, units=3321, indicators=100,
   *     periods=10]}, not null
   */
  @Override
  public String toString() {
    return "ObservationColumns[rows=" + size() + ", units=" + units.size() + ", indicators="
        + indicators.size() + ", periods=" + periods.size() + "]";
  }

  /**
   * Builds an {@link ObservationColumns} row by row.
   *
   * <p>Codes can be added as text ({@link #add(String, String, String, double, ObservationStatus)})
   * or interned once and added by index ({@link #add(int, int, int, double, ObservationStatus)}),
   * which is what fast readers do.
   *
   * <p>This class is mutable and not thread-safe: use one builder per thread and
   * {@link ObservationColumns#concat(List)}.
   */
  public static final class Builder {

    private final List<String> units = new ArrayList<>();
    private final List<String> indicators = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private final Map<String, Integer> unitIds = new HashMap<>();
    private final Map<String, Integer> indicatorIds = new HashMap<>();
    private final Map<Object, Integer> periodIds = new HashMap<>();
    private int[] unit;
    private short[] indicator;
    private short[] period;
    private double[] value;
    private byte[] status;
    private int size;
    private boolean built;

    private Builder(int capacity) {
      unit = new int[capacity];
      indicator = new short[capacity];
      period = new short[capacity];
      value = new double[capacity];
      status = new byte[capacity];
    }

    /**
     * Interns a unit code.
     *
     * @param code  the unit code, not null, not empty
     * @return the code's index in the built store's {@link ObservationColumns#units()}
     * @throws IllegalArgumentException if the code is empty
     */
    public int unit(String code) {
      Integer id = unitIds.get(Objects.requireNonNull(code, "code"));
      if (id != null) {
        return id;
      }
      if (code.isEmpty()) {
        throw new IllegalArgumentException("Invalid value for unit code (valid values non-empty): "
            + "\"\"");
      }
      units.add(code);
      unitIds.put(code, units.size() - 1);
      return units.size() - 1;
    }

    /**
     * Interns an indicator code.
     *
     * @param code  the indicator code, not null, not empty
     * @return the code's index in the built store's {@link ObservationColumns#indicators()}
     * @throws IllegalArgumentException if the code is empty or there are already
     *     {@link ObservationColumns#MAX_CODES} indicators
     */
    public int indicator(String code) {
      Integer id = indicatorIds.get(Objects.requireNonNull(code, "code"));
      if (id != null) {
        return id;
      }
      if (code.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid value for indicator code (valid values non-empty): \"\"");
      }
      checkRoom(indicators.size(), "indicators");
      indicators.add(code);
      indicatorIds.put(code, indicators.size() - 1);
      return indicators.size() - 1;
    }

    /**
     * Interns a period written as text, parsing it the first time it is seen.
     *
     * @param text  the period, such as {@code 2025} or {@code 2025-Q3}, not null
     * @return the period's index in the built store's {@link ObservationColumns#periods()}
     * @throws io.github.dxvn.text.TextParseException if the text is not a period
     * @throws IllegalArgumentException if there are already {@link ObservationColumns#MAX_CODES}
     *     periods
     */
    public int period(String text) {
      Integer id = periodIds.get(Objects.requireNonNull(text, "text"));
      if (id != null) {
        return id;
      }
      int at = period(Period.parse(text));
      periodIds.put(text, at);
      return at;
    }

    /**
     * Interns a period.
     *
     * @param value  the period, not null
     * @return the period's index in the built store's {@link ObservationColumns#periods()}
     * @throws IllegalArgumentException if there are already {@link ObservationColumns#MAX_CODES}
     *     periods
     */
    public int period(Period value) {
      Integer id = periodIds.get(Objects.requireNonNull(value, "value"));
      if (id != null) {
        return id;
      }
      checkRoom(periods.size(), "periods");
      periods.add(value);
      periodIds.put(value, periods.size() - 1);
      return periods.size() - 1;
    }

    private static void checkRoom(int count, String what) {
      if (count >= MAX_CODES) {
        throw new IllegalArgumentException("Invalid value for number of " + what
            + " (valid values 0 - " + MAX_CODES + "): " + (count + 1));
      }
    }

    /**
     * Adds a row given by codes.
     *
     * @param unit  the unit code, not null, not empty
     * @param indicator  the indicator code, not null, not empty
     * @param period  the period text, not null
     * @param value  the value, finite
     * @param status  the status, not null, not a missing status
     * @return this builder, not null
     * @throws IllegalArgumentException if a code is empty, the value is not finite or the status
     *     is a missing status
     * @throws io.github.dxvn.text.TextParseException if the period is not a period
     */
    public Builder add(String unit, String indicator, String period, double value,
        ObservationStatus status) {
      return add(unit(unit), indicator(indicator), period(period), value, status);
    }

    /**
     * Adds a row given by the indices of interned codes.
     *
     * @param unit  the unit index, from {@link #unit(String)}
     * @param indicator  the indicator index, from {@link #indicator(String)}
     * @param period  the period index, from {@link #period(String)}
     * @param value  the value, finite
     * @param status  the status, not null, not a missing status
     * @return this builder, not null
     * @throws IndexOutOfBoundsException if an index has not been interned
     * @throws IllegalArgumentException if the value is not finite or the status is a missing status
     */
    public Builder add(int unit, int indicator, int period, double value,
        ObservationStatus status) {
      Objects.requireNonNull(status, "status");
      Objects.checkIndex(unit, units.size());
      Objects.checkIndex(indicator, indicators.size());
      Objects.checkIndex(period, periods.size());
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("Invalid value for value (valid values finite): "
            + value);
      }
      if (status.isMissing()) {
        throw new IllegalArgumentException("Invalid value for status (valid values a status with "
            + "a value): " + status);
      }
      if (built) {
        throw new IllegalStateException("Builder already built");
      }
      if (size == this.value.length) {
        grow();
      }
      this.unit[size] = unit;
      this.indicator[size] = (short) indicator;
      this.period[size] = (short) period;
      this.value[size] = value;
      this.status[size] = (byte) status.ordinal();
      size++;
      return this;
    }

    /**
     * Gets the number of rows added so far.
     *
     * @return the number of rows
     */
    public int size() {
      return size;
    }

    private void grow() {
      long wanted = Math.max(16, (long) size + (size >> 1));
      int cap = (int) Math.min(Integer.MAX_VALUE - 8, wanted);
      if (cap <= size) {
        throw new IllegalStateException("Too many rows: " + size);
      }
      unit = Arrays.copyOf(unit, cap);
      indicator = Arrays.copyOf(indicator, cap);
      period = Arrays.copyOf(period, cap);
      value = Arrays.copyOf(value, cap);
      status = Arrays.copyOf(status, cap);
    }

    /**
     * Builds the store; the arrays are trimmed to the rows added. A builder builds once.
     *
     * @return the store, not null
     * @throws IllegalStateException if this builder has already built
     */
    public ObservationColumns build() {
      if (built) {
        throw new IllegalStateException("Builder already built");
      }
      built = true;
      // arrays are handed over, not copied, when full: bulk memory is the point
      int[] u = unit.length == size ? unit : Arrays.copyOf(unit, size);
      short[] i = indicator.length == size ? indicator : Arrays.copyOf(indicator, size);
      short[] p = period.length == size ? period : Arrays.copyOf(period, size);
      double[] v = value.length == size ? value : Arrays.copyOf(value, size);
      byte[] s = status.length == size ? status : Arrays.copyOf(status, size);
      unit = null;
      indicator = null;
      period = null;
      value = null;
      status = null;
      return new ObservationColumns(Collections.unmodifiableList(new ArrayList<>(units)),
          Collections.unmodifiableList(new ArrayList<>(indicators)),
          Collections.unmodifiableList(new ArrayList<>(periods)), u, i, p, v, s);
    }
  }
}
