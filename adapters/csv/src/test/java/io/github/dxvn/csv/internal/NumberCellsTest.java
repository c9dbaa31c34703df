package io.github.dxvn.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.text.TextParseException;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Number cells of the dialects. */
class NumberCellsTest {

  static CsvDialect dialect(String name) {
    if (name.equals("en")) {
      return CsvDialect.RFC_4180.withNumberMarks('.', ',');
    }
    return name.equals("vi") ? CsvDialect.VIETNAMESE : CsvDialect.RFC_4180;
  }

  @ParameterizedTest
  @CsvFileSource(resources = "bad-numbers.csv", numLinesToSkip = 0)
  void badNumbersAreRejectedAtTheirIndex(String dialect, String text, int index) {
    TextParseException e = assertThrows(TextParseException.class,
        () -> NumberCells.parse(text == null ? "" : text, dialect(dialect), false));
    assertEquals(index, e.getErrorIndex(), e::getMessage);
  }

  @Test
  void examples() {
    assertEquals(new BigDecimal("99.53"), NumberCells.parse("99.53", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("0.000002"), NumberCells.parse("2e-06", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("300000"), NumberCells.parse("3e+05", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("4327"), NumberCells.parse("4.327", CsvDialect.VIETNAMESE, false).value());
    assertEquals(new BigDecimal("99.53"), NumberCells.parse("99,53", CsvDialect.VIETNAMESE, false).value());
    assertEquals(new BigDecimal("1234567.5"),
        NumberCells.parse("1,234,567.5", CsvDialect.RFC_4180.withNumberMarks('.', ','), false).value());
    assertNull(NumberCells.parse("99,53", CsvDialect.VIETNAMESE, true).warning());
    assertTrue(NumberCells.parse("95.22", CsvDialect.VIETNAMESE, true).warning().contains("95.22"));
    assertEquals(new BigDecimal("95.22"), NumberCells.parse("95.22", CsvDialect.VIETNAMESE, true).value());
  }

  @Test
  void formatting() {
    assertEquals("4327", NumberCells.format(new BigDecimal("4327"), CsvDialect.VIETNAMESE));
    assertEquals("99,53", NumberCells.format(new BigDecimal("99.53"), CsvDialect.VIETNAMESE));
    assertEquals("-1.234,5", NumberCells.format(new BigDecimal("-1234.5"), CsvDialect.VIETNAMESE.withWriteGrouping(true)));
    assertEquals("-1,234.5", NumberCells.format(new BigDecimal("-1234.5"),
        CsvDialect.RFC_4180.withNumberMarks('.', ',').withWriteGrouping(true)));
    assertEquals("0.000002", NumberCells.format(new BigDecimal("2E-6"), CsvDialect.RFC_4180));
  }

  @Test
  void formatThenParseIsTheIdentityInEveryDialect() {
    CsvDialect[] dialects = {
      CsvDialect.RFC_4180, CsvDialect.VIETNAMESE, CsvDialect.VIETNAMESE.withWriteGrouping(true),
      CsvDialect.RFC_4180.withNumberMarks('.', ',').withWriteGrouping(true)
    };
    qt().forAll(longs().all(), integers().between(0, 12)).checkAssert((unscaled, scale) -> {
      BigDecimal value = BigDecimal.valueOf(unscaled, scale);
      for (CsvDialect dialect : dialects) {
        String text = NumberCells.format(value, dialect);
        assertEquals(0, value.compareTo(NumberCells.parse(text, dialect, false).value()), text);
      }
    });
  }

  @Test
  void fastDoublesAreTheNearestDoubles() {
    qt().forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 15))
        .checkAssert((unscaled, scale) -> {
          String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
          char[] chars = text.toCharArray();
          assertEquals(Double.parseDouble(text), NumberCells.fastDouble(chars, 0, chars.length, '.'), text);
          String vi = text.replace('.', ',');
          assertEquals(Double.parseDouble(text), NumberCells.vietnameseDouble(CharBuffer.wrap(vi), 0, vi.length()), vi);
        });
  }

  @Test
  void fastPathsGiveNaNForWhatTheyDoNotRead() {
    assertTrue(Double.isNaN(NumberCells.fastDouble("1,5".toCharArray(), 0, 3, '.')));
    assertTrue(Double.isNaN(NumberCells.fastDouble("1234567890123456".toCharArray(), 0, 16, '.')));
    assertTrue(Double.isNaN(NumberCells.fastDouble("".toCharArray(), 0, 0, '.')));
    assertTrue(Double.isNaN(NumberCells.vietnameseDouble(CharBuffer.wrap("5%"), 0, 2)));
    assertTrue(Double.isNaN(NumberCells.vietnameseDouble(CharBuffer.wrap("95.22"), 0, 5)));
  }

  @Test
  void exponentsOfBothCasesAndSigns() {
    assertEquals(new BigDecimal("100000"), NumberCells.parse("1e5", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("100000"), NumberCells.parse("1E5", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("1500"), NumberCells.parse("1.5E3", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("1500"), NumberCells.parse("1.5e+3", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("0.0015"), NumberCells.parse("1.5e-3", CsvDialect.RFC_4180, false).value());
    assertEquals(new BigDecimal("-1234567"),
        NumberCells.parse("-1,234,567", CsvDialect.RFC_4180.withNumberMarks('.', ','), false).value());
  }

  @Test
  void fastDoubleReadsOnlyPlainNumbers() {
    assertEquals(1e-22, NumberCells.fastDouble("0.0000000000000000000001".toCharArray(), 0, 24, '.'));
    // 23 fraction digits: beyond the exact powers of ten.
    assertTrue(Double.isNaN(NumberCells.fastDouble("0.00000000000000000000001".toCharArray(), 0, 25, '.')));
    for (String text : new String[] {"1..5", ".5", "-.5", "1.", "-", "1.5.", "--1", "1-"}) {
      assertTrue(Double.isNaN(NumberCells.fastDouble(text.toCharArray(), 0, text.length(), '.')), text);
    }
    assertEquals(-1.5, NumberCells.fastDouble("x-1.5x".toCharArray(), 1, 4, '.'));
    assertEquals(2.25, NumberCells.fastDouble("2,25", 0, 4, ','));
  }
}
