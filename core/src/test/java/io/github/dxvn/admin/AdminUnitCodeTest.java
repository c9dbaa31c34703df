package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AdminUnitCodeTest {

  @Test
  void parsesEachLevelKeepingLeadingZeros() {
    assertEquals(AdminLevel.PROVINCE, AdminUnitCode.parse("44").level());
    assertEquals(AdminLevel.DISTRICT, AdminUnitCode.parse("195").level());
    AdminUnitCode commune = AdminUnitCode.parse("07063");
    assertEquals(AdminLevel.COMMUNE, commune.level());
    assertEquals("07063", commune.toString());
    AdminUnitCode village = AdminUnitCode.parse("07063-012");
    assertEquals(AdminLevel.VILLAGE, village.level());
    assertEquals(Optional.of(commune), village.commune());
    assertEquals(Optional.empty(), commune.commune());
  }

  @Test
  void ofPadsWithZeros() {
    assertEquals("07063", AdminUnitCode.of(AdminLevel.COMMUNE, 7063).toString());
    assertEquals("04", AdminUnitCode.of(AdminLevel.PROVINCE, 4).toString());
    assertEquals("009", AdminUnitCode.of(AdminLevel.DISTRICT, 9).toString());
    assertEquals(AdminUnitCode.parse("99999"), AdminUnitCode.of(AdminLevel.COMMUNE, 99999));
  }

  @Test
  void ofRejectsOutOfRangeAndVillage() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> AdminUnitCode.of(AdminLevel.PROVINCE, 100));
    assertEquals("Invalid value for province code (valid values 0 - 99): 100", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.of(AdminLevel.COMMUNE, -1));
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.of(AdminLevel.DISTRICT, 1000));
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.of(AdminLevel.VILLAGE, 1));
  }

  @Test
  void ofRejectsNullLevel() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AdminUnitCode.of(null, 1));
    assertEquals("level", e.getMessage());
  }

  @Test
  void ofVillageBuildsParentPrefixedCode() {
    AdminUnitCode commune = AdminUnitCode.parse("07063");
    assertEquals(AdminUnitCode.parse("07063-12"), AdminUnitCode.ofVillage(commune, "12"));
    assertNotEquals(AdminUnitCode.ofVillage(commune, "012"), AdminUnitCode.ofVillage(commune, "12"));
  }

  @Test
  void ofVillageRejectsNullsAndBadParts() {
    AdminUnitCode commune = AdminUnitCode.parse("07063");
    assertEquals("commune", assertThrows(NullPointerException.class,
        () -> AdminUnitCode.ofVillage(null, "1")).getMessage());
    assertEquals("localCode", assertThrows(NullPointerException.class,
        () -> AdminUnitCode.ofVillage(commune, null)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AdminUnitCode.ofVillage(AdminUnitCode.parse("44"), "1"));
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.ofVillage(commune, ""));
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.ofVillage(commune, "12345"));
    assertThrows(IllegalArgumentException.class, () -> AdminUnitCode.ofVillage(commune, "1a"));
  }

  @Test
  void parseRejectsNull() {
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> AdminUnitCode.parse(null)).getMessage());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "admin-unit-code-bad-texts.csv", numLinesToSkip = 2,
      ignoreLeadingAndTrailingWhitespace = false)
  void parseRejectsBadTextAtIndex(String text, int errorIndex) {
    TextParseException e =
        assertThrows(TextParseException.class, () -> AdminUnitCode.parse(text));
    assertEquals(errorIndex, e.getErrorIndex());
    assertEquals(text, e.getParsedString());
    assertTrue(e.getMessage().startsWith(
        "Text '" + text + "' could not be parsed at index " + errorIndex + ": "), e.getMessage());
  }

  @Test
  void comparesAsText() {
    assertTrue(AdminUnitCode.parse("07063").compareTo(AdminUnitCode.parse("44")) < 0);
    assertTrue(AdminUnitCode.parse("44").compareTo(AdminUnitCode.parse("45")) < 0);
    assertEquals(0, AdminUnitCode.parse("44").compareTo(AdminUnitCode.parse("44")));
    assertFalse(AdminUnitCode.parse("44").equals("44"));
    assertEquals(AdminUnitCode.parse("44").hashCode(), AdminUnitCode.parse("44").hashCode());
  }
}
