package io.github.dxvn.ranking;

import io.github.dxvn.text.TextParseException;
import java.util.Objects;

/**
 * A rank position "r of n", such as 6 of 19, as computed by the ranking engine.
 *
 * <p>The position is a whole number for competition, dense and ordinal ranking, and may be a half
 * for fractional ranking (2.5 of 4). The text form is {@code r/n}, such as {@code 6/19} or
 * {@code 2.5/4}, and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rank implements Comparable<Rank> {

  private final double position;
  private final int outOf;

  private Rank(double position, int outOf) {
    this.position = position;
    this.outOf = outOf;
  }

  /**
   * Obtains a whole rank position.
   *
   * @param position  the position, from 1 to {@code outOf}
   * @param outOf  the number of ranked items, at least 1
   * @return the rank, not null
   * @throws IllegalArgumentException if {@code outOf} is less than 1 or the position is outside
   *     1..outOf
   */
  public static Rank of(int position, int outOf) {
    return of((double) position, outOf);
  }

  /**
   * Obtains a rank position that may be a half, as fractional ranking gives.
   *
   * @param position  the position, from 1 to {@code outOf}, a whole number or a half
   * @param outOf  the number of ranked items, at least 1
   * @return the rank, not null
   * @throws IllegalArgumentException if {@code outOf} is less than 1, or the position is outside
   *     1..outOf or not a multiple of one half
   */
  public static Rank of(double position, int outOf) {
    if (outOf < 1) {
      throw new IllegalArgumentException(
          "Invalid value for outOf (valid values 1 - " + Integer.MAX_VALUE + "): " + outOf);
    }
    if (!(position >= 1 && position <= outOf) || position * 2 != Math.rint(position * 2)) {
      throw new IllegalArgumentException(
          "Invalid value for position (valid values 1 - " + outOf + " in steps of 0.5): "
              + position);
    }
    return new Rank(position, outOf);
  }

  /**
   * Obtains a rank from its text form {@code r/n}, such as {@code 6/19} or {@code 2.5/4}.
   *
   * @param text  the text to parse, not null
   * @return the rank, not null
   * @throws TextParseException if the text cannot be parsed or the rank is invalid
   */
  public static Rank parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new TextParseException("Text '" + s + "' could not be parsed at index " + s.length()
          + ": expected '/'", s, s.length());
    }
    double position;
    int outOf;
    if (slash == 0 || !isNumber(s, 0, slash, true)) {
      throw new TextParseException(
          "Text '" + s + "' could not be parsed at index 0: expected a position", s, 0);
    }
    position = Double.parseDouble(s.substring(0, slash));
    if (slash + 1 >= s.length() || !isNumber(s, slash + 1, s.length(), false)
        || s.length() - slash - 1 > 9) {
      throw new TextParseException("Text '" + s + "' could not be parsed at index " + (slash + 1)
          + ": expected a count", s, slash + 1);
    }
    outOf = Integer.parseInt(s.substring(slash + 1));
    try {
      return of(position, outOf);
    } catch (IllegalArgumentException e) {
      throw new TextParseException(
          "Text '" + s + "' could not be parsed at index 0: " + e.getMessage(), s, 0);
    }
  }

  private static boolean isNumber(String s, int from, int to, boolean allowHalf) {
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (allowHalf && c == '.' && digits > 0 && i == to - 2 && s.charAt(to - 1) == '5') {
        return digits <= 9;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= 9;
  }

  /**
   * Returns the position, 1 being the best.
   *
   * @return the position, from 1 to {@link #outOf()}, a whole number or a half
   */
  public double position() {
    return position;
  }

  /**
   * Returns the number of ranked items.
   *
   * @return the count, at least 1
   */
  public int outOf() {
    return outOf;
  }

  /**
   * Checks whether the position is a whole number.
   *
   * @return true unless the position is a half (from fractional ranking)
   */
  public boolean isWhole() {
    return position == Math.rint(position);
  }

  /**
   * Returns the position as an int.
   *
   * @return the whole position
   * @throws ArithmeticException if the position is a half
   */
  public int toInt() {
    if (!isWhole()) {
      throw new ArithmeticException("Rank position is not whole: " + position);
    }
    return (int) position;
  }

  /**
   * Checks whether this rank is the best one (position 1).
   *
   * @return true if the position is 1
   */
  public boolean isFirst() {
    return position == 1;
  }

  /**
   * Orders by position, then by the number of ranked items.
   *
   * @param other  the other rank, not null
   * @return the comparator value
   */
  @Override
  public int compareTo(Rank other) {
    int c = Double.compare(position, other.position);
    return c != 0 ? c : Integer.compare(outOf, other.outOf);
  }

  /**
   * Checks whether this rank equals another: same position and same count.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rank && ((Rank) obj).position == position && ((Rank) obj).outOf == outOf;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(position) * 31 + outOf;
  }

  /**
   * Returns the text form {@code r/n}, such as {@code 6/19} or {@code 2.5/4}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (isWhole() ? Integer.toString((int) position) : Double.toString(position)) + "/" + outOf;
  }
}
