package io.github.dxvn.admin;

import io.github.dxvn.text.TextParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The code of an administrative unit, kept as text so that leading zeros survive ({@code 07063}).
 *
 * <p>National codes (Decision 19/2025/QĐ-TTg and its predecessors) are digit strings whose length
 * gives the level: 2 digits for a province ({@code 44}), 3 for a district ({@code 195}), 5 for a
 * commune ({@code 07063}). They are stable and never reused.
 *
 * <p>Villages (thôn, bản, tổ dân phố) have no national code standard. dxvn's own convention, not an
 * official one: a village code is its commune's code, a hyphen, and a local code of 1 to 4 digits
 * assigned by whoever keeps the list ({@code 07063-12}). The local part is text too, so {@code
 * 07063-012} and {@code 07063-12} are different codes.
 *
 * <p>Codes compare and order as text. {@link #parse(CharSequence)} is the inverse of {@link
 * #toString()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdminUnitCode implements Comparable<AdminUnitCode> {

  private static final int PROVINCE_DIGITS = 2;
  private static final int DISTRICT_DIGITS = 3;
  private static final int COMMUNE_DIGITS = 5;
  private static final int MAX_LOCAL_DIGITS = 4;

  private final String text;
  private final AdminLevel level;

  private AdminUnitCode(String text, AdminLevel level) {
    this.text = text;
    this.level = level;
  }

  /**
   * Obtains a national code from a level and a number, padding with leading zeros.
   *
   * <p>For example {@code of(AdminLevel.COMMUNE, 7063)} is {@code 07063}.
   *
   * @param level  the level, PROVINCE, DISTRICT or COMMUNE, not null
   * @param number  the number, from 0 to 99 (province), 999 (district) or 99999 (commune)
   * @return the code, not null
   * @throws NullPointerException if {@code level} is null
   * @throws IllegalArgumentException if the level is VILLAGE or the number is out of range
   */
  public static AdminUnitCode of(AdminLevel level, int number) {
    Objects.requireNonNull(level, "level");
    int digits = nationalDigits(level);
    int max = digits == PROVINCE_DIGITS ? 99 : digits == DISTRICT_DIGITS ? 999 : 99_999;
    if (number < 0 || number > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + level.name().toLowerCase(java.util.Locale.ROOT)
              + " code (valid values 0 - " + max + "): " + number);
    }
    return new AdminUnitCode(String.format(java.util.Locale.ROOT, "%0" + digits + "d", number), level);
  }

  /**
   * Obtains a village code from its commune's code and a local code.
   *
   * @param commune  the code of the commune the village belongs to, of level COMMUNE, not null
   * @param localCode  the local code, 1 to 4 ASCII digits, not null
   * @return the village code, not null
   * @throws NullPointerException if {@code commune} or {@code localCode} is null
   * @throws IllegalArgumentException if {@code commune} is not a commune code or the local code is
   *     not 1 to 4 digits
   */
  public static AdminUnitCode ofVillage(AdminUnitCode commune, CharSequence localCode) {
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(localCode, "localCode");
    if (commune.level != AdminLevel.COMMUNE) {
      throw new IllegalArgumentException(
          "Invalid value for commune (valid values a 5-digit commune code): " + commune);
    }
    String local = localCode.toString();
    if (local.isEmpty() || local.length() > MAX_LOCAL_DIGITS || !allDigits(local)) {
      throw new IllegalArgumentException(
          "Invalid value for localCode (valid values 1 to 4 digits): " + local);
    }
    return new AdminUnitCode(commune.text + '-' + local, AdminLevel.VILLAGE);
  }

  /**
   * Obtains a code from text such as {@code 44}, {@code 195}, {@code 07063} or {@code 07063-12}.
   *
   * @param text  the text to parse, not null
   * @return the code, not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a code; the error index is that of the first
   *     character in error (the text's length if it ends too early)
   */
  public static AdminUnitCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int n = countDigits(s, 0);
    if (n > COMMUNE_DIGITS) {
      throw error(s, COMMUNE_DIGITS, "more than 5 digits");
    }
    if (n == s.length()) {
      switch (n) {
        case PROVINCE_DIGITS:
          return new AdminUnitCode(s, AdminLevel.PROVINCE);
        case DISTRICT_DIGITS:
          return new AdminUnitCode(s, AdminLevel.DISTRICT);
        case COMMUNE_DIGITS:
          return new AdminUnitCode(s, AdminLevel.COMMUNE);
        default:
          throw error(s, n, "expected a digit (a code has 2, 3 or 5 digits)");
      }
    }
    if (s.charAt(n) != '-') {
      throw error(s, n, "expected a digit");
    }
    if (n != COMMUNE_DIGITS) {
      throw error(s, n, "a village code needs a 5-digit commune code before '-'");
    }
    int start = n + 1;
    int m = countDigits(s, start);
    if (m > MAX_LOCAL_DIGITS) {
      throw error(s, start + MAX_LOCAL_DIGITS, "more than 4 digits in the village's local code");
    }
    if (m == 0 || start + m < s.length()) {
      throw error(s, start + m, "expected a digit");
    }
    return new AdminUnitCode(s, AdminLevel.VILLAGE);
  }

  private static TextParseException error(String s, int index, String why) {
    return new TextParseException(
        "Text '" + s + "' could not be parsed at index " + index + ": " + why, s, index);
  }

  private static int countDigits(String s, int from) {
    int i = from;
    while (i < s.length() && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static boolean allDigits(String s) {
    return countDigits(s, 0) == s.length();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int nationalDigits(AdminLevel level) {
    switch (level) {
      case PROVINCE:
        return PROVINCE_DIGITS;
      case DISTRICT:
        return DISTRICT_DIGITS;
      case COMMUNE:
        return COMMUNE_DIGITS;
      default:
        throw new IllegalArgumentException(
            "Invalid value for level (valid values PROVINCE, DISTRICT, COMMUNE): " + level
                + " (use ofVillage)");
    }
  }

  /**
   * Returns the level this code's form denotes.
   *
   * @return the level, not null
   */
  public AdminLevel level() {
    return level;
  }

  /**
   * Returns the commune code contained in a village code.
   *
   * <p>National codes do not contain their parent's code, so this is empty for them.
   *
   * @return the commune code if this is a village code, not null
   */
  public Optional<AdminUnitCode> commune() {
    if (level != AdminLevel.VILLAGE) {
      return Optional.empty();
    }
    return Optional.of(new AdminUnitCode(text.substring(0, COMMUNE_DIGITS), AdminLevel.COMMUNE));
  }

  /**
   * Compares codes as text.
   *
   * @param other  the other code, not null
   * @return negative, zero or positive as this code's text is before, equal to or after the other's
   */
  @Override
  public int compareTo(AdminUnitCode other) {
    return text.compareTo(other.text);
  }

  /**
   * Checks if this code has the same text as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof AdminUnitCode && text.equals(((AdminUnitCode) obj).text));
  }

  /**
   * Returns a hash code of the text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the code as text, with its leading zeros, such as {@code 07063}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return text;
  }
}
