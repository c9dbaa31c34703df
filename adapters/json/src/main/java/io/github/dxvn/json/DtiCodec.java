package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiGroup;
import io.github.dxvn.dti.DtiMainIndicator;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.dti.ScoringMethod;
import io.github.dxvn.dti.WeightBasis;
import io.github.dxvn.indicator.IndicatorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.observation.Period;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the official DTI frameworks: {@link DtiMainIndicator}, {@link DtiGroup} and
 * {@link DtiFramework} as objects (read with core's builders; unknown parts are absent members);
 * {@link DtiScore} read with {@link DtiScore#of} (recomputed through the shipped framework) and
 * {@link DtiRanking} with {@link DtiRanking#of} (ranked again); what they derive (the published
 * total, points, group values, ranks) is checked against the recomputation when present.
 */
final class DtiCodec {

  private DtiCodec() {}

  /** Writes the code and names a main indicator and a group share, each when known. */
  private static void writeLabels(JsonGenerator gen, Optional<IndicatorCode> code, Optional<String> nameVi,
      Optional<String> nameEn) throws IOException {
    if (code.isPresent()) {
      gen.writeStringField("code", code.get().toString());
    }
    if (nameVi.isPresent()) {
      gen.writeStringField("nameVi", nameVi.get());
    }
    if (nameEn.isPresent()) {
      gen.writeStringField("nameEn", nameEn.get());
    }
  }

  // ------------------------------------------------------------------------------ main indicators

  static void writeMainIndicator(JsonGenerator gen, DtiMainIndicator m) throws IOException {
    gen.writeStartObject();
    writeLabels(gen, m.code(), m.nameVi(), m.nameEn());
    if (m.componentCount().isPresent()) {
      gen.writeNumberField("componentCount", m.componentCount().getAsInt());
    }
    if (m.maxPoints().isPresent()) {
      Write.decimal(gen, "maxPoints", m.maxPoints().get());
    }
    gen.writeBooleanField("scored", m.scored());
    gen.writeStringField("source", m.source());
    gen.writeEndObject();
  }

  /** Reads a {@link DtiMainIndicator}. */
  static final class MainIndicatorDeserializer
      extends ObjectDeserializer<DtiMainIndicator, DtiMainIndicator.Builder> {
    private static final long serialVersionUID = 1L;

    MainIndicatorDeserializer() {
      super(DtiMainIndicator.class, List.of("scored", "source"),
          List.of("code", "nameVi", "nameEn", "componentCount", "maxPoints"));
    }

    @Override
    DtiMainIndicator.Builder start() {
      return DtiMainIndicator.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, DtiMainIndicator.Builder b)
        throws IOException {
      switch (index) {
        case 0:
          b.scored(Read.bool(p, ctxt));
          break;
        case 1:
          b.source(Read.string(p, ctxt));
          break;
        case 2:
          b.code(Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse));
          break;
        case 3:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 4:
          b.nameEn(Read.string(p, ctxt));
          break;
        case 5:
          b.componentCount(Read.integer(p, ctxt));
          break;
        default:
          b.maxPoints(Read.decimal(p, ctxt));
          break;
      }
    }

    @Override
    DtiMainIndicator build(DtiMainIndicator.Builder b) {
      return b.build();
    }
  }

  static final MainIndicatorDeserializer MAIN_INDICATOR = new MainIndicatorDeserializer();

  // ------------------------------------------------------------------------------------- groups

  static void writeGroup(JsonGenerator gen, DtiGroup g) throws IOException {
    gen.writeStartObject();
    writeLabels(gen, g.code(), g.nameVi(), g.nameEn());
    if (g.weight().isPresent()) {
      Write.decimal(gen, "weight", g.weight().get());
    }
    if (g.weightBasis().isPresent()) {
      gen.writeStringField("weightBasis", g.weightBasis().get().name());
    }
    if (g.declaredMainIndicatorCount().isPresent()) {
      gen.writeNumberField("declaredMainIndicatorCount", g.declaredMainIndicatorCount().getAsInt());
    }
    gen.writeArrayFieldStart("mainIndicators");
    for (DtiMainIndicator m : g.mainIndicators()) {
      writeMainIndicator(gen, m);
    }
    gen.writeEndArray();
    gen.writeStringField("source", g.source());
    gen.writeEndObject();
  }

  /** Reads a {@link DtiGroup}. */
  static final class GroupDeserializer extends ObjectDeserializer<DtiGroup, DtiGroup.Builder> {
    private static final long serialVersionUID = 1L;

    GroupDeserializer() {
      super(DtiGroup.class, List.of("mainIndicators", "source"),
          List.of("code", "nameVi", "nameEn", "weight", "weightBasis", "declaredMainIndicatorCount"));
    }

    @Override
    DtiGroup.Builder start() {
      return DtiGroup.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, DtiGroup.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.mainIndicators(Read.list(p, ctxt, MAIN_INDICATOR::deserialize));
          break;
        case 1:
          b.source(Read.string(p, ctxt));
          break;
        case 2:
          b.code(Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse));
          break;
        case 3:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 4:
          b.nameEn(Read.string(p, ctxt));
          break;
        case 5:
          b.weight(Read.decimal(p, ctxt));
          break;
        case 6:
          b.weightBasis(Read.text(p, ctxt, WeightBasis.class, Enums.parser(WeightBasis.class)));
          break;
        default:
          b.declaredMainIndicatorCount(Read.integer(p, ctxt));
          break;
      }
    }

    @Override
    DtiGroup build(DtiGroup.Builder b) {
      return b.build();
    }
  }

  static final GroupDeserializer GROUP = new GroupDeserializer();

  // --------------------------------------------------------------------------------- frameworks

  static void writeFramework(JsonGenerator gen, DtiFramework f) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", f.name());
    gen.writeFieldName("document");
    ReferenceCodec.writeDocument(gen, f.document());
    if (f.firstAssessmentYear().isPresent()) {
      gen.writeNumberField("firstAssessmentYear", f.firstAssessmentYear().getAsInt());
    }
    if (f.lastAssessmentYear().isPresent()) {
      gen.writeNumberField("lastAssessmentYear", f.lastAssessmentYear().getAsInt());
    }
    if (f.method().isPresent()) {
      gen.writeStringField("method", f.method().get().name());
    }
    if (f.totalPoints().isPresent()) {
      Write.decimal(gen, "totalPoints", f.totalPoints().get());
    }
    if (f.declaredMainIndicatorCount().isPresent()) {
      gen.writeNumberField("declaredMainIndicatorCount", f.declaredMainIndicatorCount().getAsInt());
    }
    if (f.declaredComponentCount().isPresent()) {
      gen.writeNumberField("declaredComponentCount", f.declaredComponentCount().getAsInt());
    }
    gen.writeArrayFieldStart("groups");
    for (DtiGroup g : f.groups()) {
      writeGroup(gen, g);
    }
    gen.writeEndArray();
    gen.writeStringField("source", f.source());
    if (f.note().isPresent()) {
      gen.writeStringField("note", f.note().get());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link DtiFramework}. */
  static final class FrameworkDeserializer extends ObjectDeserializer<DtiFramework, DtiFramework.Builder> {
    private static final long serialVersionUID = 1L;

    FrameworkDeserializer() {
      super(DtiFramework.class, List.of("name", "document", "groups", "source"),
          List.of("firstAssessmentYear", "lastAssessmentYear", "method", "totalPoints",
              "declaredMainIndicatorCount", "declaredComponentCount", "note"));
    }

    @Override
    DtiFramework.Builder start() {
      return DtiFramework.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, DtiFramework.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.name(Read.string(p, ctxt));
          break;
        case 1:
          b.document(ReferenceCodec.DOCUMENT.deserialize(p, ctxt));
          break;
        case 2:
          b.groups(Read.list(p, ctxt, GROUP::deserialize));
          break;
        case 3:
          b.source(Read.string(p, ctxt));
          break;
        case 4:
          b.firstAssessmentYear(Read.integer(p, ctxt));
          break;
        case 5:
          b.lastAssessmentYear(Read.integer(p, ctxt));
          break;
        case 6:
          b.method(Read.text(p, ctxt, ScoringMethod.class, Enums.parser(ScoringMethod.class)));
          break;
        case 7:
          b.totalPoints(Read.decimal(p, ctxt));
          break;
        case 8:
          b.declaredMainIndicatorCount(Read.integer(p, ctxt));
          break;
        case 9:
          b.declaredComponentCount(Read.integer(p, ctxt));
          break;
        default:
          b.note(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    DtiFramework build(DtiFramework.Builder b) {
      return b.build();
    }
  }

  // ------------------------------------------------------------------------- scores and rankings

  static void writeScore(JsonGenerator gen, DtiScore s) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("framework", s.framework());
    Write.decimal(gen, "total", s.total());
    Write.decimal(gen, "publishedTotal", s.publishedTotal());
    if (s.points().isPresent()) {
      Write.decimal(gen, "points", s.points().get());
    }
    writeValues(gen, "values", s.values());
    writeValues(gen, "groupValues", s.groupValues());
    gen.writeEndObject();
  }

  private static void writeValues(JsonGenerator gen, String name, Map<IndicatorCode, BigDecimal> values)
      throws IOException {
    gen.writeObjectFieldStart(name);
    for (Map.Entry<IndicatorCode, BigDecimal> e : values.entrySet()) {
      Write.decimal(gen, e.getKey().toString(), e.getValue());
    }
    gen.writeEndObject();
  }

  static void writeRanking(JsonGenerator gen, DtiRanking r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("framework", r.framework());
    if (r.period().isPresent()) {
      gen.writeStringField("period", r.period().get().toString());
    }
    gen.writeArrayFieldStart("entries");
    for (DtiRanking.Entry e : r.entries()) {
      writeEntry(gen, e);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static void writeEntry(JsonGenerator gen, DtiRanking.Entry e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unitCode", e.unitCode());
    gen.writeStringField("rank", e.rank().toString());
    gen.writeFieldName("score");
    writeScore(gen, e.score());
    gen.writeEndObject();
  }

  /** Reads a {@link DtiScore}: recomputed from its framework and values, the rest checked. */
  static final class ScoreDeserializer extends PartsDeserializer<DtiScore> {
    private static final long serialVersionUID = 1L;

    ScoreDeserializer() {
      super(DtiScore.class, List.of("framework", "total", "values"), List.of("publishedTotal", "points", "groupValues"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt)
          : index == 2 || index == 5 ? Read.decimalMap(p, ctxt) : Read.decimal(p, ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    DtiScore build(Object[] parts) {
      DtiScore score = DtiScore.of((String) parts[0], (Map<IndicatorCode, BigDecimal>) parts[2], (BigDecimal) parts[1]);
      derived("publishedTotal", parts[3], score.publishedTotal());
      derived("points", parts[4], score.points().orElse(null));
      if (parts[5] != null && !parts[5].equals(score.groupValues())) {
        throw new IllegalArgumentException("Invalid value for groupValues (valid values those of the values, "
            + score.groupValues() + "): " + parts[5]);
      }
      return score;
    }

    private static void derived(String name, Object read, BigDecimal computed) {
      if (read != null && (computed == null || ((BigDecimal) read).compareTo(computed) != 0)) {
        throw new IllegalArgumentException("Invalid value for " + name + " (valid values that of the values, "
            + (computed == null ? "none" : computed.toPlainString()) + "): " + ((BigDecimal) read).toPlainString());
      }
    }
  }

  static final ScoreDeserializer SCORE = new ScoreDeserializer();

  /** Reads a {@link DtiRanking}: ranked again from its entries' scores, in their order. */
  static final class RankingDeserializer extends PartsDeserializer<DtiRanking> {
    private static final long serialVersionUID = 1L;

    RankingDeserializer() {
      super(DtiRanking.class, List.of("framework", "entries"), List.of("period"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt)
          : index == 1 ? Read.list(p, ctxt, ENTRY::deserialize) : Read.text(p, ctxt, Period.class, Period::parse);
    }

    @Override
    @SuppressWarnings("unchecked")
    DtiRanking build(Object[] parts) {
      String framework = (String) parts[0];
      Map<String, DtiScore> scores = new LinkedHashMap<>();
      List<Object[]> entries = (List<Object[]>) parts[1];
      for (Object[] e : entries) {
        if (scores.put((String) e[0], (DtiScore) e[2]) != null) {
          throw new IllegalArgumentException("Invalid value for unitCode (valid values distinct codes): duplicate " + e[0]);
        }
      }
      DtiRanking ranking = parts[2] == null ? DtiRanking.of(framework, scores)
          : DtiRanking.of(framework, (Period) parts[2], scores);
      for (Object[] e : entries) {
        RankPosition computed = ranking.find((String) e[0]).orElseThrow().rank();
        if (!computed.equals(e[1])) {
          throw new IllegalArgumentException("Invalid value for rank of " + e[0] + " (valid values the rank of its"
              + " score, " + computed + "): " + e[1]);
        }
      }
      return ranking;
    }
  }

  /** Reads an entry of a ranking as its parts: unit code, rank, score. */
  static final class EntryDeserializer extends PartsDeserializer<Object[]> {
    private static final long serialVersionUID = 1L;

    EntryDeserializer() {
      super(Object[].class, List.of("unitCode", "rank", "score"), List.of());
    }

    @Override
    String typeName() {
      return "DtiRanking.Entry";
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt)
          : index == 1 ? Read.text(p, ctxt, RankPosition.class, RankPosition::parse) : SCORE.deserialize(p, ctxt);
    }

    @Override
    Object[] build(Object[] parts) {
      return parts;
    }
  }

  private static final EntryDeserializer ENTRY = new EntryDeserializer();
}
