package io.github.dxvn.target;

import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a target's value is to be met: reached ({@code =}, "đạt"), exceeded ({@code >}, "trên"), at
 * least ({@code >=}, "tối thiểu", "ít nhất"), or a rank within the top N ({@code top}, "nhóm N nước dẫn
 * đầu").
 *
 * <p>The decisions write most targets as "đạt X%" (reach X %), listed in the source as {@code =}. A
 * target to be reached is met once the value is at least X, so {@code =} and {@code >=} meet alike;
 * they stay distinct to keep the wording of the source. {@code top} is the one comparator where lower
 * is better: rank r meets top N when r &le; N.
 *
 * <p>{@link #test(Comparison, BigDecimal, BigDecimal)} decides in three values from what a figure
 * says of the true value: the set of true values the figure allows (a point for {@code =}, a half-line
 * for a bound) either lies inside the target's set ({@link TargetStatus#MEETS}), outside it
 * ({@link TargetStatus#FAILS}), or across its boundary ({@link TargetStatus#UNKNOWN}). An approximation
 * ({@code ~}) is taken as its value, except on the target's boundary, where its true value may lie on
 * either side: there it is unknown.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetComparator {
  /** {@code =}: the value is to be reached ("đạt"): met by any value at least the target. */
  REACH("="),
  /** {@code >}: the value is to be exceeded ("trên"). */
  GREATER(">"),
  /** {@code >=}: at least the value ("tối thiểu", "ít nhất"). */
  AT_LEAST(">="),
  /** {@code top}: a rank within the top N (rank at most N); lower is better. */
  TOP("top");

  private final String symbol;

  TargetComparator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the symbol.
   *
   * @return {@code =}, {@code >}, {@code >=} or {@code top}, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Obtains a comparator from its symbol.
   *
   * @param symbol  one of {@code =}, {@code >}, {@code >=}, {@code top}, not null
   * @return the comparator, not null
   * @throws IllegalArgumentException if the symbol is unknown
   */
  public static TargetComparator ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    for (TargetComparator comparator : values()) {
      if (comparator.symbol.equals(symbol)) {
        return comparator;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value for comparator (valid values =, >, >=, top): " + symbol);
  }

  /**
   * Tells whether lower values are better, as for ranks.
   *
   * @return true for {@link #TOP} only
   */
  public boolean isLowerBetter() {
    return this == TOP;
  }

  /**
   * Tells whether an exact value meets a target.
   *
   * @param value  the true value, not null
   * @param target  the target's value, not null
   * @return true if the value meets the target
   */
  public boolean isMetBy(BigDecimal value, BigDecimal target) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    int c = value.compareTo(target);
    switch (this) {
      case GREATER:
        return c > 0;
      case TOP:
        return c <= 0;
      default:
        return c >= 0;
    }
  }

  /**
   * Decides, in three values, whether a reported figure meets a target.
   *
   * @param comparison  how the figure relates to the true value, not null
   * @param value  the figure, not null
   * @param target  the target's value, not null
   * @return MEETS, FAILS, or UNKNOWN when the figure allows both, not null
   */
  public TargetStatus test(Comparison comparison, BigDecimal value, BigDecimal target) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    int c = value.compareTo(target);
    switch (comparison) {
      case EQUAL:
        return decided(isMetBy(value, target));
      case APPROXIMATE:
        return c == 0 ? TargetStatus.UNKNOWN : decided(isMetBy(value, target));
      default:
        return halfLine(comparison.isLowerBound(), comparison == Comparison.GREATER_OR_EQUAL
            || comparison == Comparison.LESS_OR_EQUAL, c);
    }
  }

  /**
   * The figure allows a half-line of true values: upward from the value (a lower bound) or downward
   * (an upper bound), with or without the value itself. The target's set is a half-line too.
   */
  private TargetStatus halfLine(boolean upward, boolean closed, int c) {
    boolean targetUpward = this != TOP;
    boolean targetClosed = this != GREATER;
    if (upward == targetUpward) {
      // Same direction: never disjoint (both unbounded the same way); inside when the figure's
      // boundary lies beyond the target's, or on it with the target's boundary included or the
      // figure's excluded.
      int beyond = upward ? c : -c;
      boolean inside = beyond > 0 || (beyond == 0 && (targetClosed || !closed));
      return inside ? TargetStatus.MEETS : TargetStatus.UNKNOWN;
    }
    // Opposite directions: never inside; disjoint when the figure's half-line stops short of the
    // target's boundary, or touches it with either end open.
    int apart = upward ? c : -c;
    boolean disjoint = apart > 0 || (apart == 0 && (!closed || !targetClosed));
    return disjoint ? TargetStatus.FAILS : TargetStatus.UNKNOWN;
  }

  private static TargetStatus decided(boolean met) {
    return met ? TargetStatus.MEETS : TargetStatus.FAILS;
  }

  /**
   * Returns how far a value is from a target, positive while short of it: {@code target - value}, or
   * {@code value - target} for ranks. Zero or negative means reached (for {@link #GREATER}, zero is
   * not yet exceeded).
   *
   * @param value  the value, not null
   * @param target  the target's value, not null
   * @return the distance, exact, not null
   */
  public BigDecimal distance(BigDecimal value, BigDecimal target) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    return isLowerBetter() ? value.subtract(target) : target.subtract(value);
  }

  /**
   * Returns the symbol.
   *
   * @return the symbol, not null
   */
  @Override
  public String toString() {
    return symbol;
  }
}
