package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.io.IOException;
import java.util.List;

/**
 * JSON of {@link Observation} and {@link ObservationKey}.
 *
 * <pre>{@code
 * {"unitCode": "45", "indicator": "INFRA_HOUSEHOLD_FIBRE_SHARE", "period": "2023",
 *  "value": 80.51, "unit": "%", "status": "E", "comparison": "=", "rank": "6/19",
 *  "source": "...", "note": "..."}
 * }</pre>
 *
 * <p>{@code status} and {@code comparison} are left out when they are the defaults ({@code A} and
 * {@code =}), and the optional members when empty.
 */
final class ObservationCodec {

  private ObservationCodec() {}

  static void write(JsonGenerator gen, Observation o) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unitCode", o.unitCode());
    gen.writeStringField("indicator", o.indicator().toString());
    gen.writeStringField("period", o.period().toString());
    Write.decimal(gen, "value", o.value());
    gen.writeStringField("unit", UnitText.format(o.unit()));
    if (o.status() != ObservationStatus.NORMAL) {
      gen.writeStringField("status", o.status().code());
    }
    if (o.comparison() != Comparison.EQUAL) {
      gen.writeStringField("comparison", o.comparison().symbol());
    }
    if (o.rank().isPresent()) {
      gen.writeStringField("rank", o.rank().get().toString());
    }
    if (o.source().isPresent()) {
      gen.writeStringField("source", o.source().get());
    }
    if (o.note().isPresent()) {
      gen.writeStringField("note", o.note().get());
    }
    gen.writeEndObject();
  }

  /** Reads an {@link Observation}. */
  static final class Deserializer extends ObjectDeserializer<Observation, Observation.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Observation.class,
          List.of("unitCode", "indicator", "period", "value", "unit"),
          List.of("status", "comparison", "rank", "source", "note"));
    }

    @Override
    Observation.Builder start() {
      return Observation.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Observation.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.unitCode(Read.string(p, ctxt));
          break;
        case 1:
          b.indicator(Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse));
          break;
        case 2:
          b.period(Read.text(p, ctxt, Period.class, Period::parse));
          break;
        case 3:
          b.value(Read.decimal(p, ctxt));
          break;
        case 4:
          b.unit(UnitCodec.read(p, ctxt));
          break;
        case 5:
          b.status(Read.text(p, ctxt, ObservationStatus.class, ObservationStatus::ofCode));
          break;
        case 6:
          b.comparison(Read.text(p, ctxt, Comparison.class, Comparison::ofSymbol));
          break;
        case 7:
          b.rank(Read.text(p, ctxt, RankPosition.class, RankPosition::parse));
          break;
        case 8:
          b.source(Read.string(p, ctxt));
          break;
        default:
          b.note(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    Observation build(Observation.Builder b) {
      return b.build();
    }
  }

  static void writeKey(JsonGenerator gen, ObservationKey key) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unitCode", key.unitCode());
    gen.writeStringField("indicator", key.indicator().toString());
    gen.writeStringField("period", key.period().toString());
    gen.writeEndObject();
  }

  /** Reads an {@link ObservationKey}. */
  static final class KeyDeserializer extends PartsDeserializer<ObservationKey> {
    private static final long serialVersionUID = 1L;

    KeyDeserializer() {
      super(ObservationKey.class, List.of("unitCode", "indicator", "period"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = Read.string(p, ctxt);
          break;
        case 1:
          parts[1] = Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse);
          break;
        default:
          parts[2] = Read.text(p, ctxt, Period.class, Period::parse);
          break;
      }
    }

    @Override
    ObservationKey build(Object[] parts) {
      return ObservationKey.of((String) parts[0], (IndicatorCode) parts[1], (Period) parts[2]);
    }
  }
}
