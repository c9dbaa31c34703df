package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

class DatasetTest {

  static final Period Y2023 = Period.parse("2023");

  static Observation obs(String unit, String code, String value, Unit<?> u) {
    return Observation.of(unit, IndicatorCode.of(code), Y2023, new BigDecimal(value), u);
  }

  @Test
  void reportsEveryViolationAtOnceInInputOrder() {
    List<Observation> input = List.of(
        obs("45", "INFRA_HOUSEHOLD_FIBRE_SHARE", "100.5", Units.PERCENT),          // 0 out of range
        obs("45", "HR_COMMUNITY_TEAMS_COMMUNE", "-1", AbstractUnit.ONE),           // 1 out of range
        obs("45", "HR_COMMUNITY_TEAMS_VILLAGE", "2.5", AbstractUnit.ONE),          // 2 fractional count
        obs("45", "SOC_EID_ACTIVATED", "11", AbstractUnit.ONE),                    // 3 part above whole
        obs("45", "SOC_EID_REGISTRATIONS", "10", AbstractUnit.ONE),                // 4
        obs("45", "INFRA_ADULT_SMARTPHONE_SHARE", "99.53", AbstractUnit.ONE),      // 5 wrong unit
        obs("45", "SOC_EID_ACTIVATION_RATE", "50", Units.PERCENT),                 // 6 derived stored
        obs("45", "HR_COMMUNITY_TEAMS_VILLAGE", "3", AbstractUnit.ONE),            // 7 duplicate of 2
        obs("45", "XYZ_UNKNOWN", "1", AbstractUnit.ONE));                          // 8 unknown: warning
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.of(input));
    List<String> rules = e.violations().stream()
        .map(v -> v.positions().get(0) + ":" + v.rule() + ":" + v.severity()).collect(Collectors.toList());
    assertEquals(List.of("0:OUT_OF_RANGE:ERROR", "1:OUT_OF_RANGE:ERROR", "2:NOT_INTEGRAL:ERROR",
        "3:PART_EXCEEDS_WHOLE:ERROR", "5:UNIT_MISMATCH:ERROR", "6:DERIVED_STORED:ERROR",
        "7:DUPLICATE_KEY:ERROR", "8:UNKNOWN_INDICATOR:WARNING"), rules);
    assertEquals("Invalid value for INFRA_HOUSEHOLD_FIBRE_SHARE in 45/INFRA_HOUSEHOLD_FIBRE_SHARE/2023"
        + " (valid values [0, 100]): 100.5", e.violations().get(0).message());
    assertEquals(List.of(3, 4), e.violations().get(3).positions());
    assertTrue(e.getMessage().startsWith("7 error(s) in the observations:"), e.getMessage());
  }

  @Test
  void boundsDecidePartsOnlyWhenTheyCan() {
    // "over 12" activated of 10 registered is impossible; "under 12" activated is unknown, so allowed.
    Observation registered = obs("45", "SOC_EID_REGISTRATIONS", "10", AbstractUnit.ONE);
    Observation over = Observation.builder().from(obs("45", "SOC_EID_ACTIVATED", "12", AbstractUnit.ONE))
        .comparison(Comparison.GREATER).build();
    Observation under = Observation.builder().from(over).comparison(Comparison.LESS).build();
    assertThrows(InvalidDatasetException.class, () -> Dataset.of(List.of(registered, over)));
    assertEquals(2, Dataset.of(List.of(registered, under)).size());
  }

  @Test
  void unknownCodesAreWarningsAndLookupsWork() {
    Dataset d = Dataset.of(List.of(obs("45", "XYZ", "1", AbstractUnit.ONE), obs("44", "XYZ", "2", AbstractUnit.ONE),
        obs("44", "CTX_HOUSEHOLDS", "5", AbstractUnit.ONE)));
    assertEquals(2, d.warnings().size());
    assertEquals(List.of("44", "44", "45"), d.stream().map(Observation::unitCode).collect(Collectors.toList()));
    assertEquals("[44, 45]", d.unitCodes().toString());
    assertEquals("[CTX_HOUSEHOLDS, XYZ]", d.indicators().toString());
    assertEquals("[2023]", d.periods().toString());
    assertEquals(2, d.observations(IndicatorCode.of("XYZ")).size());
    assertEquals(new BigDecimal("2"), d.find("44", IndicatorCode.of("XYZ"), Y2023).orElseThrow().value());
    assertTrue(d.find("46", IndicatorCode.of("XYZ"), Y2023).isEmpty());
    assertEquals(IndicatorCatalog.standard(), d.catalog());
  }

  /** A catalog of one rank indicator ({@code GOV_DTI_RANK}) and one score ({@code GOV_DTI_SCORE}). */
  static IndicatorCatalog rankCatalog() {
    return IndicatorCatalog.of(List.of(
        IndicatorDefinition.builder().code(IndicatorCode.of("GOV_DTI_RANK")).nameVi("Xếp hạng DTI")
            .nameEn("DTI rank").area(Area.DIGITAL_GOVERNMENT).kind(IndicatorKind.RANK).source("test").build(),
        IndicatorDefinition.builder().code(IndicatorCode.of("GOV_DTI_SCORE")).nameVi("Điểm DTI")
            .nameEn("DTI score").area(Area.DIGITAL_GOVERNMENT).kind(IndicatorKind.SCORE).source("test").build()));
  }

  static Observation ranked(String code, int value, RankPosition rank) {
    return Observation.builder().from(obs("45", code, Integer.toString(value), AbstractUnit.ONE)).rank(rank).build();
  }

  @Test
  void aRankAboveItsGroupSizeIsAnError() {
    IndicatorCatalog catalog = rankCatalog();
    List<Observation> input = List.of(ranked("GOV_DTI_RANK", 64, RankPosition.of(12, 63)));
    List<Violation> violations = Dataset.validate(catalog, input);
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(Violation.Rule.RANK_EXCEEDS_GROUP, v.rule());
    assertEquals(Violation.Severity.ERROR, v.severity());
    assertEquals(List.of(0), v.positions());
    assertEquals(List.of(input.get(0).key()), v.keys());
    assertEquals("45/GOV_DTI_RANK/2023: rank 64 exceeds the 63 units ranked", v.message());
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.of(catalog, input));
    assertEquals(List.of(v), e.violations());
  }

  @Test
  void aRankUpToItsGroupSizeOrWithoutOneIsAccepted() {
    IndicatorCatalog catalog = rankCatalog();
    // The last place, a rank without group size, no rank position at all.
    assertEquals(List.of(), Dataset.validate(catalog, List.of(ranked("GOV_DTI_RANK", 63, RankPosition.of(63, 63)))));
    assertEquals(List.of(), Dataset.validate(catalog, List.of(ranked("GOV_DTI_RANK", 64, RankPosition.of(12)))));
    assertEquals(List.of(), Dataset.validate(catalog, List.of(obs("45", "GOV_DTI_RANK", "64", AbstractUnit.ONE))));
    // A score is no rank: a rank position beside it does not bound its value.
    assertEquals(List.of(), Dataset.validate(catalog, List.of(ranked("GOV_DTI_SCORE", 64, RankPosition.of(12, 63)))));
    assertEquals(1, Dataset.of(catalog, List.of(ranked("GOV_DTI_RANK", 63, RankPosition.of(12, 63)))).size());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> Dataset.of(null));
    assertThrows(NullPointerException.class, () -> Dataset.of(null, List.of()));
    assertThrows(NullPointerException.class, () -> Dataset.validate(IndicatorCatalog.standard(), null));
  }

  @Test
  void aWholeThatIsOnlyALowerBoundDecidesNothing() {
    Observation part = obs("45", "SOC_EID_ACTIVATED", "12", AbstractUnit.ONE);
    Observation whole = obs("45", "SOC_EID_REGISTRATIONS", "10", AbstractUnit.ONE);
    for (Comparison c : Comparison.values()) {
      Observation w = Observation.builder().from(whole).comparison(c).build();
      boolean decided = c.isExact() || c.isUpperBound();
      assertEquals(decided ? 1 : 0, Dataset.validate(IndicatorCatalog.standard(), List.of(part, w)).size(), c::toString);
    }
  }

  @Test
  void equalityHashPlusAndText() {
    Dataset a = Dataset.of(List.of(obs("45", "CTX_HOUSEHOLDS", "5", AbstractUnit.ONE)));
    Dataset b = Dataset.of(List.of(obs("45", "CTX_HOUSEHOLDS", "5.0", AbstractUnit.ONE)));
    Dataset c = Dataset.of(List.of(obs("45", "CTX_HOUSEHOLDS", "6", AbstractUnit.ONE)));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a.hashCode(), c.hashCode());
    assertNotEquals(a, "dataset");
    Dataset both = a.plus(List.of(obs("44", "CTX_HOUSEHOLDS", "6", AbstractUnit.ONE)));
    assertEquals(2, both.size());
    assertEquals(1, a.size());
    assertEquals(List.of("44", "45"), both.stream().map(Observation::unitCode).collect(Collectors.toList()));
    assertThrows(InvalidDatasetException.class, () -> a.plus(List.of(obs("45", "CTX_HOUSEHOLDS", "7", AbstractUnit.ONE))));
    assertEquals("Dataset[1 observations, 1 units, 1 indicators, 1 periods]", a.toString());
  }
}
