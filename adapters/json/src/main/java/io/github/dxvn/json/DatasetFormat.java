package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.InvalidDatasetException;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code dxvn-dataset} document, version 1, read and written token by token so that a document of
 * millions of observations is never held as a tree or a string:
 *
 * <pre>{@code
 * {"format": "dxvn-dataset", "version": 1, "indicators": [ definitions ], "observations": [ observations ]}
 * }</pre>
 *
 * <p>Members may come in any order, except that {@code format} and {@code version} must come before
 * {@code observations}, so that a streaming reader knows what it reads before it hands out
 * observations. The writer writes them in the order above.
 */
final class DatasetFormat {

  static final String FORMAT = "dxvn-dataset";
  static final int VERSION = 1;
  private static final List<Object> MEMBERS = List.of("format", "version", "indicators", "observations");
  private static final int MAX_LISTED_VIOLATIONS = 50;

  private DatasetFormat() {}

  static void writeStart(JsonGenerator gen, IndicatorCatalog catalog) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("format", FORMAT);
    gen.writeNumberField("version", VERSION);
    gen.writeFieldName("indicators");
    IndicatorCodec.writeCatalog(gen, catalog);
    gen.writeArrayFieldStart("observations");
  }

  static void writeEnd(JsonGenerator gen) throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static void write(JsonGenerator gen, Dataset dataset) throws IOException {
    writeStart(gen, dataset.catalog());
    for (Observation o : dataset.observations()) {
      ObservationCodec.write(gen, o);
    }
    writeEnd(gen);
  }

  /** Reads a {@code dxvn-dataset} document into a {@link Dataset}. */
  static final class Deserializer extends StdDeserializer<Dataset> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Dataset.class);
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new Cursor(p, ctxt).readAll();
    }
  }

  /**
   * Reads a document one observation at a time. The parser starts on (or just before) the document's
   * opening brace and ends on its closing brace.
   */
  static final class Cursor {
    private static final ObservationCodec.Deserializer OBSERVATION = new ObservationCodec.Deserializer();

    private final JsonParser p;
    private final DeserializationContext ctxt;
    private boolean format;
    private boolean version;
    private boolean observations;
    private IndicatorCatalog catalog;
    private boolean inObservations;
    private boolean done;
    private int index;
    private int startLine;
    private int startColumn;

    Cursor(JsonParser p, DeserializationContext ctxt) throws IOException {
      this.p = p;
      this.ctxt = ctxt;
      JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (t != JsonToken.START_OBJECT) {
        throw MismatchedInputException.from(p, Dataset.class,
            "A " + FORMAT + " document is a JSON object; found " + (t == null ? "no content" : t.asString()));
      }
      members();
    }

    IndicatorCatalog catalog() {
      return catalog;
    }

    boolean isDone() {
      return done;
    }

    /** Returns the next observation, or null at the end of the document. */
    Observation next() throws IOException {
      while (!done) {
        if (!inObservations) {
          members();
          continue;
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          inObservations = false;
          continue;
        }
        try {
          if (t != JsonToken.START_OBJECT) {
            ctxt.reportInputMismatch(Observation.class, "An observation is a JSON object; found %s",
                t == null ? "the end of the input" : t.asString());
          }
          JsonLocation start = p.currentTokenLocation();
          startLine = start.getLineNr();
          startColumn = start.getColumnNr();
          Observation o = OBSERVATION.deserialize(p, ctxt);
          index++;
          return o;
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(
              JsonMappingException.wrapWithPath(e, Observation.class, index), Dataset.class, "observations");
        }
      }
      return null;
    }

    /** Reads the document's members up to the opening of the observations or the end of the object. */
    private void members() throws IOException {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (!MEMBERS.contains(name)) {
          throw UnrecognizedPropertyException.from(p, Dataset.class, name, MEMBERS);
        }
        try {
          switch (name) {
            case "format":
              format = once(format, name);
              String text = Read.string(p, ctxt);
              if (!FORMAT.equals(text)) {
                throw InvalidFormatException.from(p,
                    "Not a " + FORMAT + " document: format is '" + text + "'", text, String.class);
              }
              break;
            case "version":
              version = once(version, name);
              int number = Read.integer(p, ctxt);
              if (number != VERSION) {
                throw InvalidFormatException.from(p, "Unsupported " + FORMAT + " version " + number
                    + " (this reader reads version " + VERSION + ")", number, Integer.class);
              }
              break;
            case "indicators":
              once(catalog != null, name);
              catalog = IndicatorCodec.readCatalog(p, ctxt);
              break;
            case "observations":
              observations = once(observations, name);
              if (!format || !version) {
                ctxt.reportInputMismatch(Dataset.class,
                    "'format' and 'version' must come before 'observations' in a %s document", FORMAT);
              }
              if (p.currentToken() != JsonToken.START_ARRAY) {
                ctxt.handleUnexpectedToken(List.class, p);
              }
              inObservations = true;
              return;
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, Dataset.class, name);
        }
      }
      for (Object member : MEMBERS) {
        boolean present = member.equals("format") ? format : member.equals("version") ? version
            : member.equals("indicators") ? catalog != null : observations;
        if (!present) {
          ctxt.reportInputMismatch(Dataset.class, "Missing required property '%s' of a %s document", member, FORMAT);
        }
      }
      done = true;
    }

    private boolean once(boolean seen, String name) throws IOException {
      if (seen) {
        ctxt.reportInputMismatch(Dataset.class, "Duplicate property '%s' of a %s document", name, FORMAT);
      }
      return true;
    }

    /**
     * Reads every remaining observation and builds the dataset; a rule the observations break fails
     * the whole read, every violation listed with its observation's line and column.
     */
    Dataset readAll() throws IOException {
      List<Observation> all = new ArrayList<>();
      int[] lines = new int[16];
      int[] columns = new int[16];
      for (Observation o = next(); o != null; o = next()) {
        if (all.size() == lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
          columns = Arrays.copyOf(columns, columns.length * 2);
        }
        lines[all.size()] = startLine;
        columns[all.size()] = startColumn;
        all.add(o);
      }
      try {
        return Dataset.of(catalog, all);
      } catch (InvalidDatasetException e) {
        throw invalid(e, lines, columns);
      }
    }

    private JsonMappingException invalid(InvalidDatasetException e, int[] lines, int[] columns) {
      List<Violation> errors = new ArrayList<>();
      for (Violation v : e.violations()) {
        if (v.isError()) {
          errors.add(v);
        }
      }
      StringBuilder message = new StringBuilder("Invalid ").append(FORMAT).append(" document: ")
          .append(errors.size()).append(" error(s) in the observations");
      for (int i = 0; i < errors.size() && i < MAX_LISTED_VIOLATIONS; i++) {
        Violation v = errors.get(i);
        int at = v.positions().get(0);
        message.append("\n  /observations/").append(at).append(" (observation at line ")
            .append(lines[at]).append(", column ").append(columns[at]).append("): ")
            .append(v.rule()).append(": ").append(v.message());
      }
      if (errors.size() > MAX_LISTED_VIOLATIONS) {
        message.append("\n  ... and ").append(errors.size() - MAX_LISTED_VIOLATIONS).append(" more");
      }
      int first = errors.get(0).positions().get(0);
      JsonLocation location = new JsonLocation(p.currentLocation().contentReference(), -1L, lines[first], columns[first]);
      // The only constructor taking both a location and a cause is deprecated (the processor is left out).
      @SuppressWarnings("deprecation")
      JsonMappingException mapped = new JsonMappingException(message.toString(), location, e);
      mapped.prependPath(Observation.class, first);
      mapped.prependPath(Dataset.class, "observations");
      return mapped;
    }
  }
}
