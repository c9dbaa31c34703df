package io.github.dxvn.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dxvn.text.TextParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class IndicatorCodeTest {

  @Test
  void parsesAndPrints() {
    IndicatorCode code = IndicatorCode.parse("SOC_EID_ACTIVATED");
    assertEquals("SOC_EID_ACTIVATED", code.toString());
    assertEquals(code, IndicatorCode.of("SOC_EID_ACTIVATED"));
    assertEquals(Optional.of(Area.DIGITAL_SOCIETY), code.area());
    assertEquals(Optional.empty(), IndicatorCode.of("DG01").area());
    assertEquals(Optional.of(Area.CONTEXT), IndicatorCode.of("CTX_HOUSEHOLDS").area());
  }

  @Test
  void rejectsNull() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> IndicatorCode.parse(null)).getMessage());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "bad-codes.csv", numLinesToSkip = 1, quoteCharacter = '\'')
  void rejectsBadTextWithItsIndex(String text, int errorIndex) {
    String input = text == null ? "" : text;
    TextParseException e = assertThrows(TextParseException.class, () -> IndicatorCode.parse(input));
    assertEquals(errorIndex, e.getErrorIndex(), e.getMessage());
  }

  @Test
  void everyValidCodeRoundTripsAndOrdersAsText() {
    qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(1, 64)
            .map(s -> s.replaceAll("[^A-Z0-9]", "_").replaceFirst("^_", "A")),
        strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 10))
        .check((a, b) -> IndicatorCode.parse(a).toString().equals(a)
            && Integer.signum(IndicatorCode.of(a).compareTo(IndicatorCode.of(b))) == Integer.signum(a.compareTo(b)));
  }
}
