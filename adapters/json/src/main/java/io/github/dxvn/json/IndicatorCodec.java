package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.indicator.ValidRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the indicator package: {@link ValidRange} as {@code {"min": 0, "max": 100}} (a missing bound
 * is unbounded), {@link AggregationRule} as {@code {"method": "RATIO_OF_SUMS", "numerator": [...],
 * "denominator": [...]}}, {@link IndicatorDefinition} as an object of all its attributes, and
 * {@link IndicatorCatalog} as an array of definitions.
 */
final class IndicatorCodec {

  private IndicatorCodec() {}

  static void writeRange(JsonGenerator gen, ValidRange range) throws IOException {
    gen.writeStartObject();
    if (range.min().isPresent()) {
      Write.decimal(gen, "min", range.min().get());
    }
    if (range.max().isPresent()) {
      Write.decimal(gen, "max", range.max().get());
    }
    gen.writeEndObject();
  }

  static void writeRule(JsonGenerator gen, AggregationRule rule) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("method", rule.method().name());
    if (rule.method() == AggregationRule.Method.RATIO_OF_SUMS) {
      writeCodes(gen, "numerator", rule.numerator());
      writeCodes(gen, "denominator", rule.denominator());
    }
    gen.writeEndObject();
  }

  private static void writeCodes(JsonGenerator gen, String name, List<IndicatorCode> codes) throws IOException {
    gen.writeArrayFieldStart(name);
    for (IndicatorCode code : codes) {
      gen.writeString(code.toString());
    }
    gen.writeEndArray();
  }

  static void writeDefinition(JsonGenerator gen, IndicatorDefinition d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", d.code().toString());
    gen.writeStringField("nameVi", d.nameVi());
    gen.writeStringField("nameEn", d.nameEn());
    gen.writeStringField("area", d.area().name());
    gen.writeStringField("kind", d.kind().name());
    gen.writeStringField("unit", UnitText.format(d.unit()));
    gen.writeStringField("polarity", d.polarity().name());
    gen.writeFieldName("validRange");
    writeRange(gen, d.validRange());
    gen.writeFieldName("aggregation");
    writeRule(gen, d.aggregation());
    if (d.partOf().isPresent()) {
      gen.writeStringField("partOf", d.partOf().get().toString());
    }
    gen.writeBooleanField("derived", d.isDerived());
    if (d.countedEntity().isPresent()) {
      gen.writeStringField("countedEntity", d.countedEntity().get());
    }
    gen.writeStringField("source", d.source());
    gen.writeEndObject();
  }

  static void writeCatalog(JsonGenerator gen, IndicatorCatalog catalog) throws IOException {
    gen.writeStartArray();
    for (IndicatorDefinition d : catalog.definitions()) {
      writeDefinition(gen, d);
    }
    gen.writeEndArray();
  }

  static IndicatorCode readCode(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse);
  }

  /** Reads a {@link ValidRange}. */
  static final class RangeDeserializer extends ObjectDeserializer<ValidRange, BigDecimal[]> {
    private static final long serialVersionUID = 1L;

    RangeDeserializer() {
      super(ValidRange.class, List.of(), List.of("min", "max"));
    }

    @Override
    BigDecimal[] start() {
      return new BigDecimal[2];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, BigDecimal[] bounds) throws IOException {
      bounds[index] = Read.decimal(p, ctxt);
    }

    @Override
    ValidRange build(BigDecimal[] bounds) {
      return ValidRange.of(Optional.ofNullable(bounds[0]), Optional.ofNullable(bounds[1]));
    }
  }

  /** Reads an {@link AggregationRule}; numerator and denominator belong to a ratio only. */
  static final class RuleDeserializer extends PartsDeserializer<AggregationRule> {
    private static final long serialVersionUID = 1L;

    RuleDeserializer() {
      super(AggregationRule.class, List.of("method"), List.of("numerator", "denominator"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0
          ? Read.text(p, ctxt, AggregationRule.Method.class, Enums.parser(AggregationRule.Method.class))
          : Read.list(p, ctxt, IndicatorCodec::readCode);
    }

    @Override
    @SuppressWarnings("unchecked")
    AggregationRule build(Object[] parts) {
      AggregationRule.Method method = (AggregationRule.Method) parts[0];
      boolean ratio = method == AggregationRule.Method.RATIO_OF_SUMS;
      if (!ratio && (parts[1] != null || parts[2] != null)) {
        throw new IllegalArgumentException(
            "Invalid value for numerator (valid values none for " + method + "): " + parts[1] + " / " + parts[2]);
      }
      switch (method) {
        case SUM:
          return AggregationRule.sum();
        case UNWEIGHTED_MEAN:
          return AggregationRule.unweightedMean();
        case NOT_AGGREGATABLE:
          return AggregationRule.notAggregatable();
        default:
          return AggregationRule.ratioOfSums(
              parts[1] == null ? List.of() : (List<IndicatorCode>) parts[1],
              parts[2] == null ? List.of() : (List<IndicatorCode>) parts[2]);
      }
    }
  }

  /**
   * Reads an {@link IndicatorDefinition}; unit, polarity, validRange, aggregation and derived take
   * core's defaults for the kind when absent.
   */
  static final class DefinitionDeserializer
      extends ObjectDeserializer<IndicatorDefinition, IndicatorDefinition.Builder> {
    private static final long serialVersionUID = 1L;

    private static final RangeDeserializer RANGE = new RangeDeserializer();
    private static final RuleDeserializer RULE = new RuleDeserializer();

    DefinitionDeserializer() {
      super(IndicatorDefinition.class,
          List.of("code", "nameVi", "nameEn", "area", "kind", "source"),
          List.of("unit", "polarity", "validRange", "aggregation", "partOf", "derived", "countedEntity"));
    }

    @Override
    IndicatorDefinition.Builder start() {
      return IndicatorDefinition.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, IndicatorDefinition.Builder b)
        throws IOException {
      switch (index) {
        case 0:
          b.code(readCode(p, ctxt));
          break;
        case 1:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 2:
          b.nameEn(Read.string(p, ctxt));
          break;
        case 3:
          b.area(Read.text(p, ctxt, Area.class, Enums.parser(Area.class)));
          break;
        case 4:
          b.kind(Read.text(p, ctxt, IndicatorKind.class, Enums.parser(IndicatorKind.class)));
          break;
        case 5:
          b.source(Read.string(p, ctxt));
          break;
        case 6:
          b.unit(UnitCodec.read(p, ctxt));
          break;
        case 7:
          b.polarity(Read.text(p, ctxt, Polarity.class, Enums.parser(Polarity.class)));
          break;
        case 8:
          b.validRange(RANGE.deserialize(p, ctxt));
          break;
        case 9:
          b.aggregation(RULE.deserialize(p, ctxt));
          break;
        case 10:
          b.partOf(readCode(p, ctxt));
          break;
        case 11:
          b.isDerived(Read.bool(p, ctxt));
          break;
        default:
          b.countedEntity(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    IndicatorDefinition build(IndicatorDefinition.Builder b) {
      return b.build();
    }
  }

  /** Reads an {@link IndicatorCatalog} from an array of definitions. */
  static final class CatalogDeserializer extends StdDeserializer<IndicatorCatalog> {
    private static final long serialVersionUID = 1L;

    private static final DefinitionDeserializer DEFINITION = new DefinitionDeserializer();

    CatalogDeserializer() {
      super(IndicatorCatalog.class);
    }

    @Override
    public IndicatorCatalog deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readCatalog(p, ctxt);
    }
  }

  /** Reads an array of definitions into a catalog; the parser is left on the array's end. */
  static IndicatorCatalog readCatalog(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return (IndicatorCatalog) ctxt.handleUnexpectedToken(IndicatorCatalog.class, p);
    }
    List<IndicatorDefinition> definitions = Read.list(p, ctxt, CatalogDeserializer.DEFINITION::deserialize);
    try {
      return IndicatorCatalog.of(definitions);
    } catch (IllegalArgumentException e) {
      throw ValueInstantiationException.from(p, "Invalid IndicatorCatalog: " + e.getMessage(),
          ctxt.constructType(IndicatorCatalog.class), e);
    }
  }
}
