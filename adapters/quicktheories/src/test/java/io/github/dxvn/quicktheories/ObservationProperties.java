package io.github.dxvn.quicktheories;

import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Comparison;
import java.util.function.Predicate;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.quicktheories.core.Gen;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Core's period, rank position and observation rules checked with the published generators. */
class ObservationProperties {

  @Test
  void periodsRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.periods()).check(p -> Period.parse(p.toString()).equals(p));
  }

  @Test
  void periodsContainTheirStartAndEnd() {
    qt().withExamples(200).forAll(DxvnGens.periods())
        .check(p -> p.contains(p.startDate()) && p.contains(p.endDate()) && !p.endDate().isBefore(p.startDate()));
  }

  @Test
  void malformedPeriodsAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedPeriods()).check(t -> Rejects.asText(() -> Period.parse(t)));
  }

  @Test
  void rankPositionsRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.rankPositions()).check(r -> RankPosition.parse(r.toString()).equals(r));
  }

  @Test
  void rankPositionsNeverExceedTheirGroupSize() {
    qt().withExamples(200).forAll(DxvnGens.rankPositions()).check(r -> r.rank() >= 1 && r.of().orElse(r.rank()) >= r.rank());
  }

  @Test
  void malformedRankPositionsAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedRankPositions()).check(t -> Rejects.asText(() -> RankPosition.parse(t)));
  }

  @Test
  void everyGeneratedObservationIsValidAlone() {
    qt().withExamples(200).forAll(DxvnGens.observations())
        .check(o -> Dataset.validate(IndicatorCatalog.standard(), List.of(o)).isEmpty()
            && !o.status().isMissing());
  }

  /** Whether 200 draws give the property both true and false. */
  private static <T> boolean both(Gen<T> gen, Predicate<T> property) {
    boolean[] seen = new boolean[2];
    qt().withExamples(200).forAll(gen).check(v -> {
      seen[property.test(v) ? 1 : 0] = true;
      return true;
    });
    return seen[0] && seen[1];
  }

  @Test
  void everyOptionalFieldIsSometimesPresentAndSometimesAbsent() {
    Gen<Observation> gen = DxvnGens.observations();
    assertTrue(both(gen, o -> o.rank().isPresent()), "rank");
    assertTrue(both(gen, o -> o.source().isPresent()), "source");
    assertTrue(both(gen, o -> o.note().isPresent()), "note");
    assertTrue(both(gen, o -> o.status() != ObservationStatus.NORMAL), "status");
    assertTrue(both(gen, o -> o.comparison() != Comparison.EQUAL), "comparison");
  }

  @Test
  void listsWithOptionalFieldsStayValid() {
    qt().withExamples(100).forAll(DxvnGens.validObservationListsWithOptionalFields())
        .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).isEmpty());
  }

  @Test
  void keysAreTheKeysOfTheirParts() {
    qt().withExamples(200).forAll(DxvnGens.observationKeys())
        .check(k -> ObservationKey.of(k.unitCode(), k.indicator(), k.period()).equals(k));
  }

  @Test
  void violationsHaveOnePositionPerKey() {
    qt().withExamples(200).forAll(DxvnGens.violations()).check(v -> v.keys().size() == v.positions().size());
  }

  @Test
  void derivedValuesAndColumnsFollowTheirDatasets() {
    qt().withExamples(50).forAll(DxvnGens.derivedValues())
        .check(values -> values.stream().allMatch(v -> v.toObservation().value().equals(v.value())));
    qt().withExamples(50).forAll(DxvnGens.observationColumns()).check(c -> c.size() >= 0 && c.units().size() <= c.size());
  }
}
