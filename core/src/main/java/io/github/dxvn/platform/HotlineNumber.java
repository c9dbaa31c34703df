package io.github.dxvn.platform;

import io.github.dxvn.text.TextParseException;
import java.util.Objects;

/**
 * A telephone number of a hotline or call centre, kept as text: 3 to 15 ASCII digits, such as
 * {@code 1900868674} (a Vietnamese 1900 number) or {@code 113}.
 *
 * <p>Only the digits are kept, so leading zeros survive and no format is imposed; 15 is the most
 * digits an international number may have (ITU-T E.164). {@link #parse(CharSequence)} is strict (no
 * spaces, dots or {@code +}) and is the inverse of {@link #toString()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HotlineNumber implements Comparable<HotlineNumber> {

  private static final int MIN_DIGITS = 3;
  private static final int MAX_DIGITS = 15;

  private final String digits;

  private HotlineNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Obtains a number from its digits, such as {@code 1900868674}.
   *
   * @param text  the digits, 3 to 15 ASCII digits, not null
   * @return the number, not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text has a character other than an ASCII digit, or fewer than
   *     3 or more than 15 digits; the error index is that of the first character in error
   */
  public static HotlineNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == MAX_DIGITS) {
        throw error(s, i, "more than 15 digits");
      }
      if (c < '0' || c > '9') {
        throw error(s, i, "expected a digit");
      }
    }
    if (s.length() < MIN_DIGITS) {
      throw error(s, s.length(), "expected a digit (at least 3)");
    }
    return new HotlineNumber(s);
  }

  private static TextParseException error(String s, int index, String why) {
    return new TextParseException(
        "Text '" + s + "' could not be parsed at index " + index + ": " + why, s, index);
  }

  /**
   * Returns the digits of the number.
   *
   * @return the digits, not null
   */
  public String digits() {
    return digits;
  }

  /**
   * Compares numbers as text.
   *
   * @param other  the other number, not null
   * @return negative, zero or positive as this number's digits are before, equal to or after the
   *     other's
   */
  @Override
  public int compareTo(HotlineNumber other) {
    return digits.compareTo(other.digits);
  }

  /**
   * Checks if this number has the same digits as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof HotlineNumber && digits.equals(((HotlineNumber) obj).digits));
  }

  /**
   * Returns a hash code of the digits.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns the digits, such as {@code 1900868674}.
   *
   * @return the digits, not null
   */
  @Override
  public String toString() {
    return digits;
  }
}
