package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.dxvn.indicator.UnitText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.Unit;
import tech.units.indriya.quantity.Quantities;

/**
 * JSON of units and quantities. A unit is its text in Indriya's SimpleUnitFormat, read and written by
 * core's {@link UnitText} (the dimensionless unit is written {@code "1"}; {@code "one"} and
 * {@code ""} are read as it too). A quantity is {@code {"value": 99.53, "unit": "%"}} with the value an
 * exact decimal, read back as a {@code BigDecimal}-valued quantity.
 */
final class UnitCodec {

  private UnitCodec() {}

  @SuppressWarnings("rawtypes")
  static Unit<?> read(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.text(p, ctxt, Unit.class, UnitText::parse);
  }

  /** Writes a {@link Unit} as text. */
  @SuppressWarnings("rawtypes")
  static TextSerializer<Unit> serializer() {
    return new TextSerializer<>(Unit.class, UnitText::format);
  }

  /** Reads a {@link Unit} from text. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static TextDeserializer<Unit> deserializer() {
    return new TextDeserializer<>(Unit.class, text -> (Unit) UnitText.parse(text));
  }

  /** Writes a {@link Quantity}; its number exactly, so a double is written by its shortest decimal text. */
  @SuppressWarnings("rawtypes")
  static final class QuantitySerializer extends StdSerializer<Quantity> {
    private static final long serialVersionUID = 1L;

    QuantitySerializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      BigDecimal number = decimal(value.getValue());
      if (number == null) {
        provider.reportMappingProblem("Quantity value %s is not a finite number", value.getValue());
      }
      gen.writeStartObject();
      Write.decimal(gen, "value", number);
      gen.writeStringField("unit", UnitText.format(value.getUnit()));
      gen.writeEndObject();
    }

    private static BigDecimal decimal(Number n) {
      if (n instanceof BigDecimal) {
        return (BigDecimal) n;
      }
      if (n instanceof BigInteger) {
        return new BigDecimal((BigInteger) n);
      }
      if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
        return BigDecimal.valueOf(n.longValue());
      }
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      // Double.toString is the shortest text that reads back as the same double: 0.1, not 0.1000000000000000055...
      return n instanceof Float ? new BigDecimal(Float.toString(n.floatValue())) : new BigDecimal(Double.toString(d));
    }
  }

  /** Reads a {@link Quantity} with a {@code BigDecimal} value. */
  @SuppressWarnings("rawtypes")
  static final class QuantityDeserializer extends PartsDeserializer<Quantity> {
    private static final long serialVersionUID = 1L;

    QuantityDeserializer() {
      super(Quantity.class, List.of("value", "unit"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.decimal(p, ctxt) : read(p, ctxt);
    }

    @Override
    Quantity build(Object[] parts) {
      return Quantities.getQuantity((BigDecimal) parts[0], (Unit<?>) parts[1]);
    }
  }
}
