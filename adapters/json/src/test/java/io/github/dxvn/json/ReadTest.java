package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Period;
import io.github.dxvn.quicktheories.DxvnGens;
import io.github.dxvn.text.TextParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The token readers every deserializer of the adapter is built from: the value of the right token,
 * and for any other token or a value out of range the Jackson exception a caller would get.
 */
class ReadTest {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();
  /** Jackson's defaults: no strict duplicate detection in the parser, so the reader's own check runs. */
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DxvnModule());

  /** Reads the first value of a document with one of {@link Read}'s readers. */
  private static <T> T read(String json, Read.Element<T> reader) throws IOException {
    return read(MAPPER, json, reader);
  }

  private static <T> T read(ObjectMapper mapper, String json, Read.Element<T> reader) throws IOException {
    JsonParser p = mapper.createParser(json);
    DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), p, mapper.getInjectableValues());
    p.nextToken();
    return reader.read(p, ctxt);
  }

  /** Asserts the read fails with exactly this exception type (not a subtype) and returns it. */
  private static <E extends JsonMappingException> E fails(Class<E> type, String json, Read.Element<?> reader) {
    return fails(MAPPER, type, json, reader);
  }

  private static <E extends JsonMappingException> E fails(ObjectMapper mapper, Class<E> type, String json,
      Read.Element<?> reader) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(mapper, json, reader), json);
    assertEquals(type, e.getClass(), e.getMessage());
    return type.cast(e);
  }

  @Test
  void textParsesStringsWithTheFactoryAndKeepsItsError() throws IOException {
    Read.Element<Period> period = (p, c) -> Read.text(p, c, Period.class, Period::parse);
    assertEquals(Period.parse("2025-Q3"), read("\"2025-Q3\"", period));
    fails(MismatchedInputException.class, "2025", period);
    InvalidFormatException e = fails(InvalidFormatException.class, "\"20x5\"", period);
    assertInstanceOf(TextParseException.class, e.getCause());
    assertEquals("20x5", e.getValue());
  }

  @Test
  void stringReadsOnlyStrings() throws IOException {
    assertEquals("Quảng Trị", read("\"Quảng Trị\"", Read::string));
    fails(MismatchedInputException.class, "1", Read::string);
    fails(MismatchedInputException.class, "{}", Read::string);
  }

  @Test
  void boolReadsOnlyBooleans() throws IOException {
    assertEquals(true, read("true", Read::bool));
    assertEquals(false, read("false", Read::bool));
    fails(MismatchedInputException.class, "\"true\"", Read::bool);
    fails(MismatchedInputException.class, "1", Read::bool);
  }

  @Test
  void integerReadsWholeNumbersOfTheIntRange() throws IOException {
    assertEquals(7, read("7", Read::integer));
    assertEquals(Integer.MIN_VALUE, read("-2147483648", Read::integer));
    assertEquals(Integer.MAX_VALUE, read("2147483647", Read::integer));
    fails(InvalidFormatException.class, "2147483648", Read::integer);
    fails(MismatchedInputException.class, "1.5", Read::integer);
    fails(MismatchedInputException.class, "\"7\"", Read::integer);
  }

  @Test
  void numberReadsFiniteDoubles() throws IOException {
    assertEquals(1.0, read("1", Read::number));
    assertEquals(-2.5, read("-2.5", Read::number));
    fails(InvalidFormatException.class, "1e400", Read::number);
    fails(MismatchedInputException.class, "\"1\"", Read::number);
  }

  @Test
  void decimalKeepsTheTextAndRefusesLongPlainForms() throws IOException {
    assertEquals(new BigDecimal("99.530"), read("99.530", Read::decimal));
    assertEquals(new BigDecimal("12"), read("12", Read::decimal));
    // 1E+999 is 1,000 characters in plain notation, the limit; one more digit or a sign is too long
    assertEquals(new BigDecimal("1E+999"), read("1e999", Read::decimal));
    fails(InvalidFormatException.class, "1e1000", Read::decimal);
    fails(InvalidFormatException.class, "-1e999", Read::decimal);
    fails(InvalidFormatException.class, "1e-999", Read::decimal);
    fails(MismatchedInputException.class, "\"1\"", Read::decimal);
    fails(MismatchedInputException.class, "null", Read::decimal);
  }

  @Test
  void plainLengthIsTheLengthOfThePlainText() {
    qt().forAll(DxvnGens.decimals(), SourceDSL.integers().between(-40, 40))
        .checkAssert((d, shift) -> {
          BigDecimal x = d.scaleByPowerOfTen(shift);
          assertEquals(x.toPlainString().length(), Read.plainLength(x), x::toPlainString);
        });
    for (String s : List.of("0", "-0.001", "1E+3", "-1E+3", "0.5", "-12.345", "1E-3")) {
      BigDecimal x = new BigDecimal(s);
      assertEquals(x.toPlainString().length(), Read.plainLength(x), s);
    }
  }

  @Test
  void decimalMapKeepsOrderAndNamesTheBadKey() throws IOException {
    Map<IndicatorCode, BigDecimal> expected = new LinkedHashMap<>();
    expected.put(IndicatorCode.of("B"), new BigDecimal("2.50"));
    expected.put(IndicatorCode.of("A"), BigDecimal.ONE);
    Map<IndicatorCode, BigDecimal> read = read("{\"B\": 2.50, \"A\": 1}", Read::decimalMap);
    assertEquals(expected, read);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.keySet()));
    fails(MismatchedInputException.class, "[]", Read::decimalMap);
    InvalidFormatException bad = fails(InvalidFormatException.class, "{\"A\": 1, \"a b\": 2}", Read::decimalMap);
    assertEquals("a b", bad.getPath().get(0).getFieldName());
    MismatchedInputException twice = fails(PLAIN, MismatchedInputException.class, "{\"A\": 1, \"A\": 2}",
        Read::decimalMap);
    assertTrue(twice.getMessage().startsWith("Duplicate indicator code 'A'"), twice.getMessage());
    assertEquals("A", twice.getPath().get(0).getFieldName());
    InvalidFormatException value = fails(InvalidFormatException.class, "{\"A\": 1e1000}", Read::decimalMap);
    assertEquals("A", value.getPath().get(0).getFieldName());
  }

  @Test
  void listsReadEachElementAndNameTheBadIndex() throws IOException {
    assertEquals(List.of(1, 2), read("[1, 2]", (p, c) -> Read.list(p, c, Read::integer)));
    assertEquals(List.of(), read("[]", (p, c) -> Read.list(p, c, Read::integer)));
    fails(MismatchedInputException.class, "{}", (p, c) -> Read.list(p, c, Read::integer));
    MismatchedInputException nul = fails(MismatchedInputException.class, "[1, null]",
        (p, c) -> Read.list(p, c, Read::integer));
    assertEquals(1, nul.getPath().get(0).getIndex());
    assertEquals(Arrays.asList(1, null), read("[1, null]", (p, c) -> Read.nullableList(p, c, Read::integer)));
    MismatchedInputException element = fails(MismatchedInputException.class, "[1, 2, \"3\"]",
        (p, c) -> Read.list(p, c, Read::integer));
    assertEquals(2, element.getPath().get(0).getIndex());
  }
}
