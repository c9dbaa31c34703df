package io.github.dxvn.quicktheories;

import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.ObservanceDay;
import java.time.LocalDate;
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

  @Test
  void legalDocumentsRebuildAndKeepTheirNumbersFacts() {
    qt().withExamples(200).forAll(DxvnGens.legalDocuments()).check(d ->
        LegalDocument.builder().from(d).build().equals(d)
            && d.number().map(n -> n.issuer().equals(d.issuer())).orElse(true)
            && (!d.status().isIssued() || d.number().isPresent() && d.signingDate().isPresent()));
    qt().withExamples(100).forAll(DxvnGens.issuedLegalDocuments()).check(d -> d.status().isIssued());
  }

  @Test
  void invalidLegalDocumentBuildersFail() {
    qt().withExamples(200).forAll(DxvnGens.invalidLegalDocumentBuilders()).check(b -> Rejects.asArgument(b::build));
  }

  @Test
  void observanceDaysFollowEverySigning() {
    qt().withExamples(200).forAll(DxvnGens.observanceDays()).check(day -> {
      LocalDate first = day.dateIn(day.firstYear());
      return day.sources().stream().allMatch(s -> !s.signingDate().get().isAfter(first))
          && day.isObservedOn(first) && ObservanceDay.builder().from(day).build().equals(day);
    });
  }

  @Test
  void invalidObservanceDayBuildersFail() {
    qt().withExamples(200).forAll(DxvnGens.invalidObservanceDayBuilders()).check(b -> Rejects.asArgument(b::build));
  }

  @Test
  void parsedDocumentNumbersAreInterpretedWhenTheyHaveNotes() {
    qt().withExamples(100).forAll(DxvnGens.parsedDocumentNumbers(), DxvnGens.documentStatuses())
        .check((p, s) -> p.isInterpreted() == !p.notes().isEmpty() && s.nameEn() != null);
  }
}
