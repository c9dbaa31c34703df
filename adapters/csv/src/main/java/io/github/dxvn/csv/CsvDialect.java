package io.github.dxvn.csv;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a CSV file writes its cells: field separator, decimal mark, thousands separator, byte order
 * mark, and whether text cells are guarded against spreadsheet formulas.
 *
 * <p>Two dialects are predefined. {@link #RFC_4180}: {@code ,} between fields, {@code .} decimal
 * mark, no grouping, no byte order mark, no formula guard. {@link #VIETNAMESE}: what Excel with
 * Vietnamese regional settings reads and writes: {@code ;} between fields, {@code ,} decimal mark,
 * {@code .} groups thousands on reading, a UTF-8 byte order mark (without it Excel shows Vietnamese
 * text as mojibake), and formula guard on.
 *
 * <p>Numbers are written without thousands separators unless {@link #withWriteGrouping(boolean)}
 * asks for them: Excel reads {@code 4327} as well as {@code 4.327}, and an ungrouped number cannot be
 * mistaken for a dot decimal by another reader. A value is always written exactly (its plain decimal
 * form, never an exponent), and numbers are never touched by the formula guard.
 *
 * <p>Quotes are {@code "} and records end with CR LF, as RFC 4180 says; reading accepts LF too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvDialect {

  /** RFC 4180: comma-separated, dot decimal, no grouping, no byte order mark. */
  public static final CsvDialect RFC_4180 = new CsvDialect(',', '.', 0, false, false, false);

  /** The Vietnamese Excel dialect: semicolon-separated, comma decimal, dot grouping, byte order mark, formula guard. */
  public static final CsvDialect VIETNAMESE = new CsvDialect(';', ',', '.', true, true, false);

  private final char fieldSeparator;
  private final char decimalSeparator;
  private final int groupingSeparator;
  private final boolean byteOrderMark;
  private final boolean formulaGuard;
  private final boolean writeGrouping;

  private CsvDialect(char fieldSeparator, char decimalSeparator, int groupingSeparator, boolean byteOrderMark,
      boolean formulaGuard, boolean writeGrouping) {
    this.fieldSeparator = fieldSeparator;
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparator = groupingSeparator;
    this.byteOrderMark = byteOrderMark;
    this.formulaGuard = formulaGuard;
    this.writeGrouping = writeGrouping;
  }

  private static CsvDialect checked(char field, char decimal, int grouping, boolean bom, boolean guard, boolean write) {
    if (field == '"' || field == '\r' || field == '\n') {
      throw new IllegalArgumentException(
          "Invalid value for fieldSeparator (valid values any but quote, CR, LF): " + printable(field));
    }
    if (decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException(
          "Invalid value for decimalSeparator (valid values '.', ','): " + printable(decimal));
    }
    if (grouping == decimal) {
      throw new IllegalArgumentException(
          "Invalid value for groupingSeparator (valid values none or a mark other than the decimal mark): "
              + printable((char) grouping));
    }
    if (grouping != 0 && grouping != '.' && grouping != ',') {
      throw new IllegalArgumentException(
          "Invalid value for groupingSeparator (valid values '.', ',', none): " + printable((char) grouping));
    }
    return new CsvDialect(field, decimal, grouping, bom, guard, write);
  }

  private static String printable(char c) {
    return c == '\t' ? "TAB" : "'" + c + "'";
  }

  /**
   * Returns the field separator.
   *
   * @return the separator, such as {@code ,} or {@code ;}
   */
  public char fieldSeparator() {
    return fieldSeparator;
  }

  /**
   * Returns the decimal mark of numbers.
   *
   * @return {@code .} or {@code ,}
   */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /**
   * Returns the thousands separator accepted when reading numbers.
   *
   * @return the separator, or empty if numbers are not grouped
   */
  public OptionalInt groupingSeparator() {
    return groupingSeparator == 0 ? OptionalInt.empty() : OptionalInt.of(groupingSeparator);
  }

  /**
   * Tells whether a written file starts with a UTF-8 byte order mark. Reading always skips one.
   *
   * @return true if the mark is written
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /**
   * Tells whether text cells that a spreadsheet would run as a formula (starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return) are written with a {@code '} before them
   * and read back without it. A text cell starting with {@code '} gets a second one, so reading gives
   * back exactly what was written.
   *
   * @return true if the guard is on
   */
  public boolean formulaGuard() {
    return formulaGuard;
  }

  /**
   * Tells whether numbers are written with thousands separators (when there is a separator).
   *
   * @return true if written numbers are grouped
   */
  public boolean writeGrouping() {
    return writeGrouping;
  }

  /**
   * Returns a copy with another field separator.
   *
   * @param separator  the separator, not a quote, CR or LF
   * @return the dialect, not null
   * @throws IllegalArgumentException if the separator is a quote, CR or LF
   */
  public CsvDialect withFieldSeparator(char separator) {
    return checked(separator, decimalSeparator, groupingSeparator, byteOrderMark, formulaGuard, writeGrouping);
  }

  /**
   * Returns a copy with another decimal mark and thousands separator.
   *
   * @param decimal  the decimal mark, {@code .} or {@code ,}
   * @param grouping  the thousands separator, {@code .} or {@code ,} (not the decimal mark), or 0 for none
   * @return the dialect, not null
   * @throws IllegalArgumentException if the marks are not allowed or equal
   */
  public CsvDialect withNumberMarks(char decimal, char grouping) {
    return checked(fieldSeparator, decimal, grouping, byteOrderMark, formulaGuard, writeGrouping && grouping != 0);
  }

  /**
   * Returns a copy that writes, or does not write, a byte order mark.
   *
   * @param bom  true to write the mark
   * @return the dialect, not null
   */
  public CsvDialect withByteOrderMark(boolean bom) {
    return new CsvDialect(fieldSeparator, decimalSeparator, groupingSeparator, bom, formulaGuard, writeGrouping);
  }

  /**
   * Returns a copy with the formula guard on or off.
   *
   * @param guard  true to guard text cells
   * @return the dialect, not null
   */
  public CsvDialect withFormulaGuard(boolean guard) {
    return new CsvDialect(fieldSeparator, decimalSeparator, groupingSeparator, byteOrderMark, guard, writeGrouping);
  }

  /**
   * Returns a copy that writes numbers grouped by thousands, or not.
   *
   * @param grouping  true to group written numbers
   * @return the dialect, not null
   * @throws IllegalArgumentException if grouping is asked for and the dialect has no thousands separator
   */
  public CsvDialect withWriteGrouping(boolean grouping) {
    if (grouping && groupingSeparator == 0) {
      throw new IllegalArgumentException(
          "Invalid value for writeGrouping (valid values false without a thousands separator): true");
    }
    return new CsvDialect(fieldSeparator, decimalSeparator, groupingSeparator, byteOrderMark, formulaGuard, grouping);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CsvDialect)) {
      return false;
    }
    CsvDialect other = (CsvDialect) obj;
    return fieldSeparator == other.fieldSeparator && decimalSeparator == other.decimalSeparator
        && groupingSeparator == other.groupingSeparator && byteOrderMark == other.byteOrderMark
        && formulaGuard == other.formulaGuard && writeGrouping == other.writeGrouping;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldSeparator, decimalSeparator, groupingSeparator, byteOrderMark, formulaGuard, writeGrouping);
  }

  /**
   * Returns a description such as
   * {@code CsvDialect[separator ';', decimal ',', grouping '.', BOM, formula guard]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CsvDialect[separator ").append(printable(fieldSeparator))
        .append(", decimal ").append(printable(decimalSeparator))
        .append(", grouping ").append(groupingSeparator == 0 ? "none" : printable((char) groupingSeparator));
    if (byteOrderMark) {
      text.append(", BOM");
    }
    if (formulaGuard) {
      text.append(", formula guard");
    }
    if (writeGrouping) {
      text.append(", grouped output");
    }
    return text.append(']').toString();
  }
}
