package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads single JSON values for the deserializers of this package, turning core's exceptions into
 * Jackson's with the cause kept. Every method expects the parser on the value's token.
 */
final class Read {

  /**
   * The longest a decimal may be once written in plain notation, as dxvn writes it: {@code 1e999}
   * (1000 characters plain) is accepted, {@code 1e100000000} is not, because making it canonical
   * would build a hundred-million-digit integer. Equal to the factory's number-length limit, so that
   * whatever is read can be written and read again.
   */
  static final int MAX_PLAIN_LENGTH = DxvnJson.MAX_NUMBER_LENGTH;

  private Read() {}

  /** Parses a string value with one of core's {@code parse} or {@code of} factories. */
  static <T> T text(JsonParser p, DeserializationContext ctxt, Class<T> type, Function<String, T> parse)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getText();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      // TextParseException is an IllegalArgumentException too; java.time's Jackson module does the same.
      try {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
      } catch (JsonMappingException mapped) {
        mapped.initCause(e);
        throw mapped;
      }
    }
  }

  /** Reads a string value as it is. */
  static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
    return p.getText();
  }

  /** Reads a JSON boolean. */
  static boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
  }

  /** Reads a JSON integer that fits an int. */
  static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "out of the int range");
    }
    return p.getIntValue();
  }

  /** Reads a JSON number as a finite double (the engine's numbers: weights, bounds, scores). */
  static double number(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return (Double) ctxt.handleUnexpectedToken(Double.class, p);
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      return (Double) ctxt.handleWeirdNumberValue(Double.class, value, "not a finite number");
    }
    return value;
  }

  /**
   * Reads a JSON number as an exact decimal, straight from its text, whatever the mapper's settings
   * for floating-point numbers; never through a double.
   */
  static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
    if (p.isNaN()) {
      return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, p.getNumberValue(),
          "NaN and infinities are not values");
    }
    BigDecimal value = p.getDecimalValue();
    if (plainLength(value) > MAX_PLAIN_LENGTH) {
      return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, value,
          "more than %d characters in plain notation", MAX_PLAIN_LENGTH);
    }
    return value;
  }

  /** Returns the length of a decimal's plain text without computing it. */
  static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    return digits + (value.signum() < 0 ? 1 : 0);
  }

  /**
   * Reads a JSON object of decimals keyed by indicator code, in the object's order; a bad code is an
   * {@code InvalidFormatException}, a repeated one a mismatch.
   */
  static java.util.Map<io.github.dxvn.indicator.IndicatorCode, BigDecimal> decimalMap(JsonParser p,
      DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      @SuppressWarnings("unchecked")
      java.util.Map<io.github.dxvn.indicator.IndicatorCode, BigDecimal> recovered =
          (java.util.Map<io.github.dxvn.indicator.IndicatorCode, BigDecimal>) ctxt.handleUnexpectedToken(java.util.Map.class, p);
      return recovered;
    }
    java.util.Map<io.github.dxvn.indicator.IndicatorCode, BigDecimal> values = new java.util.LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      try {
        io.github.dxvn.indicator.IndicatorCode code;
        try {
          code = io.github.dxvn.indicator.IndicatorCode.parse(name);
        } catch (IllegalArgumentException e) {
          JsonMappingException bad = com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
              e.getMessage(), name, io.github.dxvn.indicator.IndicatorCode.class);
          bad.initCause(e);
          throw bad;
        }
        if (values.put(code, decimal(p, ctxt)) != null) {
          ctxt.reportInputMismatch(java.util.Map.class, "Duplicate indicator code '%s'", name);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, values, name);
      }
    }
    return values;
  }

  /** Reads a JSON array, each element with the given reader; errors name the element's index. */
  static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Element<T> element) throws IOException {
    return list(p, ctxt, element, false);
  }

  /** Reads a JSON array whose elements may be {@code null} (kept as null); errors name the index. */
  static <T> List<T> nullableList(JsonParser p, DeserializationContext ctxt, Element<T> element) throws IOException {
    return list(p, ctxt, element, true);
  }

  private static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Element<T> element, boolean nulls)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      @SuppressWarnings("unchecked")
      List<T> recovered = (List<T>) ctxt.handleUnexpectedToken(List.class, p);
      return recovered;
    }
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          if (!nulls) {
            ctxt.reportInputMismatch(List.class, "null is not allowed in this array");
          }
          values.add(null);
          continue;
        }
        values.add(element.read(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, values, values.size());
      }
    }
    return values;
  }

  /** Reads one value from a parser. */
  @FunctionalInterface
  interface Element<T> {
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }
}
