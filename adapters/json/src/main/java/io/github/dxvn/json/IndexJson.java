package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.ranking.Rank;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads and writes the composite-index documents: {@code dxvn-framework} (a framework's tree of nodes
 * with its normalisation and aggregation, and the pipeline steps run before it), read back into a
 * {@link Pipeline}; and {@code dxvn-results} (scores, ranks and rank-uncertainty intervals with the
 * ranks of every replication), read back into an {@link IndexResult} and its {@link UncertaintyResult}s.
 * The results document does not embed its framework: reading it takes the framework as a parameter
 * ({@link #readResults(Reader, Framework)}), or, through a mapper, as the context attribute
 * {@link #FRAMEWORK_ATTRIBUTE}.
 *
 * <pre>{@code
 * {"format": "dxvn-framework", "version": 1,
 *  "normalisation": {"method": "MIN_MAX", "outputMin": 0, "outputMax": 100, "degenerateValue": 100},
 *  "aggregation": {"method": "ARITHMETIC"}, "levelAggregations": {"3": {"method": "GEOMETRIC"}},
 *  "nodes": [{"code": "INDEX", "weight": 1, "polarity": "HIGHER_IS_BETTER"}, ...],
 *  "steps": [{"step": "impute", "statistic": "MEAN"}, {"step": "treat", "winmax": 5}, ...]}
 *
 * {"format": "dxvn-results", "version": 1, "units": ["01", "45"],
 *  "scores": [{"node": "INDEX", "values": [{"unit": "45", "score": 0.2493, "rank": "56/63"}, ...]}, ...],
 *  "uncertainty": [{"node": "INDEX", "replications": 1000,
 *                   "units": [{"unit": "45", "nominal": 56, "median": 55, "p5": 50, "p95": 60,
                              "ranks": [56, 55, ...]}, ...]}]}
 * }</pre>
 *
 * <p>Engine numbers (weights, bounds, scores) are doubles, written in Java's shortest decimal form
 * and read back to the same double. A missing score is {@code null}, with no rank. Errors are Jackson
 * exceptions with the line, the column and the JSON path; see {@link DatasetJson}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexJson {

  /** The name of the framework format, {@value}. */
  public static final String FRAMEWORK_FORMAT = "dxvn-framework";
  /** The name of the results format, {@value}. */
  public static final String RESULTS_FORMAT = "dxvn-results";
  /** The version of both formats written and read, {@value}. */
  public static final int VERSION = 1;
  /**
   * The name of the context attribute that gives a mapper the {@link Framework} of a results
   * document, {@value}: {@code mapper.readerFor(IndexResult.class).withAttribute(FRAMEWORK_ATTRIBUTE,
   * framework).readValue(json)}.
   */
  public static final String FRAMEWORK_ATTRIBUTE = "io.github.dxvn.json.framework";

  private static final JsonMapper MAPPER = DxvnJson.mapper();
  private static final IndexJson COMPACT = new IndexJson(false);

  private final boolean pretty;

  private IndexJson(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Obtains a reader and writer of compact documents.
   *
   * @return the instance, not null
   */
  public static IndexJson create() {
    return COMPACT;
  }

  /**
   * Returns a copy that writes indented documents, or compact ones.
   *
   * @param prettyPrinting  true to indent
   * @return the instance, not null
   */
  public IndexJson withPrettyPrinting(boolean prettyPrinting) {
    return prettyPrinting == pretty ? this : new IndexJson(prettyPrinting);
  }

  // ---------------------------------------------------------------------------------------- framework

  /**
   * Reads a {@code dxvn-framework} document.
   *
   * @param in  the bytes, not null, not closed
   * @return the pipeline: the framework and its steps, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or its
   *     framework is invalid
   * @throws IOException if reading fails
   */
  public Pipeline readFramework(InputStream in) throws IOException {
    return MAPPER.readValue(Objects.requireNonNull(in, "in"), Pipeline.class);
  }

  /**
   * Reads a {@code dxvn-framework} document.
   *
   * @param in  the characters, not null, not closed
   * @return the pipeline: the framework and its steps, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or its
   *     framework is invalid
   * @throws IOException if reading fails
   */
  public Pipeline readFramework(Reader in) throws IOException {
    return MAPPER.readValue(Objects.requireNonNull(in, "in"), Pipeline.class);
  }

  /**
   * Parses a {@code dxvn-framework} document held in a string.
   *
   * @param json  the document, not null
   * @return the pipeline, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or its
   *     framework is invalid
   */
  public Pipeline parseFramework(String json) throws IOException {
    return MAPPER.readValue(Objects.requireNonNull(json, "json"), Pipeline.class);
  }

  /**
   * Writes a pipeline as a {@code dxvn-framework} document.
   *
   * @param pipeline  the framework and its steps, not null
   * @param out  where to write UTF-8, not null, flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeFramework(Pipeline pipeline, OutputStream out) throws IOException {
    Objects.requireNonNull(pipeline, "pipeline");
    try (JsonGenerator gen = DatasetJson.generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), pretty)) {
      writeFramework(gen, pipeline);
      DatasetJson.endDocument(gen);
    }
  }

  /**
   * Writes a pipeline as a {@code dxvn-framework} document in a string.
   *
   * @param pipeline  the framework and its steps, not null
   * @return the document, not null
   */
  public String toJson(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    return write(gen -> writeFramework(gen, pipeline));
  }

  /**
   * Writes a framework without pipeline steps as a {@code dxvn-framework} document in a string.
   *
   * @param framework  the framework, not null
   * @return the document, not null
   */
  public String toJson(Framework framework) {
    return toJson(Pipeline.of(Objects.requireNonNull(framework, "framework"), List.of()));
  }

  static void writeFramework(JsonGenerator gen, Pipeline pipeline) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("format", FRAMEWORK_FORMAT);
    gen.writeNumberField("version", VERSION);
    IndexCodec.writeFrameworkMembers(gen, pipeline.framework());
    gen.writeArrayFieldStart("steps");
    for (PipelineStep step : pipeline.steps()) {
      IndexCodec.writeStep(gen, step);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Reads a {@code dxvn-framework} document into a {@link Pipeline}. */
  static final class PipelineDeserializer extends ObjectDeserializer<Pipeline, Object[]> {
    private static final long serialVersionUID = 1L;

    PipelineDeserializer() {
      super(Pipeline.class, List.of("format", "version", "nodes"),
          List.of("normalisation", "aggregation", "levelAggregations", "steps"));
    }

    @Override
    Object[] start() {
      return new Object[] {io.github.dxvn.index.Framework.builder(), List.of()};
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] state) throws IOException {
      Framework.Builder builder = (Framework.Builder) state[0];
      switch (index) {
        case 0:
          Read.text(p, ctxt, String.class, text -> expect("format", FRAMEWORK_FORMAT, text));
          break;
        case 1:
          if (Read.integer(p, ctxt) != VERSION) {
            ctxt.handleWeirdNumberValue(Integer.class, p.getIntValue(),
                "unsupported %s version (this reader reads version %d)", FRAMEWORK_FORMAT, VERSION);
          }
          break;
        case 2:
          IndexCodec.frameworkMember(0, p, ctxt, builder);
          break;
        case 3:
        case 4:
        case 5:
          IndexCodec.frameworkMember(index - 2, p, ctxt, builder);
          break;
        default:
          state[1] = Read.list(p, ctxt, IndexCodec.STEP::deserialize);
          break;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    Pipeline build(Object[] state) {
      return Pipeline.of(((Framework.Builder) state[0]).build(), (List<PipelineStep>) state[1]);
    }
  }

  static String expect(String name, String expected, String text) {
    if (!expected.equals(text)) {
      throw new IllegalArgumentException("Invalid value for " + name + " (valid values " + expected + "): " + text);
    }
    return text;
  }

  // ------------------------------------------------------------------------------------------ results

  /**
   * Writes results as a {@code dxvn-results} document: every node's scores and ranks.
   *
   * @param result  the result, not null
   * @param out  where to write UTF-8, not null, flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeResults(IndexResult result, OutputStream out) throws IOException {
    writeResults(result, Map.of(), out);
  }

  /**
   * Writes results as a {@code dxvn-results} document: every node's scores and ranks, and the rank
   * uncertainty of some nodes.
   *
   * @param result  the result, not null
   * @param uncertainty  the rank uncertainty by node code, not null, may be empty
   * @param out  where to write UTF-8, not null, flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeResults(IndexResult result, Map<String, UncertaintyResult> uncertainty, OutputStream out)
      throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(uncertainty, "uncertainty");
    try (JsonGenerator gen = DatasetJson.generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out")), pretty)) {
      writeResults(gen, result, uncertainty);
      DatasetJson.endDocument(gen);
    }
  }

  /**
   * Writes results as a {@code dxvn-results} document in a string.
   *
   * @param result  the result, not null
   * @param uncertainty  the rank uncertainty by node code, not null, may be empty
   * @return the document, not null
   */
  public String toJson(IndexResult result, Map<String, UncertaintyResult> uncertainty) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(uncertainty, "uncertainty");
    return write(gen -> writeResults(gen, result, uncertainty));
  }

  static void writeResults(JsonGenerator gen, IndexResult result, Map<String, UncertaintyResult> uncertainty)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("format", RESULTS_FORMAT);
    gen.writeNumberField("version", VERSION);
    gen.writeArrayFieldStart("units");
    for (String unit : result.units()) {
      gen.writeString(unit);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("scores");
    for (io.github.dxvn.index.Node node : result.framework().nodes()) {
      gen.writeStartObject();
      gen.writeStringField("node", node.code());
      gen.writeArrayFieldStart("values");
      for (String unit : result.units()) {
        gen.writeStartObject();
        gen.writeStringField("unit", unit);
        OptionalDouble score = result.score(unit, node.code());
        gen.writeFieldName("score");
        if (score.isPresent()) {
          gen.writeNumber(score.getAsDouble());
        } else {
          gen.writeNull();
        }
        Optional<Rank> rank = result.rank(unit, node.code());
        if (rank.isPresent()) {
          gen.writeStringField("rank", rank.get().toString());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("uncertainty");
    for (String node : new java.util.TreeSet<>(uncertainty.keySet())) {
      writeUncertainty(gen, node, uncertainty.get(node));
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * Reads a {@code dxvn-results} document.
   *
   * @param in  the characters, not null, not closed
   * @param framework  the framework the results were computed with (the document names its nodes but
   *     does not embed it), not null
   * @return the result and the rank uncertainty by node, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed, does not
   *     fit the framework, or a rank or percentile disagrees with the scores or ranks
   * @throws IOException if reading fails
   */
  public Results readResults(Reader in, Framework framework) throws IOException {
    return resultsReader(framework).readValue(Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads a {@code dxvn-results} document; see {@link #readResults(Reader, Framework)}.
   *
   * @param in  the bytes, not null, not closed
   * @param framework  the framework the results were computed with, not null
   * @return the result and the rank uncertainty by node, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or does not
   *     fit the framework
   * @throws IOException if reading fails
   */
  public Results readResults(InputStream in, Framework framework) throws IOException {
    return resultsReader(framework).readValue(Objects.requireNonNull(in, "in"));
  }

  /**
   * Parses a {@code dxvn-results} document held in a string; see {@link #readResults(Reader, Framework)}.
   *
   * @param json  the document, not null
   * @param framework  the framework the results were computed with, not null
   * @return the result and the rank uncertainty by node, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or does not
   *     fit the framework
   */
  public Results parseResults(String json, Framework framework) throws IOException {
    return resultsReader(framework).readValue(Objects.requireNonNull(json, "json"));
  }

  private static com.fasterxml.jackson.databind.ObjectReader resultsReader(Framework framework) {
    return MAPPER.readerFor(Results.class).withAttribute(FRAMEWORK_ATTRIBUTE,
        Objects.requireNonNull(framework, "framework"));
  }

  /**
   * A {@code dxvn-results} document read back: the scores and ranks of every node, and the rank
   * uncertainty of some nodes.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Results {
    private final IndexResult result;
    private final Map<String, UncertaintyResult> uncertainty;

    Results(IndexResult result, Map<String, UncertaintyResult> uncertainty) {
      this.result = result;
      this.uncertainty = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(uncertainty));
    }

    /**
     * Returns the scores and ranks.
     *
     * @return the result, not null
     */
    public IndexResult result() {
      return result;
    }

    /**
     * Returns the rank uncertainty of the nodes analysed.
     *
     * @return the results by node code, in code order, unmodifiable, possibly empty, not null
     */
    public Map<String, UncertaintyResult> uncertainty() {
      return uncertainty;
    }

    /**
     * Checks whether these results equal others: same result and uncertainty.
     *
     * @param obj  the object to compare, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Results && ((Results) obj).result.equals(result)
          && ((Results) obj).uncertainty.equals(uncertainty);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return result.hashCode() * 31 + uncertainty.hashCode();
    }

    /**
     * Returns the result and the nodes analysed.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Results[" + result + ", uncertainty of " + uncertainty.keySet() + "]";
    }
  }

  static void writeUncertainty(JsonGenerator gen, String node, UncertaintyResult u) throws IOException {
    gen.writeStartObject();
    if (node != null) {
      gen.writeStringField("node", node);
    }
    gen.writeNumberField("replications", u.replications());
    gen.writeArrayFieldStart("units");
    for (String unit : u.units()) {
      gen.writeStartObject();
      gen.writeStringField("unit", unit);
      OptionalInt nominal = u.nominal(unit);
      if (nominal.isPresent()) {
        gen.writeNumberField("nominal", nominal.getAsInt());
      }
      optional(gen, "median", u.median(unit));
      optional(gen, "p5", u.percentile5(unit));
      optional(gen, "p95", u.percentile95(unit));
      gen.writeArrayFieldStart("ranks");
      for (int rank : u.ranks(unit)) {
        if (rank == 0) {
          gen.writeNull();
        } else {
          gen.writeNumber(rank);
        }
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void optional(JsonGenerator gen, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumberField(name, value.getAsDouble());
    }
  }

  /** Writes with a generator into a string. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator gen) throws IOException;
  }

  private String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = DatasetJson.generator(MAPPER.createGenerator(out), pretty)) {
      body.write(gen);
      DatasetJson.endDocument(gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
