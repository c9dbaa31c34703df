package io.github.dxvn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorecard of the seed: figures, assessments against the national targets, numbers by language. */
class ScorecardTest {

  private static final Dataset SEED = SeedData.quangTri2023();
  private static final Period Y2023 = Period.ofYear(2023);

  @Test
  void theSeedHasItsTwentySevenFiguresAndThreeDerived() {
    assertEquals(27, SEED.size());
    assertEquals(30, Scorecard.of(SEED, "45", Y2023, TargetCatalog.standard()).figureCount());
  }

  @Test
  void assessmentsAgainstTheNationalDecisionsOnly() {
    Map<String, TargetStatus> a = Scorecard.of(SEED, "45", Y2023, TargetCatalog.standard()).assessments();
    assertEquals(TargetStatus.FAILS, a.get("749-digital-economy-gdp-2025"));
    assertEquals(TargetStatus.MEETS, a.get("749-fibre-households-2025"));
    assertEquals(TargetStatus.MEETS, a.get("411-adult-smartphone-2030"));
    assertEquals(TargetStatus.MEETS, a.get("749-payment-account-2025"));   // over 65 % > 50 %
    assertEquals(TargetStatus.UNKNOWN, a.get("749-payment-account-2030")); // over 65 %, target 80 %
    assertEquals(10, a.size()); // no draft, no annual plan
  }

  @Test
  void numbersAreWrittenTheWayOfTheLanguage() {
    assertEquals("113.335", Scorecard.number(new BigDecimal("113335"), Language.VI));
    assertEquals("99,53", Scorecard.number(new BigDecimal("99.53"), Language.VI));
    assertEquals("113,335", Scorecard.number(new BigDecimal("113335"), Language.EN));
    assertEquals("99.53", Scorecard.number(new BigDecimal("99.530"), Language.EN));
  }

  @Test
  void aUnitWithoutDataIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Scorecard.of(SEED, "01", Y2023, TargetCatalog.standard()));
    assertThrows(IllegalArgumentException.class,
        () -> Scorecard.of(SEED, "45", Period.ofYear(2022), TargetCatalog.standard()));
  }

  @Test
  void theReadmeSnippetRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("quang-tri-2023.vi.csv");
    try (java.io.InputStream in = SeedData.class.getResourceAsStream(SeedData.QUANG_TRI_2023)) {
      java.nio.file.Files.copy(in, file);
    }
    // as in the README
    Dataset seed = io.github.dxvn.csv.LongCsv.reader(io.github.dxvn.csv.CsvOptions.defaults())
        .read(file).dataset();
    java.util.List<io.github.dxvn.observation.DerivedValue> derived =
        io.github.dxvn.observation.DerivedValue.computeAll(seed);
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (io.github.dxvn.target.NationalTarget t : TargetCatalog.standard()
        .targets(io.github.dxvn.indicator.IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"))) {
      seed.find("45", t.indicator().orElseThrow(), Period.ofYear(2023))
          .ifPresent(o -> lines.add(t.id() + ": " + t.assess(o)));
    }
    assertEquals(SEED, seed);
    assertEquals(3, derived.size());
    assertEquals(java.util.List.of("749-fibre-households-2025: MEETS", "411-fibre-households-2025: MEETS",
        "plan-2023-fibre-households-2023: FAILS"), lines);
  }

  @Test
  void nullsAreRejectedByName() {
    TargetCatalog t = TargetCatalog.standard();
    assertEquals("dataset", assertThrows(NullPointerException.class, () -> Scorecard.of(null, "45", Y2023, t)).getMessage());
    assertEquals("unitCode", assertThrows(NullPointerException.class, () -> Scorecard.of(SEED, null, Y2023, t)).getMessage());
    assertEquals("period", assertThrows(NullPointerException.class, () -> Scorecard.of(SEED, "45", null, t)).getMessage());
    assertEquals("targets", assertThrows(NullPointerException.class, () -> Scorecard.of(SEED, "45", Y2023, null)).getMessage());
    Scorecard card = Scorecard.of(SEED, "45", Y2023, t);
    assertEquals("language", assertThrows(NullPointerException.class, () -> card.toText(null)).getMessage());
    assertEquals("language", assertThrows(NullPointerException.class, () -> card.toHtml(null)).getMessage());
  }
}
