package io.github.dxvn.csv.internal;

/** What a column holds, whatever the layout calls it. */
public enum Field {
  /** The administrative unit's code. */
  UNIT_CODE,
  /** The indicator code. */
  INDICATOR,
  /** The period. */
  PERIOD,
  /** The value. */
  VALUE,
  /** The unit of the value. */
  UNIT,
  /** The observation status code. */
  STATUS,
  /** The comparator symbol. */
  COMPARATOR,
  /** The rank, or rank/of. */
  RANK,
  /** The number of units ranked. */
  RANK_OF,
  /** The group ranked in. */
  RANK_GROUP,
  /** The source. */
  SOURCE,
  /** The note. */
  NOTE
}
