package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.InvalidDatasetException;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Dataset validation accepts every valid generated list and rejects each invalid one for its rule. */
class DatasetProperties {

  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();

  @Test
  void validListsHaveNoViolationAndBuildDatasets() {
    qt().withExamples(50).forAll(DxvnGens.validObservationLists())
        .check(obs -> Dataset.validate(CATALOG, obs).isEmpty()
            && Dataset.of(obs).size() == obs.size());
  }

  @Test
  void partsNeverExceedTheirWholes() {
    qt().withExamples(50).forAll(DxvnGens.validObservationLists()).check(obs -> obs.stream().allMatch(part -> {
      Optional<IndicatorCode> whole = CATALOG.get(part.indicator()).partOf();
      return whole.flatMap(w -> obs.stream().filter(o -> o.unitCode().equals(part.unitCode())
              && o.period().equals(part.period()) && o.indicator().equals(w)).findFirst())
          .map(w -> part.value().compareTo(w.value()) <= 0).orElse(true);
    }));
  }

  @Test
  void datasetsKeepEveryObservation() {
    qt().withExamples(50).forAll(DxvnGens.datasets())
        .check(d -> d.warnings().isEmpty() && d.observations().stream().allMatch(o -> d.find(o.key()).isPresent()));
  }

  @ParameterizedTest
  @EnumSource(value = Violation.Rule.class, names = {"PART_EXCEEDS_WHOLE", "OUT_OF_RANGE", "NOT_INTEGRAL",
      "UNIT_MISMATCH", "DERIVED_STORED", "DUPLICATE_KEY"})
  void oneViolationIsReportedWithItsRule(Violation.Rule rule) {
    qt().withExamples(40).forAll(DxvnGens.datasetsWithOneViolation(rule)).check(obs -> rules(obs).equals(List.of(rule))
        && rejected(obs));
  }

  @Test
  void namedInvalidDatasetsBreakTheirRuleOnce() {
    qt().withExamples(40).forAll(DxvnGens.datasetsWithOnePartWholeViolation())
        .check(obs -> rules(obs).equals(List.of(Violation.Rule.PART_EXCEEDS_WHOLE)));
    qt().withExamples(40).forAll(DxvnGens.datasetsWithOneShareOutOfRange())
        .check(obs -> rules(obs).equals(List.of(Violation.Rule.OUT_OF_RANGE)));
    qt().withExamples(40).forAll(DxvnGens.datasetsWithOneFractionalCount())
        .check(obs -> rules(obs).equals(List.of(Violation.Rule.NOT_INTEGRAL)));
  }

  @ParameterizedTest
  @EnumSource(value = Violation.Rule.class, names = {"RANK_EXCEEDS_GROUP", "UNKNOWN_INDICATOR"})
  void rulesTheStandardCatalogCannotBreakOnceAreRefused(Violation.Rule rule) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DxvnGens.datasetsWithOneViolation(rule));
    assertEquals(true, e.getMessage().startsWith("Invalid value for rule"));
  }

  private static List<Violation.Rule> rules(List<Observation> obs) {
    return Dataset.validate(CATALOG, obs).stream().map(Violation::rule).toList();
  }

  private static boolean rejected(List<Observation> obs) {
    try {
      Dataset.of(obs);
      return false;
    } catch (InvalidDatasetException e) {
      return e.violations().size() == 1;
    }
  }
}
