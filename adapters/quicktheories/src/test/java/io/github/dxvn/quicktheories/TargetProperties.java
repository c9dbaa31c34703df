package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.TargetStatus;
import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Core's national target rules checked with the published generators. */
class TargetProperties {

  @Test
  void generatedTargetsRebuildAndMeetThemselves() {
    qt().withExamples(200).forAll(DxvnGens.generatedNationalTargets()).check(t ->
        NationalTarget.builder().from(t).build().equals(t)
            && t.assess(Comparison.EQUAL, t.value()) == (t.comparator() == TargetComparator.GREATER
                ? TargetStatus.FAILS : TargetStatus.MEETS)
            && t.distance(t.value()).signum() == 0);
  }

  @Test
  void malformedIdsAndInvalidBuildersAreRejected() {
    NationalTarget any = TargetCatalog.standard().targets().get(0);
    qt().withExamples(200).forAll(DxvnGens.malformedTargetIds())
        .check(id -> Rejects.asArgument(() -> NationalTarget.builder().from(any).id(id).build()));
    qt().withExamples(200).forAll(DxvnGens.invalidNationalTargetBuilders()).check(b -> Rejects.asArgument(b::build));
  }

  @Test
  void catalogsFindEveryTargetByItsId() {
    qt().withExamples(100).forAll(DxvnGens.targetCatalogs())
        .check(c -> c.targets().stream().allMatch(t -> c.get(t.id()).equals(t)) && TargetCatalog.of(c.targets()).equals(c));
    qt().withExamples(100).forAll(DxvnGens.nationalTargetListsWithDuplicateId())
        .check(list -> Rejects.asArgument(() -> TargetCatalog.of(list)));
  }

  @Test
  void trajectoriesRunFromBaselineToTarget() {
    qt().withExamples(200).forAll(DxvnGens.trajectories()).check(t ->
        t.expectedValue(t.baselineYear()).compareTo(t.baselineValue()) == 0
            && t.expectedValue(t.targetYear()).compareTo(t.targetValue()) == 0);
  }

  @Test
  void everyStandardAndGeneratedTargetIsDrawn() {
    qt().withExamples(100).forAll(DxvnGens.nationalTargets(), DxvnGens.documentKinds(), DxvnGens.targetStatuses())
        .check((t, k, s) -> t.value().signum() >= 0 && k != null && s != null);
    qt().withExamples(50).forAll(DxvnGens.targetComparators()).check(c -> TargetComparator.ofSymbol(c.symbol()) == c);
  }
}
