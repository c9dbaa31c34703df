package io.github.dxvn.quicktheories;

import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.ObservanceDay;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Legal documents and observance days, valid or breaking one rule. */
final class Legal {

  private Legal() {}

  private static final List<DocumentType> TYPES = List.of(DocumentType.values());
  private static final List<DocumentType> CODED = Arrays.stream(DocumentType.values())
      .filter(t -> t.code().isPresent()).toList();

  /** A day of a year, the day-of-year clamped to the year's length. */
  static LocalDate dayOf(int year, int dayIndex) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(dayIndex % first.lengthOfYear());
  }

  private static Gen<LegalDocument.Builder> titled() {
    return Sources.vietnameseNames().zip(Sources.sometimes(Sources.vietnameseNames().map(n -> "On " + n), 2),
        (vi, en) -> {
          LegalDocument.Builder b = LegalDocument.builder().titleVi("Về " + vi);
          en.ifPresent(b::titleEn);
          return b;
        });
  }

  private static Gen<int[]> when() {
    return Generate.range(DocumentNumber.MIN_YEAR, 2100, 2020).zip(Generate.range(0, 364, 0), (y, d) -> new int[] {y, d});
  }

  static Gen<LegalDocument> issued() {
    Gen<DocumentStatus> status = Generate.pick(List.of(DocumentStatus.ISSUED, DocumentStatus.REPLACED,
        DocumentStatus.REPEALED));
    return titled().zip(DxvnGens.documentNumbers(), status, when(), Generate.pick(TYPES), (b, n, s, w, type) -> {
      b.number(n).status(s).signingDate(dayOf(n.year().orElse(w[0]), w[1]));
      if (n.type().isEmpty()) {
        b.type(type);
      }
      return b.build();
    });
  }

  static Gen<LegalDocument> drafts() {
    return drafts(Sources.sometimes(DxvnGens.documentNumbers(), 2));
  }

  /** Drafts with the given numbers (a draft may lack one). */
  private static Gen<LegalDocument> drafts(Gen<Optional<DocumentNumber>> numbers) {
    Gen<Object[]> issuerAndType = DxvnGens.issuers().zip(Generate.pick(TYPES), (i, t) -> new Object[] {i, t});
    return titled().zip(numbers, Sources.oneIn(2), when(), issuerAndType,
        (b, n, undated, w, it) -> {
          b.status(DocumentStatus.DRAFT);
          if (n.isPresent()) {
            b.number(n.get());
            if (n.get().type().isEmpty()) {
              b.type((DocumentType) it[1]);
            }
          } else {
            b.issuer((Issuer) it[0]).type((DocumentType) it[1]);
          }
          if (!undated) {
            boolean numberYear = n.isPresent() && n.get().year().isPresent();
            b.signingDate(dayOf(numberYear ? n.get().year().getAsInt() : w[0], w[1]));
          }
          return b.build();
        });
  }

  /** A builder that says which rule it breaks. */
  private static LegalDocument.Builder describedDocument(String rule, LegalDocument from) {
    LegalDocument.Builder b = new LegalDocument.Builder() {
      @Override
      public String toString() {
        return "LegalDocument.Builder breaking " + rule + ", from " + from;
      }
    };
    b.from(from);
    return b;
  }

  static Gen<LegalDocument.Builder> invalidDocuments() {
    Gen<Integer> numbers = Generate.range(1, 9999, 1);
    Gen<Integer> years = Generate.range(DocumentNumber.MIN_YEAR, 2095, 2020);
    // Issued documents whose number has a year and a type.
    Gen<LegalDocument> full = titled().zip(numbers, years, Generate.pick(CODED), DxvnGens.issuers(),
        (b, n, y, t, i) -> b.number(DocumentNumber.of(n, y, t, i)).signingDate(LocalDate.of(y, 1, 1)).build());
    // Built without a number rather than filtered: a filter that rejects often makes QuickTheories give up.
    Gen<LegalDocument> numberless = drafts(Generate.constant(Optional.empty()));
    return Generate.oneOf(
        full.zip(Generate.pick(List.of("", " ", "\t")), (d, blank) -> describedDocument("titleVi not blank", d).titleVi(blank)),
        full.map(d -> describedDocument("titleEn not blank", d).titleEn(" ")),
        numberless.map(d -> describedDocument("an issued document has a number", d).status(DocumentStatus.ISSUED)),
        full.map(d -> describedDocument("an issued document has a date of signing", d).signingDate(Optional.empty())),
        full.zip(Generate.pick(Issuer.knownIssuers()), (d, i) -> describedDocument("the number's issuer", d)
            .issuer(i.equals(d.issuer()) ? Issuer.of("X" + d.issuer().code()) : i)),
        full.zip(Generate.pick(CODED), (d, t) -> describedDocument("the number's type", d)
            .type(t == d.type() ? DocumentType.LAW : t)),
        full.zip(Generate.range(1, 5, 1), (d, k) -> describedDocument("signed in the number's year", d)
            .signingDate(d.signingDate().get().plusYears(k))));
  }

  static Gen<ObservanceDay> observanceDays() {
    Gen<MonthDay> days = Generate.range(1, 12, 1).zip(Generate.range(1, 31, 1),
        (m, d) -> MonthDay.of(m, Math.min(d, java.time.Month.of(m).maxLength())));
    Gen<List<LegalDocument>> sources = SourceDSL.lists().of(issued()).ofSizeBetween(1, 3);
    return Sources.vietnameseNames().zip(Sources.sometimes(Sources.vietnameseNames(), 2), days, sources,
        Generate.range(0, 10, 0), (name, en, day, docs, later) -> {
          LocalDate last = docs.stream().map(d -> d.signingDate().orElseThrow()).max(LocalDate::compareTo).orElseThrow();
          int first = day.atYear(last.getYear()).isBefore(last) ? last.getYear() + 1 : last.getYear();
          ObservanceDay.Builder b = ObservanceDay.builder().nameVi("Ngày " + name).monthDay(day)
              .firstYear(Year.of(first + later)).addAllSources(docs);
          en.ifPresent(n -> b.nameEn("Day of " + n));
          return b.build();
        });
  }

  private static ObservanceDay.Builder describedDay(String rule, ObservanceDay from) {
    ObservanceDay.Builder b = new ObservanceDay.Builder() {
      @Override
      public String toString() {
        return "ObservanceDay.Builder breaking " + rule + ", from " + from;
      }
    };
    b.from(from);
    return b;
  }

  static Gen<ObservanceDay.Builder> invalidObservanceDays() {
    return Generate.oneOf(
        observanceDays().map(d -> describedDay("nameVi not blank", d).nameVi(" ")),
        observanceDays().map(d -> describedDay("at least one source", d).sources(List.of())),
        observanceDays().zip(Generate.range(1, 5, 1), (d, k) -> {
          LocalDate signed = d.sources().stream().map(s -> s.signingDate().orElseThrow())
              .max(LocalDate::compareTo).orElseThrow();
          int first = d.monthDay().atYear(signed.getYear()).isBefore(signed) ? signed.getYear() : signed.getYear() - 1;
          return describedDay("observed only after every source's signing", d).firstYear(Year.of(first - k + 1));
        }));
  }
}
