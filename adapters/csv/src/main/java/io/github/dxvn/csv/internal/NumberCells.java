package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.text.TextParseException;
import java.math.BigDecimal;

/**
 * Reads and writes the number cells of a dialect; the one place where number notation is handled.
 *
 * <p>Strict reading: an optional {@code -}, digits, thousands separators only in full groups of three
 * ({@code 4.327}, {@code 113.335}), then the decimal mark and digits. Lenient reading also takes a
 * number in the other notation ({@code 95.22} in the Vietnamese dialect) and reports it.
 */
public final class NumberCells {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22
  };

  private NumberCells() {}

  /** What a lenient read found: the value, and a warning if the notation was the other one. */
  public static final class Parsed {
    private final BigDecimal value;
    private final String warning;

    Parsed(BigDecimal value, String warning) {
      this.value = value;
      this.warning = warning;
    }

    /**
     * Returns the value.
     *
     * @return the exact value, not null
     */
    public BigDecimal value() {
      return value;
    }

    /**
     * Returns the warning about the notation.
     *
     * @return the warning, or null if the notation was the dialect's
     */
    public String warning() {
      return warning;
    }
  }

  /**
   * Parses a number cell.
   *
   * @param text  the cell, stripped, not empty
   * @param dialect  the dialect, not null
   * @param lenient  true to accept the other notation with a warning
   * @return the value and any warning, not null
   * @throws TextParseException if the text is not a number of the dialect
   */
  public static Parsed parse(String text, CsvDialect dialect, boolean lenient) {
    char decimal = dialect.decimalSeparator();
    int grouping = dialect.groupingSeparator().orElse(0);
    try {
      return new Parsed(strict(text, decimal, grouping), null);
    } catch (TextParseException e) {
      if (!lenient) {
        throw e;
      }
      char otherDecimal = decimal == '.' ? ',' : '.';
      int otherGrouping = grouping == 0 ? 0 : decimal;
      try {
        BigDecimal value = strict(text, otherDecimal, otherGrouping);
        return new Parsed(value, "read \"" + text + "\" as " + value.toPlainString() + " with '" + otherDecimal
            + "' as the decimal mark (the dialect's decimal mark is '" + decimal + "')");
      } catch (TextParseException ignored) {
        throw e;
      }
    }
  }

  private static BigDecimal strict(String text, char decimal, int grouping) {
    int length = text.length();
    int i = 0;
    if (length > 0 && text.charAt(0) == '-') {
      i = 1;
    }
    StringBuilder digits = new StringBuilder(length);
    if (i == 1) {
      digits.append('-');
    }
    int start = i;
    int run = 0;
    boolean grouped = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        run++;
      } else if (grouping != 0 && c == grouping) {
        if (run == 0 || (grouped ? run != 3 : run > 3)) {
          throw error(text, i, "'" + c + "' groups thousands: groups of three digits expected before it");
        }
        grouped = true;
        run = 0;
      } else if (c == decimal || c == 'e' || c == 'E') {
        break;
      } else {
        throw error(text, i, "expected a digit" + (grouping != 0 ? ", '" + (char) grouping + "'" : "")
            + " or the decimal mark '" + decimal + "', found '" + c + "'");
      }
    }
    if (i == start) {
      throw error(text, i, "expected a digit");
    }
    if (grouped && run != 3) {
      throw error(text, i - run - 1,
          "'" + (char) grouping + "' groups thousands: three digits expected after it, found " + run);
    }
    if (i < length && text.charAt(i) == decimal) {
      digits.append('.');
      int fractionStart = ++i;
      for (; i < length; i++) {
        char c = text.charAt(i);
        if (c == 'e' || c == 'E') {
          break;
        }
        if (c < '0' || c > '9') {
          throw error(text, i, "expected a digit after the decimal mark, found '" + c + "'");
        }
        digits.append(c);
      }
      if (i == fractionStart) {
        throw error(text, i, "expected a digit after the decimal mark");
      }
    }
    if (i < length) {
      // An exponent, as R and spreadsheets write very small or large numbers: 2e-06, 3.6E+05.
      digits.append('E');
      int exponentStart = ++i;
      if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        digits.append(text.charAt(i++));
      }
      int exponentDigits = i;
      for (; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw error(text, i, "expected a digit in the exponent, found '" + c + "'");
        }
        digits.append(c);
      }
      if (i == exponentDigits || i - exponentDigits > 3) {
        throw error(text, exponentStart, "expected an exponent of 1 to 3 digits after 'e'");
      }
    }
    BigDecimal value = new BigDecimal(digits.toString()).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static TextParseException error(String text, int index, String why) {
    return new TextParseException("Text '" + text + "' could not be parsed at index " + index + ": " + why, text, index);
  }

  /**
   * Parses a plain number (optional {@code -}, digits, optional decimal mark and digits, no grouping)
   * from a character range into the nearest double, without creating objects.
   *
   * @param buf  the characters, not null
   * @param offset  the first character
   * @param length  the number of characters
   * @param decimal  the decimal mark
   * @return the value, or NaN if the text is not such a plain number or is too long for the exact
   *     fast path (the caller then falls back to {@link #parse})
   */
  public static double fastDouble(char[] buf, int offset, int length, char decimal) {
    int end = offset + length;
    int i = offset;
    boolean negative = false;
    if (i < end && buf[i] == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    int intStart = i;
    for (; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == decimal && fraction < 0 && i > intStart) {
        fraction = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || fraction == 0) {
      return Double.NaN;
    }
    // Exact: a mantissa below 2^53 and a power of ten up to 1e22 are both exact doubles, so one
    // correctly rounded division gives the correctly rounded value of the decimal.
    double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : (double) mantissa;
    return negative ? -value : value;
  }

  /**
   * Writes a number in a dialect: its plain decimal form, the dialect's decimal mark, grouped if the
   * dialect asks.
   *
   * @param value  the value, not null
   * @param dialect  the dialect, not null
   * @return the cell text, not null
   */
  public static String format(BigDecimal value, CsvDialect dialect) {
    String plain = value.toPlainString();
    if (dialect.decimalSeparator() == '.' && !dialect.writeGrouping()) {
      return plain;
    }
    int point = plain.indexOf('.');
    String integer = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point + 1);
    StringBuilder out = new StringBuilder(plain.length() + 8);
    if (dialect.writeGrouping()) {
      char grouping = (char) dialect.groupingSeparator().getAsInt();
      int digitsStart = integer.startsWith("-") ? 1 : 0;
      out.append(integer, 0, digitsStart);
      int count = integer.length() - digitsStart;
      for (int k = 0; k < count; k++) {
        if (k > 0 && (count - k) % 3 == 0) {
          out.append(grouping);
        }
        out.append(integer.charAt(digitsStart + k));
      }
    } else {
      out.append(integer);
    }
    if (!fraction.isEmpty()) {
      out.append(dialect.decimalSeparator()).append(fraction);
    }
    return out.toString();
  }
}
