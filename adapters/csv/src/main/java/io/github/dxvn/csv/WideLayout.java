package io.github.dxvn.csv;

import io.github.dxvn.observation.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a wide file are not indicators: the unit code column, an optional unit name
 * column, group columns, the period column (or one period for the whole file), and columns to
 * ignore. Every other column is an indicator.
 *
 * <p>{@link #defaults()} reads both dxvn's wide files and COINr's {@code iData} as they are: the unit
 * column is {@code unit_code} or {@code uCode}, the name column {@code unit_name} or {@code uName},
 * the period column {@code period} or {@code Time}, and group columns are those whose name starts
 * with {@code Group_} or ends with {@code _group}. Names match ignoring case.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WideLayout {

  private static final WideLayout DEFAULTS = new WideLayout(
      List.of(CsvColumns.UNIT_CODE, CsvColumns.COINR_UNIT_CODE), List.of(CsvColumns.UNIT_NAME, CsvColumns.COINR_UNIT_NAME),
      List.of(CsvColumns.PERIOD, CsvColumns.COINR_TIME), null, List.of(), List.of());

  private final List<String> unitColumns;
  private final List<String> nameColumns;
  private final List<String> periodColumns;
  private final Period period;
  private final List<String> groupColumns;
  private final List<String> ignoredColumns;

  private WideLayout(List<String> unitColumns, List<String> nameColumns, List<String> periodColumns, Period period,
      List<String> groupColumns, List<String> ignoredColumns) {
    this.unitColumns = unitColumns;
    this.nameColumns = nameColumns;
    this.periodColumns = periodColumns;
    this.period = period;
    this.groupColumns = groupColumns;
    this.ignoredColumns = ignoredColumns;
  }

  /**
   * Returns the default layout, which reads dxvn's wide files and COINr's {@code iData}.
   *
   * @return the layout, not null
   */
  public static WideLayout defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the names the unit code column may have; the first is the one written.
   *
   * @return the names, not empty, not null
   */
  public List<String> unitColumns() {
    return unitColumns;
  }

  /**
   * Returns the names the unit name column may have.
   *
   * @return the names, possibly empty, not null
   */
  public List<String> nameColumns() {
    return nameColumns;
  }

  /**
   * Returns the names the period column may have; the first is the one written.
   *
   * @return the names, possibly empty, not null
   */
  public List<String> periodColumns() {
    return periodColumns;
  }

  /**
   * Returns the period of every row, which wins over a period column.
   *
   * @return the period, or empty to read it from the period column
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the group columns named explicitly (besides those named {@code Group_*} or {@code *_group}).
   *
   * @return the names, not null
   */
  public List<String> groupColumns() {
    return groupColumns;
  }

  /**
   * Returns the columns ignored.
   *
   * @return the names, not null
   */
  public List<String> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * Returns a copy whose unit code column has a name.
   *
   * @param name  the column name, not blank
   * @return the layout, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public WideLayout withUnitColumn(String name) {
    return new WideLayout(List.of(checkName(name)), nameColumns, periodColumns, period, groupColumns, ignoredColumns);
  }

  /**
   * Returns a copy whose unit name column has a name.
   *
   * @param name  the column name, not blank
   * @return the layout, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public WideLayout withNameColumn(String name) {
    return new WideLayout(unitColumns, List.of(checkName(name)), periodColumns, period, groupColumns, ignoredColumns);
  }

  /**
   * Returns a copy whose period column has a name.
   *
   * @param name  the column name, not blank
   * @return the layout, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public WideLayout withPeriodColumn(String name) {
    return new WideLayout(unitColumns, nameColumns, List.of(checkName(name)), period, groupColumns, ignoredColumns);
  }

  /**
   * Returns a copy where every row has one period; a period column is then ignored.
   *
   * @param period  the period, not null
   * @return the layout, not null
   */
  public WideLayout withPeriod(Period period) {
    Objects.requireNonNull(period, "period");
    return new WideLayout(unitColumns, nameColumns, periodColumns, period, groupColumns, ignoredColumns);
  }

  /**
   * Returns a copy with more group columns.
   *
   * @param names  the column names, not null
   * @return the layout, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public WideLayout withGroupColumns(List<String> names) {
    List<String> all = new ArrayList<>(groupColumns);
    Objects.requireNonNull(names, "names").forEach(n -> all.add(checkName(n)));
    return new WideLayout(unitColumns, nameColumns, periodColumns, period, List.copyOf(all), ignoredColumns);
  }

  /**
   * Returns a copy ignoring more columns.
   *
   * @param names  the column names, not null
   * @return the layout, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public WideLayout withIgnoredColumns(List<String> names) {
    List<String> all = new ArrayList<>(ignoredColumns);
    Objects.requireNonNull(names, "names").forEach(n -> all.add(checkName(n)));
    return new WideLayout(unitColumns, nameColumns, periodColumns, period, groupColumns, List.copyOf(all));
  }

  /**
   * Tells whether a column is a group column.
   *
   * @param name  the column name, not null
   * @return true if it is named {@code Group_*} or {@code *_group}, or named as a group column
   */
  public boolean isGroupColumn(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("group_") || lower.endsWith("_group") || contains(groupColumns, name);
  }

  static boolean contains(List<String> names, String name) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid value for column name (valid values non-blank text): '" + name + "'");
    }
    return name.strip();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof WideLayout)) {
      return false;
    }
    WideLayout other = (WideLayout) obj;
    return unitColumns.equals(other.unitColumns) && nameColumns.equals(other.nameColumns)
        && periodColumns.equals(other.periodColumns) && Objects.equals(period, other.period)
        && groupColumns.equals(other.groupColumns) && ignoredColumns.equals(other.ignoredColumns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitColumns, nameColumns, periodColumns, period, groupColumns, ignoredColumns);
  }

  @Override
  public String toString() {
    return "WideLayout[unit " + unitColumns + ", name " + nameColumns + ", period "
        + (period != null ? period : periodColumns) + ", groups " + groupColumns + ", ignored " + ignoredColumns + "]";
  }
}
