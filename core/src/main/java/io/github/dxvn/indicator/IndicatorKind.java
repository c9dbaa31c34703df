package io.github.dxvn.indicator;

/**
 * What kind of quantity an indicator measures, which decides the rules its values obey.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorKind {
  /** A share of a whole, in percent from 0 to 100 (tỷ lệ). */
  SHARE("Tỷ lệ", "Share", false),
  /** A count of things, a whole number, never negative (số lượng). */
  COUNT("Số lượng", "Count", true),
  /** An amount such as money or a quotient of two counts (giá trị). */
  AMOUNT("Giá trị", "Amount", false),
  /** A score on a fixed scale, such as a DTI main indicator on 0–1 (điểm). */
  SCORE("Điểm", "Score", false),
  /** A rank position among units, a whole number from 1 (thứ hạng). */
  RANK("Thứ hạng", "Rank", true);

  private final String nameVi;
  private final String nameEn;
  private final boolean integral;

  IndicatorKind(String nameVi, String nameEn, boolean integral) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.integral = integral;
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
   * Tells whether values of this kind are whole numbers.
   *
   * @return true for counts and ranks
   */
  public boolean isIntegral() {
    return integral;
  }
}
