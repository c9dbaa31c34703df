package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.Provinces;
import io.github.dxvn.admin.ProvinceGroup;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.community.CommunityTeam;
import io.github.dxvn.community.CommunityTeamRoster;
import io.github.dxvn.index.RankShift;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.LegalDocuments;
import io.github.dxvn.legal.ObservanceDay;
import io.github.dxvn.legal.ParsedDocumentNumber;
import io.github.dxvn.platform.HotlineNumber;
import io.github.dxvn.platform.Platform;
import io.github.dxvn.platform.PlatformCategory;
import io.github.dxvn.platform.PlatformLevel;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.Trajectory;
import io.github.dxvn.text.ParsedNumber;
import io.github.dxvn.text.TextParseException;
import io.github.dxvn.text.VietnameseNumberFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Round trips of the reference types through the module: provinces, platforms, teams, documents. */
class ReferenceJsonTest {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();

  private static <T> void roundTrips(T value, Class<T> type) throws IOException {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
  }

  @Test
  void everyProvinceBeforeAndAfter2025() throws IOException {
    List<AdminUnit> units = new ArrayList<>(Provinces.before2025());
    units.addAll(Provinces.from2025());
    for (AdminUnit unit : units) {
      roundTrips(unit, AdminUnit.class);
      roundTrips(unit.code(), AdminUnitCode.class);
    }
    assertEquals("\"45\"", MAPPER.writeValueAsString(AdminUnitCode.parse("45")));
    // A commune (provinces have no parent), with every optional field.
    AdminUnit ward = AdminUnit.builder().code(AdminUnitCode.parse("19771")).name("Phường Đông Hà")
        .validFrom(java.time.LocalDate.of(2025, 7, 1)).validTo(java.time.LocalDate.of(2030, 12, 31))
        .parent(AdminUnitCode.parse("45")).build();
    roundTrips(ward, AdminUnit.class);
    assertEquals("{\"code\":\"19771\",\"name\":\"Phường Đông Hà\",\"validFrom\":\"2025-07-01\","
        + "\"validTo\":\"2030-12-31\",\"parent\":\"45\"}", MAPPER.writeValueAsString(ward));
  }

  @Test
  void groupsAndTheReorganisation() throws IOException {
    for (ProvinceGroup group : Provinces.groups()) {
      roundTrips(group, ProvinceGroup.class);
    }
    roundTrips(Provinces.reorganisation2025(), Reorganisation.class);
  }

  @Test
  void rosters() throws IOException {
    roundTrips(CommunityTeamRoster.ofCounts(115, 715, 4327), CommunityTeamRoster.class);
    roundTrips(CommunityTeamRoster.ofCounts(115, 715), CommunityTeamRoster.class);
    // Commune-level teams (Provinces holds provinces only): with and without a member count.
    List<CommunityTeam> teams = List.of(CommunityTeam.of(AdminUnitCode.parse("19771"), 7),
        CommunityTeam.of(AdminUnitCode.parse("19774")), CommunityTeam.of(AdminUnitCode.parse("19777"), 0));
    String json = MAPPER.writeValueAsString(CommunityTeamRoster.ofTeams(teams));
    assertEquals("{\"teams\":[{\"unit\":\"19771\",\"memberCount\":7},{\"unit\":\"19774\"},"
        + "{\"unit\":\"19777\",\"memberCount\":0}]}", json);
    roundTrips(CommunityTeamRoster.ofTeams(teams), CommunityTeamRoster.class);
    assertThrows(ValueInstantiationException.class, () -> MAPPER.readValue(
        "{\"teams\":[],\"communeLevelTeams\":1,\"villageLevelTeams\":2}", CommunityTeamRoster.class));
  }

  @Test
  void parsedDocumentNumbersAndRankShifts() throws IOException {
    roundTrips(DocumentNumber.parseLenient("2443/QĐ-UBND"), ParsedDocumentNumber.class);
    roundTrips(RankShift.of("45", Optional.of(Rank.of(56, 63)), Optional.of(Rank.of(5.5, 34))), RankShift.class);
    roundTrips(RankShift.of("45", Optional.empty(), Optional.of(Rank.of(1, 34))), RankShift.class);
  }

  @Test
  void nationalTargetsAndTrajectories() throws IOException {
    TargetCatalog standard = TargetCatalog.standard();
    for (NationalTarget target : standard.targets()) {
      roundTrips(target, NationalTarget.class);
    }
    // omitted() (the standard catalog's notes on source cells left out) has no factory: not written.
    roundTrips(TargetCatalog.of(standard.targets()), TargetCatalog.class);
    roundTrips(Trajectory.of(2023, new BigDecimal("80.51"), 2025, new BigDecimal("100"), TargetComparator.AT_LEAST),
        Trajectory.class);
    assertEquals("\">=\"", MAPPER.writeValueAsString(TargetComparator.AT_LEAST));
  }

  @Test
  void platformsAndTeams() throws IOException {
    Platform ioc = Platform.builder().nameVi("Nền tảng giám sát, điều hành thông minh").nameEn("Intelligent operations centre")
        .shortName("IOC").category(PlatformCategory.values()[0]).level(PlatformLevel.values()[0]).ipv6Enabled(true)
        .connectedToMonitoringCentre(true).hotline(HotlineNumber.parse("1900868674"))
        .operator("Sở Thông tin và Truyền thông").build();
    roundTrips(ioc, Platform.class);
    String json = MAPPER.writeValueAsString(ioc);
    for (String field : List.of("\"shortName\":\"IOC\"", "\"ipv6Enabled\":true", "\"connectedToMonitoringCentre\":true",
        "\"hotline\":\"1900868674\"", "\"operator\":\"Sở Thông tin và Truyền thông\"")) {
      assertTrue(json.contains(field), json);
    }
    roundTrips(Platform.of("Cổng dịch vụ công", PlatformCategory.PUBLIC_SERVICE_PORTAL, PlatformLevel.values()[1]),
        Platform.class);
    assertEquals("\"1900868674\"", MAPPER.writeValueAsString(HotlineNumber.parse("1900868674")));
    roundTrips(CommunityTeam.of(AdminUnitCode.parse("19771"), 7), CommunityTeam.class);
    roundTrips(CommunityTeam.of(AdminUnitCode.parse("19771")), CommunityTeam.class);
  }

  @Test
  void legalDocumentsAndObservanceDays() throws IOException {
    for (LegalDocument document : LegalDocuments.all()) {
      roundTrips(document, LegalDocument.class);
      roundTrips(document.number().orElseThrow(), DocumentNumber.class);
      roundTrips(document.issuer(), Issuer.class);
    }
    assertEquals("\"2443/QĐ-UBND\"", MAPPER.writeValueAsString(DocumentNumber.parse("2443/QĐ-UBND")));
    roundTrips(ObservanceDay.nationalDigitalTransformationDay(), ObservanceDay.class);
    roundTrips(ObservanceDay.quangTriDigitalTransformationDay(), ObservanceDay.class);
  }

  @Test
  void parsedNumbers() throws IOException {
    for (String text : List.of("99,53%", "4.327", "95.22%", "113.335")) {
      roundTrips(VietnameseNumberFormat.lenient().parse(text), ParsedNumber.class);
    }
  }

  @Test
  void errorsKeepCoresCause() {
    InvalidFormatException number = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue("\"2443/XX\"", DocumentNumber.class));
    assertInstanceOf(TextParseException.class, number.getCause());
    ValueInstantiationException draft = assertThrows(ValueInstantiationException.class,
        () -> MAPPER.readValue("{\"titleVi\":\"Dự thảo\",\"issuer\":\"TTg\",\"type\":\"DECISION\",\"status\":\"ISSUED\"}",
            LegalDocument.class));
    assertInstanceOf(IllegalArgumentException.class, draft.getCause());
    ValueInstantiationException missing = assertThrows(ValueInstantiationException.class,
        () -> MAPPER.readValue("{\"titleVi\":\"Dự thảo\",\"status\":\"DRAFT\"}", LegalDocument.class));
    assertInstanceOf(IllegalStateException.class, missing.getCause());
    InvalidFormatException date = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue("{\"code\":\"45\",\"name\":\"Quảng Trị\",\"validFrom\":\"2025-02-30\"}", AdminUnit.class));
    assertEquals("/validFrom", Samples.pointer(date));
  }
}
