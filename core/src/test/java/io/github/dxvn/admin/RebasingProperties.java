package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/** Laws of re-basing over generated (synthetic) data for the 63 provinces. */
class RebasingProperties {

  private static final Reorganisation R = Provinces.reorganisation2025();
  private static final List<AdminUnit> OLD = Provinces.before2025();
  private static final Period Y = Period.parse("2023");
  private static final IndicatorCode HOUSEHOLDS = IndicatorCode.of("CTX_HOUSEHOLDS");
  private static final IndicatorCode FIBRE = IndicatorCode.of("INFRA_HOUSEHOLDS_FIBRE");
  private static final IndicatorCode FIBRE_SHARE = IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE");
  private static final IndicatorCode DTI = IndicatorCode.of("DTI_AWARENESS");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static Observation count(String unit, IndicatorCode indicator, long value) {
    return Observation.of(unit, indicator, Y, BigDecimal.valueOf(value), AbstractUnit.ONE);
  }

  private static String old(int i) {
    return OLD.get(i).code().toString();
  }

  /** A count per old province. */
  private static Gen<List<Long>> countsOf63() {
    return lists().of(longs().between(0, 10_000_000)).ofSize(OLD.size());
  }

  @Test
  void countTotalsArePreservedWhenEveryPredecessorIsPresent() {
    qt().forAll(countsOf63()).checkAssert(values -> {
      List<Observation> input = new ArrayList<>();
      for (int i = 0; i < OLD.size(); i++) {
        input.add(count(old(i), HOUSEHOLDS, values.get(i)));
      }
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      BigDecimal before = input.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal after = result.dataset().stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(before, after);
      assertEquals(34, result.dataset().size());
      assertTrue(result.reasons().isEmpty(), result.reasons().toString());
      // and unit by unit: each new unit's value is the sum over its predecessors
      for (Observation o : result.dataset().observations()) {
        BigDecimal parts = BigDecimal.ZERO;
        for (AdminUnitCode p : R.predecessorsOf(AdminUnitCode.parse(o.unitCode()))) {
          parts = parts.add(BigDecimal.valueOf(values.get(indexOf(p))));
        }
        assertEquals(parts, o.value());
      }
    });
  }

  private static int indexOf(AdminUnitCode code) {
    for (int i = 0; i < OLD.size(); i++) {
      if (OLD.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void aRebasedShareLiesBetweenItsPredecessorsShares() {
    Gen<long[]> part = integers().between(1, 1_000_000).zip(integers().between(0, 1000),
        (households, permille) -> new long[] {households, (long) households * permille / 1000});
    qt().forAll(lists().of(part).ofSize(OLD.size())).checkAssert(parts -> {
      List<Observation> input = new ArrayList<>();
      Map<String, BigDecimal> shares = new HashMap<>();
      for (int i = 0; i < OLD.size(); i++) {
        long households = parts.get(i)[0];
        long fibre = parts.get(i)[1];
        BigDecimal share = BigDecimal.valueOf(fibre).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(households), MathContext.DECIMAL64);
        shares.put(old(i), share);
        input.add(count(old(i), HOUSEHOLDS, households));
        input.add(count(old(i), FIBRE, fibre));
        input.add(Observation.of(old(i), FIBRE_SHARE, Y, share, Units.PERCENT));
      }
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      assertTrue(result.reasons().isEmpty(), result.reasons().toString());
      for (Observation o : result.dataset().observations(FIBRE_SHARE)) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (AdminUnitCode p : R.predecessorsOf(AdminUnitCode.parse(o.unitCode()))) {
          BigDecimal s = shares.get(p.toString());
          min = min == null || s.compareTo(min) < 0 ? s : min;
          max = max == null || s.compareTo(max) > 0 ? s : max;
        }
        assertTrue(min.compareTo(o.value()) <= 0 && o.value().compareTo(max) <= 0,
            min + " <= " + o.value() + " <= " + max + " for " + o.unitCode());
      }
    });
  }

  @Test
  void anObservationGoesToTheSuccessorWhoseAPredecessorItIs() {
    qt().forAll(integers().between(0, OLD.size() - 1), longs().between(0, 1_000_000)).checkAssert((i, value) -> {
      AdminUnitCode code = OLD.get(i).code();
      RebasedDataset result = Rebasing.provinces2025().withPartialSums(true)
          .rebase(Dataset.of(List.of(count(code.toString(), HOUSEHOLDS, value))));
      Observation o = result.dataset().observations().get(0);
      AdminUnitCode successor = AdminUnitCode.parse(o.unitCode());
      assertEquals(R.successorOf(code), successor);
      assertTrue(R.predecessorsOf(successor).contains(code));
      assertTrue(R.resolve(successor, R.effectiveDate()).isPresent());
      assertTrue(R.resolve(code, R.effectiveDate().minusDays(1)).isPresent());
      assertEquals(BigDecimal.valueOf(value), o.value());
      boolean alone = R.predecessorsOf(successor).size() == 1;
      assertEquals(alone ? Comparison.EQUAL : Comparison.GREATER_OR_EQUAL, o.comparison());
      assertEquals(alone ? 0 : 1, result.reasons(RebaseReason.Kind.PARTIAL_SUM).size());
    });
  }

  @Test
  void aSumOverPartOfThePredecessorsIsReportedWithExactlyTheAbsentOnes() {
    qt().forAll(lists().of(booleans().all()).ofSize(OLD.size()), countsOf63()).checkAssert((present, values) -> {
      List<Observation> input = new ArrayList<>();
      for (int i = 0; i < OLD.size(); i++) {
        if (present.get(i)) {
          input.add(count(old(i), HOUSEHOLDS, values.get(i)));
        }
      }
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      for (Map.Entry<AdminUnitCode, Set<AdminUnitCode>> e : R.predecessors().entrySet()) {
        Set<String> absent = new TreeSet<>();
        Set<String> there = new TreeSet<>();
        e.getValue().forEach(p -> (present.get(indexOf(p)) ? there : absent).add(p.toString()));
        Optional<Observation> rebased = result.dataset().find(e.getKey().toString(), HOUSEHOLDS, Y);
        List<RebaseReason> reasons = result.reasons().stream()
            .filter(r -> r.target().map(t -> t.unitCode().equals(e.getKey().toString())).orElse(false)).toList();
        if (there.isEmpty()) {
          assertTrue(rebased.isEmpty() && reasons.isEmpty());
        } else if (absent.isEmpty()) {
          assertTrue(rebased.isPresent() && reasons.isEmpty());
        } else {
          assertTrue(rebased.isEmpty());
          assertEquals(1, reasons.size());
          assertEquals(RebaseReason.Kind.PREDECESSORS_MISSING, reasons.get(0).kind());
          assertEquals(absent, unitsOf(reasons.get(0).missing()));
          assertEquals(there, unitsOf(reasons.get(0).inputs()));
        }
      }
    });
  }

  private static Set<String> unitsOf(List<ObservationKey> keys) {
    Set<String> units = new TreeSet<>();
    keys.forEach(k -> units.add(k.unitCode()));
    return units;
  }

  private static final List<AdminUnitCode> ALONE = R.predecessors().entrySet().stream()
      .filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).toList();
  private static final ObservationStatus[] STATUSES = {ObservationStatus.NORMAL,
      ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL};

  /** Generated observations of one old unit: a count, a share (without counts) and a DTI score. */
  private static Gen<List<Observation>> unitObservations(String unit) {
    return longs().between(0, 10_000_000).zip(integers().between(0, 10_000), integers().between(0, 10_000),
        integers().between(0, STATUSES.length - 1), (households, shareHundredths, score, status) -> List.of(
            Observation.builder().from(count(unit, HOUSEHOLDS, households)).status(STATUSES[status])
                .rank(RankPosition.of(1)).build(),
            Observation.builder().unitCode(unit).indicator(FIBRE_SHARE).period(Y)
                .value(BigDecimal.valueOf(shareHundredths, 2)).unit(Units.PERCENT)
                .comparison(Comparison.values()[score % Comparison.values().length]).build(),
            Observation.of(unit, DTI, Y, BigDecimal.valueOf(score, 4), AbstractUnit.ONE)));
  }

  @Test
  void unitsWithASinglePredecessorKeepTheirValues() {
    assertTrue(ALONE.size() >= 2, ALONE.toString());
    qt().forAll(lists().of(unitObservations("00")).ofSize(ALONE.size())).checkAssert(generated -> {
      List<Observation> input = new ArrayList<>();
      for (int i = 0; i < ALONE.size(); i++) {
        String code = ALONE.get(i).toString();
        generated.get(i).forEach(o -> input.add(Observation.builder().from(o).unitCode(code).build()));
      }
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      List<Observation> unranked = input.stream()
          .map(o -> Observation.builder().from(o).rank(Optional.empty()).build()).sorted(
              (a, b) -> a.key().compareTo(b.key())).toList();
      assertEquals(unranked, result.dataset().observations());
      assertEquals(ALONE.size(), result.reasons(RebaseReason.Kind.RANK_DROPPED).size());
      assertTrue(result.isComplete());
    });
  }

  /** Two old units renamed one to one: 10 → 20 and 11 → 21 on 2030-01-01 (a synthetic reorganisation). */
  private static final Reorganisation RENAMING = Reorganisation.of(LocalDate.of(2030, 1, 1),
      List.of(unit("10", null, LocalDate.of(2029, 12, 31)), unit("11", null, LocalDate.of(2029, 12, 31))),
      List.of(unit("20", LocalDate.of(2030, 1, 1), null), unit("21", LocalDate.of(2030, 1, 1), null)),
      Map.of(AdminUnitCode.parse("10"), AdminUnitCode.parse("20"),
          AdminUnitCode.parse("11"), AdminUnitCode.parse("21")));

  private static AdminUnit unit(String code, LocalDate from, LocalDate to) {
    return AdminUnit.builder().code(AdminUnitCode.parse(code)).name("Synthetic " + code)
        .validFrom(Optional.ofNullable(from)).validTo(Optional.ofNullable(to)).build();
  }

  @Test
  void aOneToOneReorganisationIsTheIdentityApartFromUnitCodes() {
    qt().forAll(unitObservations("10"), unitObservations("11")).checkAssert((a, b) -> {
      List<Observation> input = new ArrayList<>(a);
      input.addAll(b);
      RebasedDataset result = Rebasing.of(RENAMING).rebase(Dataset.of(input));
      assertEquals(input.size(), result.dataset().size());
      for (Observation o : input) {
        String code = renamed(o.unitCode());
        assertEquals(Observation.builder().from(o).unitCode(code).rank(Optional.empty()).build(),
            result.dataset().find(code, o.indicator(), o.period()).orElseThrow());
      }
    });
  }

  private static String renamed(String old) {
    return RENAMING.successorOf(AdminUnitCode.parse(old)).toString();
  }

  @Test
  void recomputedRanksAreCompetitionRanks() {
    qt().forAll(lists().of(longs().between(0, 20)).ofSize(OLD.size())).checkAssert(values -> {
      List<Observation> input = new ArrayList<>();
      for (int i = 0; i < OLD.size(); i++) {
        input.add(count(old(i), HOUSEHOLDS, values.get(i)));
      }
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      Dataset rebased = result.dataset();
      Map<String, RankPosition> ranks = result.ranks(HOUSEHOLDS, Y);
      assertEquals(34, ranks.size());
      for (Observation o : rebased.observations()) {
        long better = rebased.stream().filter(v -> v.value().compareTo(o.value()) > 0).count();
        assertEquals(RankPosition.of((int) better + 1, 34, "units from 2025-07-01"), ranks.get(o.unitCode()));
      }
    });
  }

  @Test
  void boundsCombineMonotonically() {
    Comparison[] all = Comparison.values();
    qt().forAll(lists().of(integers().between(0, all.length - 1)).ofSizeBetween(1, 6)).checkAssert(picks -> {
      List<Comparison> comparisons = picks.stream().map(i -> all[i]).toList();
      Optional<Comparison> combined = Rebasing.combine(comparisons);
      boolean lower = comparisons.stream().anyMatch(Comparison::isLowerBound);
      boolean upper = comparisons.stream().anyMatch(Comparison::isUpperBound);
      boolean approximate = comparisons.contains(Comparison.APPROXIMATE);
      if (lower && upper || (lower || upper) && approximate) {
        assertEquals(Optional.empty(), combined);
      } else {
        Comparison c = combined.orElseThrow();
        assertEquals(lower, c.isLowerBound());
        assertEquals(upper, c.isUpperBound());
        assertEquals(!lower && !upper && !approximate, c.isExact());
        boolean strict = comparisons.contains(Comparison.GREATER) || comparisons.contains(Comparison.LESS);
        assertEquals(strict, c == Comparison.GREATER || c == Comparison.LESS);
        // the order of the inputs does not matter
        List<Comparison> reversed = new ArrayList<>(comparisons);
        Collections.reverse(reversed);
        assertEquals(combined, Rebasing.combine(reversed));
      }
    });
  }
}
