package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProvincesTest {

  private static AdminUnitCode code(String s) {
    return AdminUnitCode.parse(s);
  }

  @Test
  void ships63And34Provinces() {
    assertEquals(63, Provinces.before2025().size());
    assertEquals(34, Provinces.from2025().size());
    assertEquals(Provinces.REORGANISATION_DATE_2025, Provinces.reorganisation2025().effectiveDate());
    for (AdminUnit u : Provinces.before2025()) {
      assertEquals(AdminLevel.PROVINCE, u.level());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), u.validTo());
      assertTrue(u.name().startsWith("Tỉnh ") || u.name().startsWith("Thành phố "), u.name());
    }
    for (AdminUnit u : Provinces.from2025()) {
      assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), u.validFrom());
      assertEquals(Optional.empty(), u.validTo());
      assertTrue(u.name().startsWith("Tỉnh ") || u.name().startsWith("Thành phố "), u.name());
    }
  }

  @Test
  void code44IsQuangBinhThenTheNewQuangTri() {
    assertEquals("Tỉnh Quảng Bình",
        Provinces.resolve(code("44"), LocalDate.of(2024, 1, 1)).orElseThrow().name());
    assertEquals("Tỉnh Quảng Trị",
        Provinces.resolve(code("44"), LocalDate.of(2025, 7, 1)).orElseThrow().name());
    assertEquals("Tỉnh Quảng Trị",
        Provinces.resolve(code("45"), LocalDate.of(2023, 12, 31)).orElseThrow().name());
    assertEquals(Optional.empty(), Provinces.resolve(code("45"), LocalDate.of(2025, 7, 1)));
    Reorganisation r = Provinces.reorganisation2025();
    assertEquals(Set.of(code("44"), code("45")), r.predecessorsOf(code("44")));
    assertEquals(code("44"), r.successorOf(code("45")));
  }

  @Test
  void tienGiangGoesToDongThapOnlyAndLongAnToTayNinh() {
    Reorganisation r = Provinces.reorganisation2025();
    assertEquals(code("82"), r.successorOf(code("82")));
    assertEquals(Set.of(code("82"), code("87")), r.predecessorsOf(code("82")));
    assertEquals(Set.of(code("72"), code("80")), r.predecessorsOf(code("80")));
    assertEquals("Tỉnh Đồng Tháp", Provinces.resolve(code("82"), Provinces.REORGANISATION_DATE_2025)
        .orElseThrow().name());
    assertEquals("Tỉnh Tiền Giang",
        Provinces.resolve(code("82"), LocalDate.of(2025, 6, 30)).orElseThrow().name());
  }

  @Test
  void hoChiMinhCityAbsorbsBinhDuongAndBaRiaVungTau() {
    assertEquals(Set.of(code("74"), code("77"), code("79")),
        Provinces.reorganisation2025().predecessorsOf(code("79")));
  }

  @Test
  void oldRegionsMatchResolution81() {
    Map<Region, Long> counts = Provinces.before2025().stream()
        .collect(Collectors.groupingBy(u -> u.region().orElseThrow(),
            () -> new EnumMap<>(Region.class), Collectors.counting()));
    assertEquals(Map.of(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS, 14L, Region.RED_RIVER_DELTA, 11L,
        Region.NORTH_CENTRAL_AND_CENTRAL_COAST, 14L, Region.CENTRAL_HIGHLANDS, 5L,
        Region.SOUTH_EAST, 6L, Region.MEKONG_DELTA, 13L), counts);
  }

  @Test
  void newRegionsOnlyWherePredecessorsAgree() {
    Reorganisation r = Provinces.reorganisation2025();
    Map<AdminUnitCode, Region> oldRegion = Provinces.before2025().stream()
        .collect(Collectors.toMap(AdminUnit::code, u -> u.region().orElseThrow()));
    int unknown = 0;
    for (AdminUnit u : Provinces.from2025()) {
      Set<Region> regions = r.predecessorsOf(u.code()).stream().map(oldRegion::get)
          .collect(Collectors.toSet());
      if (regions.size() == 1) {
        assertEquals(Optional.of(regions.iterator().next()), u.region(), u.name());
      } else {
        assertEquals(Optional.empty(), u.region(), u.name());
        unknown++;
      }
    }
    assertEquals(7, unknown);
    assertEquals(Optional.of(Region.NORTH_CENTRAL_AND_CENTRAL_COAST),
        Provinces.resolve(code("44"), Provinces.REORGANISATION_DATE_2025).orElseThrow().region());
  }

  @Test
  void centralGroupHas19ProvincesIn6And8And5() {
    ProvinceGroup g = Provinces.group("CENTRAL_AND_CENTRAL_HIGHLANDS");
    assertEquals(19, g.size());
    assertEquals(List.of(6, 8, 5),
        g.parts().stream().map(ProvinceGroup::size).collect(Collectors.toList()));
    assertEquals(List.of("NORTH_CENTRAL", "SOUTH_CENTRAL_COAST", "CENTRAL_HIGHLANDS"),
        g.parts().stream().map(ProvinceGroup::code).collect(Collectors.toList()));
    assertTrue(g.contains(code("45")));
    assertEquals("Miền Trung và Tây Nguyên", g.nameVi());
    assertTrue(g.source().isPresent());
    assertEquals(4, Provinces.groups().size());
    // every member is an old province of the central coast or the highlands
    Map<AdminUnitCode, AdminUnit> old = Provinces.before2025().stream()
        .collect(Collectors.toMap(AdminUnit::code, u -> u));
    for (AdminUnitCode c : g.provinces()) {
      Region region = old.get(c).region().orElseThrow();
      assertTrue(region == Region.NORTH_CENTRAL_AND_CENTRAL_COAST
          || region == Region.CENTRAL_HIGHLANDS, c.toString());
    }
    assertEquals(Provinces.group("CENTRAL_HIGHLANDS").provinces(), old.values().stream()
        .filter(u -> u.region().orElseThrow() == Region.CENTRAL_HIGHLANDS).map(AdminUnit::code)
        .collect(Collectors.toSet()));
  }

  @Test
  void groupRejectsUnknownAndNull() {
    assertThrows(IllegalArgumentException.class, () -> Provinces.group("NOPE"));
    assertEquals("code",
        assertThrows(NullPointerException.class, () -> Provinces.group(null)).getMessage());
  }
}
