package io.github.dxvn.observation;

import java.util.Objects;

/**
 * How a reported value relates to the true one: exactly it, a bound, or an approximation. The seed's
 * "trên 65%" (over 65 %) is {@code > 65}: 65 is a lower bound, not the value.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Comparison {
  /** {@code =}: the value is the true value. */
  EQUAL("=", "bằng", "equal to"),
  /** {@code >}: the true value is greater ("trên", "hơn"). */
  GREATER(">", "trên", "over"),
  /** {@code >=}: the true value is at least this ("ít nhất", "tối thiểu"). */
  GREATER_OR_EQUAL(">=", "ít nhất", "at least"),
  /** {@code <}: the true value is less ("dưới"). */
  LESS("<", "dưới", "under"),
  /** {@code <=}: the true value is at most this ("tối đa"). */
  LESS_OR_EQUAL("<=", "tối đa", "at most"),
  /** {@code ~}: the true value is about this ("khoảng", "gần"). */
  APPROXIMATE("~", "khoảng", "about");

  private final String symbol;
  private final String nameVi;
  private final String nameEn;

  Comparison(String symbol, String nameVi, String nameEn) {
    this.symbol = symbol;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese word for the comparison, as reports write it ("trên 65%").
   *
   * @return the label, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English word for the comparison ("over 65 %").
   *
   * @return the label, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the symbol.
   *
   * @return the symbol, such as {@code ">="}, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Tells whether the value is a lower bound of the true value.
   *
   * @return true for {@code >} and {@code >=}
   */
  public boolean isLowerBound() {
    return this == GREATER || this == GREATER_OR_EQUAL;
  }

  /**
   * Tells whether the value is an upper bound of the true value.
   *
   * @return true for {@code <} and {@code <=}
   */
  public boolean isUpperBound() {
    return this == LESS || this == LESS_OR_EQUAL;
  }

  /**
   * Tells whether the value is the true value.
   *
   * @return true for {@code =} only
   */
  public boolean isExact() {
    return this == EQUAL;
  }

  /**
   * Obtains a comparison from its symbol.
   *
   * @param symbol  one of {@code = > >= < <= ~}, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the symbol is unknown
   */
  public static Comparison ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    for (Comparison comparison : values()) {
      if (comparison.symbol.equals(symbol)) {
        return comparison;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value for comparison (valid values =, >, >=, <, <=, ~): " + symbol);
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
