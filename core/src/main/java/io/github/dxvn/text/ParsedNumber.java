package io.github.dxvn.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The result of parsing a number written in Vietnamese text: its exact value, whether it carried a
 * percent sign, and notes on anything a lenient parse had to interpret.
 *
 * <p>The value is canonical: trailing zeros are stripped and the scale is never negative, so
 * {@code 99,530} and {@code 99,53} give equal values (and equal {@link ParsedNumber}s), and
 * {@code 1.000} gives {@code 1000} with scale 0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParsedNumber {

  private final BigDecimal value;
  private final boolean percent;
  private final List<String> notes;

  private ParsedNumber(BigDecimal value, boolean percent, List<String> notes) {
    this.value = value;
    this.percent = percent;
    this.notes = notes;
  }

  /**
   * Obtains a parsed number from its parts.
   *
   * @param value  the value as written (without the percent sign), not null; it is canonicalised
   * @param percent  whether the text carried a percent sign
   * @param notes  how a lenient parse read the text, not null, no null elements; empty if nothing
   *     was interpreted
   * @return the parsed number, not null
   * @throws NullPointerException if {@code value}, {@code notes} or a note is null
   */
  public static ParsedNumber of(BigDecimal value, boolean percent, List<String> notes) {
    Objects.requireNonNull(value, "value");
    return new ParsedNumber(canonical(value), percent, List.copyOf(Objects.requireNonNull(notes, "notes")));
  }

  /** Strips trailing zeros but never leaves a negative scale, so the value prints without exponent. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the value as written: {@code 99,53%} gives 99.53, not 0.9953.
   *
   * @return the canonical value, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns whether the text ended with a percent sign.
   *
   * @return true if the number was a percentage
   */
  public boolean isPercent() {
    return percent;
  }

  /**
   * Returns what a lenient parse interpreted, one sentence each, such as "read '.' at index 2 as a
   * decimal mark: ...". A strict parse never adds notes.
   *
   * @return the notes, not null, unmodifiable, empty if the text was read strictly
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns whether a lenient parse had to interpret the text.
   *
   * @return true if there is at least one note
   */
  public boolean isInterpreted() {
    return !notes.isEmpty();
  }

  /**
   * Checks whether this parsed number equals another: same value, percent flag and notes.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ParsedNumber)) {
      return false;
    }
    ParsedNumber other = (ParsedNumber) obj;
    return percent == other.percent && value.equals(other.value) && notes.equals(other.notes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, percent, notes);
  }

  /**
   * Returns the value in plain dot-decimal notation with a trailing {@code %} if it was a
   * percentage, such as {@code 99.53%} (never an exponent). Notes are not included.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return percent ? value.toPlainString() + "%" : value.toPlainString();
  }
}
