package io.github.dxvn.quicktheories;

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
}
