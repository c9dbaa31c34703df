package io.github.dxvn.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;

class DerivedValueTest {

  static final Period Y = Period.parse("2023");
  static final IndicatorCode RATE = IndicatorCode.of("SOC_EID_ACTIVATION_RATE");

  static Observation count(String code, String value) {
    return Observation.of("45", IndicatorCode.of(code), Y, new BigDecimal(value), AbstractUnit.ONE);
  }

  static Optional<DerivedValue> rate(Observation registrations, Observation activated) {
    return DerivedValue.compute(Dataset.of(List.of(registrations, activated)), RATE, "45", Y);
  }

  @Test
  void aRatioOfTheInputsWithItsParts() {
    DerivedValue v = rate(count("SOC_EID_REGISTRATIONS", "200"), count("SOC_EID_ACTIVATED", "50")).orElseThrow();
    assertEquals(IndicatorCatalog.standard().get(RATE), v.definition());
    assertEquals("45", v.unitCode());
    assertEquals(Y, v.period());
    assertEquals(new BigDecimal("50"), v.numerator());
    assertEquals(new BigDecimal("200"), v.denominator());
    assertEquals(new BigDecimal("25"), v.value());
    assertEquals(ObservationStatus.NORMAL, v.status());
    assertEquals("45/SOC_EID_ACTIVATION_RATE/2023 = 50 / 200 = 25", v.toString());
    assertEquals(new BigDecimal("25"), v.toObservation().value());
  }

  @Test
  void anInputOtherThanNormalMakesAnEstimate() {
    Observation estimated = Observation.builder().from(count("SOC_EID_ACTIVATED", "50"))
        .status(ObservationStatus.ESTIMATED).build();
    assertEquals(ObservationStatus.ESTIMATED,
        rate(count("SOC_EID_REGISTRATIONS", "200"), estimated).orElseThrow().status());
    Observation provisional = Observation.builder().from(count("SOC_EID_REGISTRATIONS", "200"))
        .status(ObservationStatus.PROVISIONAL).build();
    assertEquals(ObservationStatus.ESTIMATED,
        rate(provisional, count("SOC_EID_ACTIVATED", "50")).orElseThrow().status());
  }

  @Test
  void missingInexactOrZeroInputsGiveNothing() {
    Observation bound = Observation.builder().from(count("SOC_EID_ACTIVATED", "50"))
        .comparison(Comparison.GREATER).build();
    assertEquals(Optional.empty(), rate(count("SOC_EID_REGISTRATIONS", "200"), bound));
    assertEquals(Optional.empty(), rate(count("SOC_EID_REGISTRATIONS", "0"), count("SOC_EID_ACTIVATED", "0")));
    assertEquals(Optional.empty(), DerivedValue.compute(Dataset.of(List.of(count("SOC_EID_REGISTRATIONS", "200"))),
        RATE, "45", Y));
    assertEquals("Invalid value for indicator (valid values a derived indicator of the catalog):"
        + " SOC_EID_REGISTRATIONS", assertThrows(IllegalArgumentException.class, () -> DerivedValue.compute(
            Dataset.of(List.of()), IndicatorCode.of("SOC_EID_REGISTRATIONS"), "45", Y)).getMessage());
  }

  @Test
  void equalityByValueOfTheParts() {
    DerivedValue a = rate(count("SOC_EID_REGISTRATIONS", "200"), count("SOC_EID_ACTIVATED", "50")).orElseThrow();
    DerivedValue b = rate(count("SOC_EID_REGISTRATIONS", "200.0"), count("SOC_EID_ACTIVATED", "50")).orElseThrow();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, rate(count("SOC_EID_REGISTRATIONS", "201"), count("SOC_EID_ACTIVATED", "50")).orElseThrow());
    assertNotEquals(a, rate(count("SOC_EID_REGISTRATIONS", "200"), count("SOC_EID_ACTIVATED", "51")).orElseThrow());
    assertNotEquals(a.hashCode(),
        rate(count("SOC_EID_REGISTRATIONS", "200"), count("SOC_EID_ACTIVATED", "51")).orElseThrow().hashCode());
    assertNotEquals(a, rate(count("SOC_EID_REGISTRATIONS", "200"), Observation.builder()
        .from(count("SOC_EID_ACTIVATED", "50")).status(ObservationStatus.ESTIMATED).build()).orElseThrow());
    assertNotEquals(a, "25");
    assertTrue(DerivedValue.computeAll(Dataset.of(List.of(count("SOC_EID_REGISTRATIONS", "200"),
        count("SOC_EID_ACTIVATED", "50")))).contains(a));
  }

  @Test
  void aStoredValueIsRebuiltFromItsSums() {
    DerivedValue v = rate(count("SOC_EID_REGISTRATIONS", "200"), count("SOC_EID_ACTIVATED", "50")).orElseThrow();
    var rate = IndicatorCatalog.standard().get(RATE);
    DerivedValue of = DerivedValue.of(rate, "45", Y, new BigDecimal("50"), new BigDecimal("200"), ObservationStatus.NORMAL);
    assertEquals(v, of);
    assertEquals(new BigDecimal("25"), of.value());
    assertEquals(ObservationStatus.ESTIMATED,
        DerivedValue.of(rate, "45", Y, BigDecimal.ONE, BigDecimal.TEN, ObservationStatus.ESTIMATED).status());

    var registrations = IndicatorCatalog.standard().get(IndicatorCode.of("SOC_EID_REGISTRATIONS"));
    assertEquals("Invalid value for definition (valid values a derived indicator): SOC_EID_REGISTRATIONS",
        assertThrows(IllegalArgumentException.class, () -> DerivedValue.of(registrations, "45", Y, BigDecimal.ONE,
            BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("Invalid value for unitCode (valid values a non-empty code): \"\"",
        assertThrows(IllegalArgumentException.class, () -> DerivedValue.of(rate, "", Y, BigDecimal.ONE,
            BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("Invalid value for denominator (valid values not zero): 0.00",
        assertThrows(IllegalArgumentException.class, () -> DerivedValue.of(rate, "45", Y, BigDecimal.ONE,
            new BigDecimal("0.00"), ObservationStatus.NORMAL)).getMessage());
    assertEquals("Invalid value for status (valid values NORMAL, ESTIMATED): MISSING",
        assertThrows(IllegalArgumentException.class, () -> DerivedValue.of(rate, "45", Y, BigDecimal.ONE,
            BigDecimal.ONE, ObservationStatus.MISSING)).getMessage());

    assertEquals("definition", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(null, "45", Y, BigDecimal.ONE, BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("unitCode", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(rate, null, Y, BigDecimal.ONE, BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("period", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(rate, "45", null, BigDecimal.ONE, BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("numerator", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(rate, "45", Y, null, BigDecimal.ONE, ObservationStatus.NORMAL)).getMessage());
    assertEquals("denominator", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(rate, "45", Y, BigDecimal.ONE, null, ObservationStatus.NORMAL)).getMessage());
    assertEquals("status", assertThrows(NullPointerException.class,
        () -> DerivedValue.of(rate, "45", Y, BigDecimal.ONE, BigDecimal.ONE, null)).getMessage());
  }
}
