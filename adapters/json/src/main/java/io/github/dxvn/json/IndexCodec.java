package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.index.Aggregation;
import io.github.dxvn.index.AggregationMethod;
import io.github.dxvn.index.DataCheck;
import io.github.dxvn.index.Denominate;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.Impute;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.NormalisationMethod;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.Screen;
import io.github.dxvn.index.Treat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * JSON of the composite-index framework: {@link Normalisation} and {@link Aggregation} as a method with
 * its parameters, {@link Node}, {@link Framework} (defaults, per-level aggregations, nodes in order) and
 * the {@link PipelineStep}s, told apart by a fixed {@code "step"} name (never a class name).
 */
final class IndexCodec {

  private IndexCodec() {}

  // ---------------------------------------------------------------------------------- normalisation

  static void writeNormalisation(JsonGenerator gen, Normalisation n) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("method", n.method().name());
    optional(gen, "outputMin", n.outputMin());
    optional(gen, "outputMax", n.outputMax());
    optional(gen, "lowerBound", n.lowerBound());
    optional(gen, "upperBound", n.upperBound());
    optional(gen, "mean", n.mean());
    optional(gen, "standardDeviation", n.standardDeviation());
    optional(gen, "target", n.target());
    optional(gen, "degenerateValue", n.degenerateValue());
    gen.writeEndObject();
  }

  private static void optional(JsonGenerator gen, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumberField(name, value.getAsDouble());
    }
  }

  /** Reads a {@link Normalisation}: the method's factory with the parameters it takes. */
  static final class NormalisationDeserializer extends ObjectDeserializer<Normalisation, Object[]> {
    private static final long serialVersionUID = 1L;
    private static final List<String> PARAMETERS = List.of("outputMin", "outputMax", "lowerBound", "upperBound",
        "mean", "standardDeviation", "target", "degenerateValue");

    NormalisationDeserializer() {
      super(Normalisation.class, List.of("method"), PARAMETERS);
    }

    @Override
    Object[] start() {
      return new Object[1 + PARAMETERS.size()];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0
          ? Read.text(p, ctxt, NormalisationMethod.class, Enums.parser(NormalisationMethod.class))
          : (Object) Read.number(p, ctxt);
    }

    @Override
    Normalisation build(Object[] parts) {
      NormalisationMethod method = (NormalisationMethod) parts[0];
      Normalisation n;
      switch (method) {
        case MIN_MAX:
          n = parts[3] != null || parts[4] != null
              ? Normalisation.minMax(required(parts, 1), required(parts, 2), required(parts, 3), required(parts, 4))
              : Normalisation.minMax(required(parts, 1), required(parts, 2));
          break;
        case GOALPOSTS:
          n = Normalisation.goalposts(required(parts, 3), required(parts, 4), required(parts, 2));
          break;
        case Z_SCORE:
          n = Normalisation.zScore(required(parts, 5), required(parts, 6));
          break;
        case DISTANCE_TO_TARGET:
          n = Normalisation.distanceToTarget(required(parts, 7));
          break;
        case RANK:
          n = Normalisation.rank();
          break;
        case PERCENTILE_RANK:
          n = Normalisation.percentileRank();
          break;
        case BORDA:
          n = Normalisation.borda();
          break;
        default:
          n = Normalisation.none();
          break;
      }
      if (parts[8] != null && n.degenerateValue().isPresent()) {
        n = n.withDegenerateValue((Double) parts[8]);
      }
      // Whatever the method does not take must be absent, so that nothing written is ignored.
      Normalisation built = n;
      List<OptionalDouble> taken = List.of(built.outputMin(), built.outputMax(), built.lowerBound(),
          built.upperBound(), built.mean(), built.standardDeviation(), built.target(), built.degenerateValue());
      for (int i = 0; i < PARAMETERS.size(); i++) {
        if (parts[i + 1] != null && taken.get(i).isEmpty()) {
          throw new IllegalArgumentException("Invalid value for " + PARAMETERS.get(i)
              + " (valid values none for " + method + "): " + parts[i + 1]);
        }
      }
      return built;
    }

    private static double required(Object[] parts, int index) {
      if (parts[index] == null) {
        throw new IllegalArgumentException("Invalid value for " + PARAMETERS.get(index - 1)
            + " (valid values a number for " + parts[0] + "): none");
      }
      return (Double) parts[index];
    }
  }

  // ------------------------------------------------------------------------------------ aggregation

  static void writeAggregation(JsonGenerator gen, Aggregation a) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("method", a.method().name());
    if (a.method() == AggregationMethod.POWER) {
      gen.writeNumberField("power", a.power());
    }
    if (a.minimumAvailability() > 0) {
      gen.writeNumberField("minimumAvailability", a.minimumAvailability());
    }
    gen.writeEndObject();
  }

  /** Reads an {@link Aggregation}. */
  static final class AggregationDeserializer extends PartsDeserializer<Aggregation> {
    private static final long serialVersionUID = 1L;

    AggregationDeserializer() {
      super(Aggregation.class, List.of("method"), List.of("power", "minimumAvailability"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0
          ? Read.text(p, ctxt, AggregationMethod.class, Enums.parser(AggregationMethod.class))
          : (Object) Read.number(p, ctxt);
    }

    @Override
    Aggregation build(Object[] parts) {
      AggregationMethod method = (AggregationMethod) parts[0];
      if ((parts[1] != null) != (method == AggregationMethod.POWER)) {
        throw new IllegalArgumentException("Invalid value for power (valid values a number for POWER only, "
            + "method " + method + "): " + parts[1]);
      }
      Aggregation a;
      switch (method) {
        case ARITHMETIC:
          a = Aggregation.arithmetic();
          break;
        case GEOMETRIC:
          a = Aggregation.geometric();
          break;
        case HARMONIC:
          a = Aggregation.harmonic();
          break;
        default:
          a = Aggregation.power((Double) parts[1]);
          break;
      }
      return parts[2] == null ? a : a.withMinimumAvailability((Double) parts[2]);
    }
  }

  // ------------------------------------------------------------------------------------------ nodes

  static void writeNode(JsonGenerator gen, Node node) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", node.code());
    if (!node.name().equals(node.code())) {
      gen.writeStringField("name", node.name());
    }
    if (node.parent().isPresent()) {
      gen.writeStringField("parent", node.parent().get());
    }
    gen.writeNumberField("weight", node.weight());
    gen.writeStringField("polarity", node.polarity().name());
    if (node.normalisation().isPresent()) {
      gen.writeFieldName("normalisation");
      writeNormalisation(gen, node.normalisation().get());
    }
    if (node.aggregation().isPresent()) {
      gen.writeFieldName("aggregation");
      writeAggregation(gen, node.aggregation().get());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link Node}. */
  static final class NodeDeserializer extends ObjectDeserializer<Node, Node.Builder> {
    private static final long serialVersionUID = 1L;

    NodeDeserializer() {
      super(Node.class, List.of("code"),
          List.of("name", "parent", "weight", "polarity", "normalisation", "aggregation"));
    }

    @Override
    Node.Builder start() {
      return Node.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Node.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.code(Read.string(p, ctxt));
          break;
        case 1:
          b.name(Read.string(p, ctxt));
          break;
        case 2:
          b.parent(Read.string(p, ctxt));
          break;
        case 3:
          b.weight(Read.number(p, ctxt));
          break;
        case 4:
          b.polarity(Read.text(p, ctxt, Polarity.class, Enums.parser(Polarity.class)));
          break;
        case 5:
          b.normalisation(NORMALISATION.deserialize(p, ctxt));
          break;
        default:
          b.aggregation(AGGREGATION.deserialize(p, ctxt));
          break;
      }
    }

    @Override
    Node build(Node.Builder b) {
      return b.build();
    }
  }

  static final NormalisationDeserializer NORMALISATION = new NormalisationDeserializer();
  static final AggregationDeserializer AGGREGATION = new AggregationDeserializer();
  static final NodeDeserializer NODE = new NodeDeserializer();

  // -------------------------------------------------------------------------------------- framework

  static void writeFramework(JsonGenerator gen, Framework f) throws IOException {
    gen.writeStartObject();
    writeFrameworkMembers(gen, f);
    gen.writeEndObject();
  }

  static void writeFrameworkMembers(JsonGenerator gen, Framework f) throws IOException {
    gen.writeFieldName("normalisation");
    writeNormalisation(gen, f.defaultNormalisation());
    gen.writeFieldName("aggregation");
    writeAggregation(gen, f.defaultAggregation());
    gen.writeObjectFieldStart("levelAggregations");
    for (Map.Entry<Integer, Aggregation> e : new java.util.TreeMap<>(f.levelAggregations()).entrySet()) {
      gen.writeFieldName(Integer.toString(e.getKey()));
      writeAggregation(gen, e.getValue());
    }
    gen.writeEndObject();
    gen.writeArrayFieldStart("nodes");
    for (Node node : f.nodes()) {
      writeNode(gen, node);
    }
    gen.writeEndArray();
  }

  /** The members of a framework object, read into a builder. */
  static final List<String> FRAMEWORK_MEMBERS = List.of("nodes", "normalisation", "aggregation", "levelAggregations");

  /** Reads one member of a framework (index in {@link #FRAMEWORK_MEMBERS}) into a builder. */
  static void frameworkMember(int index, JsonParser p, DeserializationContext ctxt, Framework.Builder b)
      throws IOException {
    switch (index) {
      case 0:
        b.nodes(Read.list(p, ctxt, NODE::deserialize));
        break;
      case 1:
        b.normalisation(NORMALISATION.deserialize(p, ctxt));
        break;
      case 2:
        b.aggregation(AGGREGATION.deserialize(p, ctxt));
        break;
      default:
        for (Map.Entry<Integer, Aggregation> e : levels(p, ctxt).entrySet()) {
          b.aggregation(e.getKey(), e.getValue());
        }
        break;
    }
  }

  private static Map<Integer, Aggregation> levels(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctxt.handleUnexpectedToken(Map.class, p);
    }
    Map<Integer, Aggregation> levels = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      try {
        int level;
        try {
          level = Integer.parseInt(name);
        } catch (NumberFormatException e) {
          level = (Integer) ctxt.handleWeirdKey(Integer.class, name, "a level is a whole number");
        }
        levels.put(level, AGGREGATION.deserialize(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, levels, name);
      }
    }
    return levels;
  }

  /** Reads a {@link Framework}; its build checks the tree. */
  static final class FrameworkDeserializer extends ObjectDeserializer<Framework, Framework.Builder> {
    private static final long serialVersionUID = 1L;

    FrameworkDeserializer() {
      super(Framework.class, FRAMEWORK_MEMBERS.subList(0, 1), FRAMEWORK_MEMBERS.subList(1, 4));
    }

    @Override
    Framework.Builder start() {
      return Framework.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Framework.Builder b) throws IOException {
      frameworkMember(index, p, ctxt, b);
    }

    @Override
    Framework build(Framework.Builder b) {
      return b.build();
    }
  }

  // ---------------------------------------------------------------------------------------- steps

  static void writeStep(JsonGenerator gen, PipelineStep step) throws IOException {
    gen.writeStartObject();
    if (step instanceof Impute) {
      Impute impute = (Impute) step;
      gen.writeStringField("step", "impute");
      gen.writeStringField("statistic", impute.isMedian() ? "MEDIAN" : "MEAN");
      if (impute.group().isPresent()) {
        gen.writeStringField("group", impute.group().get());
      }
    } else if (step instanceof Treat) {
      gen.writeStringField("step", "treat");
      writeTreatMembers(gen, (Treat) step);
    } else if (step instanceof Screen) {
      gen.writeStringField("step", "screen");
      gen.writeNumberField("threshold", ((Screen) step).threshold());
    } else if (step instanceof Denominate) {
      gen.writeStringField("step", "denominate");
      gen.writeObjectFieldStart("denominators");
      for (Map.Entry<String, String> e : ((Denominate) step).denominators().entrySet()) {
        gen.writeStringField(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    } else if (step instanceof DataCheck) {
      gen.writeStringField("step", "dataCheck");
    } else {
      throw new com.fasterxml.jackson.core.JsonGenerationException("No JSON form for pipeline step " + step, gen);
    }
    gen.writeEndObject();
  }

  private static void writeTreatMembers(JsonGenerator gen, Treat treat) throws IOException {
    if (treat.winmax().isPresent()) {
      gen.writeNumberField("winmax", treat.winmax().getAsInt());
    }
    if (!treat.overrides().isEmpty()) {
      gen.writeObjectFieldStart("overrides");
      for (Map.Entry<String, Treat> e : treat.overrides().entrySet()) {
        gen.writeObjectFieldStart(e.getKey());
        writeTreatMembers(gen, e.getValue());
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }
  }

  /**
   * Reads a {@link PipelineStep}: {@code {"step": "impute" | "treat" | "screen" | "denominate" |
   * "dataCheck", ...}}. The members are read first and checked against the step named, so
   * {@code "step"} may come anywhere in the object.
   */
  static final class StepDeserializer extends ObjectDeserializer<PipelineStep, Object[]> {
    private static final long serialVersionUID = 1L;
    private static final List<String> STEPS = List.of("impute", "treat", "screen", "denominate", "dataCheck");
    private static final List<String> MEMBERS =
        List.of("statistic", "group", "winmax", "overrides", "threshold", "denominators");
    /** For each optional member, the step it belongs to. */
    private static final List<String> OWNERS = List.of("impute", "impute", "treat", "treat", "screen", "denominate");

    StepDeserializer() {
      super(PipelineStep.class, List.of("step"), MEMBERS);
    }

    @Override
    Object[] start() {
      return new Object[7];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = Read.text(p, ctxt, String.class, name -> {
            if (!STEPS.contains(name)) {
              throw new IllegalArgumentException("Invalid value for step (valid values "
                  + String.join(", ", STEPS) + "): " + name);
            }
            return name;
          });
          break;
        case 1:
          parts[1] = Read.text(p, ctxt, String.class, s -> {
            if (!s.equals("MEAN") && !s.equals("MEDIAN")) {
              throw new IllegalArgumentException("Invalid value for statistic (valid values MEAN, MEDIAN): " + s);
            }
            return s;
          });
          break;
        case 2:
          parts[2] = Read.string(p, ctxt);
          break;
        case 3:
          parts[3] = Read.integer(p, ctxt);
          break;
        case 4:
          parts[4] = treatOverrides(p, ctxt);
          break;
        case 5:
          parts[5] = Read.number(p, ctxt);
          break;
        default:
          parts[6] = stringMap(p, ctxt);
          break;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    PipelineStep build(Object[] parts) {
      String step = (String) parts[0];
      for (int i = 1; i < parts.length; i++) {
        if (parts[i] != null && !OWNERS.get(i - 1).equals(step)) {
          throw new IllegalArgumentException("Invalid value for step (valid values " + OWNERS.get(i - 1)
              + ", the step that has " + MEMBERS.get(i - 1) + "): " + step);
        }
      }
      switch (step) {
        case "impute":
          boolean median = "MEDIAN".equals(parts[1]);
          if (parts[2] == null) {
            return median ? Impute.median() : Impute.mean();
          }
          return median ? Impute.groupMedian((String) parts[2]) : Impute.groupMean((String) parts[2]);
        case "treat":
          return treat((Integer) parts[3], (Map<String, Treat>) parts[4]);
        case "screen":
          if (parts[5] == null) {
            throw new IllegalArgumentException("Invalid value for threshold (valid values 0 - 1): none");
          }
          return Screen.byAvailability((Double) parts[5]);
        case "denominate":
          return Denominate.of(parts[6] == null ? Map.of() : (Map<String, String>) parts[6]);
        default:
          return DataCheck.create();
      }
    }
  }

  static final StepDeserializer STEP = new StepDeserializer();

  private static Treat treat(Integer winmax, Map<String, Treat> overrides) {
    Treat treat = winmax == null ? Treat.none() : Treat.winsorise(winmax);
    if (overrides != null) {
      for (Map.Entry<String, Treat> e : overrides.entrySet()) {
        treat = treat.withOverride(e.getKey(), e.getValue());
      }
    }
    return treat;
  }

  private static Map<String, Treat> treatOverrides(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctxt.handleUnexpectedToken(Map.class, p);
    }
    Map<String, Treat> overrides = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String indicator = p.currentName();
      p.nextToken();
      try {
        overrides.put(indicator, OVERRIDE.deserialize(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, overrides, indicator);
      }
    }
    return overrides;
  }

  /** Reads the treatment of one indicator: {@code {"winmax": 3}} or {@code {}} for none. */
  static final class OverrideDeserializer extends PartsDeserializer<Treat> {
    private static final long serialVersionUID = 1L;

    OverrideDeserializer() {
      super(Treat.class, List.of(), List.of("winmax", "overrides"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? (Object) Read.integer(p, ctxt) : treatOverrides(p, ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    Treat build(Object[] parts) {
      return treat((Integer) parts[0], (Map<String, Treat>) parts[1]);
    }
  }

  private static final OverrideDeserializer OVERRIDE = new OverrideDeserializer();

  private static Map<String, String> stringMap(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctxt.handleUnexpectedToken(Map.class, p);
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      p.nextToken();
      try {
        map.put(key, Read.string(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, map, key);
      }
    }
    return map;
  }
}
