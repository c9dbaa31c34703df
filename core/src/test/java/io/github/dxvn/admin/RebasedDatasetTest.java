package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;

/** {@link RebasedDataset#of}: a stored re-basing result, checked as re-basing makes it. */
class RebasedDatasetTest {

  private static final Reorganisation REORGANISATION = Rebasing.provinces2025().reorganisation();
  private final RebasedDataset merged = Rebasing.provinces2025().rebase(RebasingTest.quangTriAndQuangBinh());

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void rebuildsTheResultOfRebase() {
    RebasedDataset again = RebasedDataset.of(merged.reorganisation(), merged.dataset(), merged.reasons());
    assertEquals(merged, again);
    assertEquals(merged.hashCode(), again.hashCode());
    assertEquals(merged.isComplete(), again.isComplete());
  }

  @Test
  void keepsTheReasonsInTheOrderGiven() {
    List<RebaseReason> reversed = new ArrayList<>(merged.reasons());
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, RebasedDataset.of(REORGANISATION, merged.dataset(), reversed).reasons());
  }

  @Test
  void anEmptyResult() {
    RebasedDataset empty = RebasedDataset.of(REORGANISATION, Dataset.of(List.of()), List.of());
    assertTrue(empty.isComplete());
  }

  @Test
  void observationsOfOldUnitsAreRefused() {
    // 45 (the old Quảng Trị) is not a unit from 1 July 2025
    Dataset old = Dataset.of(List.of(RebasingTest.seed().get(0)));
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, old, List.of()))
        .startsWith("Invalid value for unit code of observation 45/"));
  }

  @Test
  void periodsFromTheEffectiveDateAreRefused() {
    Observation o = RebasingTest.synthetic("44", "CTX_HOUSEHOLDS", "1000").period(Period.parse("2025-Q3")).build();
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, Dataset.of(List.of(o)), List.of()))
        .startsWith("Invalid value for period of observation 44/"));
  }

  @Test
  void publishedRanksAreRefused() {
    Observation o = RebasingTest.synthetic("44", "CTX_HOUSEHOLDS", "1000").rank(RankPosition.of(3, 34)).build();
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, Dataset.of(List.of(o)), List.of()))
        .startsWith("Invalid value for rank of observation 44/"));
  }

  @Test
  void reasonsAboutOldUnitsOrLaterPeriodsAreRefused() {
    ObservationKey input = ObservationKey.of("45", IndicatorCode.of("CTX_HOUSEHOLDS"), RebasingTest.Y2023);
    RebaseReason old = RebaseReason.of(RebaseReason.Kind.PREDECESSORS_MISSING, Optional.of(input), List.of(input),
        List.of(), "m");
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, Dataset.of(List.of()), List.of(old)))
        .startsWith("Invalid value for unit code of target of reason"));
    ObservationKey later = ObservationKey.of("44", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2026"));
    RebaseReason late = RebaseReason.of(RebaseReason.Kind.PREDECESSORS_MISSING, Optional.of(later), List.of(input),
        List.of(), "m");
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, Dataset.of(List.of()), List.of(late)))
        .startsWith("Invalid value for period of target of reason"));
    // a reason without a target may be about any input
    RebaseReason noTarget = RebaseReason.of(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION, Optional.empty(),
        List.of(ObservationKey.of("VN", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2026"))), List.of(), "m");
    assertEquals(List.of(noTarget), RebasedDataset.of(REORGANISATION, Dataset.of(List.of()), List.of(noTarget)).reasons());
  }

  @Test
  void aLostTargetInTheDatasetIsRefused() {
    Observation kept = merged.dataset().observations().get(0);
    RebaseReason lost = RebaseReason.of(RebaseReason.Kind.ZERO_DENOMINATOR, Optional.of(kept.key()),
        List.of(), List.of(), "zero");
    assertTrue(message(() -> RebasedDataset.of(REORGANISATION, merged.dataset(), List.of(lost)))
        .startsWith("Invalid value for target of reason ZERO_DENOMINATOR"));
    RebaseReason informational = RebaseReason.of(RebaseReason.Kind.RANK_DROPPED, Optional.of(kept.key()),
        List.of(), List.of(), "dropped");
    assertEquals(List.of(informational), RebasedDataset.of(REORGANISATION, merged.dataset(), List.of(informational))
        .reasons());
  }

  @Test
  void nulls() {
    Dataset d = merged.dataset();
    List<RebaseReason> r = merged.reasons();
    assertEquals("reorganisation", assertThrows(NullPointerException.class, () -> RebasedDataset.of(null, d, r))
        .getMessage());
    assertEquals("dataset", assertThrows(NullPointerException.class, () -> RebasedDataset.of(REORGANISATION, null, r))
        .getMessage());
    assertEquals("reasons", assertThrows(NullPointerException.class, () -> RebasedDataset.of(REORGANISATION, d, null))
        .getMessage());
    List<RebaseReason> withNull = new ArrayList<>(r);
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> RebasedDataset.of(REORGANISATION, d, withNull));
  }

  @Test
  void everyResultOfRebaseIsRebuiltFromItsParts() {
    List<AdminUnit> old = Provinces.before2025();
    qt().forAll(lists().of(integers().between(-1, 3)).ofSize(old.size()), booleans().all()).checkAssert((kinds, partial) -> {
      List<Observation> input = new ArrayList<>();
      for (int i = 0; i < old.size(); i++) {
        String unit = old.get(i).code().toString();
        int k = kinds.get(i);
        if (k >= 0) {
          // households always, fibre households sometimes (ratios with missing inputs), a rank sometimes
          Observation.Builder b = Observation.builder().unitCode(unit).indicator(IndicatorCode.of("CTX_HOUSEHOLDS"))
              .period(RebasingTest.Y2023).value(BigDecimal.valueOf(1000L + i)).unit(AbstractUnit.ONE);
          input.add(k == 3 ? b.rank(RankPosition.of(i + 1, old.size())).build() : b.build());
        }
        if (k >= 1) {
          input.add(Observation.of(unit, IndicatorCode.of("INFRA_HOUSEHOLDS_FIBRE"), RebasingTest.Y2023,
              BigDecimal.valueOf(k == 2 ? 1000L : 500L + i), AbstractUnit.ONE));
        }
      }
      RebasedDataset result = Rebasing.provinces2025().withPartialSums(partial).rebase(Dataset.of(input));
      assertEquals(result, RebasedDataset.of(result.reorganisation(), result.dataset(), result.reasons()));
    });
  }

  @Test
  void ranksCountOnlyTheUnitsPresentInThePeriod() {
    // Lai Châu (12) has a 2022 value only: it is not present in 2023, so 2023 ranks Hà Nội (01) alone
    Period y2022 = Period.parse("2022");
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        RebasingTest.count("01", "CTX_HOUSEHOLDS", 500),
        Observation.builder().from(RebasingTest.count("01", "CTX_HOUSEHOLDS", 400)).period(y2022).build(),
        Observation.builder().from(RebasingTest.count("12", "CTX_HOUSEHOLDS", 10)).period(y2022).build())));
    String group = "units from 2025-07-01";
    assertEquals(java.util.Map.of("01", RankPosition.of(1, 1, group)),
        result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), RebasingTest.Y2023));
    assertEquals(java.util.Map.of("01", RankPosition.of(1, 2, group), "12", RankPosition.of(2, 2, group)),
        result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), y2022));
  }

  @Test
  void anUpperBoundIsNotRanked() {
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        RebasingTest.count("01", "CTX_HOUSEHOLDS", 500),
        RebasingTest.bounded("12", "CTX_HOUSEHOLDS", 10, Comparison.LESS_OR_EQUAL))));
    assertTrue(message(() -> result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), RebasingTest.Y2023))
        .endsWith("CTX_HOUSEHOLDS has bounds [12/CTX_HOUSEHOLDS/2023 <= 10 1]"));
  }
}
