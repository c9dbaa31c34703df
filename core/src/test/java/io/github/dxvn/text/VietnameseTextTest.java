package io.github.dxvn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  private static final String NFC = "Quảng Trị với công tác chuyển đổi số";
  private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

  @Test
  void normalizesToNfc() {
    assertNotEquals(NFC, NFD);
    assertEquals(NFC, VietnameseText.normalize(NFD));
    assertEquals(NFC, VietnameseText.normalize(NFC));
    assertEquals(NFC, VietnameseText.normalize(new StringBuilder(NFD)));
    assertTrue(VietnameseText.isNormalized(NFC));
    assertFalse(VietnameseText.isNormalized(NFD));
  }

  @Test
  void comparesAcrossForms() {
    assertTrue(VietnameseText.equalsIgnoringNormalization(NFC, NFD));
    assertTrue(VietnameseText.equalsIgnoringNormalization(NFD, NFC));
    assertFalse(VietnameseText.equalsIgnoringNormalization("Quảng Trị", "Quảng Bình"));
    assertFalse(VietnameseText.equalsIgnoringNormalization("quảng trị", "Quảng Trị"));
  }

  @Test
  void ordersNamesTheVietnameseWay() {
    List<String> expected = List.of(
        "An Giang", "Ân Thi", "Bạc Liêu", "Bắc Ninh", "Bình Dương", "Cà Mau", "Dak Lak", "Đà Nẵng",
        "Điện Biên", "Hà Giang", "Hà Nội", "Hải Phòng", "Ô Môn", "Ơ Rê", "Quảng Bình", "Quảng Trị",
        "Yên Bái");
    List<String> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    shuffled.sort(VietnameseText.nameOrder());
    assertEquals(expected, shuffled);
  }

  @Test
  void nameOrderIsConsistentWithNormalizedEquality() {
    Comparator<CharSequence> order = VietnameseText.nameOrder();
    assertEquals(0, order.compare(NFC, NFD));
    assertTrue(order.compare("Quảng Trị", "Quảng  Trị") != 0);
    assertTrue(order.compare("Hà", "Hà Nội") < 0);
    assertTrue(order.compare("ha noi", "Hà Nội") != 0);
    assertTrue(order.compare("", "A") < 0);
    assertEquals(0, order.compare("", ""));
    assertEquals("a", assertThrows(NullPointerException.class, () -> order.compare(null, "")).getMessage());
    assertEquals("b", assertThrows(NullPointerException.class, () -> order.compare("", null)).getMessage());
  }

  @Test
  void nullParameters() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> VietnameseText.normalize(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> VietnameseText.isNormalized(null)).getMessage());
    assertEquals("a", assertThrows(NullPointerException.class, () -> VietnameseText.equalsIgnoringNormalization(null, "")).getMessage());
    assertEquals("b", assertThrows(NullPointerException.class, () -> VietnameseText.equalsIgnoringNormalization("", null)).getMessage());
  }

  @Test
  void moreWordsComeAfterFewerWhateverTheSurroundingSpace() {
    org.junit.jupiter.api.Assertions.assertTrue(VietnameseText.nameOrder().compare(" An Giang", "An") > 0);
    org.junit.jupiter.api.Assertions.assertTrue(VietnameseText.nameOrder().compare("An", " An Giang") < 0);
  }
}
