package io.github.dxvn.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.csv.CsvDialect;
import org.junit.jupiter.api.Test;

/** Guessing the separator and the decimal mark from a file's first lines. */
class DialectDetectorTest {

  static final CsvDialect VI = CsvDialect.VIETNAMESE.withByteOrderMark(false);
  static final CsvDialect RFC_SEMICOLON = CsvDialect.RFC_4180.withFieldSeparator(';');
  static final CsvDialect VI_COMMA = VI.withFieldSeparator(',');
  static final CsvDialect VI_TAB = VI.withFieldSeparator('\t');
  static final CsvDialect RFC_TAB = CsvDialect.RFC_4180.withFieldSeparator('\t');

  @Test
  void theHeaderIsTheFirstLineThatIsNeitherBlankNorAComment() {
    assertEquals(VI, DialectDetector.detect("# a, b, c, d\n\n  \na;b;c\n1,5;2;3\n", false));
    assertEquals(CsvDialect.VIETNAMESE.withByteOrderMark(true), DialectDetector.detect("a;b\n", true));
    assertEquals(CsvDialect.RFC_4180, DialectDetector.detect("\n\n", false));
  }

  @Test
  void tiesKeepTheEarlierSeparator() {
    assertEquals(',', DialectDetector.detect("a,b;c\td\n", false).fieldSeparator());
    assertEquals(';', DialectDetector.detect("a;b\tc\n", false).fieldSeparator());
    assertEquals('\t', DialectDetector.detect("a\tb\tc;d\n", false).fieldSeparator());
  }

  @Test
  void separatorsInQuotesAreNotCounted() {
    assertEquals(';', DialectDetector.detect("\"a,b,c\";d\n", false).fieldSeparator());
    assertEquals(',', DialectDetector.detect("\"a;b;c\",d\n", false).fieldSeparator());
  }

  @Test
  void decimalMarksDecideTheDialect() {
    // A semicolon file is Vietnamese unless it shows only dot decimals.
    assertEquals(RFC_SEMICOLON, DialectDetector.detect("a;b\n95.22;x\n", false));
    assertEquals(VI, DialectDetector.detect("a;b\n95.22;1,5\n", false));
    assertEquals(VI, DialectDetector.detect("a;b\n4.327;12\n", false));
    // A comma file is RFC 4180 unless it shows only comma decimals.
    assertEquals(VI_COMMA, DialectDetector.detect("a,b\n\"5,5%\",x\n", false));
    assertEquals(VI_COMMA, DialectDetector.detect("a,b\n\"-1.234,5\",x\n", false));
    assertEquals(CsvDialect.RFC_4180, DialectDetector.detect("a,b\n\"5,5\",1.5\n", false));
    assertEquals(CsvDialect.RFC_4180, DialectDetector.detect("a,b\n\"4,327\",x\n", false));
    // Cells without digits, or with other characters, or without a mark, say nothing.
    assertEquals(RFC_TAB, DialectDetector.detect("a\tb\n,\t.\n", false));
    assertEquals(RFC_TAB, DialectDetector.detect("a\tb\n1,5x\t12\n", false));
    assertEquals(VI_TAB, DialectDetector.detect("a\tb\n-1,5\t12\n", false));
    assertEquals(RFC_TAB, DialectDetector.detect("a\tb\n1-1,5\t12\n", false));
    // Both marks: the last one is the decimal mark, even with three digits after it.
    assertEquals(VI_TAB, DialectDetector.detect("a\tb\n.1,234\tx\n", false));
    assertEquals(VI_TAB, DialectDetector.detect("a\tb\n1.000,250\tx\n", false));
  }

  @Test
  void theLastLineOfTheSampleIsLeftOut() {
    assertEquals(VI, DialectDetector.detect("a;b\n1.5;2.5", false));
    assertEquals(RFC_SEMICOLON, DialectDetector.detect("a;b\n1.5;2.5\n", false));
  }

  @Test
  void fiftyRowsAfterTheHeaderAreLookedAt() {
    StringBuilder sample = new StringBuilder("a;b\n");
    for (int i = 1; i < 50; i++) {
      sample.append("x;y\n");
    }
    String fifty = sample + "1.5;2.5\n" + "z;z\n".repeat(3);
    assertEquals(RFC_SEMICOLON, DialectDetector.detect(fifty, false));
    String fiftyOne = sample + "x;y\n1.5;2.5\n" + "z;z\n".repeat(3);
    assertEquals(VI, DialectDetector.detect(fiftyOne, false));
  }
}
