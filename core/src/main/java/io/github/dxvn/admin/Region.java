package io.github.dxvn.admin;

/**
 * The six socio-economic regions (vùng kinh tế - xã hội) of Vietnam.
 *
 * <p>Source: the national master plan for 2021–2030, vision to 2050, adopted by Resolution
 * 81/2023/QH15 of the National Assembly (9 January 2023), which defines these six regions and lists the
 * provinces of each. The membership of the 63 provinces that existed until 30 June 2025 is shipped as
 * reference data (see {@link Provinces}); that resolution lists the 63 provinces, not the 34 formed on
 * 1 July 2025.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Region {
  /** Trung du và miền núi phía Bắc: the northern midlands and mountains (14 provinces). */
  NORTHERN_MIDLANDS_AND_MOUNTAINS("Trung du và miền núi phía Bắc", "Northern midlands and mountains"),
  /** Đồng bằng sông Hồng: the Red River delta (11 provinces). */
  RED_RIVER_DELTA("Đồng bằng sông Hồng", "Red River delta"),
  /** Bắc Trung Bộ và duyên hải miền Trung: the north central and central coastal region (14). */
  NORTH_CENTRAL_AND_CENTRAL_COAST(
      "Bắc Trung Bộ và duyên hải miền Trung", "North central and central coastal region"),
  /** Tây Nguyên: the Central Highlands (5 provinces). */
  CENTRAL_HIGHLANDS("Tây Nguyên", "Central Highlands"),
  /** Đông Nam Bộ: the South East (6 provinces). */
  SOUTH_EAST("Đông Nam Bộ", "South East"),
  /** Đồng bằng sông Cửu Long: the Mekong delta (13 provinces). */
  MEKONG_DELTA("Đồng bằng sông Cửu Long", "Mekong delta");

  /** The legal document that defines the regions. */
  public static final String LEGAL_SOURCE =
      "Resolution 81/2023/QH15 (national master plan 2021-2030, vision 2050)";

  private final String nameVi;
  private final String nameEn;

  Region(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the name in Vietnamese, in NFC, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English, not null
   */
  public String nameEn() {
    return nameEn;
  }
}
