package io.github.dxvn.indicator;

/**
 * Whether a higher value of an indicator (or of any node of a composite index) is better.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Polarity {
  /** Higher is better (direction +1 in COINr). */
  HIGHER_IS_BETTER(1, "Càng cao càng tốt", "Higher is better"),
  /** Lower is better (direction −1 in COINr), such as a rank or a cost. */
  LOWER_IS_BETTER(-1, "Càng thấp càng tốt", "Lower is better");

  private final int direction;
  private final String nameVi;
  private final String nameEn;

  Polarity(int direction, String nameVi, String nameEn) {
    this.direction = direction;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the direction as COINr writes it.
   *
   * @return {@code 1} or {@code -1}
   */
  public int direction() {
    return direction;
  }

  /**
   * Returns the opposite polarity.
   *
   * @return the other constant, not null
   */
  public Polarity reversed() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }

  /**
   * Returns the polarity of a COINr direction.
   *
   * @param direction  {@code 1} or {@code -1}
   * @return the polarity, not null
   * @throws IllegalArgumentException if the direction is neither 1 nor −1
   */
  public static Polarity ofDirection(int direction) {
    if (direction == 1) {
      return HIGHER_IS_BETTER;
    }
    if (direction == -1) {
      return LOWER_IS_BETTER;
    }
    throw new IllegalArgumentException(
        "Invalid value for direction (valid values 1, -1): " + direction);
  }
}
