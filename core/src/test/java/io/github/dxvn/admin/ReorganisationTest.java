package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReorganisationTest {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
  private static final AdminUnitCode C44 = AdminUnitCode.parse("44");
  private static final AdminUnitCode C45 = AdminUnitCode.parse("45");
  private static final AdminUnitCode C46 = AdminUnitCode.parse("46");

  private static AdminUnit old(AdminUnitCode code, String name) {
    return AdminUnit.builder().code(code).name(name).validTo(DAY.minusDays(1)).build();
  }

  private static AdminUnit fresh(AdminUnitCode code, String name) {
    return AdminUnit.builder().code(code).name(name).validFrom(DAY).build();
  }

  private static final List<AdminUnit> BEFORE = List.of(
      old(C44, "Tỉnh Quảng Bình"), old(C45, "Tỉnh Quảng Trị"), old(C46, "Thành phố Huế"));
  private static final List<AdminUnit> AFTER =
      List.of(fresh(C44, "Tỉnh Quảng Trị"), fresh(C46, "Thành phố Huế"));
  private static final Map<AdminUnitCode, AdminUnitCode> SUCC = Map.of(C44, C44, C45, C44, C46, C46);

  @Test
  void answersBothDirections() {
    Reorganisation r = Reorganisation.of(DAY, BEFORE, AFTER, SUCC);
    assertEquals(DAY, r.effectiveDate());
    assertEquals(C44, r.successorOf(C45));
    assertEquals(Set.of(C44, C45), r.predecessorsOf(C44));
    assertEquals(Set.of(C46), r.predecessorsOf(C46));
    assertEquals(SUCC, r.successors());
    assertEquals(Map.of(C44, Set.of(C44, C45), C46, Set.of(C46)), r.predecessors());
    assertEquals("Reorganisation[2025-07-01: 3 -> 2]", r.toString());
    assertEquals(r, Reorganisation.of(DAY, BEFORE, AFTER, SUCC));
    assertEquals(r.hashCode(), Reorganisation.of(DAY, BEFORE, AFTER, SUCC).hashCode());
    assertNotEquals(r, Reorganisation.of(DAY.plusDays(1), List.of(), List.of(), Map.of()));
  }

  @Test
  void resolvesByDate() {
    Reorganisation r = Reorganisation.of(DAY, BEFORE, AFTER, SUCC);
    assertEquals("Tỉnh Quảng Bình", r.resolve(C44, DAY.minusDays(1)).orElseThrow().name());
    assertEquals("Tỉnh Quảng Trị", r.resolve(C44, DAY).orElseThrow().name());
    assertEquals(Optional.empty(), r.resolve(C45, DAY));
    assertEquals(Optional.of(BEFORE.get(1)), r.resolve(C45, LocalDate.of(2000, 1, 1)));
    assertThrows(NullPointerException.class, () -> r.resolve(null, DAY));
    assertThrows(NullPointerException.class, () -> r.resolve(C44, null));
  }

  @Test
  void unknownCodesAreRejected() {
    Reorganisation r = Reorganisation.of(DAY, BEFORE, AFTER, SUCC);
    assertEquals("Invalid value for oldCode (valid values [44, 45, 46]): 01",
        assertThrows(IllegalArgumentException.class,
            () -> r.successorOf(AdminUnitCode.parse("01"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> r.predecessorsOf(C45));
    assertEquals("oldCode",
        assertThrows(NullPointerException.class, () -> r.successorOf(null)).getMessage());
    assertEquals("newCode",
        assertThrows(NullPointerException.class, () -> r.predecessorsOf(null)).getMessage());
  }

  @Test
  void ofRejectsNulls() {
    assertEquals("effectiveDate", assertThrows(NullPointerException.class,
        () -> Reorganisation.of(null, BEFORE, AFTER, SUCC)).getMessage());
    assertEquals("before", assertThrows(NullPointerException.class,
        () -> Reorganisation.of(DAY, null, AFTER, SUCC)).getMessage());
    assertEquals("after", assertThrows(NullPointerException.class,
        () -> Reorganisation.of(DAY, BEFORE, null, SUCC)).getMessage());
    assertEquals("successors", assertThrows(NullPointerException.class,
        () -> Reorganisation.of(DAY, BEFORE, AFTER, null)).getMessage());
  }

  @Test
  void ofRejectsInconsistentData() {
    // an old unit without a successor
    assertThrows(IllegalArgumentException.class,
        () -> Reorganisation.of(DAY, BEFORE, AFTER, Map.of(C44, C44, C45, C44)));
    // a new unit without a predecessor
    assertThrows(IllegalArgumentException.class, () -> Reorganisation.of(DAY, BEFORE, AFTER,
        Map.of(C44, C44, C45, C44, C46, C44)));
    // a successor that is not a new unit
    assertThrows(IllegalArgumentException.class, () -> Reorganisation.of(DAY, BEFORE, AFTER,
        Map.of(C44, C44, C45, C45, C46, C46)));
    // a key that is not an old unit
    assertThrows(IllegalArgumentException.class, () -> Reorganisation.of(DAY, BEFORE.subList(0, 2),
        AFTER, SUCC));
    // duplicate codes
    assertThrows(IllegalArgumentException.class, () -> Reorganisation.of(DAY,
        List.of(BEFORE.get(0), BEFORE.get(0), BEFORE.get(1), BEFORE.get(2)), AFTER, SUCC));
  }

  @Test
  void ofRejectsUnitsValidOnTheWrongSide() {
    List<AdminUnit> stillValid =
        List.of(AdminUnit.of(C44, "x"), BEFORE.get(1), BEFORE.get(2));
    assertEquals("Invalid value for before (valid values units valid on 2025-06-30 and not on "
        + "2025-07-01): 44", assertThrows(IllegalArgumentException.class,
            () -> Reorganisation.of(DAY, stillValid, AFTER, SUCC)).getMessage());
    List<AdminUnit> lateStart = List.of(AdminUnit.builder().code(C44).name("x")
        .validFrom(DAY.plusDays(1)).build(), AFTER.get(1));
    assertThrows(IllegalArgumentException.class,
        () -> Reorganisation.of(DAY, BEFORE, lateStart, SUCC));
  }

  @Test
  void resolvesOnlyWithinAUnitsValidity() {
    // Quảng Trị (45) from 1989-07-01 until the merger; the new Huế (46) until a later (synthetic) end
    AdminUnit quangTri = AdminUnit.builder().code(C45).name("Tỉnh Quảng Trị").validFrom(LocalDate.of(1989, 7, 1))
        .validTo(DAY.minusDays(1)).build();
    AdminUnit hue = AdminUnit.builder().code(C46).name("Thành phố Huế").validFrom(DAY).validTo(LocalDate.of(2030, 12, 31))
        .build();
    Reorganisation r = Reorganisation.of(DAY, List.of(BEFORE.get(0), quangTri, BEFORE.get(2)),
        List.of(AFTER.get(0), hue), SUCC);
    assertEquals(Optional.of(quangTri), r.resolve(C45, LocalDate.of(1989, 7, 1)));
    assertEquals(Optional.empty(), r.resolve(C45, LocalDate.of(1989, 6, 30)));
    assertEquals(Optional.of(hue), r.resolve(C46, LocalDate.of(2030, 12, 31)));
    assertEquals(Optional.empty(), r.resolve(C46, LocalDate.of(2031, 1, 1)));
  }

  @Test
  void inconsistentDataIsRefusedByName() {
    assertEquals("Invalid value for successors (valid values one for every old unit): missing [46]",
        assertThrows(IllegalArgumentException.class,
            () -> Reorganisation.of(DAY, BEFORE, AFTER, Map.of(C44, C44, C45, C44))).getMessage());
    assertEquals("Invalid value for successors (valid values every new unit with a predecessor): none for [46]",
        assertThrows(IllegalArgumentException.class,
            () -> Reorganisation.of(DAY, BEFORE, AFTER, Map.of(C44, C44, C45, C44, C46, C44))).getMessage());
    assertEquals("Invalid value for successors value (valid values codes of after): 45",
        assertThrows(IllegalArgumentException.class,
            () -> Reorganisation.of(DAY, BEFORE, AFTER, Map.of(C44, C44, C45, C45, C46, C46))).getMessage());
    assertEquals("Invalid value for successors key (valid values codes of before): 46",
        assertThrows(IllegalArgumentException.class,
            () -> Reorganisation.of(DAY, BEFORE.subList(0, 2), AFTER, SUCC)).getMessage());
  }

  @Test
  void equalityByContent() {
    Reorganisation r = Reorganisation.of(DAY, BEFORE, AFTER, SUCC);
    assertEquals(r, r);
    assertNotEquals(r, "Reorganisation[2025-07-01: 3 -> 2]");
    assertNotEquals(r, null);
    // another date alone (nothing reorganised), other old units, other new units, other successors
    assertNotEquals(Reorganisation.of(DAY, List.of(), List.of(), Map.of()),
        Reorganisation.of(DAY.plusDays(1), List.of(), List.of(), Map.of()));
    List<AdminUnit> renamedOld = List.of(old(C44, "Quảng Bình"), BEFORE.get(1), BEFORE.get(2));
    List<AdminUnit> renamedNew = List.of(fresh(C44, "Quảng Trị"), AFTER.get(1));
    assertNotEquals(r, Reorganisation.of(DAY, renamedOld, AFTER, SUCC));
    assertNotEquals(r, Reorganisation.of(DAY, BEFORE, renamedNew, SUCC));
    assertNotEquals(r, Reorganisation.of(DAY, BEFORE, AFTER, Map.of(C44, C44, C45, C46, C46, C46)));
  }
}
