package io.github.dxvn.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class IndicatorCatalogTest {

  /** Every code of FACTS.md §1 and §2. */
  static final List<String> FACTS_CODES = List.of(
      "INST_STEERING_COMMITTEE_COVERAGE", "INST_DX_STAFF_COVERAGE", "HR_COMMUNITY_TEAMS_COMMUNE",
      "HR_COMMUNITY_TEAMS_VILLAGE", "HR_COMMUNITY_TEAM_MEMBERS", "HR_DIGITAL_SKILLS_CLASSES",
      "INFRA_ADULT_SMARTPHONE_SHARE", "INFRA_HOUSEHOLD_SMARTPHONE_SHARE", "INFRA_HOUSEHOLD_FIBRE_SHARE",
      "INFRA_AGENCY_NETWORK_COVERAGE", "INFRA_DIGITAL_PLATFORMS", "GOV_ONLINE_SERVICES_PARTIAL",
      "GOV_ONLINE_SERVICES_FULL", "ECON_DIGITAL_TECH_ENTERPRISES", "ECON_EINVOICE_ENTERPRISE_SHARE",
      "ECON_ECOMMERCE_PRODUCTS", "ECON_ECOMMERCE_TRANSACTIONS", "ECON_FARM_HOUSEHOLDS_TRAINED",
      "ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE", "ECON_CASHLESS_HEALTH_FACILITY_SHARE", "ECON_CASHLESS_SCHOOL_SHARE",
      "ECON_DIGITAL_ECONOMY_GRDP_SHARE", "SOC_EID_REGISTRATIONS", "SOC_EID_ACTIVATED", "SOC_PAYMENT_ACCOUNTS_ACTIVE",
      "SOC_POPULATION_PAYMENT_ACCOUNT_SHARE", "SOC_HOUSEHOLDS_DIGITAL_ADDRESS", "DTI_AWARENESS", "DTI_INSTITUTIONS",
      "DTI_INFRASTRUCTURE", "DTI_HUMAN_RESOURCES", "DTI_CYBERSECURITY", "DTI_SMART_CITY", "DTI_GOV_ACTIVITY",
      "DTI_ECON_ACTIVITY", "DTI_SOC_ACTIVITY");

  final IndicatorCatalog standard = IndicatorCatalog.standard();

  @Test
  void standardCatalogHasEveryCodeOfTheFacts() {
    for (String code : FACTS_CODES) {
      assertTrue(standard.contains(IndicatorCode.of(code)), code);
    }
    assertTrue(standard.size() >= FACTS_CODES.size());
  }

  @Test
  void everyDefinitionIsBilingualSourcedAndConsistentWithItsKind() {
    for (IndicatorDefinition d : standard.definitions()) {
      assertFalse(d.nameVi().isBlank(), d.code().toString());
      assertFalse(d.nameEn().isBlank(), d.code().toString());
      assertTrue(d.source().length() > 20, d.code() + " has a full source, not a key: " + d.source());
      if (d.kind() == IndicatorKind.SHARE) {
        assertEquals(Units.PERCENT, d.unit());
        assertEquals(AggregationRule.Method.RATIO_OF_SUMS, d.aggregation().method(), d.code() + " re-bases as a ratio");
      }
      if (d.kind() == IndicatorKind.COUNT) {
        assertEquals(AbstractUnit.ONE, d.unit());
        assertEquals(AggregationRule.sum(), d.aggregation());
      }
      d.code().area().ifPresent(area -> assertEquals(area, d.area(), d.code().toString()));
    }
  }

  @Test
  void seedFactsAboutDefinitions() {
    IndicatorDefinition activated = standard.get("SOC_EID_ACTIVATED");
    assertEquals(Optional.of(IndicatorCode.of("SOC_EID_REGISTRATIONS")), activated.partOf());
    assertEquals("accounts", activated.countedEntity().orElseThrow());
    IndicatorDefinition full = standard.get("GOV_ONLINE_SERVICES_FULL_SHARE");
    assertTrue(full.isDerived());
    assertEquals("RATIO_OF_SUMS(GOV_ONLINE_SERVICES_FULL/GOV_ONLINE_SERVICES_PARTIAL+GOV_ONLINE_SERVICES_FULL)",
        full.aggregation().toString());
    assertEquals(new BigDecimal("100"), full.ratioFactor());
    assertEquals(BigDecimal.ONE, standard.get("HR_MEMBERS_PER_COMMUNITY_TEAM").ratioFactor());
    IndicatorDefinition awareness = standard.get("DTI_AWARENESS");
    assertEquals(ValidRange.of(BigDecimal.ZERO, BigDecimal.ONE), awareness.validRange());
    assertEquals(AggregationRule.unweightedMean(), awareness.aggregation());
    assertEquals("Nhận thức số", awareness.nameVi());
    assertTrue(standard.definitions(Area.DIGITAL_ECONOMY).stream().allMatch(d -> d.area() == Area.DIGITAL_ECONOMY));
  }

  @Test
  void catalogsMustBeClosedAndUnique() {
    IndicatorDefinition part = IndicatorDefinition.builder().code(IndicatorCode.of("A_PART")).nameVi("a").nameEn("a")
        .area(Area.CONTEXT).kind(IndicatorKind.COUNT).source("test").partOf(IndicatorCode.of("A_WHOLE")).build();
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.of(List.of(part)));
    assertEquals("Invalid value for definitions (valid values every referenced code defined): A_PART refers to A_WHOLE",
        open.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.of(List.of(part, part)));
    IndicatorCatalog extended = standard.plus(List.of(
        IndicatorDefinition.builder().from(part).partOf(IndicatorCode.of("CTX_HOUSEHOLDS")).build()));
    assertEquals(standard.size() + 1, extended.size());
    assertThrows(NoSuchElementException.class, () -> standard.get("NOPE"));
    assertThrows(NullPointerException.class, () -> IndicatorCatalog.of(null));
  }

  @Test
  void definitionsValidateTheirKind() {
    IndicatorDefinition.Builder share = IndicatorDefinition.builder().code(IndicatorCode.of("X_SHARE")).nameVi("x")
        .nameEn("x").area(Area.CONTEXT).kind(IndicatorKind.SHARE).source("test");
    assertEquals(ValidRange.percent(), share.build().validRange());
    assertEquals("Invalid value for unit of X_SHARE (valid values % for a share): 1",
        assertThrows(IllegalArgumentException.class, () -> share.unit(AbstractUnit.ONE).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> share.unit(Units.PERCENT)
        .validRange(ValidRange.of(BigDecimal.ZERO, BigDecimal.valueOf(200))).build());
    assertThrows(IllegalArgumentException.class, () -> share.validRange(ValidRange.percent()).isDerived(true).build());
    assertThrows(IllegalArgumentException.class, () -> share.isDerived(false).nameVi(" ").build());
    IndicatorDefinition rank = IndicatorDefinition.builder().code(IndicatorCode.of("X_RANK")).nameVi("x").nameEn("x")
        .area(Area.CONTEXT).kind(IndicatorKind.RANK).source("test").build();
    assertEquals(ValidRange.of(Optional.of(BigDecimal.ONE), Optional.empty()), rank.validRange());
    assertEquals(Polarity.LOWER_IS_BETTER, rank.polarity());
    assertFalse(rank.aggregation().isAggregatable());
  }

  @Test
  void definitionsRejectEveryBrokenRuleWithItsMessage() {
    IndicatorDefinition.Builder count = IndicatorDefinition.builder().code(IndicatorCode.of("X_COUNT")).nameVi("x")
        .nameEn("x").area(Area.CONTEXT).kind(IndicatorKind.COUNT).source("test");
    assertEquals("Invalid value for nameEn of X_COUNT (valid values non-blank text):  ",
        assertThrows(IllegalArgumentException.class, () -> IndicatorDefinition.builder().from(count.build())
            .nameEn(" ").build()).getMessage());
    assertEquals("Invalid value for source of X_COUNT (valid values non-blank text): ",
        assertThrows(IllegalArgumentException.class, () -> IndicatorDefinition.builder().from(count.build())
            .source("").build()).getMessage());
    assertEquals("Invalid value for unit of X_COUNT (valid values 1 for a count): %",
        assertThrows(IllegalArgumentException.class, () -> IndicatorDefinition.builder().from(count.build())
            .unit(Units.PERCENT).build()).getMessage());
    assertEquals("Invalid value for partOf of X_COUNT (valid values another indicator's code): X_COUNT",
        assertThrows(IllegalArgumentException.class, () -> IndicatorDefinition.builder().from(count.build())
            .partOf(IndicatorCode.of("X_COUNT")).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> IndicatorDefinition.builder().from(count.build())
        .isDerived(true).build());
    IndicatorDefinition derived = IndicatorDefinition.builder().from(count.build()).isDerived(true)
        .aggregation(AggregationRule.ratioOfSums(List.of(IndicatorCode.of("A")), List.of(IndicatorCode.of("B")))).build();
    assertTrue(derived.isDerived());
    IndicatorDefinition score = IndicatorDefinition.builder().code(IndicatorCode.of("X_SCORE")).nameVi("x")
        .nameEn("x").area(Area.CONTEXT).kind(IndicatorKind.SCORE).source("test").build();
    assertEquals(ValidRange.unbounded(), score.validRange());
  }

  @Test
  void lookupsEqualityAndText() {
    IndicatorDefinition a = IndicatorDefinition.builder().code(IndicatorCode.of("A")).nameVi("a").nameEn("a")
        .area(Area.CONTEXT).kind(IndicatorKind.COUNT).source("test").build();
    IndicatorDefinition b = IndicatorDefinition.builder().from(a).code(IndicatorCode.of("B")).area(Area.DIGITAL_ECONOMY).build();
    IndicatorCatalog ab = IndicatorCatalog.of(List.of(a, b));
    assertEquals("Invalid value for definitions (valid values unique codes): A twice",
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.of(List.of(a, b, a))).getMessage());
    assertTrue(ab.contains(IndicatorCode.of("A")));
    assertFalse(ab.contains(IndicatorCode.of("C")));
    assertEquals(List.of(b), ab.definitions(Area.DIGITAL_ECONOMY));
    assertEquals(List.of(), ab.definitions(Area.AWARENESS));
    assertEquals(ab, IndicatorCatalog.of(List.of(a, b)));
    assertEquals(ab.hashCode(), IndicatorCatalog.of(List.of(a, b)).hashCode());
    assertFalse(ab.equals(IndicatorCatalog.of(List.of(a))));
    assertFalse(ab.equals("catalog"));
    assertEquals("IndicatorCatalog[A, B]", ab.toString());
  }

  @Test
  void enumerationsCarryTheirLabels() {
    assertEquals("Hạ tầng số", Area.INFRASTRUCTURE.nameVi());
    assertEquals("Digital infrastructure", Area.INFRASTRUCTURE.nameEn());
    assertEquals("INFRA", Area.INFRASTRUCTURE.codePrefix());
    assertTrue(Area.INFRASTRUCTURE.isFoundation());
    assertFalse(Area.DIGITAL_ECONOMY.isFoundation());
    assertFalse(Area.CONTEXT.isFoundation());
    assertEquals("Rank", IndicatorKind.RANK.nameEn());
    assertEquals("Thứ hạng", IndicatorKind.RANK.nameVi());
    assertEquals("Digital economy", Pillar.DIGITAL_ECONOMY.nameEn());
  }

  @Test
  void hashesDiffer() {
    assertTrue(IndicatorCatalog.standard().hashCode() != IndicatorCatalog.of(List.of()).hashCode());
  }
}
