package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.platform.HotlineNumber;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.text.VietnameseText;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Contract tests of the generator factories. */
class DxvnGensTest {

  @Test
  void nullArgumentsAreNamed() {
    assertEquals("definition", assertThrows(NullPointerException.class, () -> DxvnGens.values(null)).getMessage());
    assertEquals("definition", assertThrows(NullPointerException.class, () -> DxvnGens.quantities(null)).getMessage());
    assertEquals("definition",
        assertThrows(NullPointerException.class, () -> DxvnGens.valuesOutOfRange(null)).getMessage());
    assertEquals("definition",
        assertThrows(NullPointerException.class, () -> DxvnGens.observations(null)).getMessage());
    assertEquals("rule",
        assertThrows(NullPointerException.class, () -> DxvnGens.datasetsWithOneViolation(null)).getMessage());
    assertEquals("level", assertThrows(NullPointerException.class, () -> DxvnGens.adminUnitCodes(null)).getMessage());
  }

  @Test
  void valuesOutOfAnUnboundedRangeAreRefused() {
    IndicatorDefinition unbounded = IndicatorDefinition.builder().code(IndicatorCode.of("CTX_TEST_SCORE"))
        .nameVi("Điểm").nameEn("Score").area(Area.CONTEXT).kind(IndicatorKind.SCORE).source("test").build();
    assertEquals(ValidRange.unbounded(), unbounded.validRange());
    assertEquals(true, assertThrows(IllegalArgumentException.class,
        () -> DxvnGens.valuesOutOfRange(unbounded)).getMessage().startsWith("Invalid value for definition"));
  }

  @Test
  void standardTargetsAndDtiFrameworksArePicked() {
    qt().withExamples(50).forAll(DxvnGens.standardNationalTargets())
        .check(t -> TargetCatalog.standard().targets().contains(t));
    qt().withExamples(20).forAll(DxvnGens.dtiFrameworks())
        .check(f -> DtiFramework.standardFrameworks().contains(f));
  }

  /**
   * The reasons a parser gives for the texts of a malformed generator, the quoted text and index
   * left out: each variant of the generator has its own reason, so a variant that stopped producing
   * its kind of bad text would show as a missing reason.
   */
  private static Set<String> reasons(Gen<String> gen, Consumer<String> parse) {
    Set<String> out = new TreeSet<>();
    qt().withFixedSeed(7).withExamples(1000).forAll(gen).check(t -> {
      try {
        parse.accept(t);
        return false;
      } catch (IllegalArgumentException e) {
        String m = e.getMessage();
        out.add(m.replaceFirst("^Text '.*' could not be parsed at index \\d+: ", "").replaceAll("\\d+", "#"));
        return true;
      }
    });
    return out;
  }

  @Test
  void everyKindOfMalformedTextIsGenerated() {
    Map<String, Integer> sizes = new TreeMap<>();
    sizes.put("periods", reasons(DxvnGens.malformedPeriods(), Period::parse).size());
    sizes.put("rank positions", reasons(DxvnGens.malformedRankPositions(), RankPosition::parse).size());
    sizes.put("document numbers", reasons(DxvnGens.malformedDocumentNumbers(), DocumentNumber::parse).size());
    sizes.put("admin unit codes", reasons(DxvnGens.malformedAdminUnitCodes(), AdminUnitCode::parse).size());
    sizes.put("indicator codes", reasons(DxvnGens.malformedIndicatorCodes(), IndicatorCode::parse).size());
    sizes.put("hotline numbers", reasons(DxvnGens.malformedHotlineNumbers(), HotlineNumber::parse).size());
    // Counts of distinct reasons with this seed; a variant that stopped producing its kind of bad
    // text lowers one of them.
    assertEquals(Map.of("periods", 7, "rank positions", 7, "document numbers", 8, "admin unit codes", 5,
        "indicator codes", 10, "hotline numbers", 3), sizes);
  }

  @Test
  void everyKindOfMalformedTargetIdIsGenerated() {
    Set<String> kinds = new TreeSet<>();
    qt().withFixedSeed(7).withExamples(500).forAll(DxvnGens.malformedTargetIds()).check(id -> {
      kinds.add(id.isEmpty() ? "empty" : id.startsWith("-") ? "leading" : id.endsWith("-") ? "trailing"
          : id.contains("--") ? "double" : "character");
      return true;
    });
    assertEquals(Set.of("empty", "leading", "trailing", "double", "character"), kinds);
  }

  /** Whether 300 draws give the property both true and false. */
  private static <T> boolean both(Gen<T> gen, Predicate<T> property) {
    boolean[] seen = new boolean[2];
    qt().withFixedSeed(11).withExamples(300).forAll(gen).check(v -> {
      seen[property.test(v) ? 1 : 0] = true;
      return true;
    });
    return seen[0] && seen[1];
  }

  @Test
  void everyOptionalShapeIsSometimesDrawn() {
    assertTrue(both(DxvnGens.customIndicatorDefinitions(),
        d -> d.polarity() != (d.kind() == IndicatorKind.RANK ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER)));
    assertTrue(both(DxvnGens.customIndicatorDefinitions(),
        d -> d.kind() == IndicatorKind.SHARE && !d.validRange().equals(ValidRange.percent())));
    assertTrue(both(DxvnGens.customIndicatorDefinitions(), d -> d.countedEntity().isPresent()));
    assertTrue(both(DxvnGens.indicatorCatalogs(), c -> c.definitions().stream().anyMatch(d -> d.partOf().isPresent())));
    assertTrue(both(DxvnGens.indicatorCatalogs(), c -> c.definitions().stream().anyMatch(IndicatorDefinition::isDerived)));
    assertTrue(both(DxvnGens.invalidIndicatorDefinitionLists(),
        l -> l.stream().anyMatch(d -> d.code().toString().equals("DANGLING"))));
    assertTrue(both(DxvnGens.rankPositions(), r -> r.of().isPresent()));
    assertTrue(both(DxvnGens.rankPositions(), r -> r.group().isPresent()));
    assertTrue(both(DxvnGens.freeTexts(), t -> !VietnameseText.isNormalized(t)));
    assertTrue(both(DxvnGens.legalDocuments(), d -> d.status().isIssued()));
    assertTrue(both(DxvnGens.legalDocuments(), d -> d.number().isPresent()));
    assertTrue(both(DxvnGens.observanceDays(), d -> d.nameEn().isPresent()));
    assertTrue(both(DxvnGens.generatedNationalTargets(), t -> t.indicator().isPresent()));
    assertTrue(both(DxvnGens.generatedNationalTargets(), t -> t.note().isPresent()));
    assertTrue(both(DxvnGens.generatedNationalTargets(), t -> t.comparator() == TargetComparator.TOP));
    assertTrue(both(DxvnGens.platforms(), p -> p.shortName().isPresent()));
    assertTrue(both(DxvnGens.platforms(), p -> p.operator().isPresent()));
    assertTrue(both(DxvnGens.communityTeams(), t -> t.memberCount().isPresent()));
    assertTrue(both(DxvnGens.communityTeamRosters(), r -> r.totalMembers().isPresent()));
    assertTrue(both(DxvnGens.provinceGroups(), g -> !g.parts().isEmpty()));
    assertTrue(both(DxvnGens.validRanges(), r -> r.min().isPresent()));
    assertTrue(both(DxvnGens.validRanges(), r -> r.max().isPresent()));
    assertTrue(both(DxvnGens.parsedNumbers(), n -> n.isInterpreted()));
    assertTrue(both(DxvnGens.parsedDocumentNumbers(), n -> n.isInterpreted()));
  }
}
