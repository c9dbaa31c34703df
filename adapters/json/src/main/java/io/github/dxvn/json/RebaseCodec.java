package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.admin.RebaseReason;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.ObservationKey;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * JSON of re-basing across a reorganisation: {@link RebaseReason} as an object (read with
 * {@link RebaseReason#of}), {@link RebasedDataset} as an object read with {@link RebasedDataset#of}.
 */
final class RebaseCodec {

  private static final ObservationCodec.KeyDeserializer KEY = new ObservationCodec.KeyDeserializer();

  private RebaseCodec() {}

  static void writeReason(JsonGenerator gen, RebaseReason r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("kind", r.kind().name());
    if (r.target().isPresent()) {
      gen.writeFieldName("target");
      ObservationCodec.writeKey(gen, r.target().get());
    }
    writeKeys(gen, "inputs", r.inputs());
    writeKeys(gen, "missing", r.missing());
    gen.writeStringField("message", r.message());
    gen.writeEndObject();
  }

  private static void writeKeys(JsonGenerator gen, String name, List<ObservationKey> keys) throws IOException {
    gen.writeArrayFieldStart(name);
    for (ObservationKey key : keys) {
      ObservationCodec.writeKey(gen, key);
    }
    gen.writeEndArray();
  }

  /** Reads a {@link RebaseReason}; absent {@code inputs} and {@code missing} are empty. */
  static final class ReasonDeserializer extends ObjectDeserializer<RebaseReason, Object[]> {
    private static final long serialVersionUID = 1L;

    ReasonDeserializer() {
      super(RebaseReason.class, List.of("kind", "message"), List.of("target", "inputs", "missing"));
    }

    @Override
    Object[] start() {
      return new Object[] {null, null, null, List.of(), List.of()};
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = Read.text(p, ctxt, RebaseReason.Kind.class, Enums.parser(RebaseReason.Kind.class));
          break;
        case 1:
          parts[1] = Read.string(p, ctxt);
          break;
        case 2:
          parts[2] = KEY.deserialize(p, ctxt);
          break;
        default:
          parts[index] = Read.list(p, ctxt, KEY::deserialize);
          break;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    RebaseReason build(Object[] parts) {
      return RebaseReason.of((RebaseReason.Kind) parts[0], Optional.ofNullable((ObservationKey) parts[2]),
          (List<ObservationKey>) parts[3], (List<ObservationKey>) parts[4], (String) parts[1]);
    }
  }

  static void writeRebased(JsonGenerator gen, RebasedDataset r) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("reorganisation");
    ReferenceCodec.writeReorganisation(gen, r.reorganisation());
    gen.writeFieldName("dataset");
    DatasetFormat.write(gen, r.dataset());
    gen.writeArrayFieldStart("reasons");
    for (RebaseReason reason : r.reasons()) {
      writeReason(gen, reason);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Reads a {@link RebasedDataset} with {@link RebasedDataset#of}, which checks the parts agree. */
  static final class RebasedDeserializer extends PartsDeserializer<RebasedDataset> {
    private static final long serialVersionUID = 1L;
    private static final ReferenceCodec.ReorganisationDeserializer REORGANISATION =
        new ReferenceCodec.ReorganisationDeserializer();
    private static final DatasetFormat.Deserializer DATASET = new DatasetFormat.Deserializer();
    private static final ReasonDeserializer REASON = new ReasonDeserializer();

    RebasedDeserializer() {
      super(RebasedDataset.class, List.of("reorganisation", "dataset", "reasons"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? REORGANISATION.deserialize(p, ctxt)
          : index == 1 ? DATASET.deserialize(p, ctxt) : Read.list(p, ctxt, REASON::deserialize);
    }

    @Override
    @SuppressWarnings("unchecked")
    RebasedDataset build(Object[] parts) {
      return RebasedDataset.of((Reorganisation) parts[0], (Dataset) parts[1], (List<RebaseReason>) parts[2]);
    }
  }
}
