package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON of {@link Violation} ({@code {"severity": "ERROR", "rule": "DUPLICATE_KEY", "message": ...,
 * "keys": [...], "positions": [0, 3]}}) and {@link DerivedValue}.
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
  static final class Deserializer extends PartsDeserializer<Violation> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Violation.class, List.of("severity", "rule", "message", "keys", "positions"), List.of());
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

  /**
   * Reads a {@link DerivedValue} with {@link DerivedValue#of}: its definition from the catalog of the
   * context attribute {@link DxvnJson#CATALOG_ATTRIBUTE} (the standard catalog without it); the value
   * and unit, derived, may be left out and must be the computed ones when present.
   */
  static final class DerivedDeserializer extends ObjectDeserializer<DerivedValue, Object[]> {
    private static final long serialVersionUID = 1L;

    DerivedDeserializer() {
      super(DerivedValue.class, List.of("unitCode", "indicator", "period", "numerator", "denominator", "status"),
          List.of("value", "unit"));
    }

    @Override
    Object[] start() {
      return new Object[9];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 1:
          parts[1] = Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::of);
          Object catalog = ctxt.getAttribute(DxvnJson.CATALOG_ATTRIBUTE);
          parts[8] = catalog instanceof IndicatorCatalog ? catalog : IndicatorCatalog.standard();
          break;
        case 2:
          parts[2] = Read.text(p, ctxt, Period.class, Period::parse);
          break;
        case 3:
        case 4:
        case 6:
          parts[index] = Read.decimal(p, ctxt);
          break;
        case 5:
          parts[5] = Read.text(p, ctxt, ObservationStatus.class, ObservationStatus::ofCode);
          break;
        default:
          parts[index] = Read.string(p, ctxt);
          break;
      }
    }

    @Override
    DerivedValue build(Object[] parts) {
      IndicatorCode code = (IndicatorCode) parts[1];
      IndicatorDefinition definition = ((IndicatorCatalog) parts[8]).find(code).orElseThrow(
          () -> new IllegalArgumentException("Invalid value for indicator (valid values the catalog's codes): " + code));
      DerivedValue d = DerivedValue.of(definition, (String) parts[0], (Period) parts[2], (BigDecimal) parts[3],
          (BigDecimal) parts[4], (ObservationStatus) parts[5]);
      if (parts[6] != null && ((BigDecimal) parts[6]).compareTo(d.value()) != 0) {
        throw new IllegalArgumentException("Invalid value for value (valid values the computed "
            + d.value().toPlainString() + "): " + ((BigDecimal) parts[6]).toPlainString());
      }
      if (parts[7] != null && !parts[7].equals(UnitText.format(definition.unit()))) {
        throw new IllegalArgumentException("Invalid value for unit (valid values the indicator's unit "
            + UnitText.format(definition.unit()) + "): " + parts[7]);
      }
      return d;
    }
  }
}
