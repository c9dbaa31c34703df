package io.github.dxvn.admin;

import io.github.dxvn.internal.SimpleCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The provinces of Vietnam before and after the reorganisation of 1 July 2025, shipped as reference
 * data, with their regions and named groups.
 *
 * <p>Data (resource files in this package, each with its source):
 *
 * <ul>
 *   <li>{@code province_codes_63_to_34_2025.csv}: the 63 provinces valid until 30 June 2025, the 34
 *       valid from 1 July 2025, and which new province each old one went into. Copied from the
 *       VietnamProvinces project (source line kept). That source maps old 82 (Tiền Giang) to both 80
 *       (Tây Ninh) and 82 (Đồng Tháp); Resolution 202/2025/QH15 of 12 June 2025 merges Tiền Giang and
 *       Đồng Tháp into Đồng Tháp (code 82), and Long An and Tây Ninh into Tây Ninh (code 80), so the
 *       shipped copy keeps only 82 → 82 and says so in a comment line. New names get the prefix
 *       "Tỉnh " where the source omits it, so old and new names have the same form.
 *   <li>{@code province_regions.csv}: the {@link Region} of every old province as listed by Resolution
 *       81/2023/QH15. For a new province the region is given only when all its predecessors lie in
 *       one region; seven new provinces straddle two regions (24, 25, 51, 52, 66, 68, 80) and have
 *       no region, since no official per-region list of the 34 provinces is relied on here.
 *   <li>{@code province_groups.csv}: named groups of old provinces, such as the 19 provinces of the
 *       Central and Central Highlands (6 + 8 + 5) the seed article ranks Quảng Trị among.
 * </ul>
 *
 * <p>Old provinces carry only their last day (30 June 2025), since their first days differ and are not
 * in the data; names are those in use on that day (so code 46 is "Thành phố Huế", its name since 1
 * January 2025). New provinces carry their first day, 1 July 2025.
 *
 * <p>This class is immutable and thread-safe; the data are loaded once, on first use.
 */
public final class Provinces {

  /** The first day of the 34 provinces, 1 July 2025 (Resolution 202/2025/QH15). */
  public static final LocalDate REORGANISATION_DATE_2025 = LocalDate.of(2025, 7, 1);

  private static final String MAPPING = "province_codes_63_to_34_2025.csv";
  private static final String REGIONS = "province_regions.csv";
  private static final String GROUPS = "province_groups.csv";

  private Provinces() {}

  /** Lazy holder: the data are read on first use and validated as a whole. */
  private static final class Data {
    static final Reorganisation REORGANISATION;
    static final Map<String, ProvinceGroup> GROUP_MAP;

    static {
      Map<String, Map<AdminUnitCode, Optional<Region>>> regions = loadRegions();
      REORGANISATION = loadReorganisation(regions);
      GROUP_MAP = loadGroups();
    }
  }

  /**
   * Returns the 63 provinces valid until 30 June 2025, ordered by code.
   *
   * @return the 63 provinces, not null
   */
  public static List<AdminUnit> before2025() {
    return Data.REORGANISATION.before();
  }

  /**
   * Returns the 34 provinces valid from 1 July 2025, ordered by code.
   *
   * @return the 34 provinces, not null
   */
  public static List<AdminUnit> from2025() {
    return Data.REORGANISATION.after();
  }

  /**
   * Returns the 2025 reorganisation: the 63 old provinces, the 34 new ones, and which new province
   * each old one went into.
   *
   * @return the reorganisation effective {@link #REORGANISATION_DATE_2025}, not null
   */
  public static Reorganisation reorganisation2025() {
    return Data.REORGANISATION;
  }

  /**
   * Finds the province a code denoted on a date; for example code 44 is Quảng Bình on 2024-01-01
   * and the new Quảng Trị on 2025-07-01.
   *
   * @param code  the province code, not null
   * @param date  the date, not null
   * @return the province, empty if no shipped province had the code on that date, not null
   * @throws NullPointerException if {@code code} or {@code date} is null
   */
  public static Optional<AdminUnit> resolve(AdminUnitCode code, LocalDate date) {
    return Data.REORGANISATION.resolve(code, date);
  }

  /**
   * Returns the shipped province groups, in file order.
   *
   * @return the groups, not null
   */
  public static List<ProvinceGroup> groups() {
    return List.copyOf(Data.GROUP_MAP.values());
  }

  /**
   * Returns a shipped province group by code, such as {@code CENTRAL_AND_CENTRAL_HIGHLANDS}.
   *
   * @param code  the group code, not null
   * @return the group, not null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no shipped group has that code
   */
  public static ProvinceGroup group(String code) {
    ProvinceGroup g = Data.GROUP_MAP.get(Objects.requireNonNull(code, "code"));
    if (g == null) {
      throw new IllegalArgumentException(
          "Invalid value for code (valid values " + Data.GROUP_MAP.keySet() + "): " + code);
    }
    return g;
  }

  private static Map<String, Map<AdminUnitCode, Optional<Region>>> loadRegions() {
    SimpleCsv csv = SimpleCsv.read(Provinces.class, REGIONS, "period", "code", "region", "source");
    Map<String, Map<AdminUnitCode, Optional<Region>>> byPeriod = new TreeMap<>();
    for (SimpleCsv.Row row : csv.rows()) {
      String period = row.field(0);
      if (!period.equals("before2025") && !period.equals("from2025")) {
        csv.problem(row, 0, "expected before2025 or from2025 but was " + period);
        continue;
      }
      AdminUnitCode code = code(csv, row, 1);
      Optional<Region> region = Optional.empty();
      if (!row.field(2).isEmpty()) {
        try {
          region = Optional.of(Region.valueOf(row.field(2)));
        } catch (IllegalArgumentException e) {
          csv.problem(row, 2, "unknown region " + row.field(2));
        }
      }
      if (row.field(3).isBlank()) {
        csv.problem(row, 3, "missing source");
      }
      if (code != null
          && byPeriod.computeIfAbsent(period, k -> new TreeMap<>()).put(code, region) != null) {
        csv.problem(row, 1, "duplicate code " + code + " in " + period);
      }
    }
    csv.failIfProblems();
    return byPeriod;
  }

  private static Reorganisation loadReorganisation(
      Map<String, Map<AdminUnitCode, Optional<Region>>> regions) {
    SimpleCsv csv =
        SimpleCsv.read(Provinces.class, MAPPING, "old_code", "old_name", "new_code", "new_name", "note");
    Map<AdminUnitCode, AdminUnit> before = new TreeMap<>();
    Map<AdminUnitCode, AdminUnit> after = new TreeMap<>();
    Map<AdminUnitCode, AdminUnitCode> successors = new TreeMap<>();
    Map<AdminUnitCode, Optional<Region>> oldRegions = regions.getOrDefault("before2025", Map.of());
    Map<AdminUnitCode, Optional<Region>> newRegions = regions.getOrDefault("from2025", Map.of());
    for (SimpleCsv.Row row : csv.rows()) {
      AdminUnitCode oldCode = code(csv, row, 0);
      AdminUnitCode newCode = code(csv, row, 2);
      if (oldCode == null || newCode == null) {
        continue;
      }
      if (!oldRegions.containsKey(oldCode)) {
        csv.problem(row, 0, "no row for " + oldCode + " in " + REGIONS);
      }
      if (!newRegions.containsKey(newCode)) {
        csv.problem(row, 2, "no row for " + newCode + " in " + REGIONS);
      }
      AdminUnit old = AdminUnit.builder().code(oldCode).name(row.field(1))
          .validTo(REORGANISATION_DATE_2025.minusDays(1))
          .region(oldRegions.getOrDefault(oldCode, Optional.empty())).build();
      AdminUnit fresh = AdminUnit.builder().code(newCode).name(row.field(3))
          .validFrom(REORGANISATION_DATE_2025)
          .region(newRegions.getOrDefault(newCode, Optional.empty())).build();
      if (before.put(oldCode, old) != null) {
        csv.problem(row, 0, "old code " + oldCode + " listed twice");
      }
      AdminUnit earlier = after.put(newCode, fresh);
      if (earlier != null && !earlier.equals(fresh)) {
        csv.problem(row, 3, "new province " + newCode + " named differently on another row: "
            + earlier.name());
      }
      successors.put(oldCode, newCode);
    }
    if (!before.keySet().equals(regions.getOrDefault("before2025", Map.of()).keySet())
        || !after.keySet().equals(regions.getOrDefault("from2025", Map.of()).keySet())) {
      throw new IllegalStateException(
          "Invalid reference data: " + REGIONS + " and " + MAPPING + " list different provinces");
    }
    csv.failIfProblems();
    return Reorganisation.of(
        REORGANISATION_DATE_2025, before.values(), after.values(), successors);
  }

  private static Map<String, ProvinceGroup> loadGroups() {
    SimpleCsv csv = SimpleCsv.read(Provinces.class, GROUPS, "group_code", "parent_group", "name_vi", "name_en", "province_codes", "source");
    Map<String, SimpleCsv.Row> rows = new LinkedHashMap<>();
    Map<String, List<ProvinceGroup>> parts = new LinkedHashMap<>();
    Map<String, ProvinceGroup> leaves = new LinkedHashMap<>();
    for (SimpleCsv.Row row : csv.rows()) {
      rows.put(row.field(0), row);
      parts.putIfAbsent(row.field(0), new ArrayList<>());
    }
    for (SimpleCsv.Row row : csv.rows()) {
      if (row.field(4).isEmpty()) {
        continue;
      }
      List<AdminUnitCode> members = new ArrayList<>();
      for (String c : row.field(4).split(" ")) {
        try {
          members.add(AdminUnitCode.parse(c));
        } catch (IllegalArgumentException e) {
          csv.problem(row, 4, e.getMessage());
        }
      }
      try {
        ProvinceGroup g = ProvinceGroup.builder().code(row.field(0)).nameVi(row.field(2))
            .nameEn(row.field(3)).addAllProvinces(members).source(row.field(5)).build();
        leaves.put(g.code(), g);
        String parent = row.field(1);
        if (!parent.isEmpty()) {
          if (parts.containsKey(parent)) {
            parts.get(parent).add(g);
          } else {
            csv.problem(row, 1, "unknown parent group " + parent);
          }
        }
      } catch (IllegalArgumentException e) {
        csv.problem(row, 0, e.getMessage());
      }
    }
    Map<String, ProvinceGroup> result = new LinkedHashMap<>();
    for (SimpleCsv.Row row : rows.values()) {
      String code = row.field(0);
      if (leaves.containsKey(code)) {
        result.put(code, leaves.get(code));
        continue;
      }
      try {
        List<ProvinceGroup> ps = parts.get(code);
        ProvinceGroup g = ProvinceGroup.ofParts(code, row.field(2), row.field(3), ps);
        result.put(code, ProvinceGroup.builder().from(g).source(row.field(5)).build());
      } catch (IllegalArgumentException e) {
        csv.problem(row, 0, e.getMessage());
      }
    }
    csv.failIfProblems();
    return result;
  }

  private static AdminUnitCode code(SimpleCsv csv, SimpleCsv.Row row, int field) {
    try {
      AdminUnitCode code = AdminUnitCode.parse(row.field(field));
      if (code.level() == AdminLevel.PROVINCE) {
        return code;
      }
      csv.problem(row, field, "not a province code: " + code);
    } catch (IllegalArgumentException e) {
      csv.problem(row, field, e.getMessage());
    }
    return null;
  }
}
