package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Pillar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The whole Quảng Trị 2023 seed (FACTS.md §1) built through the public API, every figure checked.
 * Source: "Quảng Trị với công tác chuyển đổi số", Nguyễn Trí Ánh, tinhuyquangtri.vn, 2023.
 */
class QuangTriSeedTest {

  static final String QUANG_TRI = "45";
  static final Period Y2023 = Period.parse("2023");
  static final String REGION = "Central and Central Highlands";
  static final String SOURCE = "https://tinhuyquangtri.vn/quang-tri-voi-cong-tac-chuyen-doi-so";

  static Observation.Builder figure(String code, String value, Unit<?> unit) {
    return Observation.builder().unitCode(QUANG_TRI).indicator(IndicatorCode.of(code)).period(Y2023)
        .value(new BigDecimal(value)).unit(unit).source(SOURCE);
  }

  /** Every row of the table in FACTS.md §1. */
  static List<Observation> seed() {
    Unit<?> pct = Units.PERCENT;
    Unit<?> one = AbstractUnit.ONE;
    List<Observation> all = new ArrayList<>();
    all.add(figure("INST_STEERING_COMMITTEE_COVERAGE", "100", pct).build());
    all.add(figure("INST_DX_STAFF_COVERAGE", "100", pct).build());
    all.add(figure("HR_COMMUNITY_TEAMS_COMMUNE", "115", one).build());
    all.add(figure("HR_COMMUNITY_TEAMS_VILLAGE", "715", one).build());
    all.add(figure("HR_COMMUNITY_TEAM_MEMBERS", "4327", one).build());
    all.add(figure("HR_DIGITAL_SKILLS_CLASSES", "10", one).build());
    all.add(figure("INFRA_ADULT_SMARTPHONE_SHARE", "99.53", pct).build());
    all.add(figure("INFRA_HOUSEHOLD_SMARTPHONE_SHARE", "95.22", pct)
        .note("written 95.22% with a dot decimal in the article").build());
    all.add(figure("INFRA_HOUSEHOLD_FIBRE_SHARE", "80.51", pct)
        .status(ObservationStatus.ESTIMATED).note("ước đạt").build());
    all.add(figure("INFRA_AGENCY_NETWORK_COVERAGE", "100", pct).build());
    all.add(figure("INFRA_DIGITAL_PLATFORMS", "8", one).build());
    all.add(figure("GOV_ONLINE_SERVICES_PARTIAL", "747", one).build());
    all.add(figure("GOV_ONLINE_SERVICES_FULL", "959", one).build());
    all.add(figure("ECON_DIGITAL_TECH_ENTERPRISES", "737", one).build());
    all.add(figure("ECON_EINVOICE_ENTERPRISE_SHARE", "100", pct).build());
    all.add(figure("ECON_ECOMMERCE_PRODUCTS", "3757", one).rank(RankPosition.of(6, 19, REGION)).build());
    all.add(figure("ECON_ECOMMERCE_TRANSACTIONS", "16000", one).build());
    all.add(figure("ECON_FARM_HOUSEHOLDS_TRAINED", "113335", one).build());
    all.add(figure("ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE", "55", pct).rank(RankPosition.of(4, 19, REGION)).build());
    all.add(figure("ECON_CASHLESS_HEALTH_FACILITY_SHARE", "100", pct).build());
    all.add(figure("ECON_CASHLESS_SCHOOL_SHARE", "100", pct).build());
    all.add(figure("ECON_DIGITAL_ECONOMY_GRDP_SHARE", "9.03", pct).status(ObservationStatus.ESTIMATED)
        .rank(RankPosition.of(26, 63, "national")).build());
    all.add(figure("SOC_EID_REGISTRATIONS", "86936", one).build());
    all.add(figure("SOC_EID_ACTIVATED", "11768", one).build());
    all.add(figure("SOC_PAYMENT_ACCOUNTS_ACTIVE", "487083", one).build());
    all.add(figure("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE", "65", pct).comparison(Comparison.GREATER)
        .status(ObservationStatus.ESTIMATED).note("trên 65%").build());
    all.add(figure("SOC_HOUSEHOLDS_DIGITAL_ADDRESS", "137428", one).build());
    return all;
  }

  final Dataset dataset = Dataset.of(seed());

  BigDecimal value(String code) {
    return dataset.find(QUANG_TRI, IndicatorCode.of(code), Y2023).orElseThrow().value();
  }

  @Test
  void everyFigureIsHeldExactly() {
    assertEquals(27, dataset.size());
    assertTrue(dataset.warnings().isEmpty(), dataset.warnings().toString());
    assertEquals(0, new BigDecimal("99.53").compareTo(value("INFRA_ADULT_SMARTPHONE_SHARE")));
    assertEquals(new BigDecimal("4327"), value("HR_COMMUNITY_TEAM_MEMBERS"));
    assertEquals(new BigDecimal("113335"), value("ECON_FARM_HOUSEHOLDS_TRAINED"));
    assertEquals(new BigDecimal("137428"), value("SOC_HOUSEHOLDS_DIGITAL_ADDRESS"));
    assertEquals(new BigDecimal("9.03"), value("ECON_DIGITAL_ECONOMY_GRDP_SHARE"));
    for (Observation o : seed()) {
      assertEquals(o, dataset.find(o.key()).orElseThrow());
      assertEquals(o.unit(), IndicatorCatalog.standard().get(o.indicator()).unit(), o.toString());
    }
  }

  @Test
  void qualifiersAreKept() {
    Observation payment = dataset.find(QUANG_TRI, IndicatorCode.of("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE"), Y2023)
        .orElseThrow();
    assertEquals(Comparison.GREATER, payment.comparison());
    assertTrue(payment.comparison().isLowerBound());
    assertEquals(ObservationStatus.ESTIMATED,
        dataset.find(QUANG_TRI, IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"), Y2023).orElseThrow().status());
    RankPosition products = dataset.find(QUANG_TRI, IndicatorCode.of("ECON_ECOMMERCE_PRODUCTS"), Y2023)
        .orElseThrow().rank().orElseThrow();
    assertEquals("6/19 in " + REGION, products.toString());
    assertEquals(RankPosition.of(26, 63, "national"),
        dataset.find(QUANG_TRI, IndicatorCode.of("ECON_DIGITAL_ECONOMY_GRDP_SHARE"), Y2023).orElseThrow()
            .rank().orElseThrow());
  }

  @Test
  void accountsAndPeopleWithAnAccountStaySeparateMeasures() {
    IndicatorDefinition accounts = IndicatorCatalog.standard().get("SOC_PAYMENT_ACCOUNTS_ACTIVE");
    IndicatorDefinition share = IndicatorCatalog.standard().get("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE");
    assertEquals(IndicatorKind.COUNT, accounts.kind());
    assertEquals(IndicatorKind.SHARE, share.kind());
    // Nothing derives one from the other: the share's numerator counts persons, not accounts.
    assertFalse(share.aggregation().numerator().contains(accounts.code()));
    assertFalse(share.aggregation().denominator().contains(accounts.code()));
    for (IndicatorDefinition d : IndicatorCatalog.standard().definitions()) {
      assertFalse(d.isDerived() && d.aggregation().numerator().contains(accounts.code())
          && d.aggregation().denominator().contains(IndicatorCode.of("CTX_POPULATION")), d.code().toString());
    }
    assertNotEquals(value("SOC_PAYMENT_ACCOUNTS_ACTIVE"), value("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE"));
  }

  @Test
  void derivedFiguresAreComputedNeverStored() {
    DerivedValue full = DerivedValue.compute(dataset, IndicatorCode.of("GOV_ONLINE_SERVICES_FULL_SHARE"),
        QUANG_TRI, Y2023).orElseThrow();
    assertEquals(new BigDecimal("959"), full.numerator());
    assertEquals(new BigDecimal("1706"), full.denominator());
    assertEquals(new BigDecimal("95900").divide(new BigDecimal("1706"), MathContext.DECIMAL64).stripTrailingZeros(),
        full.value());
    assertEquals("56.21336459554513", full.value().toPlainString());

    DerivedValue eid = DerivedValue.compute(dataset, IndicatorCode.of("SOC_EID_ACTIVATION_RATE"), QUANG_TRI, Y2023)
        .orElseThrow();
    assertEquals("13.53639458912303", eid.value().toPlainString());

    DerivedValue perTeam = DerivedValue.compute(dataset, IndicatorCode.of("HR_MEMBERS_PER_COMMUNITY_TEAM"),
        QUANG_TRI, Y2023).orElseThrow();
    assertEquals(new BigDecimal("830"), perTeam.denominator());
    assertEquals("5.213253012048193", perTeam.value().toPlainString());

    assertEquals(3, DerivedValue.computeAll(dataset).size());
    InvalidDatasetException stored = assertThrows(InvalidDatasetException.class,
        () -> dataset.plus(List.of(full.toObservation())));
    assertEquals(Violation.Rule.DERIVED_STORED, stored.violations().get(0).rule());
  }

  @Test
  void activatedAccountsMustNotExceedRegistrations() {
    List<Observation> broken = new ArrayList<>(seed());
    broken.replaceAll(o -> o.indicator().toString().equals("SOC_EID_ACTIVATED")
        ? figure("SOC_EID_ACTIVATED", "86937", AbstractUnit.ONE).build() : o);
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.of(broken));
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals(Violation.Rule.PART_EXCEEDS_WHOLE, v.rule());
    assertEquals("45/SOC_EID_ACTIVATED/2023: 86937 exceeds its whole SOC_EID_REGISTRATIONS = 86936", v.message());
  }

  @Test
  void pillarsAndAreasOfTheSeed() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    assertEquals(Optional.of(Pillar.DIGITAL_SOCIETY), catalog.get("SOC_EID_ACTIVATED").pillar());
    assertEquals(Area.INFRASTRUCTURE, catalog.get("INFRA_HOUSEHOLD_FIBRE_SHARE").area());
    assertTrue(catalog.get("INFRA_HOUSEHOLD_FIBRE_SHARE").area().isFoundation());
    assertEquals("Kinh tế số", Pillar.DIGITAL_ECONOMY.nameVi());
    for (Observation o : seed()) {
      assertEquals(o.indicator().area().orElseThrow(), catalog.get(o.indicator()).area(), o.toString());
    }
  }
}
