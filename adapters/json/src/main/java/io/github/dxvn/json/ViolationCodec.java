package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.Violation;
import java.io.IOException;
import java.util.List;

/**
 * JSON of {@link Violation} ({@code {"severity": "ERROR", "rule": "DUPLICATE_KEY", "message": ...,
 * "keys": [...], "positions": [0, 3]}}) and, write-only because core computes it and offers no factory,
 * {@link DerivedValue}.
 */
final class ViolationCodec {

  private static final ObservationCodec.KeyDeserializer KEY = new ObservationCodec.KeyDeserializer();

  private ViolationCodec() {}

  static void writeViolation(JsonGenerator gen, Violation v) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("severity", v.severity().name());
    gen.writeStringField("rule", v.rule().name());
    gen.writeStringField("message", v.message());
    gen.writeArrayFieldStart("keys");
    for (ObservationKey key : v.keys()) {
      ObservationCodec.writeKey(gen, key);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("positions");
    for (int position : v.positions()) {
      gen.writeNumber(position);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Reads a {@link Violation}. */
  static final class Deserializer extends ObjectDeserializer<Violation, Object[]> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Violation.class, List.of("severity", "rule", "message", "keys", "positions"), List.of());
    }

    @Override
    Object[] start() {
      return new Object[5];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = Read.text(p, ctxt, Violation.Severity.class, Enums.parser(Violation.Severity.class));
          break;
        case 1:
          parts[1] = Read.text(p, ctxt, Violation.Rule.class, Enums.parser(Violation.Rule.class));
          break;
        case 2:
          parts[2] = Read.string(p, ctxt);
          break;
        case 3:
          parts[3] = Read.list(p, ctxt, KEY::deserialize);
          break;
        default:
          parts[4] = Read.list(p, ctxt, Read::integer);
          break;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    Violation build(Object[] parts) {
      return Violation.of((Violation.Severity) parts[0], (Violation.Rule) parts[1], (String) parts[2],
          (List<ObservationKey>) parts[3], (List<Integer>) parts[4]);
    }
  }

  /**
   * Writes a {@link DerivedValue}: {@code {"unitCode", "indicator", "period", "value", "unit",
   * "numerator", "denominator", "status"}}.
   */
  static void writeDerived(JsonGenerator gen, DerivedValue d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unitCode", d.unitCode());
    gen.writeStringField("indicator", d.definition().code().toString());
    gen.writeStringField("period", d.period().toString());
    Write.decimal(gen, "value", d.value());
    gen.writeStringField("unit", UnitText.format(d.definition().unit()));
    Write.decimal(gen, "numerator", d.numerator());
    Write.decimal(gen, "denominator", d.denominator());
    gen.writeStringField("status", d.status().code());
    gen.writeEndObject();
  }
}
