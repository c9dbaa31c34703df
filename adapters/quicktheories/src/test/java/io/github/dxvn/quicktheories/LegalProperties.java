package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.Issuer;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Document numbers checked with the published generators. */
class LegalProperties {

  @Test
  void documentNumbersRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.documentNumbers()).check(d -> DocumentNumber.parse(d.toString()).equals(d));
  }

  @Test
  void decomposedTextParsesToTheSameNumber() {
    qt().withExamples(200).forAll(DxvnGens.documentNumbers())
        .check(d -> DocumentNumber.parse(Normalizer.normalize(d.toString(), Normalizer.Form.NFD)).equals(d));
  }

  @Test
  void lenientParseAcceptsCanonicalTextUnchanged() {
    qt().withExamples(200).forAll(DxvnGens.documentNumbers())
        .check(d -> DocumentNumber.parseLenient(d.toString()).documentNumber().equals(d));
  }

  @Test
  void malformedDocumentNumbersAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedDocumentNumbers()).check(t -> Rejects.asText(() -> DocumentNumber.parse(t)));
  }

  @Test
  void issuersAreTheirOwnCode() {
    qt().withExamples(200).forAll(DxvnGens.issuers()).check(i -> Issuer.of(i.code()).equals(i));
    qt().withExamples(50).forAll(DxvnGens.documentTypes()).check(t -> t.code().isPresent());
  }
}
