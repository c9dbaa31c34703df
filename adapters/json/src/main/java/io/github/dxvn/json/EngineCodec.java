package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.index.PanelData;
import io.github.dxvn.index.PipelineResult;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.Stage;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * JSON of the engine's inputs and by-products: {@link Ranking}, {@link MetaRow}, {@link IndexData},
 * {@link PanelData} and {@link PipelineResult}, each read with core's factories.
 *
 * <pre>{@code
 * {"method": "COMPETITION", "ranks": ["1/3", "2/3", null, "2/3"]}
 * {"units": ["01", "45"], "indicators": ["A", "B"], "values": [[1.5, null], [2, 3]], "groups": {"region": ["N", "C"]}}
 * {"periods": {"2022": {index data}, "2023": {index data}}}
 * }</pre>
 */
final class EngineCodec {

  private EngineCodec() {}

  // ---------------------------------------------------------------------------------------- ranking

  static void writeRanking(JsonGenerator gen, Ranking r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("method", r.method().name());
    gen.writeArrayFieldStart("ranks");
    for (int i = 0; i < r.size(); i++) {
      Optional<Rank> rank = r.rank(i);
      if (rank.isPresent()) {
        gen.writeString(rank.get().toString());
      } else {
        gen.writeNull();
      }
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * Reads a {@link Ranking}, of all items or within groups, through {@link Ranking#of}, which refuses
   * ranks the method cannot give.
   */
  static final class RankingDeserializer extends PartsDeserializer<Ranking> {
    private static final long serialVersionUID = 1L;

    RankingDeserializer() {
      super(Ranking.class, List.of("method", "ranks"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.text(p, ctxt, RankingMethod.class, Enums.parser(RankingMethod.class))
          : Read.nullableList(p, ctxt, (q, c) -> Read.text(q, c, Rank.class, Rank::parse));
    }

    @Override
    @SuppressWarnings("unchecked")
    Ranking build(Object[] parts) {
      List<Optional<Rank>> ranks = new ArrayList<>();
      for (Rank r : (List<Rank>) parts[1]) {
        ranks.add(Optional.ofNullable(r));
      }
      return Ranking.of((RankingMethod) parts[0], ranks);
    }
  }

  // ------------------------------------------------------------------------------------------ meta

  static void writeMetaRow(JsonGenerator gen, MetaRow r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", r.type().name());
    gen.writeStringField("code", r.code());
    if (!r.name().equals(r.code())) {
      gen.writeStringField("name", r.name());
    }
    if (r.level().isPresent()) {
      gen.writeNumberField("level", r.level().getAsInt());
    }
    if (r.parent().isPresent()) {
      gen.writeStringField("parent", r.parent().get());
    }
    if (r.polarity().isPresent()) {
      gen.writeStringField("polarity", r.polarity().get().name());
    }
    optional(gen, "weight", r.weight());
    optional(gen, "target", r.target());
    if (r.denominator().isPresent()) {
      gen.writeStringField("denominator", r.denominator().get());
    }
    if (r.unit().isPresent()) {
      gen.writeStringField("unit", r.unit().get());
    }
    gen.writeEndObject();
  }

  private static void optional(JsonGenerator gen, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumberField(name, value.getAsDouble());
    }
  }

  /** Reads a {@link MetaRow} with its builder; an absent name is the code. */
  static final class MetaRowDeserializer extends ObjectDeserializer<MetaRow, MetaRow.Builder> {
    private static final long serialVersionUID = 1L;

    MetaRowDeserializer() {
      super(MetaRow.class, List.of("type", "code"),
          List.of("name", "level", "parent", "polarity", "weight", "target", "denominator", "unit"));
    }

    @Override
    MetaRow.Builder start() {
      return MetaRow.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, MetaRow.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.type(Read.text(p, ctxt, MetaType.class, Enums.parser(MetaType.class)));
          break;
        case 1:
          b.code(Read.string(p, ctxt));
          break;
        case 2:
          b.name(Read.string(p, ctxt));
          break;
        case 3:
          b.level(Read.integer(p, ctxt));
          break;
        case 4:
          b.parent(Read.string(p, ctxt));
          break;
        case 5:
          b.polarity(Read.text(p, ctxt, Polarity.class, Enums.parser(Polarity.class)));
          break;
        case 6:
          b.weight(Read.number(p, ctxt));
          break;
        case 7:
          b.target(Read.number(p, ctxt));
          break;
        case 8:
          b.denominator(Read.string(p, ctxt));
          break;
        default:
          b.unit(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    MetaRow build(MetaRow.Builder b) {
      return b.build();
    }
  }

  // ------------------------------------------------------------------------------------ index data

  static void writeIndexData(JsonGenerator gen, IndexData d) throws IOException {
    gen.writeStartObject();
    strings(gen, "units", d.units());
    strings(gen, "indicators", d.indicators());
    gen.writeArrayFieldStart("values");
    for (int u = 0; u < d.unitCount(); u++) {
      gen.writeStartArray();
      for (int i = 0; i < d.indicatorCount(); i++) {
        OptionalDouble v = d.value(u, i);
        if (v.isPresent()) {
          gen.writeNumber(v.getAsDouble());
        } else {
          gen.writeNull();
        }
      }
      gen.writeEndArray();
    }
    gen.writeEndArray();
    if (!d.groupNames().isEmpty()) {
      gen.writeObjectFieldStart("groups");
      for (String name : d.groupNames()) {
        strings(gen, name, d.group(name).orElseThrow());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  static void strings(JsonGenerator gen, String name, List<String> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  /** Reads {@link IndexData} with {@link IndexData#of} and {@link IndexData#withGroup}; null is missing. */
  static final class IndexDataDeserializer extends PartsDeserializer<IndexData> {
    private static final long serialVersionUID = 1L;

    IndexDataDeserializer() {
      super(IndexData.class, List.of("units", "indicators", "values"), List.of("groups"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      if (index <= 1) {
        parts[index] = Read.list(p, ctxt, Read::string);
      } else if (index == 2) {
        parts[index] = Read.list(p, ctxt, (q, c) -> Read.nullableList(q, c, Read::number));
      } else {
        parts[index] = groups(p, ctxt);
      }
    }

    private static Map<String, List<String>> groups(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> recovered = (Map<String, List<String>>) ctxt.handleUnexpectedToken(Map.class, p);
        return recovered;
      }
      Map<String, List<String>> groups = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        try {
          if (groups.put(name, Read.list(p, ctxt, Read::string)) != null) {
            ctxt.reportInputMismatch(Map.class, "Duplicate group '%s'", name);
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, groups, name);
        }
      }
      return groups;
    }

    @Override
    @SuppressWarnings("unchecked")
    IndexData build(Object[] parts) {
      List<List<Double>> rows = (List<List<Double>>) parts[2];
      double[][] values = new double[rows.size()][];
      for (int u = 0; u < values.length; u++) {
        values[u] = rows.get(u).stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
      }
      IndexData data = IndexData.of((List<String>) parts[0], (List<String>) parts[1], values);
      if (parts[3] != null) {
        for (Map.Entry<String, List<String>> g : ((Map<String, List<String>>) parts[3]).entrySet()) {
          data = data.withGroup(g.getKey(), g.getValue());
        }
      }
      return data;
    }
  }

  static final IndexDataDeserializer INDEX_DATA = new IndexDataDeserializer();

  // ------------------------------------------------------------------------------------ panel data

  static void writePanel(JsonGenerator gen, PanelData panel) throws IOException {
    gen.writeStartObject();
    gen.writeObjectFieldStart("periods");
    for (int period : panel.periods()) {
      gen.writeFieldName(Integer.toString(period));
      writeIndexData(gen, panel.period(period));
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** Reads {@link PanelData} with {@link PanelData#of}; periods are integer member names. */
  static final class PanelDeserializer extends ObjectDeserializer<PanelData, Map<Integer, IndexData>> {
    private static final long serialVersionUID = 1L;

    PanelDeserializer() {
      super(PanelData.class, List.of("periods"), List.of());
    }

    @Override
    Map<Integer, IndexData> start() {
      return new LinkedHashMap<>();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Map<Integer, IndexData> periods)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        ctxt.handleUnexpectedToken(Map.class, p);
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        try {
          int period;
          try {
            period = Integer.parseInt(name);
          } catch (NumberFormatException e) {
            period = (Integer) ctxt.handleWeirdKey(Integer.class, name, "a period is a whole number, such as 2023");
          }
          if (periods.put(period, INDEX_DATA.deserialize(p, ctxt)) != null) {
            ctxt.reportInputMismatch(PanelData.class, "Duplicate period '%s'", name);
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, periods, name);
        }
      }
    }

    @Override
    PanelData build(Map<Integer, IndexData> periods) {
      return PanelData.of(periods);
    }
  }

  // ------------------------------------------------------------------------------ pipeline result

  static void writePipelineResult(JsonGenerator gen, PipelineResult r) throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("stages");
    for (Stage stage : r.stages()) {
      gen.writeStartObject();
      gen.writeFieldName("step");
      IndexCodec.writeStep(gen, stage.step());
      gen.writeFieldName("data");
      writeIndexData(gen, stage.data());
      strings(gen, "log", stage.log());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName("data");
    writeIndexData(gen, r.data());
    gen.writeFieldName("result");
    IndexJson.writeResults(gen, r.result(), Map.of());
    gen.writeEndObject();
  }

  /** Reads a {@link Stage} with {@link Stage#of}. */
  static final class StageDeserializer extends PartsDeserializer<Stage> {
    private static final long serialVersionUID = 1L;

    StageDeserializer() {
      super(Stage.class, List.of("step", "data", "log"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? IndexCodec.STEP.deserialize(p, ctxt)
          : index == 1 ? INDEX_DATA.deserialize(p, ctxt) : Read.list(p, ctxt, Read::string);
    }

    @Override
    @SuppressWarnings("unchecked")
    Stage build(Object[] parts) {
      return Stage.of((PipelineStep) parts[0], (IndexData) parts[1], (List<String>) parts[2]);
    }
  }

  /**
   * Reads a {@link PipelineResult} with {@link PipelineResult#of}; its result needs the framework, as
   * every results document does ({@link IndexJson#FRAMEWORK_ATTRIBUTE}).
   */
  static final class PipelineResultDeserializer extends PartsDeserializer<PipelineResult> {
    private static final long serialVersionUID = 1L;
    private static final StageDeserializer STAGE = new StageDeserializer();

    PipelineResultDeserializer() {
      super(PipelineResult.class, List.of("stages", "data", "result"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.list(p, ctxt, STAGE::deserialize)
          : index == 1 ? INDEX_DATA.deserialize(p, ctxt) : ResultsCodec.RESULTS.deserialize(p, ctxt).result();
    }

    @Override
    @SuppressWarnings("unchecked")
    PipelineResult build(Object[] parts) {
      return PipelineResult.of((List<Stage>) parts[0], (IndexData) parts[1], (IndexResult) parts[2]);
    }
  }
}
