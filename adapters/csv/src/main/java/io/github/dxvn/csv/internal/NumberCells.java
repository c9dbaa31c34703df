package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.text.ParsedNumber;
import io.github.dxvn.text.TextParseException;
import io.github.dxvn.text.VietnameseNumberFormat;
import java.math.BigDecimal;
import java.nio.CharBuffer;

/**
 * Reads and writes the number cells of a dialect; the one place where number notation is handled.
 *
 * <p>A comma-decimal dialect delegates to core's {@link VietnameseNumberFormat} (strict: {@code 4.327}
 * is 4327 and {@code 95.22} is rejected; lenient: {@code 95.22} is read with a note). A dot-decimal
 * dialect reads plain decimals: an optional {@code -}, digits (grouped by the dialect's thousands
 * separator only in full groups of three), the decimal mark and digits, and an optional exponent as R
 * writes it ({@code 2e-06}); lenient reading then also takes a Vietnamese number ({@code 99,53}) and
 * reports it.
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
    if (dialect.decimalSeparator() == ',') {
      ParsedNumber parsed = (lenient ? VietnameseNumberFormat.lenient() : VietnameseNumberFormat.strict()).parse(text);
      return new Parsed(parsed.value(), parsed.notes().isEmpty() ? null : parsed.notes().get(0));
    }
    try {
      return new Parsed(strict(text, '.', dialect.groupingSeparator().orElse(0)), null);
    } catch (TextParseException e) {
      if (!lenient) {
        throw e;
      }
      try {
        BigDecimal value = VietnameseNumberFormat.strict().parseDecimal(text);
        return new Parsed(value, "read \"" + text + "\" as a Vietnamese number, " + value.toPlainString()
            + " (the dialect's decimal mark is '.')");
      } catch (TextParseException ignored) {
        throw e;
      }
    }
  }

  /**
   * Parses a number cell of a comma-decimal dialect from a character range into the nearest double,
   * through core's bulk path.
   *
   * @param chars  the characters wrapped, not null
   * @param offset  the first character
   * @param length  the number of characters
   * @return the value, or NaN if the text is not a strict Vietnamese number (the caller then falls
   *     back to {@link #parse})
   */
  public static double vietnameseDouble(CharBuffer chars, int offset, int length) {
    int end = offset + length;
    // A percent sign goes through the typed path, which checks it against the unit.
    if (length == 0 || chars.get(end - 1) == '%') {
      return Double.NaN;
    }
    try {
      return VietnameseNumberFormat.strict().parseDouble(chars, offset, end);
    } catch (TextParseException e) {
      return Double.NaN;
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
   * Parses a plain number from a character array; see {@link #fastDouble(CharSequence, int, int, char)}.
   *
   * @param buf  the characters, not null
   * @param offset  the first character
   * @param length  the number of characters
   * @param decimal  the decimal mark
   * @return the value, or NaN
   */
  public static double fastDouble(char[] buf, int offset, int length, char decimal) {
    return fastDouble(CharBuffer.wrap(buf), offset, length, decimal);
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
  public static double fastDouble(CharSequence buf, int offset, int length, char decimal) {
    int end = offset + length;
    int i = offset;
    boolean negative = false;
    if (i < end && buf.charAt(i) == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int fraction = -1;
    int intStart = i;
    for (; i < end; i++) {
      char c = buf.charAt(i);
      if (c >= '0' && c <= '9') {
        // Leading zeros are not significant: 0.000001 has one digit.
        if ((mantissa != 0 || c != '0') && ++significant > 15) {
          return Double.NaN;
        }
        digits++;
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0 && ++fraction >= POWERS_OF_TEN.length) {
          return Double.NaN;
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
    if (dialect.writeGrouping() && dialect.decimalSeparator() == ',') {
      return VietnameseNumberFormat.strict().format(value);
    }
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
