package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.target.DocumentKind;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.Trajectory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON of national targets: {@link NationalTarget} as an object (its value an exact decimal, its
 * comparator the symbol, its document a legal-document object), {@link TargetCatalog} as an object of
 * its targets and (for the standard catalog) its omitted notes, {@link Trajectory} as an object.
 */
final class TargetCodec {

  private TargetCodec() {}

  static TargetComparator comparator(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.text(p, ctxt, TargetComparator.class, TargetComparator::ofSymbol);
  }

  static void writeTarget(JsonGenerator gen, NationalTarget t) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", t.id());
    if (t.indicator().isPresent()) {
      gen.writeStringField("indicator", t.indicator().get().toString());
    }
    gen.writeStringField("descriptionVi", t.descriptionVi());
    gen.writeStringField("descriptionEn", t.descriptionEn());
    gen.writeStringField("pillar", t.pillar().name());
    gen.writeNumberField("deadlineYear", t.deadlineYear());
    gen.writeStringField("comparator", t.comparator().symbol());
    Write.decimal(gen, "value", t.value());
    gen.writeStringField("unit", UnitText.format(t.unit()));
    gen.writeFieldName("document");
    ReferenceCodec.writeDocument(gen, t.document());
    gen.writeStringField("documentKind", t.documentKind().name());
    gen.writeStringField("sourceUrl", t.sourceUrl());
    if (t.note().isPresent()) {
      gen.writeStringField("note", t.note().get());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link NationalTarget}. */
  static final class TargetDeserializer extends ObjectDeserializer<NationalTarget, NationalTarget.Builder> {
    private static final long serialVersionUID = 1L;

    TargetDeserializer() {
      super(NationalTarget.class, List.of("id", "descriptionVi", "descriptionEn", "pillar", "deadlineYear",
          "comparator", "value", "unit", "document", "documentKind", "sourceUrl"), List.of("indicator", "note"));
    }

    @Override
    NationalTarget.Builder start() {
      return NationalTarget.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, NationalTarget.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.id(Read.string(p, ctxt));
          break;
        case 1:
          b.descriptionVi(Read.string(p, ctxt));
          break;
        case 2:
          b.descriptionEn(Read.string(p, ctxt));
          break;
        case 3:
          b.pillar(Read.text(p, ctxt, Pillar.class, Enums.parser(Pillar.class)));
          break;
        case 4:
          b.deadlineYear(Read.integer(p, ctxt));
          break;
        case 5:
          b.comparator(comparator(p, ctxt));
          break;
        case 6:
          b.value(Read.decimal(p, ctxt));
          break;
        case 7:
          b.unit(UnitCodec.read(p, ctxt));
          break;
        case 8:
          b.document(ReferenceCodec.DOCUMENT.deserialize(p, ctxt));
          break;
        case 9:
          b.documentKind(Read.text(p, ctxt, DocumentKind.class, Enums.parser(DocumentKind.class)));
          break;
        case 10:
          b.sourceUrl(Read.string(p, ctxt));
          break;
        case 11:
          b.indicator(Read.text(p, ctxt, IndicatorCode.class, IndicatorCode::parse));
          break;
        default:
          b.note(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    NationalTarget build(NationalTarget.Builder b) {
      return b.build();
    }
  }

  static final TargetDeserializer TARGET = new TargetDeserializer();

  static void writeCatalog(JsonGenerator gen, TargetCatalog catalog) throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("targets");
    for (NationalTarget target : catalog.targets()) {
      writeTarget(gen, target);
    }
    gen.writeEndArray();
    if (!catalog.omitted().isEmpty()) {
      gen.writeArrayFieldStart("omitted");
      for (String note : catalog.omitted()) {
        gen.writeString(note);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /**
   * Reads a {@link TargetCatalog}: {@code {"targets": [...], "omitted": [...]}}. Core's factory takes
   * no omitted notes, so notes are accepted only when the catalog is the standard one (its targets and
   * notes), which is then returned; any other notes are refused rather than dropped.
   */
  static final class CatalogDeserializer extends ObjectDeserializer<TargetCatalog, Object[]> {
    private static final long serialVersionUID = 1L;

    CatalogDeserializer() {
      super(TargetCatalog.class, List.of("targets"), List.of("omitted"));
    }

    @Override
    Object[] start() {
      return new Object[] {null, List.of()};
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.list(p, ctxt, TARGET::deserialize) : Read.list(p, ctxt, Read::string);
    }

    @Override
    @SuppressWarnings("unchecked")
    TargetCatalog build(Object[] parts) {
      TargetCatalog catalog = TargetCatalog.of((List<NationalTarget>) parts[0]);
      List<String> omitted = (List<String>) parts[1];
      if (omitted.isEmpty()) {
        return catalog;
      }
      TargetCatalog standard = TargetCatalog.standard();
      if (standard.targets().equals(catalog.targets()) && standard.omitted().equals(omitted)) {
        return standard;
      }
      throw new IllegalArgumentException("Invalid value for omitted (valid values none, or the standard catalog's"
          + " notes with its targets: no factory takes omitted notes): " + omitted);
    }
  }

  static void writeTrajectory(JsonGenerator gen, Trajectory t) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("baselineYear", t.baselineYear());
    Write.decimal(gen, "baselineValue", t.baselineValue());
    gen.writeNumberField("targetYear", t.targetYear());
    Write.decimal(gen, "targetValue", t.targetValue());
    gen.writeStringField("comparator", t.comparator().symbol());
    gen.writeEndObject();
  }

  /** Reads a {@link Trajectory}. */
  static final class TrajectoryDeserializer extends PartsDeserializer<Trajectory> {
    private static final long serialVersionUID = 1L;

    TrajectoryDeserializer() {
      super(Trajectory.class,
          List.of("baselineYear", "baselineValue", "targetYear", "targetValue", "comparator"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 || index == 2 ? (Object) Read.integer(p, ctxt)
          : index == 4 ? comparator(p, ctxt) : Read.decimal(p, ctxt);
    }

    @Override
    Trajectory build(Object[] parts) {
      return Trajectory.of((Integer) parts[0], (BigDecimal) parts[1], (Integer) parts[2], (BigDecimal) parts[3],
          (TargetComparator) parts[4]);
    }
  }
}
