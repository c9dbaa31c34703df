package io.github.dxvn.index;

/**
 * The type of a row of a COINr-style iMeta table.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MetaType {
  /** An indicator: a leaf of the framework, level 1. */
  INDICATOR,
  /** An aggregate: a pillar, sub-index or index. */
  AGGREGATE,
  /** A group column of the data, such as a region or size class. */
  GROUP,
  /** A denominator column of the data, such as population or GDP. */
  DENOMINATOR,
  /** Any other column kept with the data. */
  OTHER;

  /**
   * Obtains the type from COINr's spelling: "Indicator", "Aggregate", "Group", "Denominator",
   * "Other", in any case.
   *
   * @param text  the text, not null
   * @return the type, not null
   * @throws IllegalArgumentException if the text names no type
   */
  public static MetaType fromCoinr(String text) {
    java.util.Objects.requireNonNull(text, "text");
    for (MetaType t : values()) {
      if (t.name().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("Invalid value for type (valid values Indicator, Aggregate,"
        + " Group, Denominator, Other): " + text);
  }
}
