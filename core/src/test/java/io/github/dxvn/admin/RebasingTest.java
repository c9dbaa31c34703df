package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.QuangTriSeed;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * Re-basing examples: the old Quảng Trị (45, published 2023 figures) and Quảng Bình (44, synthetic)
 * into the new Quảng Trị (44), and one test per rule.
 */
class RebasingTest {

  static final String QUANG_TRI = "45";
  static final String QUANG_BINH = "44";
  static final Period Y2023 = Period.parse("2023");
  static final String REGION = "Central and Central Highlands";
  static final String SOURCE = "https://tinhuyquangtri.vn/quang-tri-voi-cong-tac-chuyen-doi-so";
  static final String SYNTHETIC = "synthetic test data, not published figures";
  static final Unit<?> PCT = Units.PERCENT;
  static final Unit<?> ONE = AbstractUnit.ONE;

  /** The 27 published Quảng Trị 2023 figures (FACTS.md §1). */
  static List<Observation> seed() {
    return QuangTriSeed.observations();
  }

  /** A figure that nobody published, labelled as such in its source and note. */
  static Observation.Builder synthetic(String unit, String code, String value) {
    return Observation.builder().unitCode(unit).indicator(IndicatorCode.of(code)).period(Y2023)
        .value(new BigDecimal(value)).unit(IndicatorCatalog.standard().get(code).unit())
        .source(SYNTHETIC).note(SYNTHETIC);
  }

  /**
   * Synthetic counts for the old Quảng Trị, so that its fibre share re-bases as a ratio: 136,867 of
   * 170,000 households is the published 80.51 %.
   */
  static List<Observation> syntheticQuangTriCounts() {
    return List.of(
        synthetic(QUANG_TRI, "CTX_HOUSEHOLDS", "170000").build(),
        synthetic(QUANG_TRI, "INFRA_HOUSEHOLDS_FIBRE", "136867").status(ObservationStatus.ESTIMATED).build(),
        synthetic(QUANG_TRI, "DTI_INFRASTRUCTURE", "0.7").build());
  }

  /** A synthetic Quảng Bình (old code 44) 2023: test data, not published figures. */
  static List<Observation> syntheticQuangBinh() {
    String qb = QUANG_BINH;
    return List.of(
        synthetic(qb, "HR_COMMUNITY_TEAMS_COMMUNE", "150").build(),
        synthetic(qb, "HR_COMMUNITY_TEAMS_VILLAGE", "1200").build(),
        synthetic(qb, "HR_COMMUNITY_TEAM_MEMBERS", "6000").build(),
        synthetic(qb, "HR_DIGITAL_SKILLS_CLASSES", "12").build(),
        synthetic(qb, "INFRA_ADULT_SMARTPHONE_SHARE", "98").build(),
        synthetic(qb, "INFRA_HOUSEHOLD_FIBRE_SHARE", "85").build(),
        synthetic(qb, "INFRA_HOUSEHOLDS_FIBRE", "212500").build(),
        synthetic(qb, "CTX_HOUSEHOLDS", "250000").build(),
        synthetic(qb, "GOV_ONLINE_SERVICES_PARTIAL", "800").build(),
        synthetic(qb, "GOV_ONLINE_SERVICES_FULL", "1000").build(),
        synthetic(qb, "ECON_ECOMMERCE_PRODUCTS", "2000").rank(RankPosition.of(8, 19, REGION)).build(),
        synthetic(qb, "ECON_DIGITAL_ECONOMY_GRDP_SHARE", "8").build(),
        synthetic(qb, "SOC_EID_REGISTRATIONS", "120000").build(),
        synthetic(qb, "SOC_EID_ACTIVATED", "20000").build(),
        synthetic(qb, "SOC_PAYMENT_ACCOUNTS_ACTIVE", "600000").build(),
        synthetic(qb, "SOC_POPULATION_PAYMENT_ACCOUNT_SHARE", "70").build(),
        synthetic(qb, "SOC_HOUSEHOLDS_DIGITAL_ADDRESS", "200000").build(),
        synthetic(qb, "DTI_INFRASTRUCTURE", "0.6").build());
  }

  static Dataset quangTriAndQuangBinh() {
    List<Observation> all = new ArrayList<>(seed());
    all.addAll(syntheticQuangTriCounts());
    all.addAll(syntheticQuangBinh());
    return Dataset.of(all);
  }

  static ObservationKey key(String unit, String indicator) {
    return ObservationKey.of(unit, IndicatorCode.of(indicator), Y2023);
  }

  static Observation rebased(RebasedDataset result, String indicator) {
    return result.dataset().find("44", IndicatorCode.of(indicator), Y2023).orElseThrow(
        () -> new AssertionError(indicator + " not re-based: " + result.reasons()));
  }

  static RebaseReason only(RebasedDataset result, RebaseReason.Kind kind, String indicator) {
    List<RebaseReason> found = result.reasons(kind).stream()
        .filter(r -> r.target().map(t -> t.indicator().toString().equals(indicator)).orElse(false))
        .toList();
    assertEquals(1, found.size(), kind + " " + indicator + ": " + result.reasons());
    return found.get(0);
  }

  final RebasedDataset merged = Rebasing.provinces2025().rebase(quangTriAndQuangBinh());

  @Test
  void countsAddUp() {
    assertEquals(Set.of("44"), merged.dataset().unitCodes());
    assertEquals(new BigDecimal("265"), rebased(merged, "HR_COMMUNITY_TEAMS_COMMUNE").value());
    assertEquals(new BigDecimal("1915"), rebased(merged, "HR_COMMUNITY_TEAMS_VILLAGE").value());
    assertEquals(new BigDecimal("10327"), rebased(merged, "HR_COMMUNITY_TEAM_MEMBERS").value());
    assertEquals(new BigDecimal("22"), rebased(merged, "HR_DIGITAL_SKILLS_CLASSES").value());
    assertEquals(new BigDecimal("1547"), rebased(merged, "GOV_ONLINE_SERVICES_PARTIAL").value());
    assertEquals(new BigDecimal("1959"), rebased(merged, "GOV_ONLINE_SERVICES_FULL").value());
    assertEquals(new BigDecimal("5757"), rebased(merged, "ECON_ECOMMERCE_PRODUCTS").value());
    assertEquals(new BigDecimal("206936"), rebased(merged, "SOC_EID_REGISTRATIONS").value());
    assertEquals(new BigDecimal("31768"), rebased(merged, "SOC_EID_ACTIVATED").value());
    assertEquals(new BigDecimal("1087083"), rebased(merged, "SOC_PAYMENT_ACCOUNTS_ACTIVE").value());
    assertEquals(new BigDecimal("337428"), rebased(merged, "SOC_HOUSEHOLDS_DIGITAL_ADDRESS").value());
    assertEquals(new BigDecimal("420000"), rebased(merged, "CTX_HOUSEHOLDS").value());
    Observation members = rebased(merged, "HR_COMMUNITY_TEAM_MEMBERS");
    assertEquals(Comparison.EQUAL, members.comparison());
    assertEquals(Optional.empty(), members.source());
    assertEquals(Optional.of("re-based from 44, 45 by sum"), members.note());
  }

  @Test
  void aShareIsTheRatioOfSummedCountsNeverTheMeanOfShares() {
    Observation fibre = rebased(merged, "INFRA_HOUSEHOLD_FIBRE_SHARE");
    BigDecimal expected = new BigDecimal("349367").multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal("420000"), MathContext.DECIMAL64).stripTrailingZeros();
    assertEquals(expected, fibre.value());
    assertEquals("83.18261904761905", fibre.value().toPlainString());
    // the mean of the shares, (80.51 + 85) / 2 = 82.755, is not it
    assertFalse(new BigDecimal("82.755").compareTo(fibre.value()) == 0);
    assertEquals(Comparison.EQUAL, fibre.comparison());
    // an estimated count (Quảng Trị's) with a normal one: an estimate
    assertEquals(ObservationStatus.ESTIMATED, fibre.status());
    assertEquals(Optional.of("re-based from 44, 45 by ratio of sums "
        + "RATIO_OF_SUMS(INFRA_HOUSEHOLDS_FIBRE/CTX_HOUSEHOLDS)"), fibre.note());
  }

  @Test
  void derivedSharesFollowFromTheRebasedCounts() {
    DerivedValue rate = DerivedValue.compute(merged.dataset(), IndicatorCode.of("SOC_EID_ACTIVATION_RATE"),
        "44", Y2023).orElseThrow();
    assertEquals(new BigDecimal("3176800").divide(new BigDecimal("206936"), MathContext.DECIMAL64)
        .stripTrailingZeros(), rate.value());
  }

  @Test
  void aShareWithoutItsCountsIsMissingWithTheMissingKeysNamed() {
    assertTrue(merged.dataset().find("44", IndicatorCode.of("INFRA_ADULT_SMARTPHONE_SHARE"), Y2023).isEmpty());
    RebaseReason smartphone = only(merged, RebaseReason.Kind.RATIO_INPUTS_MISSING, "INFRA_ADULT_SMARTPHONE_SHARE");
    assertEquals(List.of(key("44", "CTX_ADULT_POPULATION"), key("44", "INFRA_ADULTS_SMARTPHONE"),
        key("45", "CTX_ADULT_POPULATION"), key("45", "INFRA_ADULTS_SMARTPHONE")), smartphone.missing());
    assertEquals(List.of(key("44", "INFRA_ADULT_SMARTPHONE_SHARE"), key("45", "INFRA_ADULT_SMARTPHONE_SHARE")),
        smartphone.inputs());
    assertEquals(Optional.of(key("44", "INFRA_ADULT_SMARTPHONE_SHARE")), smartphone.target());
    // a share only the old Quảng Trị has is reported too
    RebaseReason farm = only(merged, RebaseReason.Kind.RATIO_INPUTS_MISSING, "ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE");
    assertTrue(farm.missing().contains(key("44", "ECON_FARM_HOUSEHOLDS_ECOMMERCE")));
    assertEquals(List.of(key("45", "ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE")), farm.inputs());
  }

  @Test
  void thePaymentAccountShareOver65IsMissingWithoutCountsAndALowerBoundWithThem() {
    RebaseReason payment = only(merged, RebaseReason.Kind.RATIO_INPUTS_MISSING,
        "SOC_POPULATION_PAYMENT_ACCOUNT_SHARE");
    assertEquals(List.of(key("44", "CTX_POPULATION"), key("44", "SOC_PERSONS_PAYMENT_ACCOUNT"),
        key("45", "CTX_POPULATION"), key("45", "SOC_PERSONS_PAYMENT_ACCOUNT")), payment.missing());

    // Synthetic counts: more than 65 % of 640,000 is more than 416,000 persons in the old Quảng Trị.
    List<Observation> all = new ArrayList<>(quangTriAndQuangBinh().observations());
    all.add(synthetic(QUANG_TRI, "CTX_POPULATION", "640000").build());
    all.add(synthetic(QUANG_TRI, "SOC_PERSONS_PAYMENT_ACCOUNT", "416000").comparison(Comparison.GREATER)
        .status(ObservationStatus.ESTIMATED).build());
    all.add(synthetic(QUANG_BINH, "CTX_POPULATION", "900000").build());
    all.add(synthetic(QUANG_BINH, "SOC_PERSONS_PAYMENT_ACCOUNT", "600000").build());
    RebasedDataset withCounts = Rebasing.provinces2025().rebase(Dataset.of(all));
    Observation share = rebased(withCounts, "SOC_POPULATION_PAYMENT_ACCOUNT_SHARE");
    assertEquals(Comparison.GREATER, share.comparison());
    assertEquals(new BigDecimal("101600000").divide(new BigDecimal("1540000"), MathContext.DECIMAL64)
        .stripTrailingZeros(), share.value());
    assertEquals(ObservationStatus.ESTIMATED, share.status());
    Observation persons = rebased(withCounts, "SOC_PERSONS_PAYMENT_ACCOUNT");
    assertEquals(Comparison.GREATER, persons.comparison());
    assertEquals(new BigDecimal("1016000"), persons.value());
  }

  @Test
  void publishedRanksAreDroppedAndReported() {
    assertTrue(merged.dataset().stream().allMatch(o -> o.rank().isEmpty()));
    List<RebaseReason> dropped = merged.reasons(RebaseReason.Kind.RANK_DROPPED);
    assertEquals(2, dropped.size(), dropped.toString());
    assertEquals(List.of(List.of(key("44", "ECON_ECOMMERCE_PRODUCTS")), List.of(key("45", "ECON_ECOMMERCE_PRODUCTS"))),
        dropped.stream().map(RebaseReason::inputs).toList());
    assertTrue(dropped.get(1).message().contains("6/19 in " + REGION), dropped.get(1).message());
    // the ranked shares without counts are lost as a whole, and reported as such
    only(merged, RebaseReason.Kind.RATIO_INPUTS_MISSING, "ECON_DIGITAL_ECONOMY_GRDP_SHARE");
  }

  @Test
  void aSumOverPartOfThePredecessorsIsMissingUnlessPartialSumsAreAllowed() {
    RebaseReason platforms = only(merged, RebaseReason.Kind.PREDECESSORS_MISSING, "INFRA_DIGITAL_PLATFORMS");
    assertEquals(List.of(key("44", "INFRA_DIGITAL_PLATFORMS")), platforms.missing());
    assertEquals(List.of(key("45", "INFRA_DIGITAL_PLATFORMS")), platforms.inputs());
    assertTrue(merged.dataset().find("44", IndicatorCode.of("INFRA_DIGITAL_PLATFORMS"), Y2023).isEmpty());

    Rebasing partial = Rebasing.provinces2025().withPartialSums(true);
    assertTrue(partial.allowsPartialSums());
    RebasedDataset result = partial.rebase(quangTriAndQuangBinh());
    Observation platformsAtLeast = rebased(result, "INFRA_DIGITAL_PLATFORMS");
    assertEquals(new BigDecimal("8"), platformsAtLeast.value());
    assertEquals(Comparison.GREATER_OR_EQUAL, platformsAtLeast.comparison());
    assertEquals(List.of(key("44", "INFRA_DIGITAL_PLATFORMS")),
        only(result, RebaseReason.Kind.PARTIAL_SUM, "INFRA_DIGITAL_PLATFORMS").missing());
    assertTrue(result.reasons(RebaseReason.Kind.PREDECESSORS_MISSING).isEmpty(), result.reasons().toString());
    // never a partial ratio
    only(result, RebaseReason.Kind.RATIO_INPUTS_MISSING, "ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE");
  }

  @Test
  void dtiScoresOfAMergedProvinceAreTheUnweightedMean() {
    Observation dti = rebased(merged, "DTI_INFRASTRUCTURE");
    assertEquals(new BigDecimal("0.65"), dti.value());
    assertEquals(Optional.of("re-based from 44, 45 by unweighted mean"), dti.note());
    // a mean is never partial, even with partial sums allowed
    List<Observation> onlyQuangTri = new ArrayList<>(seed());
    onlyQuangTri.addAll(syntheticQuangTriCounts());
    RebasedDataset result = Rebasing.provinces2025().withPartialSums(true).rebase(Dataset.of(onlyQuangTri));
    assertEquals(List.of(key("44", "DTI_INFRASTRUCTURE")),
        only(result, RebaseReason.Kind.PREDECESSORS_MISSING, "DTI_INFRASTRUCTURE").missing());
  }

  @Test
  void everyInputIsRebasedOrNamedInAReason() {
    Dataset input = quangTriAndQuangBinh();
    Set<ObservationKey> named = merged.reasons().stream().filter(r -> r.kind().isLoss())
        .flatMap(r -> r.inputs().stream()).collect(Collectors.toSet());
    for (Observation o : input.observations()) {
      boolean rebased = merged.dataset().find("44", o.indicator(), o.period()).isPresent();
      assertTrue(rebased || named.contains(o.key()), o.toString());
    }
    assertFalse(merged.isComplete());
  }

  // ---- rules one by one, on small inputs

  static Observation count(String unit, String indicator, long value) {
    Unit<?> of = IndicatorCatalog.standard().find(IndicatorCode.of(indicator))
        .map(IndicatorDefinition::unit).orElse(ONE);
    return Observation.of(unit, IndicatorCode.of(indicator), Y2023, BigDecimal.valueOf(value), of);
  }

  @Test
  void unitsOutsideTheReorganisationAndLaterPeriodsAreReportedNotPassedThrough() {
    Dataset input = Dataset.of(List.of(
        count("VN", "CTX_HOUSEHOLDS", 10),
        count("07063", "CTX_HOUSEHOLDS", 10),
        Observation.of("45", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2025-07"), BigDecimal.TEN, ONE),
        Observation.of("45", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2025"), BigDecimal.ONE, ONE)));
    RebasedDataset result = Rebasing.provinces2025().withPartialSums(true).rebase(input);
    assertEquals(List.of(ObservationKey.of("44", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2025"))),
        result.dataset().stream().map(Observation::key).toList());
    assertEquals(List.of(
            List.of(ObservationKey.of("07063", IndicatorCode.of("CTX_HOUSEHOLDS"), Y2023)),
            List.of(ObservationKey.of("45", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.parse("2025-07"))),
            List.of(ObservationKey.of("VN", IndicatorCode.of("CTX_HOUSEHOLDS"), Y2023))),
        result.reasons().stream().filter(r -> r.kind().isLoss()).map(RebaseReason::inputs).toList());
    assertEquals(2, result.reasons(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION).size());
    assertEquals(Optional.empty(), result.reasons(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION).get(0).target());
    assertEquals(1, result.reasons(RebaseReason.Kind.PERIOD_NOT_BEFORE_REORGANISATION).size());
  }

  @Test
  void unknownAndNonAggregatableIndicatorsAreReportedPerUnitIndicatorAndPeriod() {
    IndicatorDefinition rank = IndicatorDefinition.builder().code(IndicatorCode.of("ECON_SYNTHETIC_RANK"))
        .nameVi("Thứ hạng thử").nameEn("Synthetic rank").area(Area.DIGITAL_ECONOMY).kind(IndicatorKind.RANK)
        .source(SYNTHETIC).build();
    IndicatorCatalog catalog = IndicatorCatalog.standard().plus(List.of(rank));
    Dataset input = Dataset.of(catalog, List.of(
        count("44", "ECON_SYNTHETIC_RANK", 3), count("45", "ECON_SYNTHETIC_RANK", 7),
        count("01", "ECON_SYNTHETIC_RANK", 1),
        count("44", "X_SYNTHETIC_UNKNOWN", 1), count("45", "X_SYNTHETIC_UNKNOWN", 2)));
    RebasedDataset result = Rebasing.provinces2025().rebase(input);
    assertEquals(0, result.dataset().size());
    List<RebaseReason> none = result.reasons(RebaseReason.Kind.NOT_AGGREGATABLE);
    // Hà Nội (01) has a single predecessor, but a rank among the old units is no rank among the new
    assertEquals(List.of("01", "44"), none.stream().map(r -> r.target().orElseThrow().unitCode()).toList());
    assertEquals(List.of(key("44", "ECON_SYNTHETIC_RANK"), key("45", "ECON_SYNTHETIC_RANK")), none.get(1).inputs());
    RebaseReason unknown = only(result, RebaseReason.Kind.UNKNOWN_INDICATOR, "X_SYNTHETIC_UNKNOWN");
    assertEquals(List.of(key("44", "X_SYNTHETIC_UNKNOWN"), key("45", "X_SYNTHETIC_UNKNOWN")), unknown.inputs());
    assertTrue(result.dataset().warnings().isEmpty());
  }

  @Test
  void aSingleSuccessorCarriesTheObservationOverWithoutItsRank() {
    Observation hanoi = Observation.builder().from(count("01", "ECON_ECOMMERCE_PRODUCTS", 9000))
        .status(ObservationStatus.PROVISIONAL).comparison(Comparison.APPROXIMATE)
        .rank(RankPosition.of(1, 63, "national")).source(SYNTHETIC).note(SYNTHETIC).build();
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(hanoi)));
    assertEquals(List.of(Observation.builder().from(hanoi).rank(Optional.empty()).build()),
        result.dataset().observations());
    assertEquals(1, result.reasons(RebaseReason.Kind.RANK_DROPPED).size());
    assertTrue(result.isComplete());
  }

  @Test
  void statusesAgreeingAreKeptAndMixedOnesGiveAnEstimate() {
    Observation a = Observation.builder().from(count("44", "CTX_HOUSEHOLDS", 1)).status(ObservationStatus.PROVISIONAL).build();
    Observation b = Observation.builder().from(count("45", "CTX_HOUSEHOLDS", 2)).status(ObservationStatus.PROVISIONAL).build();
    Observation c = count("45", "CTX_HOUSEHOLDS", 2);
    assertEquals(ObservationStatus.PROVISIONAL,
        rebased(Rebasing.provinces2025().rebase(Dataset.of(List.of(a, b))), "CTX_HOUSEHOLDS").status());
    assertEquals(ObservationStatus.ESTIMATED,
        rebased(Rebasing.provinces2025().rebase(Dataset.of(List.of(a, c))), "CTX_HOUSEHOLDS").status());
    assertEquals(ObservationStatus.NORMAL, rebased(Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("44", "CTX_HOUSEHOLDS", 1), c))), "CTX_HOUSEHOLDS").status());
  }

  static Observation bounded(String unit, String indicator, long value, Comparison comparison) {
    return Observation.builder().from(count(unit, indicator, value)).comparison(comparison).build();
  }

  @Test
  void boundsCarryOverOnlyWhereTheyDetermineTheResult() {
    // denominator at least 100 in one part: the share is at most the computed ratio
    RebasedDataset upper = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("44", "INFRA_HOUSEHOLDS_FIBRE", 50), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 30), bounded("45", "CTX_HOUSEHOLDS", 100, Comparison.GREATER_OR_EQUAL),
        count("44", "INFRA_HOUSEHOLD_FIBRE_SHARE", 50))));
    Observation share = rebased(upper, "INFRA_HOUSEHOLD_FIBRE_SHARE");
    assertEquals(new BigDecimal("40"), share.value());
    assertEquals(Comparison.LESS_OR_EQUAL, share.comparison());
    assertEquals(Comparison.GREATER_OR_EQUAL, rebased(upper, "CTX_HOUSEHOLDS").comparison());

    // a lower bound with an upper bound determines nothing
    RebasedDataset conflict = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        bounded("44", "CTX_HOUSEHOLDS", 100, Comparison.GREATER), bounded("45", "CTX_HOUSEHOLDS", 100, Comparison.LESS))));
    assertEquals(0, conflict.dataset().size());
    assertEquals(List.of(key("44", "CTX_HOUSEHOLDS"), key("45", "CTX_HOUSEHOLDS")),
        only(conflict, RebaseReason.Kind.UNDETERMINED_COMPARISON, "CTX_HOUSEHOLDS").inputs());

    // an exact zero numerator gives exactly zero whatever bounds the denominator
    RebasedDataset zero = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("44", "INFRA_HOUSEHOLDS_FIBRE", 0), bounded("44", "CTX_HOUSEHOLDS", 100, Comparison.GREATER),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 0), count("45", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 0))));
    assertEquals(Comparison.EQUAL, rebased(zero, "INFRA_HOUSEHOLD_FIBRE_SHARE").comparison());
    assertEquals(BigDecimal.ZERO, rebased(zero, "INFRA_HOUSEHOLD_FIBRE_SHARE").value());
  }

  @Test
  void combineFollowsMonotonicity() {
    Comparison eq = Comparison.EQUAL;
    Comparison gt = Comparison.GREATER;
    Comparison ge = Comparison.GREATER_OR_EQUAL;
    Comparison lt = Comparison.LESS;
    Comparison le = Comparison.LESS_OR_EQUAL;
    Comparison ap = Comparison.APPROXIMATE;
    assertEquals(Optional.of(eq), Rebasing.combine(List.of(eq, eq)));
    assertEquals(Optional.of(gt), Rebasing.combine(List.of(eq, gt, ge)));
    assertEquals(Optional.of(ge), Rebasing.combine(List.of(ge, eq)));
    assertEquals(Optional.of(lt), Rebasing.combine(List.of(le, lt)));
    assertEquals(Optional.of(le), Rebasing.combine(List.of(le)));
    assertEquals(Optional.of(ap), Rebasing.combine(List.of(eq, ap)));
    assertEquals(Optional.empty(), Rebasing.combine(List.of(gt, le)));
    assertEquals(Optional.empty(), Rebasing.combine(List.of(ap, ge)));
    assertEquals(Optional.empty(), Rebasing.combine(List.of(lt, ap)));
  }

  @Test
  void aZeroDenominatorAndAResultBreakingARuleAreReported() {
    RebasedDataset zero = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("44", "INFRA_HOUSEHOLDS_FIBRE", 0), count("44", "CTX_HOUSEHOLDS", 0),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 0), count("45", "CTX_HOUSEHOLDS", 0),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 0))));
    only(zero, RebaseReason.Kind.ZERO_DENOMINATOR, "INFRA_HOUSEHOLD_FIBRE_SHARE");

    // an upper-bounded numerator may exceed its denominator: the ratio of 250 to 200 is no share
    RebasedDataset invalid = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        bounded("44", "INFRA_HOUSEHOLDS_FIBRE", 200, Comparison.LESS), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 50), count("45", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 50))));
    assertTrue(invalid.dataset().find("44", IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"), Y2023).isEmpty());
    RebaseReason reason = only(invalid, RebaseReason.Kind.INVALID_RESULT, "INFRA_HOUSEHOLD_FIBRE_SHARE");
    assertTrue(reason.message().contains("125"), reason.message());
    assertEquals(2, invalid.dataset().size());
  }

  @Test
  void ranksAreRecomputedAmongTheRebasedUnits() {
    // Hà Nội (01), Huế (46), the new Quảng Trị (44 from 44 + 45), Lai Châu (12); synthetic values
    Dataset input = Dataset.of(List.of(
        count("01", "CTX_HOUSEHOLDS", 500), count("46", "CTX_HOUSEHOLDS", 300),
        count("44", "CTX_HOUSEHOLDS", 100), count("45", "CTX_HOUSEHOLDS", 200),
        count("12", "CTX_HOUSEHOLDS", 10)));
    RebasedDataset result = Rebasing.provinces2025().rebase(input);
    Map<String, RankPosition> ranks = result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), Y2023);
    String group = "units from 2025-07-01";
    assertEquals(Map.of("01", RankPosition.of(1, 4, group), "44", RankPosition.of(2, 4, group),
        "46", RankPosition.of(2, 4, group), "12", RankPosition.of(4, 4, group)), ranks);
    assertEquals(List.of("01", "12", "44", "46"), List.copyOf(ranks.keySet()));
  }

  @Test
  void ranksNeedAValueForEveryPresentUnitAndNoBounds() {
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("01", "CTX_HOUSEHOLDS", 500), count("01", "CTX_SCHOOLS", 5),
        count("12", "CTX_HOUSEHOLDS", 10),
        bounded("46", "CTX_SCHOOLS", 3, Comparison.GREATER), bounded("46", "CTX_HOUSEHOLDS", 3, Comparison.GREATER))));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> result.ranks(IndicatorCode.of("CTX_SCHOOLS"), Y2023));
    assertTrue(missing.getMessage().endsWith("CTX_SCHOOLS has none for [12]"), missing.getMessage());
    IllegalArgumentException bound = assertThrows(IllegalArgumentException.class,
        () -> result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), Y2023));
    assertTrue(bound.getMessage().contains("has bounds [46/CTX_HOUSEHOLDS/2023 > 3 1]"), bound.getMessage());
    assertThrows(IllegalArgumentException.class, () -> result.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"),
        Period.parse("2022")));
    assertThrows(IllegalArgumentException.class, () -> result.ranks(IndicatorCode.of("X_UNKNOWN"), Y2023));
  }

  @Test
  void aLowerIsBetterIndicatorRanksTheSmallestFirst() {
    IndicatorDefinition cost = IndicatorDefinition.builder().code(IndicatorCode.of("ECON_SYNTHETIC_COST"))
        .nameVi("Chi phí thử").nameEn("Synthetic cost").area(Area.DIGITAL_ECONOMY).kind(IndicatorKind.COUNT)
        .polarity(io.github.dxvn.indicator.Polarity.LOWER_IS_BETTER).source(SYNTHETIC).build();
    Dataset input = Dataset.of(IndicatorCatalog.standard().plus(List.of(cost)), List.of(
        count("01", "ECON_SYNTHETIC_COST", 5), count("12", "ECON_SYNTHETIC_COST", 1)));
    Map<String, RankPosition> ranks = Rebasing.provinces2025().rebase(input)
        .ranks(IndicatorCode.of("ECON_SYNTHETIC_COST"), Y2023);
    assertEquals(1, ranks.get("12").rank());
    assertEquals(2, ranks.get("01").rank());
  }

  // ---- partial sums, ratio bounds and indicators that may be negative

  static final IndicatorCode BALANCE = IndicatorCode.of("ECON_SYNTHETIC_BALANCE");
  static final IndicatorCode BALANCE_PER_HOUSEHOLD = IndicatorCode.of("ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD");
  static final IndicatorCode HOUSEHOLDS_PER_BALANCE = IndicatorCode.of("ECON_SYNTHETIC_HOUSEHOLDS_PER_BALANCE");
  static final IndicatorCode HOUSEHOLDS = IndicatorCode.of("CTX_HOUSEHOLDS");

  private static IndicatorDefinition.Builder syntheticDefinition(IndicatorCode code, IndicatorKind kind) {
    return IndicatorDefinition.builder().code(code).nameVi("Chỉ tiêu thử " + code).nameEn("Synthetic " + code)
        .area(Area.DIGITAL_ECONOMY).kind(kind).source(SYNTHETIC);
  }

  /**
   * The standard catalog with a synthetic count of the given range (a balance, which may be negative
   * when the range allows it), the balance per household and households per unit of balance.
   */
  static IndicatorCatalog withBalance(ValidRange balanceRange) {
    return IndicatorCatalog.standard().plus(List.of(
        syntheticDefinition(BALANCE, IndicatorKind.COUNT).validRange(balanceRange).build(),
        syntheticDefinition(BALANCE_PER_HOUSEHOLD, IndicatorKind.AMOUNT).validRange(ValidRange.unbounded())
            .aggregation(AggregationRule.ratioOfSums(List.of(BALANCE), List.of(HOUSEHOLDS))).build(),
        syntheticDefinition(HOUSEHOLDS_PER_BALANCE, IndicatorKind.AMOUNT).validRange(ValidRange.unbounded())
            .aggregation(AggregationRule.ratioOfSums(List.of(HOUSEHOLDS), List.of(BALANCE))).build()));
  }

  @Test
  void aPartialSumNeedsAnIndicatorThatCannotBeNegative() {
    Rebasing partial = Rebasing.provinces2025().withPartialSums(true);
    List<Observation> onlyQuangTri = List.of(count(QUANG_TRI, "ECON_SYNTHETIC_BALANCE", 5));
    String missing = "missing [44/ECON_SYNTHETIC_BALANCE/2023]";
    for (ValidRange mayBeNegative : List.of(ValidRange.unbounded(),
        ValidRange.of(Optional.of(BigDecimal.ONE.negate()), Optional.empty()))) {
      RebasedDataset refused = partial.rebase(Dataset.of(withBalance(mayBeNegative), onlyQuangTri));
      assertEquals(0, refused.dataset().size(), mayBeNegative.toString());
      assertEquals("a sum over part of 44's predecessors would not be its value; " + missing
          + " (partial sums need non-negative values)",
          only(refused, RebaseReason.Kind.PREDECESSORS_MISSING, "ECON_SYNTHETIC_BALANCE").message());
      assertTrue(refused.reasons(RebaseReason.Kind.PARTIAL_SUM).isEmpty());
    }
    // a range from 0: a lower bound over the present predecessor
    RebasedDataset kept = partial.rebase(Dataset.of(
        withBalance(ValidRange.of(Optional.of(BigDecimal.ZERO), Optional.empty())), onlyQuangTri));
    Observation atLeast = rebased(kept, "ECON_SYNTHETIC_BALANCE");
    assertEquals(BigDecimal.valueOf(5), atLeast.value());
    assertEquals(Comparison.GREATER_OR_EQUAL, atLeast.comparison());
    assertEquals(Optional.of("re-based from 45 by partial sum"), atLeast.note());
    assertEquals("sum over the present predecessors only, kept as a lower bound; " + missing,
        only(kept, RebaseReason.Kind.PARTIAL_SUM, "ECON_SYNTHETIC_BALANCE").message());
    // without partial sums the message says nothing of the sign
    RebasedDataset plain = Rebasing.provinces2025().rebase(Dataset.of(withBalance(ValidRange.unbounded()), onlyQuangTri));
    assertEquals("a sum over part of 44's predecessors would not be its value; " + missing,
        only(plain, RebaseReason.Kind.PREDECESSORS_MISSING, "ECON_SYNTHETIC_BALANCE").message());
  }

  @Test
  void aMeanOverPartOfThePredecessorsIsRefusedWhateverTheSetting() {
    List<Observation> onlyQuangTri = List.of(synthetic(QUANG_TRI, "DTI_INFRASTRUCTURE", "0.7").build());
    for (boolean allowed : new boolean[] {false, true}) {
      RebasedDataset result = Rebasing.provinces2025().withPartialSums(allowed).rebase(Dataset.of(onlyQuangTri));
      assertEquals(0, result.dataset().size());
      assertEquals("a mean over part of 44's predecessors would not be its value; missing [44/DTI_INFRASTRUCTURE/2023]",
          only(result, RebaseReason.Kind.PREDECESSORS_MISSING, "DTI_INFRASTRUCTURE").message());
    }
  }

  @Test
  void aDenominatorsBoundActsTheOtherWayOnARatio() {
    Map<Comparison, Comparison> expected = Map.of(
        Comparison.GREATER, Comparison.LESS, Comparison.GREATER_OR_EQUAL, Comparison.LESS_OR_EQUAL,
        Comparison.LESS, Comparison.GREATER, Comparison.LESS_OR_EQUAL, Comparison.GREATER_OR_EQUAL,
        Comparison.APPROXIMATE, Comparison.APPROXIMATE, Comparison.EQUAL, Comparison.EQUAL);
    expected.forEach((denominator, share) -> {
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
          count("44", "INFRA_HOUSEHOLDS_FIBRE", 50), count("44", "CTX_HOUSEHOLDS", 100),
          count("45", "INFRA_HOUSEHOLDS_FIBRE", 30), bounded("45", "CTX_HOUSEHOLDS", 100, denominator),
          count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 30))));
      Observation o = rebased(result, "INFRA_HOUSEHOLD_FIBRE_SHARE");
      assertEquals(share, o.comparison(), "denominator " + denominator);
      assertEquals(new BigDecimal("40"), o.value());
    });
    // a numerator's bound acts its own way
    RebasedDataset numerator = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("44", "INFRA_HOUSEHOLDS_FIBRE", 50), count("44", "CTX_HOUSEHOLDS", 100),
        bounded("45", "INFRA_HOUSEHOLDS_FIBRE", 30, Comparison.LESS), count("45", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 30))));
    assertEquals(Comparison.LESS, rebased(numerator, "INFRA_HOUSEHOLD_FIBRE_SHARE").comparison());
  }

  @Test
  void conflictingBoundsInANumeratorOrADenominatorDetermineNoRatio() {
    List<List<Observation>> cases = List.of(
        List.of(bounded("44", "INFRA_HOUSEHOLDS_FIBRE", 50, Comparison.GREATER), count("44", "CTX_HOUSEHOLDS", 100),
            bounded("45", "INFRA_HOUSEHOLDS_FIBRE", 30, Comparison.LESS), count("45", "CTX_HOUSEHOLDS", 100)),
        List.of(count("44", "INFRA_HOUSEHOLDS_FIBRE", 50), bounded("44", "CTX_HOUSEHOLDS", 100, Comparison.GREATER),
            count("45", "INFRA_HOUSEHOLDS_FIBRE", 30), bounded("45", "CTX_HOUSEHOLDS", 100, Comparison.LESS)),
        List.of(bounded("44", "INFRA_HOUSEHOLDS_FIBRE", 50, Comparison.APPROXIMATE), count("44", "CTX_HOUSEHOLDS", 100),
            count("45", "INFRA_HOUSEHOLDS_FIBRE", 30), bounded("45", "CTX_HOUSEHOLDS", 100, Comparison.GREATER)));
    for (List<Observation> parts : cases) {
      List<Observation> input = new ArrayList<>(parts);
      input.add(count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 30));
      RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(input));
      assertTrue(result.dataset().find("44", IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"), Y2023).isEmpty(),
          parts.toString());
      RebaseReason undetermined = only(result, RebaseReason.Kind.UNDETERMINED_COMPARISON, "INFRA_HOUSEHOLD_FIBRE_SHARE");
      // every observation looked at is named, the predecessor's own share too (nothing is lost unnamed)
      assertEquals(input.stream().map(Observation::key).sorted().toList(),
          undetermined.inputs().stream().sorted().toList(), undetermined.toString());
    }
  }

  @Test
  void anInexactZeroNumeratorKeepsItsBound() {
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        bounded("44", "INFRA_HOUSEHOLDS_FIBRE", 0, Comparison.GREATER_OR_EQUAL), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 0), count("45", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 0))));
    Observation share = rebased(result, "INFRA_HOUSEHOLD_FIBRE_SHARE");
    assertEquals(BigDecimal.ZERO, share.value());
    assertEquals(Comparison.GREATER_OR_EQUAL, share.comparison());
  }

  @Test
  void boundsCarryOverARatioOnlyWhereItsPartsCannotBeNegative() {
    Rebasing rebasing = Rebasing.provinces2025();
    IndicatorCatalog catalog = withBalance(ValidRange.unbounded());
    // exact parts: a ratio whatever their signs
    RebasedDataset exact = rebasing.rebase(Dataset.of(catalog, balances(
        count("44", "ECON_SYNTHETIC_BALANCE", -10), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "ECON_SYNTHETIC_BALANCE", 30), count("45", "CTX_HOUSEHOLDS", 100))));
    Observation perHousehold = rebased(exact, "ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD");
    assertEquals(new BigDecimal("0.1"), perHousehold.value());
    assertEquals(Comparison.EQUAL, perHousehold.comparison());
    assertEquals(new BigDecimal("10"), rebased(exact, "ECON_SYNTHETIC_HOUSEHOLDS_PER_BALANCE").value());

    // an upper-bounded numerator that may be negative
    RebasedDataset upperNumerator = rebasing.rebase(Dataset.of(catalog, balances(
        bounded("44", "ECON_SYNTHETIC_BALANCE", -10, Comparison.LESS_OR_EQUAL), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "ECON_SYNTHETIC_BALANCE", 30), count("45", "CTX_HOUSEHOLDS", 100))));
    assertUndetermined(upperNumerator, "ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD");
    assertEquals(Comparison.LESS_OR_EQUAL, rebased(upperNumerator, "ECON_SYNTHETIC_BALANCE").comparison());

    // a lower-bounded denominator over a numerator that may be negative
    RebasedDataset lowerDenominator = rebasing.rebase(Dataset.of(catalog, balances(
        count("44", "ECON_SYNTHETIC_BALANCE", -10), bounded("44", "CTX_HOUSEHOLDS", 100, Comparison.GREATER_OR_EQUAL),
        count("45", "ECON_SYNTHETIC_BALANCE", 30), count("45", "CTX_HOUSEHOLDS", 100))));
    assertUndetermined(lowerDenominator, "ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD");
    // ... and over a denominator that may be negative
    assertUndetermined(lowerDenominator, "ECON_SYNTHETIC_HOUSEHOLDS_PER_BALANCE");

    // with a balance that cannot be negative the same bounds carry over
    RebasedDataset nonNegative = rebasing.rebase(Dataset.of(withBalance(ValidRange.nonNegative()), balances(
        count("44", "ECON_SYNTHETIC_BALANCE", 10), bounded("44", "CTX_HOUSEHOLDS", 100, Comparison.GREATER_OR_EQUAL),
        count("45", "ECON_SYNTHETIC_BALANCE", 30), count("45", "CTX_HOUSEHOLDS", 100))));
    assertEquals(Comparison.LESS_OR_EQUAL, rebased(nonNegative, "ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD").comparison());
    assertEquals(Comparison.GREATER_OR_EQUAL, rebased(nonNegative, "ECON_SYNTHETIC_HOUSEHOLDS_PER_BALANCE").comparison());
  }

  /** The balance and households of both predecessors, with the old Quảng Trị's two ratios. */
  private static List<Observation> balances(Observation... parts) {
    List<Observation> input = new ArrayList<>(List.of(parts));
    input.add(count("45", "ECON_SYNTHETIC_BALANCE_PER_HOUSEHOLD", 0));
    input.add(count("45", "ECON_SYNTHETIC_HOUSEHOLDS_PER_BALANCE", 1));
    return input;
  }

  private static void assertUndetermined(RebasedDataset result, String indicator) {
    assertTrue(result.dataset().find("44", IndicatorCode.of(indicator), Y2023).isEmpty(), result.reasons().toString());
    only(result, RebaseReason.Kind.UNDETERMINED_COMPARISON, indicator);
  }

  @Test
  void reasonsAreOrderedByTheKeyTheyAreAbout() {
    // VN is read first but sorts after 44, where the invalid share is found last
    RebasedDataset result = Rebasing.provinces2025().rebase(Dataset.of(List.of(
        count("VN", "CTX_HOUSEHOLDS", 10),
        bounded("44", "INFRA_HOUSEHOLDS_FIBRE", 200, Comparison.LESS), count("44", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLDS_FIBRE", 50), count("45", "CTX_HOUSEHOLDS", 100),
        count("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", 50), count("45", "INFRA_DIGITAL_PLATFORMS", 8))));
    assertEquals(List.of(
            "PREDECESSORS_MISSING 44/INFRA_DIGITAL_PLATFORMS/2023",
            "INVALID_RESULT 44/INFRA_HOUSEHOLD_FIBRE_SHARE/2023",
            "UNIT_NOT_IN_REORGANISATION VN/CTX_HOUSEHOLDS/2023"),
        result.reasons().stream().map(r -> r.kind() + " " + r.target().orElseGet(() -> r.inputs().get(0))).toList());
  }

  // ---- contract

  @Test
  void nullsAreRejectedByName() {
    assertEquals("reorganisation",
        assertThrows(NullPointerException.class, () -> Rebasing.of(null)).getMessage());
    assertEquals("dataset",
        assertThrows(NullPointerException.class, () -> Rebasing.provinces2025().rebase(null)).getMessage());
    assertEquals("indicator", assertThrows(NullPointerException.class, () -> merged.ranks(null, Y2023)).getMessage());
    assertEquals("period", assertThrows(NullPointerException.class,
        () -> merged.ranks(IndicatorCode.of("CTX_HOUSEHOLDS"), null)).getMessage());
    assertEquals("kind", assertThrows(NullPointerException.class, () -> merged.reasons(null)).getMessage());
    ObservationKey k = key("44", "CTX_HOUSEHOLDS");
    RebaseReason.Kind kind = RebaseReason.Kind.ZERO_DENOMINATOR;
    assertEquals("kind", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(null, Optional.of(k), List.of(), List.of(), "m")).getMessage());
    assertEquals("target", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(kind, null, List.of(), List.of(), "m")).getMessage());
    assertEquals("inputs", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(kind, Optional.of(k), null, List.of(), "m")).getMessage());
    assertEquals("missing", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(kind, Optional.of(k), List.of(), null, "m")).getMessage());
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(kind, Optional.of(k), List.of(), List.of(), null)).getMessage());
    List<ObservationKey> withNull = new ArrayList<>();
    withNull.add(null);
    assertEquals("inputs element", assertThrows(NullPointerException.class,
        () -> RebaseReason.of(kind, Optional.of(k), withNull, List.of(), "m")).getMessage());
  }

  @Test
  void reasonsAreValidated() {
    ObservationKey k = key("44", "CTX_HOUSEHOLDS");
    assertEquals("Invalid value for message (valid values non-blank text): ' '",
        assertThrows(IllegalArgumentException.class, () -> RebaseReason.of(RebaseReason.Kind.ZERO_DENOMINATOR,
            Optional.of(k), List.of(), List.of(), " ")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RebaseReason.of(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION,
        Optional.empty(), List.of(), List.of(), "m"));
    RebaseReason r = RebaseReason.of(RebaseReason.Kind.PREDECESSORS_MISSING, Optional.of(k),
        List.of(key("45", "B"), key("45", "A")), List.of(k), "m");
    assertEquals(List.of(key("45", "A"), key("45", "B")), r.inputs());
    assertEquals("PREDECESSORS_MISSING 44/CTX_HOUSEHOLDS/2023: m", r.toString());
    assertTrue(r.kind().isLoss());
    assertFalse(RebaseReason.Kind.RANK_DROPPED.isLoss());
    assertFalse(RebaseReason.Kind.PARTIAL_SUM.isLoss());
  }

  @Test
  void rebasingsCompareByReorganisationAndSetting() {
    assertSame(Rebasing.provinces2025(), Rebasing.provinces2025().withPartialSums(false));
    assertEquals(Rebasing.provinces2025(), Rebasing.of(Provinces.reorganisation2025()));
    assertEquals(Rebasing.provinces2025().hashCode(), Rebasing.of(Provinces.reorganisation2025()).hashCode());
    assertFalse(Rebasing.provinces2025().equals(Rebasing.provinces2025().withPartialSums(true)));
    assertEquals("Rebasing[Reorganisation[2025-07-01: 63 -> 34], partial sums]",
        Rebasing.provinces2025().withPartialSums(true).toString());
    assertEquals(Provinces.reorganisation2025(), Rebasing.provinces2025().reorganisation());
    assertEquals(merged, Rebasing.provinces2025().rebase(quangTriAndQuangBinh()));
    assertEquals(merged.hashCode(), Rebasing.provinces2025().rebase(quangTriAndQuangBinh()).hashCode());
    assertTrue(merged.toString().startsWith("RebasedDataset[Dataset["), merged.toString());
    assertEquals(Provinces.reorganisation2025(), merged.reorganisation());
  }

  @Test
  void equalityTellsSettingsAndResultsApart() {
    Rebasing plain = Rebasing.provinces2025();
    Rebasing partial = plain.withPartialSums(true);
    assertTrue(partial.allowsPartialSums());
    assertFalse(plain.allowsPartialSums());
    assertTrue(plain.hashCode() != partial.hashCode());
    assertFalse(plain.equals("Rebasing"));
    assertEquals(merged, merged);
    assertFalse(merged.equals("RebasedDataset"));
    RebasedDataset other = plain.rebase(Dataset.of(syntheticQuangBinh()));
    assertFalse(merged.equals(other));
    assertTrue(merged.hashCode() != other.hashCode());
    Reorganisation r = Provinces.reorganisation2025();
    assertEquals(r, r);
    assertFalse(r.equals("Reorganisation"));
    assertEquals(r.hashCode(), Reorganisation.of(r.effectiveDate(), r.before(), r.after(), successors(r)).hashCode());
  }

  private static Map<AdminUnitCode, AdminUnitCode> successors(Reorganisation r) {
    Map<AdminUnitCode, AdminUnitCode> out = new java.util.TreeMap<>();
    r.before().forEach(u -> out.put(u.code(), r.successorOf(u.code())));
    return out;
  }
}
