package io.github.dxvn.dti;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers shared by the package. */
final class Dti {

  /** Published DTI values have 4 decimals. */
  static final int PUBLISHED_SCALE = 4;

  private Dti() {}

  /** Rounds to 4 decimals, half up, as the published tables show. */
  static BigDecimal published(BigDecimal value) {
    return value.setScale(PUBLISHED_SCALE, RoundingMode.HALF_UP);
  }

  static void checkUnitInterval(String attribute, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + attribute + " (valid values 0 - 1): " + value.toPlainString());
    }
  }
}
