package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.text.TextParseException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** Examples of the module: registration, the JSON of each kind of value, and errors. */
class DxvnModuleTest {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();
  /** Jackson's defaults (doubles for floats, no plain decimals) with the module only. */
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DxvnModule());

  private static final String FIBRE = "{\"unitCode\":\"45\",\"indicator\":\"INFRA_HOUSEHOLD_FIBRE_SHARE\","
      + "\"period\":\"2023\",\"value\":80.51,\"unit\":\"%\",\"status\":\"E\",\"note\":\"ước đạt\"}";

  // ----------------------------------------------------------------------------------- registration

  @Test
  void registersThroughServiceLoader() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof DxvnModule));
    assertTrue(ServiceLoader.load(Module.class).stream().anyMatch(p -> p.type() == DxvnModule.class));
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertTrue(found.getRegisteredModuleIds().contains(DxvnModule.class.getName()));
  }

  @Test
  void namesItself() {
    assertEquals("dxvn", new DxvnModule().getModuleName());
    assertEquals("dxvn-json", new DxvnModule().version().getArtifactId());
  }

  @Test
  void mapperHasTheModuleAndTheLimits() {
    assertTrue(MAPPER.getRegisteredModuleIds().contains(DxvnModule.class.getName()));
    assertEquals(DxvnJson.MAX_NESTING_DEPTH, MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth());
    assertEquals(DxvnJson.MAX_STRING_LENGTH, MAPPER.getFactory().streamReadConstraints().getMaxStringLength());
    assertEquals(DxvnJson.MAX_NUMBER_LENGTH, MAPPER.getFactory().streamReadConstraints().getMaxNumberLength());
    assertEquals(DxvnJson.MAX_NAME_LENGTH, MAPPER.getFactory().streamReadConstraints().getMaxNameLength());
  }

  // ------------------------------------------------------------------------------------- the values

  private static Observation fibre() {
    return Observation.builder().unitCode("45").indicator(IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"))
        .period(Period.parse("2023")).value(new BigDecimal("80.510")).unit(Units.PERCENT)
        .status(ObservationStatus.ESTIMATED).note("ước đạt").build();
  }

  @Test
  void writesAnObservation() throws Exception {
    assertEquals(FIBRE, MAPPER.writeValueAsString(fibre()));
    assertEquals(FIBRE, PLAIN.writeValueAsString(fibre()));
  }

  @Test
  void readsAnObservation() throws Exception {
    assertEquals(fibre(), MAPPER.readValue(FIBRE, Observation.class));
    assertEquals(fibre(), PLAIN.readValue(FIBRE, Observation.class));
  }

  @Test
  void writesCodesAndEnumsAsTheirStableText() throws Exception {
    assertEquals("\"E\"", MAPPER.writeValueAsString(ObservationStatus.ESTIMATED));
    assertEquals("\">=\"", MAPPER.writeValueAsString(Comparison.GREATER_OR_EQUAL));
    assertEquals("\"2023-Q4\"", MAPPER.writeValueAsString(Period.parse("2023-Q4")));
    assertEquals("\"%\"", MAPPER.writeValueAsString(Units.PERCENT));
    assertEquals("\"1\"", MAPPER.writeValueAsString(AbstractUnit.ONE));
    assertEquals(Comparison.GREATER, MAPPER.readValue("\">\"", Comparison.class));
  }

  @Test
  void readsTheDimensionlessUnitInEveryForm() throws Exception {
    for (String text : List.of("\"1\"", "\"one\"", "\"\"")) {
      assertEquals(AbstractUnit.ONE, MAPPER.readValue(text, Unit.class), text);
    }
  }

  @Test
  void writesWholeNumbersPlain() throws Exception {
    Observation hundred = Observation.builder().from(fibre()).value(new BigDecimal("1E+2")).build();
    assertTrue(MAPPER.writeValueAsString(hundred).contains("\"value\":100,"));
    assertTrue(PLAIN.writeValueAsString(hundred).contains("\"value\":100,"));
    assertEquals("{\"min\":0,\"max\":100}", PLAIN.writeValueAsString(ValidRange.percent()));
    assertEquals("{\"value\":100,\"unit\":\"%\"}",
        PLAIN.writeValueAsString(Quantities.getQuantity(new BigDecimal("1E+2"), Units.PERCENT)));
    assertEquals("{\"value\":0.0000001,\"unit\":\"m\"}",
        PLAIN.writeValueAsString(Quantities.getQuantity(new BigDecimal("1E-7"), Units.METRE)));
  }

  @Test
  void writesQuantitiesOfAnyNumberTypeAsTheirShortestDecimal() throws Exception {
    List<Number> numbers = List.of(new java.math.BigInteger("123456789012345678901234567890"), 42L, 42, (short) 42,
        (byte) 42, 0.1, 0.1f, -2.5e-8);
    List<String> written = List.of("123456789012345678901234567890", "42", "42", "42", "42", "0.1", "0.1",
        "-0.000000025");
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals("{\"value\":" + written.get(i) + ",\"unit\":\"1\"}",
          PLAIN.writeValueAsString(Quantities.getQuantity(numbers.get(i), AbstractUnit.ONE)), numbers.get(i)::toString);
    }
    // Indriya refuses NaN and infinities when the quantity is made; the serializer's own check is for
    // Quantity implementations of other libraries.
  }

  @Test
  void readsDecimalsExactlyWhateverTheMapperSettings() throws Exception {
    String digits = "0.1000000000000000055511151231257827021181583404541015625";
    String json = FIBRE.replace("80.51", digits);
    assertEquals(new BigDecimal(digits), PLAIN.readValue(json, Observation.class).value());
    assertEquals(new BigDecimal(digits), MAPPER.readValue(json, Observation.class).value());
    Quantity<?> q = PLAIN.readValue("{\"value\":99.53,\"unit\":\"%\"}", Quantity.class);
    assertEquals(new BigDecimal("99.53"), q.getValue());
    assertEquals(Units.PERCENT, q.getUnit());
  }

  @Test
  void readsNullOptionalMembersAsAbsent() throws Exception {
    Observation o = MAPPER.readValue(FIBRE.replace("\"note\":\"ước đạt\"", "\"note\":null,\"rank\":null"),
        Observation.class);
    assertEquals(Optional.empty(), o.note());
    assertEquals(Optional.empty(), o.rank());
  }

  @Test
  void readsAndWritesMapKeys() throws Exception {
    Map<IndicatorCode, Map<Period, BigDecimal>> map =
        Map.of(IndicatorCode.of("SOC_EID_ACTIVATED"), Map.of(Period.parse("2023"), new BigDecimal("11768")));
    String json = MAPPER.writeValueAsString(map);
    assertEquals("{\"SOC_EID_ACTIVATED\":{\"2023\":11768}}", json);
    assertEquals(map, MAPPER.readValue(json, new TypeReference<Map<IndicatorCode, Map<Period, BigDecimal>>>() {}));
  }

  // ------------------------------------------------------------------------------------------ errors

  @Test
  void badTextFailsWithCoresParseErrorAsCause() {
    String json = "{\n  \"unitCode\": \"45\",\n  \"indicator\": \"A\",\n  \"period\": \"2023-13\"\n}";
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue(json, Observation.class));
    TextParseException cause = assertInstanceOf(TextParseException.class, e.getCause());
    assertEquals(5, cause.getErrorIndex());
    assertEquals("/period", Samples.pointer(e));
    assertEquals(4, e.getLocation().getLineNr());
    assertEquals(13, e.getLocation().getColumnNr());
    assertEquals(Period.class, e.getTargetType());
    assertTrue(e.getMessage().contains("month must be 01 to 12"), e.getMessage());
  }

  @Test
  void valueCoreRejectsFailsWithCoresErrorAsCause() {
    ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
        () -> MAPPER.readValue(FIBRE.replace("\"E\"", "\"M\""), Observation.class));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(e.getMessage().contains("Invalid value for status"), e.getMessage());
  }

  @Test
  void unknownMemberFailsByName() {
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue(FIBRE.replace("\"note\"", "\"nota\""), Observation.class));
    assertEquals("nota", e.getPropertyName());
    assertTrue(e.getKnownPropertyIds().contains("note"));
    assertEquals("/nota", Samples.pointer(e));
  }

  @Test
  void missingMemberFailsByName() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(FIBRE.replace("\"value\":80.51,", ""), Observation.class));
    assertTrue(e.getMessage().startsWith("Missing required property 'value' of Observation"), e.getMessage());
  }

  @Test
  void nullForARequiredMemberFails() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(FIBRE.replace("80.51", "null"), Observation.class));
    assertTrue(e.getMessage().startsWith("Property 'value' of Observation must not be null"), e.getMessage());
  }

  @Test
  void duplicateMemberFails() {
    String json = FIBRE.replace("\"unit\":\"%\"", "\"unit\":\"%\",\"unit\":\"1\"");
    assertThrows(JsonMappingException.class, () -> PLAIN.readValue(json, Observation.class));
    assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> MAPPER.readValue(json, Observation.class));
  }

  @Test
  void numberAsStringFails() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(FIBRE.replace("80.51", "\"80.51\""), Observation.class));
    assertEquals("/value", Samples.pointer(e));
  }

  @Test
  void hugeExponentFailsBeforeAnyHugeNumberIsBuilt() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> PLAIN.readValue(FIBRE.replace("80.51", "1e100000000"), Observation.class));
    assertEquals("/value", Samples.pointer(e));
  }

  @Test
  void limitsHoldOnTheMapper() {
    String deep = "[".repeat(DxvnJson.MAX_NESTING_DEPTH + 1) + "]".repeat(DxvnJson.MAX_NESTING_DEPTH + 1);
    assertThrows(StreamConstraintsException.class, () -> MAPPER.readTree(deep));
    String longString = "\"" + "a".repeat(DxvnJson.MAX_STRING_LENGTH + 1) + "\"";
    assertThrows(StreamConstraintsException.class, () -> MAPPER.readValue(longString, String.class));
    String longNumber = "1" + "0".repeat(DxvnJson.MAX_NUMBER_LENGTH);
    assertThrows(StreamConstraintsException.class, () -> MAPPER.readValue(longNumber, BigDecimal.class));
    String longName = "{\"" + "a".repeat(DxvnJson.MAX_NAME_LENGTH + 1) + "\":1}";
    assertThrows(StreamConstraintsException.class, () -> MAPPER.readTree(longName));
  }

  @Test
  void trailingTokensFailOnTheMapper() {
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(FIBRE + " {}", Observation.class));
  }

  @Test
  void noClassNameIsReadFromInput() throws Exception {
    // A polymorphic class name where an untyped value is read stays a plain map.
    Object value = MAPPER.readValue("[\"java.net.URL\",\"http://example.org\"]", Object.class);
    assertInstanceOf(List.class, value);
    assertEquals(null, MAPPER.getDeserializationConfig().getDefaultTyper(MAPPER.constructType(Object.class)));
  }
}
