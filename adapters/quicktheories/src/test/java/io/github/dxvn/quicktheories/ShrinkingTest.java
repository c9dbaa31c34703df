package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Every generator family shrinks: a deliberately false property is falsified, and the counterexample
 * QuickTheories reports (parsed from its message) is the smallest one, or close to it.
 */
class ShrinkingTest {

  private static final long SEED = 20251128L;

  private static QuickTheory seeded(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  /** With fewer shrink cycles than the default, enough for the assertions, for the slow generators. */
  private static QuickTheory seeded(int examples, int shrinkCycles) {
    return seeded(examples).withShrinkCycles(shrinkCycles);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void indicatorCodesShrinkToTheShortestFailingLength() {
    assertEquals("AAAAA", Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.indicatorCodes()).check(c -> c.toString().length() < 5)));
    assertEquals(3, Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.malformedIndicatorCodes()).check(c -> c.length() < 3)).length());
  }

  @Test
  void valuesShrinkToTheBoundary() {
    IndicatorDefinition registrations = IndicatorCatalog.standard().get("SOC_EID_REGISTRATIONS");
    assertEquals("1000", Falsified.smallest(() -> seeded(500).forAll(DxvnGens.values(registrations))
        .check(v -> v.compareTo(BigDecimal.valueOf(1000)) < 0)));
    assertEquals("150", Falsified.smallest(() -> seeded(500).forAll(DxvnGens.sharesOutOfRange())
        .check(v -> v.compareTo(BigDecimal.valueOf(150)) < 0)));
    BigDecimal fraction = new BigDecimal(Falsified.smallest(() -> seeded(500).forAll(DxvnGens.fractionalCounts())
        .check(v -> v.compareTo(BigDecimal.TEN) < 0)));
    assertTrue(fraction.compareTo(BigDecimal.valueOf(11)) < 0, fraction::toPlainString);
  }

  @Test
  void periodsShrinkToTheFirstFailingYear() {
    String smallest = Falsified.smallest(() -> seeded(500).forAll(DxvnGens.periods()).check(p -> p.year() < 2030));
    assertEquals(2030, Period.parse(smallest).year());
    assertEquals(7, Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.malformedPeriods()).check(t -> t.length() < 7)).length());
  }

  @Test
  void rankPositionsShrinkToTheFirstFailingRank() {
    String smallest = Falsified.smallest(() -> seeded(500).forAll(DxvnGens.rankPositions()).check(r -> r.rank() < 10));
    assertEquals(10, RankPosition.parse(smallest).rank());
    assertEquals(3, Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.malformedRankPositions()).check(t -> t.length() < 3)).length());
  }

  @Test
  void observationsShrinkToTheBoundaryValue() {
    String smallest = Falsified.smallest(() -> seeded(500).forAll(DxvnGens.observations())
        .check(o -> o.value().compareTo(BigDecimal.valueOf(100)) < 0));
    assertTrue(smallest.matches(".* = 100( %| 1)?"), smallest);
  }

  @Test
  void validListsShrinkToTheFewestObservationsAllZero() {
    String smallest = Falsified.smallest(
        () -> seeded(200, 2000).forAll(DxvnGens.validObservationLists()).check(obs -> obs.size() < 3));
    assertEquals(3, count(smallest, " = "), smallest);
    assertEquals(3, count(smallest, " = 0 "), smallest);
  }

  @Test
  void invalidDatasetsShrinkToTheOffendingPairAlone() {
    String smallest = Falsified.smallest(() -> seeded(100, 300).forAll(DxvnGens.datasetsWithOnePartWholeViolation())
        .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).isEmpty()));
    assertEquals(2, count(smallest, " = "), smallest);
    assertTrue(smallest.matches("\\[\\d\\d/\\w+/\\d{4} = 0 1, \\d\\d/\\w+/\\d{4} = 1 1]"), smallest);
  }

  @Test
  void vietnameseNumbersShrinkToShortTexts() {
    assertEquals(4, Falsified.smallest(
        () -> seeded(500, 300).forAll(DxvnGens.vietnameseNumbers()).check(t -> t.length() < 4)).length());
    String ambiguous = Falsified.smallest(
        () -> seeded(500, 300).forAll(DxvnGens.ambiguousVietnameseNumbers()).check(t -> false));
    assertTrue(ambiguous.length() <= 8, ambiguous);
  }

  @Test
  void documentNumbersShrinkToTheFirstFailingNumber() {
    String smallest = Falsified.smallest(
        () -> seeded(500, 3000).forAll(DxvnGens.documentNumbers()).check(d -> d.number() < 100));
    assertEquals(100, DocumentNumber.parse(smallest).number());
    String malformed = Falsified.smallest(
        () -> seeded(500, 300).forAll(DxvnGens.malformedDocumentNumbers()).check(t -> false));
    assertTrue(malformed.length() <= 17, malformed);
  }

  @Test
  void adminCodesAndLineagesShrinkToTheSmallestShapes() {
    String village = Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.adminUnitCodes()).check(c -> c.level() != AdminLevel.VILLAGE));
    assertEquals("00001-0", AdminUnitCode.parse(village).toString());
    String reorganisation = Falsified.smallest(
        () -> seeded(200).forAll(DxvnGens.reorganisations()).check(r -> r.before().size() < 3));
    assertTrue(reorganisation.contains(": 3 -> "), reorganisation);
    String lineage = Falsified.smallest(() -> seeded(200).forAll(DxvnGens.lineages()).check(l -> l.size() < 2));
    assertEquals(2, count(lineage, "Reorganisation["), lineage);
    String malformed = Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.malformedAdminUnitCodes()).check(t -> false));
    assertTrue(malformed.length() <= 7, malformed);
  }

  @Test
  void platformsAndTeamsShrinkToTheirSimplestForm() {
    assertEquals("000000", Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.hotlineNumbers()).check(h -> h.digits().length() < 6)));
    String platform = Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.platforms()).check(p -> p.hotline().isEmpty()));
    assertTrue(platform.contains("hotline=000}"), platform);
    String roster = Falsified.smallest(
        () -> seeded(500).forAll(DxvnGens.communityTeamRosters()).check(r -> r.totalTeams() < 3));
    Matcher m = Pattern.compile("commune=(\\d+), village=(\\d+)").matcher(roster);
    assertTrue(m.find(), roster);
    assertEquals(3, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), roster);
  }

  @Test
  void frameworksShrinkToTheFewestNodes() {
    assertTrue(Falsified.smallest(() -> seeded(200).forAll(DxvnGens.frameworks()).check(f -> f.nodes().size() < 5))
        .startsWith("Framework[5 nodes"));
    String cycle = Falsified.smallest(
        () -> seeded(200).forAll(DxvnGens.frameworkNodesWithCycle()).check(nodes -> false));
    assertEquals(2, count(cycle, "Node{"), cycle);
  }

  @Test
  void rangesAndCatalogsShrinkToTheSmallestShapes() {
    String range = Falsified.smallest(() -> seeded(500).forAll(DxvnGens.validRanges())
        .check(r -> r.min().isEmpty() || r.min().get().compareTo(BigDecimal.TEN) < 0));
    assertTrue(range.equals("[10, +∞)") || range.equals("[10, 10]") || range.startsWith("[10,"), range);
    String catalog = Falsified.smallest(() -> seeded(200).forAll(DxvnGens.indicatorCatalogs()).check(c -> c.size() < 3));
    assertEquals("IndicatorCatalog[I0, I1, I2]", catalog);
  }

  @Test
  void observationsShrinkToNoOptionalField() {
    String smallest = Falsified.smallest(() -> seeded(500).forAll(DxvnGens.observations())
        .check(o -> o.note().isEmpty()));
    // No status, comparison nor rank left (the note itself is not part of toString).
    assertTrue(smallest.matches("\\d\\d/\\w+/2020(-\\S+)? = 0 (%|1)"), smallest);
  }

  @Test
  void legalDocumentsAndDaysShrinkToSmallOnes() {
    String document = Falsified.smallest(() -> seeded(500, 3000).forAll(DxvnGens.legalDocuments())
        .check(d -> d.titleEn().isEmpty()));
    assertTrue(document.contains("signingDate=2020-01-01") && document.contains("titleEn=On Quảng,"), document);
    String day = Falsified.smallest(() -> seeded(200, 1000).forAll(DxvnGens.observanceDays())
        .check(d -> d.sources().size() < 2));
    assertEquals(2, count(day, "LegalDocument{"), day);
    String invalid = Falsified.smallest(() -> seeded(200, 1000).forAll(DxvnGens.invalidLegalDocumentBuilders())
        .check(b -> false));
    assertTrue(invalid.startsWith("LegalDocument.Builder breaking ") && invalid.contains("number=1/2020/"), invalid);
  }

  @Test
  void targetsShrinkToTheFirstFailingDeadline() {
    String target = Falsified.smallest(() -> seeded(300, 2000).forAll(DxvnGens.generatedNationalTargets())
        .check(t -> t.deadlineYear() < 2030));
    assertTrue(target.matches("a: .* by 2030"), target);
    String catalog = Falsified.smallest(() -> seeded(100, 3000).forAll(DxvnGens.targetCatalogs()).check(c -> c.size() < 1));
    assertEquals("TargetCatalog[1 targets]", catalog);
  }

  @Test
  void provinceGroupsAndHostileTextsShrink() {
    String group = Falsified.smallest(() -> seeded(300).forAll(DxvnGens.provinceGroups()).check(g -> g.size() < 4));
    assertTrue(group.contains("provinces=[01, 02, 03, 04]"), group);
    assertEquals("say \"hi\" say \"hi\"", Falsified.smallest(() -> seeded(300).forAll(DxvnGens.csvHostileTexts())
        .check(t -> t.length() < 10)));
  }
}
