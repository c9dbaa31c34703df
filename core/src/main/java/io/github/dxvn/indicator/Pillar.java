package io.github.dxvn.indicator;

/**
 * The three pillars of Vietnam's national digital transformation programme (749/QĐ-TTg).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Pillar {
  /** Chính quyền số: digital government. */
  DIGITAL_GOVERNMENT("Chính quyền số", "Digital government"),
  /** Kinh tế số: digital economy. */
  DIGITAL_ECONOMY("Kinh tế số", "Digital economy"),
  /** Xã hội số: digital society. */
  DIGITAL_SOCIETY("Xã hội số", "Digital society");

  private final String nameVi;
  private final String nameEn;

  Pillar(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label in Vietnamese, in NFC, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label in English, not null
   */
  public String nameEn() {
    return nameEn;
  }
}
