package io.github.dxvn.platform;

/**
 * Who a platform serves: the whole country or one province.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlatformLevel {
  /** A national platform, such as the Voso and Postmart marketplaces. */
  NATIONAL("cấp quốc gia", "national"),
  /** A provincial platform, such as a provincial LGSP. */
  PROVINCIAL("cấp tỉnh", "provincial");

  private final String nameVi;
  private final String nameEn;

  PlatformLevel(String nameVi, String nameEn) {
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
