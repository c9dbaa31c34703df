package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.text.TextParseException;
import java.math.BigDecimal;
import javax.measure.Unit;

/**
 * Reads the typed cells shared by every layout, each failure becoming a diagnostic that quotes the
 * cell and says what was expected. Every method returns null after reporting a problem.
 */
public final class Cells {

  /** The unit percent. */
  public static final Unit<?> PERCENT = UnitText.parse("%");
  /** The unit one, of pure numbers. */
  public static final Unit<?> ONE = UnitText.parse("1");

  private final Diagnostics diagnostics;
  private final CsvDialect dialect;
  private final boolean lenientNumbers;

  /**
   * Creates a cell reader.
   *
   * @param diagnostics  where problems go, not null
   * @param dialect  the dialect, not null
   * @param lenientNumbers  true to read numbers of the other notation with a warning
   */
  public Cells(Diagnostics diagnostics, CsvDialect dialect, boolean lenientNumbers) {
    this.diagnostics = diagnostics;
    this.dialect = dialect;
    this.lenientNumbers = lenientNumbers;
  }

  /**
   * Returns the reason of a parse exception with its position, such as
   * {@code expected a digit, found 'x' (character 3)}.
   *
   * @param e  the exception, not null
   * @return the reason, not null
   */
  public static String reason(TextParseException e) {
    String message = e.getMessage();
    String marker = "could not be parsed at index " + e.getErrorIndex() + ": ";
    int at = message.indexOf(marker);
    String why = at < 0 ? message : message.substring(at + marker.length());
    return why + " (character " + (e.getErrorIndex() + 1) + ")";
  }

  /**
   * Reads a unit code.
   *
   * @param text  the cell, not null
   * @param line  the line
   * @param column  the field number
   * @return the code, or null if empty (reported)
   */
  public String unitCode(String text, long line, int column) {
    if (text.isEmpty()) {
      diagnostics.error(line, column, "missing unit code (expected the code of an administrative unit)", text);
      return null;
    }
    return text;
  }

  /**
   * Reads an indicator code.
   *
   * @param text  the cell, not null
   * @param line  the line
   * @param column  the field number
   * @return the code, or null (reported)
   */
  public IndicatorCode indicator(String text, long line, int column) {
    try {
      return IndicatorCode.parse(text);
    } catch (TextParseException e) {
      diagnostics.error(line, column, "invalid indicator code \"" + text + "\": " + reason(e), text);
      return null;
    }
  }

  /**
   * Reads a period.
   *
   * @param text  the cell, not null
   * @param line  the line
   * @param column  the field number
   * @return the period, or null (reported)
   */
  public Period period(String text, long line, int column) {
    try {
      return Period.parse(text);
    } catch (TextParseException e) {
      diagnostics.error(line, column, "invalid period \"" + text + "\": " + reason(e), text);
      return null;
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column, "invalid period \"" + text + "\": " + e.getMessage(), text);
      return null;
    }
  }

  /**
   * Reads a unit; {@code PT} and {@code PC} (SDMX codes) mean percent.
   *
   * @param text  the cell, not empty
   * @param line  the line
   * @param column  the field number
   * @return the unit, or null (reported)
   */
  public Unit<?> unit(String text, long line, int column) {
    if (text.equals("PT") || text.equals("PC")) {
      return PERCENT;
    }
    try {
      return UnitText.parse(text);
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column, "invalid unit \"" + text + "\": expected %, 1 or an empty cell", text);
      return null;
    }
  }

  /**
   * Returns the unit an empty unit cell stands for: the catalog's unit of the indicator, else 1.
   *
   * @param catalog  the catalog, not null
   * @param indicator  the indicator, not null
   * @return the unit, not null
   */
  public static Unit<?> defaultUnit(IndicatorCatalog catalog, IndicatorCode indicator) {
    return catalog.find(indicator).map(IndicatorDefinition::unit).<Unit<?>>map(u -> u).orElse(ONE);
  }

  /**
   * Reads a status code.
   *
   * @param text  the cell, not empty
   * @param line  the line
   * @param column  the field number
   * @return the status, or null (reported)
   */
  public ObservationStatus status(String text, long line, int column) {
    try {
      return ObservationStatus.ofCode(text);
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column, "invalid status \"" + text
          + "\": expected an SDMX observation status code (A, B, D, E, F, I, M, O, P, U) or an empty cell", text);
      return null;
    }
  }

  /**
   * Reads a comparator.
   *
   * @param text  the cell, not empty
   * @param line  the line
   * @param column  the field number
   * @return the comparison, or null (reported)
   */
  public Comparison comparison(String text, long line, int column) {
    try {
      return Comparison.ofSymbol(text);
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column, "invalid comparator \"" + text + "\": expected =, >, >=, <, <=, ~ or an empty cell",
          text);
      return null;
    }
  }

  /**
   * Reads a rank position written in one cell, such as {@code 6}, {@code 6/19} or {@code 6/19 in GROUP}.
   *
   * @param text  the cell, not empty
   * @param line  the line
   * @param column  the field number
   * @return the rank, or null (reported)
   */
  public RankPosition rank(String text, long line, int column) {
    try {
      return RankPosition.parse(text);
    } catch (TextParseException e) {
      diagnostics.error(line, column, "invalid rank \"" + text + "\": " + reason(e), text);
      return null;
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column, "invalid rank \"" + text + "\": " + e.getMessage(), text);
      return null;
    }
  }

  /**
   * Reads a positive whole number such as a rank or group size.
   *
   * @param text  the cell, not empty
   * @param what  what the number is, for the message
   * @param line  the line
   * @param column  the field number
   * @return the number, or null (reported)
   */
  public Integer positive(String text, String what, long line, int column) {
    boolean digits = !text.isEmpty() && text.length() <= 9;
    for (int i = 0; digits && i < text.length(); i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    int value = digits ? Integer.parseInt(text) : 0;
    if (value < 1) {
      diagnostics.error(line, column, "invalid " + what + " \"" + text + "\": expected a whole number from 1", text);
      return null;
    }
    return value;
  }

  /**
   * Reads a number cell of the dialect, without a percent sign.
   *
   * @param text  the cell, not empty
   * @param indicator  the indicator, for the message, or null
   * @param line  the line
   * @param column  the field number
   * @return the value, or null (reported)
   */
  public BigDecimal number(String text, IndicatorCode indicator, long line, int column) {
    return number(text, text, indicator, line, column);
  }

  private BigDecimal number(String text, String cell, IndicatorCode indicator, long line, int column) {
    String what = indicator == null ? "" : " for " + indicator;
    try {
      NumberCells.Parsed parsed = NumberCells.parse(text, dialect, lenientNumbers);
      if (parsed.warning() != null) {
        diagnostics.warning(line, column, "number in another notation" + what + ": " + parsed.warning(), cell);
      }
      return parsed.value();
    } catch (TextParseException e) {
      diagnostics.error(line, column, "invalid value \"" + cell + "\"" + what + ": " + reason(e), cell);
      return null;
    }
  }

  /** A value with the percent sign it was written with, if any. */
  public static final class Value {
    private final BigDecimal number;
    private final boolean percent;

    Value(BigDecimal number, boolean percent) {
      this.number = number;
      this.percent = percent;
    }

    /**
     * Returns the number.
     *
     * @return the number, not null
     */
    public BigDecimal number() {
      return number;
    }

    /**
     * Tells whether the cell ended in {@code %}.
     *
     * @return true if it did
     */
    public boolean percent() {
      return percent;
    }
  }

  /**
   * Reads a value cell that may end in {@code %}.
   *
   * @param text  the cell, not empty
   * @param indicator  the indicator, for the message, or null
   * @param line  the line
   * @param column  the field number
   * @return the value, or null (reported)
   */
  public Value value(String text, IndicatorCode indicator, long line, int column) {
    boolean percent = text.endsWith("%");
    String number = percent ? text.substring(0, text.length() - 1).strip() : text;
    BigDecimal value = number(number, text, indicator, line, column);
    return value == null ? null : new Value(value, percent);
  }
}
