package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AdminUnitCodeProperties {

  /** National codes of every numbered level, drawn over their whole ranges. */
  static Gen<AdminUnitCode> nationalCodes() {
    Gen<AdminUnitCode> provinces =
        integers().between(0, 99).map(n -> AdminUnitCode.of(AdminLevel.PROVINCE, n));
    Gen<AdminUnitCode> districts =
        integers().between(0, 999).map(n -> AdminUnitCode.of(AdminLevel.DISTRICT, n));
    Gen<AdminUnitCode> communes =
        integers().between(0, 99999).map(n -> AdminUnitCode.of(AdminLevel.COMMUNE, n));
    return provinces.mix(districts).mix(communes);
  }

  static Gen<AdminUnitCode> villageCodes() {
    return integers().between(0, 99999).zip(
        strings().numericBetween(0, 9999), integers().between(1, 4),
        (c, local, width) -> AdminUnitCode.ofVillage(
            AdminUnitCode.of(AdminLevel.COMMUNE, c), pad(local, width)));
  }

  private static String pad(String digits, int width) {
    StringBuilder b = new StringBuilder(digits);
    while (b.length() < width) {
      b.insert(0, '0');
    }
    return b.toString();
  }

  @Test
  void parseInvertsToString() {
    qt().forAll(nationalCodes().mix(villageCodes())).checkAssert(code -> {
      AdminUnitCode parsed = AdminUnitCode.parse(code.toString());
      assertEquals(code, parsed);
      assertEquals(code.level(), parsed.level());
      assertEquals(code.toString(), parsed.toString());
    });
  }

  @Test
  void orderIsTextOrder() {
    qt().forAll(nationalCodes().mix(villageCodes()), nationalCodes().mix(villageCodes()))
        .checkAssert((a, b) -> assertEquals(
            Integer.signum(a.toString().compareTo(b.toString())), Integer.signum(a.compareTo(b))));
  }

  @Test
  void ofKeepsTheNumber() {
    qt().forAll(integers().between(0, 99999))
        .checkAssert(n -> assertEquals(
            n, Integer.parseInt(AdminUnitCode.of(AdminLevel.COMMUNE, n).toString())));
  }
}
