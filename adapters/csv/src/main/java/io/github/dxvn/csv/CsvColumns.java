package io.github.dxvn.csv;

/**
 * The column names of the CSV layouts, in one place. Headers are matched ignoring case.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvColumns {

  private CsvColumns() {}

  /** Long layout: the administrative unit's code (required). */
  public static final String UNIT_CODE = "unit_code";
  /** Long layout: the indicator code (required). */
  public static final String INDICATOR_CODE = "indicator_code";
  /** Long and wide layouts: the period, {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD} (required in long). */
  public static final String PERIOD = "period";
  /** Long layout: the value (required; an empty cell means no observation). */
  public static final String VALUE = "value";
  /** Long layout: the unit, {@code %} or {@code 1}; empty takes the catalog's. */
  public static final String UNIT = "unit";
  /** Long layout: the SDMX observation status code, such as {@code E}; empty is {@code A}. */
  public static final String STATUS = "status";
  /** Long layout: how the value relates to the true value, such as {@code >}; empty is {@code =}. */
  public static final String COMPARATOR = "comparator";
  /** Long layout: a published rank, or a rank with its group size such as {@code 6/19}. */
  public static final String RANK = "rank";
  /** Long layout: the number of units ranked. */
  public static final String RANK_OF = "rank_of";
  /** Long layout: the group of units ranked. */
  public static final String RANK_GROUP = "rank_group";
  /** Long layout: where the figure was published. */
  public static final String SOURCE = "source";
  /** Long layout: a note. */
  public static final String NOTE = "note";

  /** Wide layout: a unit name column (written and read, kept as a unit attribute). */
  public static final String UNIT_NAME = "unit_name";

  /** COINr's iData: the unit code. */
  public static final String COINR_UNIT_CODE = "uCode";
  /** COINr's iData: the unit name. */
  public static final String COINR_UNIT_NAME = "uName";
  /** COINr's iData: the period (a year). */
  public static final String COINR_TIME = "Time";

  /** SDMX-CSV 1.0: the dataflow, first column. */
  public static final String SDMX_DATAFLOW = "DATAFLOW";
  /** SDMX-CSV 2.0: the kind of structure, first column ({@code dataflow}). */
  public static final String SDMX_STRUCTURE = "STRUCTURE";
  /** SDMX-CSV 2.0: the structure's identifier. */
  public static final String SDMX_STRUCTURE_ID = "STRUCTURE_ID";
  /** SDMX-CSV 2.0: the action ({@code I} information, {@code A} append, {@code R} replace, {@code D} delete). */
  public static final String SDMX_ACTION = "ACTION";
  /** SDMX: the reference area dimension, read as the unit code. */
  public static final String SDMX_REF_AREA = "REF_AREA";
  /** SDMX: the indicator dimension. */
  public static final String SDMX_INDICATOR = "INDICATOR";
  /** SDMX: the time dimension. */
  public static final String SDMX_TIME_PERIOD = "TIME_PERIOD";
  /** SDMX: the observation value. */
  public static final String SDMX_OBS_VALUE = "OBS_VALUE";
  /** SDMX: the unit attribute. */
  public static final String SDMX_UNIT_MEASURE = "UNIT_MEASURE";
  /** SDMX: the observation status attribute. */
  public static final String SDMX_OBS_STATUS = "OBS_STATUS";
  /** SDMX: the comment attribute, read as the note. */
  public static final String SDMX_COMMENT = "COMMENT";
  /** dxvn attribute in SDMX files: the comparator. */
  public static final String SDMX_COMPARATOR = "COMPARATOR";
  /** dxvn attribute in SDMX files: the rank position, as {@code 6/19 in GROUP}. */
  public static final String SDMX_RANK = "RANK";
  /** dxvn attribute in SDMX files: the source. */
  public static final String SDMX_SOURCE = "SOURCE";
}
