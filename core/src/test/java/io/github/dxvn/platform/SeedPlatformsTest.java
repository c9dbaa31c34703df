package io.github.dxvn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every platform fact of the seed article (FACTS.md §1: Quảng Trị, 2023) expressed with the model.
 * The article names 4 of the 8 platforms it counts (LGSP, IOC, virtual assistant, SOC) and mentions
 * the others below.
 */
class SeedPlatformsTest {

  static List<Platform> seedPlatforms() {
    return List.of(
        Platform.builder().nameVi("Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh")
            .nameEn("Provincial data integration and sharing platform").shortName("LGSP")
            .category(PlatformCategory.DATA_INTEGRATION).level(PlatformLevel.PROVINCIAL).build(),
        Platform.builder().nameVi("Nền tảng trung tâm giám sát, điều hành thông minh")
            .nameEn("Intelligent monitoring and operations centre platform").shortName("IOC")
            .category(PlatformCategory.OPERATIONS_CENTRE).level(PlatformLevel.PROVINCIAL).build(),
        Platform.builder().nameVi("Nền tảng trợ lý ảo").nameEn("Virtual assistant platform")
            .hotline(HotlineNumber.parse("1900868674"))
            .category(PlatformCategory.VIRTUAL_ASSISTANT).level(PlatformLevel.PROVINCIAL).build(),
        Platform.builder().nameVi("Nền tảng giám sát an toàn thông tin")
            .nameEn("Information-security monitoring platform").shortName("SOC")
            .category(PlatformCategory.SECURITY_MONITORING).level(PlatformLevel.PROVINCIAL).build(),
        Platform.builder().nameVi("Cổng thông tin điện tử tỉnh").nameEn("Provincial web portal")
            .ipv6Enabled(true).connectedToMonitoringCentre(true)
            .category(PlatformCategory.WEB_PORTAL).level(PlatformLevel.PROVINCIAL).build(),
        Platform.builder().nameVi("Cổng dịch vụ công trực tuyến tỉnh")
            .nameEn("Provincial online public services portal")
            .ipv6Enabled(true).connectedToMonitoringCentre(true)
            .category(PlatformCategory.PUBLIC_SERVICE_PORTAL).level(PlatformLevel.PROVINCIAL)
            .build(),
        Platform.builder().nameVi("Sàn thương mại điện tử tỉnh")
            .nameEn("Provincial e-commerce marketplace")
            .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.PROVINCIAL)
            .build(),
        Platform.builder().nameVi("Sàn thương mại điện tử Voso").nameEn("Voso marketplace")
            .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.NATIONAL).build(),
        Platform.builder().nameVi("Sàn thương mại điện tử Postmart").nameEn("Postmart marketplace")
            .category(PlatformCategory.ECOMMERCE_MARKETPLACE).level(PlatformLevel.NATIONAL).build(),
        Platform.builder().nameVi("Cổng thông tin phản ánh hiện trường")
            .nameEn("Citizen field-report portal")
            .category(PlatformCategory.CITIZEN_FEEDBACK).level(PlatformLevel.PROVINCIAL).build(),
        // the article does not say who runs it; e-invoices go through the national tax system
        Platform.builder().nameVi("Nền tảng hóa đơn điện tử").nameEn("E-invoice platform")
            .category(PlatformCategory.E_INVOICE).level(PlatformLevel.NATIONAL).build());
  }

  @Test
  void namedShortNamesAreLgspIocSoc() {
    assertEquals(Set.of("LGSP", "IOC", "SOC"), seedPlatforms().stream()
        .flatMap(p -> p.shortName().stream()).collect(Collectors.toSet()));
  }

  @Test
  void virtualAssistantHasTheAiCallCentre() {
    Platform assistant = only(PlatformCategory.VIRTUAL_ASSISTANT);
    assertEquals(Optional.of(HotlineNumber.parse("1900868674")), assistant.hotline());
    assertEquals(1, seedPlatforms().stream().filter(p -> p.hotline().isPresent()).count());
  }

  @Test
  void portalsAreOnIpv6AndConnectedToTheMonitoringCentre() {
    Set<PlatformCategory> both = seedPlatforms().stream()
        .filter(p -> p.ipv6Enabled() && p.connectedToMonitoringCentre())
        .map(Platform::category).collect(Collectors.toSet());
    assertEquals(EnumSet.of(PlatformCategory.WEB_PORTAL, PlatformCategory.PUBLIC_SERVICE_PORTAL),
        both);
    assertEquals(2, seedPlatforms().stream().filter(Platform::ipv6Enabled).count());
  }

  @Test
  void marketplacesAreOneProvincialAndTwoNational() {
    List<Platform> markets = seedPlatforms().stream()
        .filter(p -> p.category() == PlatformCategory.ECOMMERCE_MARKETPLACE)
        .collect(Collectors.toList());
    assertEquals(3, markets.size());
    assertEquals(Set.of("Voso marketplace", "Postmart marketplace"), markets.stream()
        .filter(p -> p.level() == PlatformLevel.NATIONAL).map(p -> p.nameEn().orElseThrow())
        .collect(Collectors.toSet()));
  }

  @Test
  void everyCategoryButOtherIsCovered() {
    Set<PlatformCategory> seen =
        seedPlatforms().stream().map(Platform::category).collect(Collectors.toSet());
    EnumSet<PlatformCategory> expected = EnumSet.allOf(PlatformCategory.class);
    expected.remove(PlatformCategory.OTHER);
    assertEquals(expected, seen);
    assertTrue(only(PlatformCategory.CITIZEN_FEEDBACK).nameVi().contains("phản ánh hiện trường"));
  }

  private static Platform only(PlatformCategory category) {
    List<Platform> found = seedPlatforms().stream().filter(p -> p.category() == category)
        .collect(Collectors.toList());
    assertEquals(1, found.size(), category.name());
    return found.get(0);
  }
}
