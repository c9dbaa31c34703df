package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AdminUnitProperties {

  private static final String LETTERS =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ";

  /** Vietnamese-looking names (precomposed letters with tones), non-blank. */
  static Gen<String> names() {
    return lists().of(integers().between(0, LETTERS.length() - 1)).ofSizeBetween(1, 30)
        .map(ix -> {
          StringBuilder b = new StringBuilder("X");
          ix.forEach(i -> b.append(LETTERS.charAt(i)));
          return b.toString();
        });
  }

  @Test
  void namesGivenInNfdOrNfcAreEqual() {
    AdminUnitCode code = AdminUnitCode.parse("44");
    qt().forAll(names()).checkAssert(name -> {
      AdminUnit nfc = AdminUnit.of(code, Normalizer.normalize(name, Normalizer.Form.NFC));
      AdminUnit nfd = AdminUnit.of(code, Normalizer.normalize(name, Normalizer.Form.NFD));
      assertEquals(nfc, nfd);
      assertEquals(nfc.hashCode(), nfd.hashCode());
      assertTrue(Normalizer.isNormalized(nfd.name(), Normalizer.Form.NFC));
    });
  }

  @Test
  void validOnExactlyTheDaysBetweenItsDates() {
    LocalDate epoch = LocalDate.of(2000, 1, 1);
    qt().forAll(integers().between(0, 5000), integers().between(0, 5000),
            integers().between(-10, 10010))
        .checkAssert((a, length, d) -> {
          int b = a + length;
          AdminUnit u = AdminUnit.builder().code(AdminUnitCode.parse("44")).name("x")
              .validFrom(epoch.plusDays(a)).validTo(epoch.plusDays(b)).build();
          assertEquals(a <= d && d <= b, u.isValidOn(epoch.plusDays(d)));
        });
  }
}
