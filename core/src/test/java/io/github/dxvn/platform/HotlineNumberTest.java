package io.github.dxvn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.text.TextParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class HotlineNumberTest {

  @Test
  void keepsDigitsAsText() {
    HotlineNumber n = HotlineNumber.parse("1900868674");
    assertEquals("1900868674", n.digits());
    assertEquals("1900868674", n.toString());
    assertEquals("0233", HotlineNumber.parse("0233").toString());
    assertEquals("113", HotlineNumber.parse("113").digits());
    assertEquals(15, HotlineNumber.parse("123456789012345").digits().length());
    assertNotEquals(HotlineNumber.parse("0113"), HotlineNumber.parse("113"));
    assertEquals(HotlineNumber.parse("113").hashCode(), HotlineNumber.parse("113").hashCode());
    assertTrue(HotlineNumber.parse("1800").compareTo(HotlineNumber.parse("1900")) < 0);
  }

  @Test
  void parseRejectsNull() {
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> HotlineNumber.parse(null)).getMessage());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "hotline-number-bad-texts.csv", numLinesToSkip = 2,
      ignoreLeadingAndTrailingWhitespace = false)
  void parseRejectsBadTextAtIndex(String text, int errorIndex) {
    TextParseException e = assertThrows(TextParseException.class, () -> HotlineNumber.parse(text));
    assertEquals(errorIndex, e.getErrorIndex());
    assertEquals(text, e.getParsedString());
    assertTrue(e.getMessage().startsWith(
        "Text '" + text + "' could not be parsed at index " + errorIndex + ": "), e.getMessage());
  }

  @Test
  void hashFollowsTheDigits() {
    assertEquals(HotlineNumber.parse("1022").hashCode(), HotlineNumber.parse("1022").hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(HotlineNumber.parse("1022").hashCode(),
        HotlineNumber.parse("1023").hashCode());
  }
}
