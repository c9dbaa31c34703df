package io.github.dxvn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VietnameseTextProperties {

  /** Vietnamese letters in every tone, upper and lower case, with spaces between syllables. */
  private static Gen<String> vietnameseTexts() {
    String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrst"
        + "uùúủũụưừứửữựvxyỳýỷỹỵAĂÂĐÊÔƠƯÀẮẦẾỐỜỨ ";
    return lists().of(integers().between(0, letters.length() - 1)).ofSizeBetween(0, 14)
        .map(is -> is.stream().map(i -> String.valueOf(letters.charAt(i))).collect(Collectors.joining()));
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void composedAndDecomposedAreEqual() {
    qt().forAll(vietnameseTexts()).checkAssert(s -> {
      assertTrue(VietnameseText.equalsIgnoringNormalization(s, nfd(s)));
      assertEquals(VietnameseText.normalize(s), VietnameseText.normalize(nfd(s)));
      assertEquals(VietnameseText.normalize(s), VietnameseText.normalize(VietnameseText.normalize(s)));
      assertTrue(VietnameseText.isNormalized(VietnameseText.normalize(nfd(s))));
      assertEquals(0, VietnameseText.nameOrder().compare(s, nfd(s)));
    });
  }

  @Test
  void nameOrderIsATotalOrderConsistentWithEquality() {
    Comparator<CharSequence> order = VietnameseText.nameOrder();
    qt().forAll(vietnameseTexts(), vietnameseTexts(), vietnameseTexts()).checkAssert((a, b, c) -> {
      assertEquals(Integer.signum(order.compare(a, b)), -Integer.signum(order.compare(b, a)));
      assertEquals(order.compare(a, b) == 0, VietnameseText.equalsIgnoringNormalization(a, b));
      if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
        assertTrue(order.compare(a, c) <= 0, a + " | " + b + " | " + c);
      }
    });
  }
}
