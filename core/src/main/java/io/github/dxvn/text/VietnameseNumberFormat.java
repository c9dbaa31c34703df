package io.github.dxvn.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Parses and formats numbers written the Vietnamese way (CLDR {@code vi}): {@code .} groups
 * thousands and {@code ,} marks decimals, so {@code 4.327} is 4327, {@code 99,53%} is 99.53 per cent
 * and {@code 1.234.567,5} is 1234567.5.
 *
 * <p>The grammar read by both instances, after surrounding whitespace is trimmed (spaces, tabs,
 * line breaks, no-break spaces U+00A0, U+2007 and U+202F):
 *
 * <pre>
 *   number   = [sign] integer [fraction] [spaces "%"]
 *   sign     = "-" | "+" | "\u2212" (minus sign)
 *   integer  = digits                               (ungrouped: "4327", "007")
 *            | lead (sep group)+                     (grouped: "4.327", "1.234.567")
 *   lead     = 1 to 3 digits, not starting with 0
 *   group    = exactly 3 digits
 *   sep      = "." | U+00A0 | U+202F                 (the same separator throughout one number;
 *                                                     no-break spaces come from spreadsheet exports)
 *   fraction = "," digits
 * </pre>
 *
 * Only ASCII digits are read; there is no exponent. A {@code %} does not change the value:
 * {@code 99,53%} has the value 99.53 and {@link ParsedNumber#isPercent()} true.
 *
 * <p>The {@linkplain #strict() strict} instance accepts exactly that grammar. It rejects
 * {@code 95.22}, because a dot followed by anything but exactly three digits is not a thousands
 * grouping, with a {@link TextParseException} whose error index is the dot's.
 *
 * <p>The {@linkplain #lenient() lenient} instance first reads the text strictly; everything strict
 * accepts, lenient accepts with the same value and no note. Only if that fails does it read the text
 * with {@code .} as the decimal mark (and no-break spaces as the only group separators, no
 * {@code ,}), as official material sometimes writes ({@code 95.22%} in the seed article, {@code 0.8253}
 * on dti.gov.vn), and adds a note saying so. So lenient reads {@code 4.327} and {@code 1.000} as
 * thousands (4327 and 1000: valid groupings win), but {@code 95.22}, {@code 0.825} and
 * {@code 1234.5} as decimals. A column known to use dot decimals throughout should be parsed with
 * {@link BigDecimal#BigDecimal(String)} instead.
 *
 * <p>Values are exact ({@link BigDecimal}) and canonical (see {@link ParsedNumber}). For bulk reading,
 * {@link #parseDecimal(CharSequence, int, int)} and {@link #parseDouble(CharSequence, int, int)}
 * read a range of a larger buffer without a regular expression and, for up to 18 significant digits,
 * without allocating anything but the result.
 *
 * <p>Formatting writes the canonical Vietnamese form, always grouped: {@code 4.327}, {@code 99,53},
 * {@code -1.234,5}; {@code parse(format(x))} equals {@code x} for every {@link BigDecimal}, up to
 * trailing zeros.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnameseNumberFormat {

  private static final VietnameseNumberFormat STRICT = new VietnameseNumberFormat(false);
  private static final VietnameseNumberFormat LENIENT = new VietnameseNumberFormat(true);

  // Error codes of the scanner; the index is packed above them.
  private static final int EMPTY = 0;
  private static final int EXPECTED_DIGIT = 1;
  private static final int BAD_GROUP = 2;
  private static final int MIXED_SEPARATOR = 3;
  private static final int UNEXPECTED = 4;

  /** Scanner success flags. */
  private static final long NEGATIVE = 1;

  private static final long PERCENT = 2;

  /** Set by {@link #accept} when only the lenient dot-decimal reading succeeded. */
  private static final long DOT_DECIMAL = 4;

  /** Significant digits that always fit in a long. */
  private static final int LONG_DIGITS = 18;

  /** Powers of ten exactly representable as doubles. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private final boolean lenient;

  private VietnameseNumberFormat(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Returns the strict format, which accepts only well-formed Vietnamese numbers.
   *
   * @return the strict format, not null
   */
  public static VietnameseNumberFormat strict() {
    return STRICT;
  }

  /**
   * Returns the lenient format, which also reads a dot as a decimal mark where it cannot be a
   * thousands separator, and notes it.
   *
   * @return the lenient format, not null
   */
  public static VietnameseNumberFormat lenient() {
    return LENIENT;
  }

  /**
   * Returns whether this is the lenient format.
   *
   * @return true if lenient, false if strict
   */
  public boolean isLenient() {
    return lenient;
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Parses a whole text as a number.
   *
   * @param text  the text to parse, not null
   * @return the parsed number with its percent flag and notes, not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a number this format accepts
   */
  public ParsedNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text, 0, text.length());
  }

  /**
   * Parses the characters {@code start} (inclusive) to {@code end} (exclusive) of a text as a number.
   * A parse error reports the range as its parsed string and an index within the range.
   *
   * @param text  the text holding the number, not null
   * @param start  the index of the first character of the number
   * @param end  the index after the last character of the number
   * @return the parsed number with its percent flag and notes, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is not within the text
   * @throws TextParseException if the range is not a number this format accepts
   */
  public ParsedNumber parse(CharSequence text, int start, int end) {
    long flags = accept(text, start, end);
    boolean percent = (flags & PERCENT) != 0;
    if ((flags & DOT_DECIMAL) == 0) {
      return ParsedNumber.of(decimal(text, start, end, flags), percent, List.of());
    }
    int dotIndex = indexOf(text, start, end, '.') - start;
    String note =
        "read '.' at index " + dotIndex + " as a decimal mark: '" + text.subSequence(start, end)
            + "' is not a valid Vietnamese number ("
            + reason(text, start, scan(text, start, end, false)) + ")";
    return ParsedNumber.of(decimal(text, start, end, flags), percent, List.of(note));
  }

  /**
   * Parses a whole text to its exact value, ignoring a percent sign.
   *
   * @param text  the text to parse, not null
   * @return the canonical value as written ({@code 99,53%} gives 99.53), not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a number this format accepts
   */
  public BigDecimal parseDecimal(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parseDecimal(text, 0, text.length());
  }

  /**
   * Parses a range of a text to its exact value, ignoring a percent sign: the bulk path. It uses no
   * regular expression and, for up to 18 significant digits, allocates only the result. It gives the
   * same value as {@code parse(text, start, end).value()}.
   *
   * @param text  the text holding the number, not null
   * @param start  the index of the first character of the number
   * @param end  the index after the last character of the number
   * @return the canonical value as written, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is not within the text
   * @throws TextParseException if the range is not a number this format accepts
   */
  public BigDecimal parseDecimal(CharSequence text, int start, int end) {
    return decimal(text, start, end, accept(text, start, end));
  }

  /**
   * Parses a whole text to the nearest double, ignoring a percent sign.
   *
   * @param text  the text to parse, not null
   * @return the double nearest to the value, as {@link Double#parseDouble(String)} would give it
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a number this format accepts
   */
  public double parseDouble(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parseDouble(text, 0, text.length());
  }

  /**
   * Parses a range of a text straight to a double, ignoring a percent sign: the bulk path for
   * primitive columns. The result is the double nearest to the exact decimal value (round half to
   * even), exactly what {@link Double#parseDouble(String)} gives for the same digits written with a
   * dot, except that a negative zero gives {@code 0.0}, as the exact value has no sign (so that
   * {@code -0} and {@code 0} tie when ranked). Up to 15 significant digits and 22 decimals it is
   * computed with one exact division and allocates nothing; beyond that it falls back to
   * {@link Double#parseDouble(String)}.
   *
   * @param text  the text holding the number, not null
   * @param start  the index of the first character of the number
   * @param end  the index after the last character of the number
   * @return the nearest double to the value
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is not within the text
   * @throws TextParseException if the range is not a number this format accepts
   */
  public double parseDouble(CharSequence text, int start, int end) {
    long flags = accept(text, start, end);
    char mark = (flags & DOT_DECIMAL) != 0 ? '.' : ',';
    long unscaled = unscaled(text, start, end);
    if (unscaled == 0) {
      return 0.0;
    }
    int scale = fractionDigits(text, start, end, mark);
    while (scale > 0 && unscaled > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (unscaled < 0 || unscaled >= (1L << 53) || scale >= POWERS_OF_TEN.length) {
      return Double.parseDouble(plain(text, start, end, mark, flags));
    }
    // Both operands are exact doubles, so one IEEE division rounds correctly (Clinger's fast path).
    double value = unscaled / POWERS_OF_TEN[scale];
    return (flags & NEGATIVE) != 0 ? -value : value;
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Formats a value the Vietnamese way: grouped thousands, comma decimals, trailing zeros dropped,
   * never an exponent, such as {@code 4.327}, {@code 99,53} or {@code -1.234,5}.
   *
   * @param value  the value to format, not null
   * @return the text, not null
   * @throws NullPointerException if {@code value} is null
   */
  public String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal canonical = ParsedNumber.canonical(value);
    String plain = canonical.abs().toPlainString();
    int point = plain.indexOf('.');
    int integerDigits = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + integerDigits / 3 + 2);
    if (canonical.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < integerDigits; i++) {
      if (i > 0 && (integerDigits - i) % 3 == 0) {
        out.append('.');
      }
      out.append(plain.charAt(i));
    }
    if (point >= 0) {
      out.append(',').append(plain, point + 1, plain.length());
    }
    return out.toString();
  }

  /**
   * Formats a value as a Vietnamese percentage: {@code format(value) + "%"}, such as {@code 99,53%}.
   * The value is the number of per cent (99.53, not 0.9953).
   *
   * @param value  the number of per cent, not null
   * @return the text, not null
   * @throws NullPointerException if {@code value} is null
   */
  public String formatPercent(BigDecimal value) {
    return format(value) + "%";
  }

  /**
   * Returns a description of this format.
   *
   * @return {@code VietnameseNumberFormat[strict]} or {@code VietnameseNumberFormat[lenient]}
   */
  @Override
  public String toString() {
    return lenient ? "VietnameseNumberFormat[lenient]" : "VietnameseNumberFormat[strict]";
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Checks the arguments and reads the range strictly, then (if lenient) with a dot decimal mark.
   * Returns the success flags, with {@link #DOT_DECIMAL} set if the dot reading was needed.
   */
  private long accept(CharSequence text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    long strict = scan(text, start, end, false);
    if (strict >= 0) {
      return strict;
    }
    long dot = lenient ? scan(text, start, end, true) : -1;
    if (dot < 0) {
      throw error(text, start, end, strict);
    }
    return dot | DOT_DECIMAL;
  }

  /**
   * Checks the grammar. Returns the success flags (non-negative), or {@code -1 - (index << 4 | code)}
   * with the index relative to {@code start}. In dot-decimal mode {@code .} is the decimal mark and
   * only no-break spaces group.
   */
  private static long scan(CharSequence text, int start, int end, boolean dotDecimal) {
    int i = start;
    int e = end;
    while (i < e && isSpace(text.charAt(i))) {
      i++;
    }
    while (e > i && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (i == e) {
      return fail(i - start, EMPTY);
    }
    long flags = 0;
    char c = text.charAt(i);
    if (c == '-' || c == '\u2212') {
      flags |= NEGATIVE;
      i++;
    } else if (c == '+') {
      i++;
    }
    if (e > i && text.charAt(e - 1) == '%') {
      flags |= PERCENT;
      e--;
      while (e > i && isSpace(text.charAt(e - 1))) {
        e--;
      }
    }
    if (i == e || !isDigit(text.charAt(i))) {
      return fail(i - start, EXPECTED_DIGIT);
    }
    int lead = i;
    while (i < e && isDigit(text.charAt(i))) {
      i++;
    }
    char separator = 0;
    while (i < e && isGroupSeparator(c = text.charAt(i), dotDecimal)) {
      if (separator == 0) {
        if (i - lead > 3 || text.charAt(lead) == '0') {
          return fail(i - start, BAD_GROUP);
        }
        separator = c;
      } else if (c != separator) {
        return fail(i - start, MIXED_SEPARATOR);
      }
      int j = i + 1;
      while (j < e && isDigit(text.charAt(j))) {
        j++;
      }
      if (j == i + 1) {
        return fail(j - start, EXPECTED_DIGIT);
      }
      if (j - i - 1 != 3) {
        return fail(i - start, BAD_GROUP);
      }
      i = j;
    }
    if (i < e && text.charAt(i) == (dotDecimal ? '.' : ',')) {
      i++;
      if (i == e || !isDigit(text.charAt(i))) {
        return fail(i - start, EXPECTED_DIGIT);
      }
      while (i < e && isDigit(text.charAt(i))) {
        i++;
      }
    }
    if (i < e) {
      return fail(i - start, UNEXPECTED);
    }
    return flags;
  }

  private static long fail(int index, int code) {
    return -1L - (((long) index << 4) | code);
  }

  /** Builds the canonical value of a scanned range: a long for up to 18 digits, else a string. */
  private static BigDecimal decimal(CharSequence text, int start, int end, long flags) {
    char mark = (flags & DOT_DECIMAL) != 0 ? '.' : ',';
    long unscaled = unscaled(text, start, end);
    if (unscaled < 0) {
      return ParsedNumber.canonical(new BigDecimal(plain(text, start, end, mark, flags)));
    }
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    int scale = fractionDigits(text, start, end, mark);
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return BigDecimal.valueOf((flags & NEGATIVE) != 0 ? -unscaled : unscaled, scale);
  }

  /** The digits of a scanned range as one long, or -1 if there are more than 18 significant ones. */
  private static long unscaled(CharSequence text, int start, int end) {
    long unscaled = 0;
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && (digits > 0 || c != '0')) {
        if (++digits > LONG_DIGITS) {
          return -1;
        }
        unscaled = unscaled * 10 + (c - '0');
      }
    }
    return unscaled;
  }

  /** The number of digits after the decimal mark of a scanned range. */
  private static int fractionDigits(CharSequence text, int start, int end, char mark) {
    int point = indexOf(text, start, end, mark);
    int count = 0;
    for (int i = point + 1; point >= 0 && i < end; i++) {
      if (isDigit(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** The scanned number as a plain dot-decimal string, for the rare numbers beyond a long. */
  private static String plain(CharSequence text, int start, int end, char mark, long flags) {
    StringBuilder out = new StringBuilder(end - start + 1);
    if ((flags & NEGATIVE) != 0) {
      out.append('-');
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == mark) {
        out.append('.');
      }
    }
    return out.toString();
  }

  private static TextParseException error(CharSequence text, int start, int end, long failure) {
    CharSequence parsed = text.subSequence(start, end);
    int index = index(failure);
    return new TextParseException(
        "Text '" + parsed + "' could not be parsed at index " + index + ": "
            + reason(text, start, failure),
        parsed,
        index);
  }

  private static int index(long failure) {
    return (int) ((-1L - failure) >>> 4);
  }

  private static String reason(CharSequence text, int start, long failure) {
    int code = (int) ((-1L - failure) & 0xF);
    int at = start + index(failure);
    switch (code) {
      case EMPTY:
        return "no number found";
      case EXPECTED_DIGIT:
        return "expected a digit";
      case BAD_GROUP:
        return "'" + display(text.charAt(at)) + "' is not a valid thousands separator here (the"
            + " digits before it must be 1 to 3 without a leading zero, and exactly 3 after it)";
      case MIXED_SEPARATOR:
        return "group separator '" + display(text.charAt(at)) + "' differs from the first one";
      default:
        return "unexpected character '" + display(text.charAt(at)) + "'";
    }
  }

  private static String display(char c) {
    return c > ' ' && c < 0x7F ? String.valueOf(c) : String.format("U+%04X", (int) c);
  }

  private static int indexOf(CharSequence text, int start, int end, char c) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || Character.isWhitespace(c);
  }

  private static boolean isGroupSeparator(char c, boolean dotDecimal) {
    return (c == '.' && !dotDecimal) || c == '\u00A0' || c == '\u202F';
  }
}
