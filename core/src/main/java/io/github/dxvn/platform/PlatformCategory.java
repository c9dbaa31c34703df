package io.github.dxvn.platform;

/**
 * What a digital platform does.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlatformCategory {
  /** Data integration and sharing platform (LGSP at provincial level). */
  DATA_INTEGRATION("Nền tảng tích hợp, chia sẻ dữ liệu", "Data integration and sharing platform"),
  /** Intelligent monitoring and operations centre (IOC). */
  OPERATIONS_CENTRE(
      "Nền tảng trung tâm giám sát, điều hành thông minh", "Intelligent operations centre"),
  /** Virtual assistant, possibly with an AI call centre. */
  VIRTUAL_ASSISTANT("Nền tảng trợ lý ảo", "Virtual assistant"),
  /** Information-security monitoring (SOC). */
  SECURITY_MONITORING(
      "Nền tảng giám sát an toàn thông tin", "Information-security monitoring (SOC)"),
  /** Online public services portal. */
  PUBLIC_SERVICE_PORTAL("Cổng dịch vụ công trực tuyến", "Online public services portal"),
  /** Web portal of an authority. */
  WEB_PORTAL("Cổng thông tin điện tử", "Web portal"),
  /** E-commerce marketplace. */
  ECOMMERCE_MARKETPLACE("Sàn thương mại điện tử", "E-commerce marketplace"),
  /** Citizen feedback and field-report portal. */
  CITIZEN_FEEDBACK("Cổng thông tin phản ánh hiện trường", "Citizen field-report portal"),
  /** Electronic invoice platform. */
  E_INVOICE("Nền tảng hóa đơn điện tử", "E-invoice platform"),
  /** Any other platform. */
  OTHER("Nền tảng khác", "Other platform");

  private final String nameVi;
  private final String nameEn;

  PlatformCategory(String nameVi, String nameEn) {
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
