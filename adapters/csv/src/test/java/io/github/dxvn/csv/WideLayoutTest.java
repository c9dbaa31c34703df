package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which columns of a wide file are not indicators. */
class WideLayoutTest {

  @Test
  void defaults() {
    WideLayout layout = WideLayout.defaults();
    assertEquals(List.of("unit_code", "uCode"), layout.unitColumns());
    assertEquals(List.of("unit_name", "uName"), layout.nameColumns());
    assertEquals(List.of("period", "Time"), layout.periodColumns());
    assertEquals(Optional.empty(), layout.period());
    assertEquals(List.of(), layout.groupColumns());
    assertEquals(List.of(), layout.ignoredColumns());
    assertEquals("WideLayout[unit [unit_code, uCode], name [unit_name, uName], period [period, Time], groups [], "
        + "ignored []]", layout.toString());
  }

  @Test
  void copiesChangeOneThing() {
    WideLayout layout = WideLayout.defaults().withUnitColumn(" ma ").withNameColumn("ten").withPeriodColumn("nam")
        .withGroupColumns(List.of("vung")).withGroupColumns(List.of("mien")).withIgnoredColumns(List.of("ghi_chu"))
        .withPeriod(Period.parse("2023"));
    assertEquals(List.of("ma"), layout.unitColumns());
    assertEquals(List.of("ten"), layout.nameColumns());
    assertEquals(List.of("nam"), layout.periodColumns());
    assertEquals(Optional.of(Period.parse("2023")), layout.period());
    assertEquals(List.of("vung", "mien"), layout.groupColumns());
    assertEquals(List.of("ghi_chu"), layout.ignoredColumns());
    assertEquals("WideLayout[unit [ma], name [ten], period 2023, groups [vung, mien], ignored [ghi_chu]]",
        layout.toString());
  }

  @Test
  void groupColumnsByNameOrByPattern() {
    WideLayout layout = WideLayout.defaults().withGroupColumns(List.of("Vung"));
    assertTrue(layout.isGroupColumn("vung"));
    assertTrue(layout.isGroupColumn("Group_size"));
    assertTrue(layout.isGroupColumn("size_GROUP"));
    assertFalse(layout.isGroupColumn("grouping"));
    assertFalse(layout.isGroupColumn("mien"));
    assertFalse(WideLayout.defaults().isGroupColumn("vung"));
  }

  @Test
  void aLayoutsColumnsAreReadAsAttributesOrIgnored() throws IOException {
    WideLayout layout = WideLayout.defaults().withNameColumn("ten").withGroupColumns(List.of("vung"))
        .withIgnoredColumns(List.of("ghi_chu"));
    CsvReadResult result = WideCsvTest.read(CsvOptions.defaults(), layout,
        "unit_code,period,ten,vung,ghi_chu,X_A\n45,2023,Quảng Trị,Bắc Trung Bộ,xyz,1\n");
    assertEquals(Map.of("ten", "Quảng Trị", "vung", "Bắc Trung Bộ"), result.unitAttributes().get("45"));
    assertEquals(java.util.Set.of(IndicatorCode.of("X_A")), result.dataset().indicators());
  }

  @Test
  void equalsAndHashCodeCompareEveryPart() {
    WideLayout base = WideLayout.defaults();
    assertEquals(base, WideLayout.defaults());
    assertEquals(base.withGroupColumns(List.of("g")), WideLayout.defaults().withGroupColumns(List.of("g")));
    assertEquals(base.withGroupColumns(List.of("g")).hashCode(),
        WideLayout.defaults().withGroupColumns(List.of("g")).hashCode());
    assertNotEquals(base.hashCode(), base.withIgnoredColumns(List.of("i")).hashCode());
    List<WideLayout> others = List.of(base.withUnitColumn("u"), base.withNameColumn("n"), base.withPeriodColumn("p"),
        base.withPeriod(Period.parse("2023")), base.withGroupColumns(List.of("g")),
        base.withIgnoredColumns(List.of("i")));
    for (WideLayout other : others) {
      assertNotEquals(base, other, other::toString);
      assertNotEquals(other, base, other::toString);
    }
    assertNotEquals(base, "WideLayout");
    assertNotEquals(base, null);
  }

  @Test
  void blankAndNullNamesAreRejected() {
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withNameColumn(null));
    assertThrows(IllegalArgumentException.class, () -> WideLayout.defaults().withNameColumn(""));
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withPeriodColumn(null));
    assertThrows(IllegalArgumentException.class, () -> WideLayout.defaults().withPeriodColumn(" "));
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withGroupColumns(null));
    assertThrows(IllegalArgumentException.class, () -> WideLayout.defaults().withGroupColumns(List.of(" ")));
    assertThrows(NullPointerException.class, () -> WideLayout.defaults().withIgnoredColumns(null));
    assertThrows(IllegalArgumentException.class, () -> WideLayout.defaults().withIgnoredColumns(List.of("\t")));
  }
}
