package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.text.ParsedNumber;
import io.github.dxvn.text.VietnameseNumberFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The Vietnamese number format checked with the published generators. */
class VietnameseNumberFormatProperties {

  private static final VietnameseNumberFormat STRICT = VietnameseNumberFormat.strict();
  private static final VietnameseNumberFormat LENIENT = VietnameseNumberFormat.lenient();

  @Test
  void strictReadsEveryGeneratedTextWithItsValue() {
    qt().withExamples(200).forAll(Texts.numbers()).check(s -> {
      ParsedNumber n = STRICT.parse(s.text());
      return n.value().compareTo(s.value()) == 0 && n.isPercent() == s.percent() && !n.isInterpreted();
    });
  }

  @Test
  void lenientAgreesWithStrictOnEveryStrictText() {
    qt().withExamples(200).forAll(DxvnGens.vietnameseNumbers()).check(t -> LENIENT.parse(t).equals(STRICT.parse(t)));
  }

  @Test
  void formatThenParseGivesTheValue() {
    qt().withExamples(200).forAll(DxvnGens.decimals()).check(v -> STRICT.parseDecimal(STRICT.format(v)).compareTo(v) == 0);
  }

  @Test
  void ambiguousTextsAreRejectedAtTheDotAndReadLenientlyAsDecimals() {
    qt().withExamples(200).forAll(DxvnGens.ambiguousVietnameseNumbers()).check(t -> {
      int dot = t.indexOf('.');
      ParsedNumber lenient = LENIENT.parse(t);
      BigDecimal asDecimal = new BigDecimal(t.replace("%", ""));
      return Rejects.errorIndex(() -> STRICT.parse(t)) == dot
          && lenient.isInterpreted() && lenient.value().compareTo(asDecimal) == 0;
    });
  }
}
