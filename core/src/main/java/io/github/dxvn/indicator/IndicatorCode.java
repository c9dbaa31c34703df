package io.github.dxvn.indicator;

import io.github.dxvn.text.TextParseException;
import java.util.Objects;

/**
 * The code of an indicator, an SDMX-safe identifier such as {@code SOC_EID_ACTIVATED}.
 *
 * <p>A code is 1 to 64 characters of {@code A-Z}, {@code 0-9} and {@code _}, starting with a letter
 * or digit. Upper case only, so that a code read from any file compares equal to the catalog's. The
 * prefix before the first underscore names the indicator's {@link Area} in the standard catalog.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorCode implements Comparable<IndicatorCode> {

  /** The longest code accepted. */
  public static final int MAX_LENGTH = 64;

  private final String code;

  private IndicatorCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a code from its text.
   *
   * @param text  the code, such as {@code "SOC_EID_ACTIVATED"}, not null
   * @return the code, not null
   * @throws TextParseException if the text is not a valid code, with the index of the first bad
   *     character
   */
  public static IndicatorCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length == 0) {
      throw new TextParseException("Text '' could not be parsed at index 0: empty indicator code", text, 0);
    }
    if (length > MAX_LENGTH) {
      throw new TextParseException(
          "Text '" + text + "' could not be parsed at index " + MAX_LENGTH
              + ": indicator code longer than " + MAX_LENGTH + " characters",
          text,
          MAX_LENGTH);
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && !(c == '_' && i > 0)) {
        throw new TextParseException(
            "Text '" + text + "' could not be parsed at index " + i
                + ": indicator codes use A-Z, 0-9 and '_' (not first), found '" + c + "'",
            text,
            i);
      }
    }
    return new IndicatorCode(text.toString());
  }

  /**
   * Obtains a code from its text; the same as {@link #parse(CharSequence)}.
   *
   * @param code  the code text, not null
   * @return the code, not null
   * @throws TextParseException if the text is not a valid code
   */
  public static IndicatorCode of(String code) {
    return parse(code);
  }

  /**
   * Returns the area named by the code's prefix ({@code INFRA_...} is infrastructure).
   *
   * @return the area, or empty if the prefix names none
   */
  public java.util.Optional<Area> area() {
    return Area.fromCodePrefix(code);
  }

  /**
   * Compares codes alphabetically.
   *
   * @param other  the other code, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(IndicatorCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorCode && ((IndicatorCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code text; {@link #parse(CharSequence)} reads it back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
