package io.github.dxvn.admin;

/**
 * A level of Vietnam's administrative hierarchy, from the province down to the village.
 *
 * <p>Before 1 July 2025 units had four levels (province, district, commune, village); from that date
 * the district level no longer exists and communes sit directly under provinces. The constants are
 * declared from the top down, so {@link #compareTo} orders a parent level before its children.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AdminLevel {
  /** Cấp tỉnh: a province or centrally run city. */
  PROVINCE("tỉnh/thành phố", "province/city"),
  /** Cấp huyện: a district, town or provincial city (abolished on 1 July 2025). */
  DISTRICT("huyện", "district"),
  /** Cấp xã: a commune, ward or special zone. */
  COMMUNE("xã/phường/đặc khu", "commune/ward/special zone"),
  /** Thôn, bản, tổ dân phố: a village or residential group (not an administrative level by law). */
  VILLAGE("thôn/bản/tổ dân phố", "village/hamlet/residential group");

  private final String nameVi;
  private final String nameEn;

  AdminLevel(String nameVi, String nameEn) {
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

  /**
   * Checks if this level lies above the given one in the hierarchy.
   *
   * @param other  the other level, not null
   * @return true if this level is a strict ancestor level of {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAbove(AdminLevel other) {
    return compareTo(java.util.Objects.requireNonNull(other, "other")) < 0;
  }
}
