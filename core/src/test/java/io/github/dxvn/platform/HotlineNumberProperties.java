package io.github.dxvn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HotlineNumberProperties {

  static Gen<String> digitStrings(int min, int max) {
    return lists().of(integers().between(0, 9)).ofSizeBetween(min, max).map(ds -> {
      StringBuilder b = new StringBuilder();
      ds.forEach(b::append);
      return b.toString();
    });
  }

  @Test
  void parseInvertsToString() {
    qt().forAll(digitStrings(3, 15)).checkAssert(s -> {
      HotlineNumber n = HotlineNumber.parse(s);
      assertEquals(s, n.toString());
      assertEquals(n, HotlineNumber.parse(n.toString()));
    });
  }

  @Test
  void anyNonDigitIsRejectedAtItsIndex() {
    qt().forAll(digitStrings(0, 14), strings().basicLatinAlphabet().ofLength(1),
            digitStrings(0, 14))
        .assuming((a, c, b) -> !Character.isDigit(c.charAt(0)))
        .checkAssert((a, c, b) -> assertEquals(a.length(), assertThrows(
            io.github.dxvn.text.TextParseException.class,
            () -> HotlineNumber.parse(a + c + b)).getErrorIndex()));
  }
}
