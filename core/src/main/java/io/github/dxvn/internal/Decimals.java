package io.github.dxvn.internal;

import java.math.BigDecimal;

/** Decimal helpers shared by core's value types. */
public final class Decimals {

  private Decimals() {}

  /**
   * Returns the canonical form of a decimal: trailing zeros removed, never a negative scale, so that
   * values equal by {@code compareTo} are equal by {@code equals} and print without an exponent.
   *
   * @param value  the decimal, not null
   * @return the canonical decimal, not null
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
