package io.github.dxvn.indicator;

import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The closed range of values an indicator may take, each bound optional: {@code [0, 100]} for a
 * share, {@code [0, ∞)} for a count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidRange {

  private static final ValidRange UNBOUNDED = new ValidRange(null, null);
  private static final ValidRange NON_NEGATIVE = new ValidRange(BigDecimal.ZERO, null);
  private static final ValidRange PERCENT = new ValidRange(BigDecimal.ZERO, BigDecimal.valueOf(100));

  private final BigDecimal min;
  private final BigDecimal max;

  private ValidRange(BigDecimal min, BigDecimal max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Obtains a range with both bounds, inclusive.
   *
   * @param min  the smallest valid value, not null
   * @param max  the largest valid value, not null
   * @return the range, not null
   * @throws IllegalArgumentException if min is greater than max
   */
  public static ValidRange of(BigDecimal min, BigDecimal max) {
    return of(Optional.of(Objects.requireNonNull(min, "min")), Optional.of(Objects.requireNonNull(max, "max")));
  }

  /**
   * Obtains a range with optional bounds, inclusive.
   *
   * @param min  the smallest valid value, or empty for none, not null
   * @param max  the largest valid value, or empty for none, not null
   * @return the range, not null
   * @throws IllegalArgumentException if min is greater than max
   */
  public static ValidRange of(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    BigDecimal lo = Objects.requireNonNull(min, "min").map(Decimals::canonical).orElse(null);
    BigDecimal hi = Objects.requireNonNull(max, "max").map(Decimals::canonical).orElse(null);
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException(
          "Invalid value for range (valid values min <= max): [" + lo.toPlainString() + ", "
              + hi.toPlainString() + "]");
    }
    return new ValidRange(lo, hi);
  }

  /**
   * Obtains the range without bounds.
   *
   * @return the range, not null
   */
  public static ValidRange unbounded() {
    return UNBOUNDED;
  }

  /**
   * Obtains the range {@code [0, ∞)}.
   *
   * @return the range, not null
   */
  public static ValidRange nonNegative() {
    return NON_NEGATIVE;
  }

  /**
   * Obtains the range {@code [0, 100]} of a percentage.
   *
   * @return the range, not null
   */
  public static ValidRange percent() {
    return PERCENT;
  }

  /**
   * Returns the lower bound.
   *
   * @return the smallest valid value, or empty if there is none
   */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /**
   * Returns the upper bound.
   *
   * @return the largest valid value, or empty if there is none
   */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * Tells whether a value lies in the range, bounds included.
   *
   * @param value  the value, not null
   * @return true if valid
   */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ValidRange)) {
      return false;
    }
    ValidRange other = (ValidRange) obj;
    return Objects.equals(min, other.min) && Objects.equals(max, other.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max);
  }

  /**
   * Returns the range in interval notation, such as {@code [0, 100]} or {@code [0, ∞)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (min == null ? "(-∞" : "[" + min.toPlainString()) + ", "
        + (max == null ? "∞)" : max.toPlainString() + "]");
  }
}
