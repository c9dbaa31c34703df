package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.text.ParsedNumber;
import io.github.dxvn.text.VietnameseText;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The free and CSV-hostile text generators, and parsed numbers. */
class TextProperties {

  @Test
  void hostileTextsAreNeverBlankNorPadded() {
    qt().withExamples(300).forAll(DxvnGens.csvHostileTexts()).check(t -> !t.isBlank() && t.strip().equals(t));
  }

  @Test
  void hostileTextsHoldEveryTroubleACsvFileHas() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(1000).forAll(DxvnGens.csvHostileTexts()).check(t -> {
      for (String trouble : new String[] {"\"", ";", ",", "\t", "\n", "\r", "\uFEFF", "=", "+", "-", "@"}) {
        if (t.contains(trouble)) {
          seen.add(trouble);
        }
      }
      if (!VietnameseText.isNormalized(t)) {
        seen.add("NFD");
      } else if (!t.equals(t.replaceAll("[^\\p{ASCII}]", ""))) {
        seen.add("NFC");
      }
      return true;
    });
    assertTrue(seen.size() == 13, seen::toString);
  }

  @Test
  void freeTextsAreNeverBlank() {
    qt().withExamples(300).forAll(DxvnGens.freeTexts()).check(t -> !t.isBlank());
  }

  @Test
  void parsedNumbersRebuildFromTheirParts() {
    qt().withExamples(200).forAll(DxvnGens.parsedNumbers())
        .check(n -> ParsedNumber.of(n.value(), n.isPercent(), n.notes()).equals(n));
  }
}
