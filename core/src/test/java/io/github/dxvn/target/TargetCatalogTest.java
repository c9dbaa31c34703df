package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.LegalDocuments;
import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class TargetCatalogTest {

  private static final TargetCatalog CATALOG = TargetCatalog.standard();

  @Test
  void countsTargetsAndOmissions() {
    // 32 source rows: 15 with two values give 30 targets, 14 with one give 14, the fibre row gives a
    // third (communes), and the 4G/5G row gives none.
    assertEquals(47, CATALOG.size());
    assertEquals(3, CATALOG.omitted().size());
    assertTrue(CATALOG.omitted().stream().allMatch(s -> s.contains("qualitative")));
  }

  @Test
  void keepsTheKindAndStatusOfEachDocument() {
    Map<String, Long> byDocument = CATALOG.targets().stream().collect(Collectors.groupingBy(
        t -> t.document().number().map(Object::toString).orElse("-") + " " + t.document().status() + " "
            + t.documentKind(),
        TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(
        "749/QĐ-TTg ISSUED PROGRAMME", 23L,
        "411/QĐ-TTg ISSUED STRATEGY", 19L,
        "- DRAFT STRATEGY", 1L,
        "17/QĐ-UBQGCĐS ISSUED ACTION_PLAN", 4L), byDocument);
  }

  @Test
  void documentsAgreeWithTheLegalPackage() {
    assertEquals(LegalDocuments.DECISION_749_QD_TTG, CATALOG.get("749-egdi-2025").document());
    assertEquals(LegalDocuments.DECISION_411_QD_TTG, CATALOG.get("411-sme-platforms-2030").document());
    LegalDocument draft = CATALOG.get("411-draft-digital-identity-2025").document();
    assertEquals(Optional.empty(), draft.number());
    assertEquals(Issuer.PRIME_MINISTER, draft.issuer());
    assertEquals(DocumentType.DECISION, draft.type());
    LegalDocument plan = CATALOG.get("plan-2023-adult-eid-2023").document();
    assertEquals(Optional.of(DocumentNumber.parse("17/QĐ-UBQGCĐS")), plan.number());
    assertEquals(Optional.of(LocalDate.of(2023, 4, 4)), plan.signingDate());
  }

  @Test
  void everyIndicatorIsInTheStandardCatalogWithTheTargetsUnit() {
    IndicatorCatalog standard = IndicatorCatalog.standard();
    for (NationalTarget target : CATALOG.targets()) {
      target.indicator().ifPresent(code -> assertEquals(standard.get(code).unit(), target.unit(), target.id()));
      assertEquals(target.comparator() == TargetComparator.TOP ? AbstractUnit.ONE : Units.PERCENT, target.unit(),
          target.id());
    }
  }

  @Test
  void mapsOntoCatalogCodes() {
    Set<String> mapped = CATALOG.targets().stream().filter(t -> t.indicator().isPresent())
        .map(t -> t.id() + "=" + t.indicator().get()).collect(Collectors.toSet());
    assertEquals(Set.of(
        "749-digital-economy-gdp-2025=ECON_DIGITAL_ECONOMY_GRDP_SHARE",
        "749-digital-economy-gdp-2030=ECON_DIGITAL_ECONOMY_GRDP_SHARE",
        "411-digital-economy-gdp-2025=ECON_DIGITAL_ECONOMY_GRDP_SHARE",
        "411-digital-economy-gdp-2030=ECON_DIGITAL_ECONOMY_GRDP_SHARE",
        "plan-2023-digital-economy-gdp-2023=ECON_DIGITAL_ECONOMY_GRDP_SHARE",
        "749-fibre-households-2025=INFRA_HOUSEHOLD_FIBRE_SHARE",
        "411-fibre-households-2025=INFRA_HOUSEHOLD_FIBRE_SHARE",
        "plan-2023-fibre-households-2023=INFRA_HOUSEHOLD_FIBRE_SHARE",
        "749-payment-account-2025=SOC_POPULATION_PAYMENT_ACCOUNT_SHARE",
        "749-payment-account-2030=SOC_POPULATION_PAYMENT_ACCOUNT_SHARE",
        "411-adult-smartphone-2025=INFRA_ADULT_SMARTPHONE_SHARE",
        "411-adult-smartphone-2030=INFRA_ADULT_SMARTPHONE_SHARE"), mapped);
  }

  @Test
  void sourceValues() {
    assertTarget("749-digital-economy-gdp-2025", TargetComparator.REACH, "20", 2025);
    assertTarget("749-digital-economy-gdp-2030", TargetComparator.REACH, "30", 2030);
    assertTarget("749-fibre-households-2025", TargetComparator.GREATER, "80", 2025);
    assertTarget("749-fibre-communes-2025", TargetComparator.REACH, "100", 2025);
    assertTarget("749-payment-account-2025", TargetComparator.GREATER, "50", 2025);
    assertTarget("749-payment-account-2030", TargetComparator.REACH, "80", 2030);
    assertTarget("749-egdi-2030", TargetComparator.TOP, "50", 2030);
    assertTarget("749-gii-2025", TargetComparator.TOP, "35", 2025);
    assertTarget("411-adult-smartphone-2025", TargetComparator.REACH, "80", 2025);
    assertTarget("411-adult-smartphone-2030", TargetComparator.REACH, "95", 2030);
    assertTarget("411-digital-economy-sectors-2030", TargetComparator.AT_LEAST, "20", 2030);
    assertTarget("plan-2023-fibre-households-2023", TargetComparator.GREATER, "85", 2023);
    assertEquals(DocumentStatus.DRAFT, CATALOG.get("411-draft-digital-identity-2025").document().status());
    assertEquals(DocumentKind.ACTION_PLAN, CATALOG.get("plan-2023-adult-eid-2023").documentKind());
  }

  private static void assertTarget(String id, TargetComparator comparator, String value, int year) {
    NationalTarget target = CATALOG.get(id);
    assertEquals(comparator, target.comparator(), id);
    assertEquals(new BigDecimal(value), target.value(), id);
    assertEquals(year, target.deadlineYear(), id);
    assertTrue(target.sourceUrl().startsWith("http"), id);
  }

  @Test
  void quangTri2023AgainstTheTargets() {
    // Seed figures (FACTS.md §1) against the 2025 targets.
    assertEquals(TargetStatus.MEETS, CATALOG.get("749-fibre-households-2025").assess(Comparison.EQUAL, new BigDecimal("80.51")));
    assertEquals(TargetStatus.FAILS, CATALOG.get("plan-2023-fibre-households-2023").assess(Comparison.EQUAL, new BigDecimal("80.51")));
    assertEquals(TargetStatus.MEETS, CATALOG.get("749-payment-account-2025").assess(Comparison.GREATER, new BigDecimal("65")));
    assertEquals(TargetStatus.UNKNOWN, CATALOG.get("749-payment-account-2030").assess(Comparison.GREATER, new BigDecimal("65")));
    assertEquals(TargetStatus.MEETS, CATALOG.get("411-adult-smartphone-2030").assess(Comparison.EQUAL, new BigDecimal("99.53")));
    assertEquals(TargetStatus.FAILS, CATALOG.get("411-digital-economy-gdp-2025").assess(Comparison.EQUAL, new BigDecimal("9.03")));
    assertEquals(new BigDecimal("10.97"), CATALOG.get("411-digital-economy-gdp-2025").distance(new BigDecimal("9.03")));
  }

  @Test
  void lookups() {
    assertEquals(3, CATALOG.targets(IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE")).size());
    assertEquals(List.of(), CATALOG.targets(IndicatorCode.of("SOC_EID_REGISTRATIONS")));
    assertEquals(Optional.empty(), CATALOG.find("no-such-target"));
    assertEquals("Invalid value for id (valid values the catalog's target identifiers): no-such-target",
        assertThrows(IllegalArgumentException.class, () -> CATALOG.get("no-such-target")).getMessage());
    Set<String> ids = new HashSet<>();
    CATALOG.targets().forEach(t -> assertTrue(ids.add(t.id())));
    assertTrue(CATALOG.targets().stream().allMatch(t -> t.id().endsWith("-" + t.deadlineYear())));
  }

  @Test
  void ofRejectsDuplicatesAndNulls() {
    NationalTarget one = CATALOG.get("749-gii-2025");
    TargetCatalog catalog = TargetCatalog.of(List.of(one));
    assertEquals(1, catalog.size());
    assertEquals(List.of(), catalog.omitted());
    assertThrows(IllegalArgumentException.class, () -> TargetCatalog.of(List.of(one, one)));
    assertThrows(NullPointerException.class, () -> TargetCatalog.of(null));
    assertThrows(NullPointerException.class, () -> CATALOG.find(null));
    assertThrows(NullPointerException.class, () -> CATALOG.targets(null));
    assertEquals(CATALOG, TargetCatalog.standard());
  }

  @Test
  void catalogsCompareByTheirTargets() {
    TargetCatalog all = TargetCatalog.standard();
    TargetCatalog one = TargetCatalog.of(all.targets().subList(0, 1));
    assertEquals(one, TargetCatalog.of(all.targets().subList(0, 1)));
    assertEquals(one.hashCode(), TargetCatalog.of(all.targets().subList(0, 1)).hashCode());
    assertNotEquals(one, TargetCatalog.of(all.targets().subList(1, 2)));
    assertNotEquals(one.hashCode(), TargetCatalog.of(all.targets().subList(1, 2)).hashCode());
    assertNotEquals(one, "catalog");
    assertEquals("TargetCatalog[1 targets]", one.toString());
  }
}
