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

  static final String QUANG_TRI = QuangTriSeed.QUANG_TRI;
  static final Period Y2023 = QuangTriSeed.Y2023;
  static final String REGION = QuangTriSeed.REGION;

  static List<Observation> seed() {
    return QuangTriSeed.observations();
  }

  static Observation.Builder figure(String code, String value, Unit<?> unit) {
    return QuangTriSeed.figure(code, value, unit);
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
