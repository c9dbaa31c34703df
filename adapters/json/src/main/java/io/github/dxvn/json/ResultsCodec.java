package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.ranking.Rank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the {@code dxvn-results} document ({@link IndexJson} writes it): the scores with
 * {@link IndexResult#of} (ranks are computed again, and a rank in the document must be the one
 * computed), the rank uncertainty with {@link UncertaintyResult#of} (a median or percentile in the
 * document must be the one computed). The framework comes from the context attribute
 * {@link IndexJson#FRAMEWORK_ATTRIBUTE}.
 */
final class ResultsCodec {

  private ResultsCodec() {}

  /** The parts of a document, filled member by member. */
  static final class State {
    List<String> units;
    List<Object[]> scores = List.of(); // {node, List<Object[]{unit, Double score or null, Rank or null}>}
    List<Object[]> uncertainty = List.of(); // {node, UncertaintyResult}
    Framework framework;
  }

  /** Reads a whole document into {@link IndexJson.Results}. */
  static final class ResultsDeserializer extends ObjectDeserializer<IndexJson.Results, State> {
    private static final long serialVersionUID = 1L;

    ResultsDeserializer() {
      super(IndexJson.Results.class, List.of("format", "version", "units", "scores"), List.of("uncertainty"));
    }

    @Override
    String typeName() {
      return "dxvn-results document";
    }

    @Override
    State start() {
      return new State();
    }

    @Override
    public IndexJson.Results deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!(ctxt.getAttribute(IndexJson.FRAMEWORK_ATTRIBUTE) instanceof Framework)) {
        return (IndexJson.Results) ctxt.reportBadDefinition(IndexJson.Results.class, "Reading a "
            + IndexJson.RESULTS_FORMAT + " document needs its Framework as the context attribute '"
            + IndexJson.FRAMEWORK_ATTRIBUTE + "' (IndexJson.readResults takes it as a parameter)");
      }
      return super.deserialize(p, ctxt);
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, State state) throws IOException {
      state.framework = (Framework) ctxt.getAttribute(IndexJson.FRAMEWORK_ATTRIBUTE);
      switch (index) {
        case 0:
          Read.text(p, ctxt, String.class, text -> IndexJson.expect("format", IndexJson.RESULTS_FORMAT, text));
          break;
        case 1:
          if (Read.integer(p, ctxt) != IndexJson.VERSION) {
            ctxt.handleWeirdNumberValue(Integer.class, p.getIntValue(),
                "unsupported %s version (this reader reads version %d)", IndexJson.RESULTS_FORMAT, IndexJson.VERSION);
          }
          break;
        case 2:
          state.units = Read.list(p, ctxt, Read::string);
          break;
        case 3:
          state.scores = Read.list(p, ctxt, NODE_SCORES::deserialize);
          break;
        default:
          state.uncertainty = Read.list(p, ctxt, NODE_UNCERTAINTY::deserialize);
          break;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    IndexJson.Results build(State state) {
      Framework framework = state.framework;
      Map<String, Integer> unitIndex = new HashMap<>();
      for (String unit : state.units) {
        unitIndex.putIfAbsent(unit, unitIndex.size());
      }
      Map<String, double[]> scores = new LinkedHashMap<>();
      for (Object[] node : state.scores) {
        String code = (String) node[0];
        double[] values = new double[state.units.size()];
        boolean[] seen = new boolean[values.length];
        for (Object[] v : (List<Object[]>) node[1]) {
          Integer u = unitIndex.get((String) v[0]);
          if (u == null || seen[u]) {
            throw new IllegalArgumentException("Invalid value for unit of the scores of " + code + " (valid values "
                + "each unit of 'units' once): " + (u == null ? "" : "duplicate ") + v[0]);
          }
          seen[u] = true;
          values[u] = v[1] == null ? Double.NaN : (Double) v[1];
        }
        for (int u = 0; u < seen.length; u++) {
          if (!seen[u]) {
            throw new IllegalArgumentException("Invalid value for the scores of " + code
                + " (valid values a value for each unit of 'units'): missing " + state.units.get(u));
          }
        }
        if (scores.put(code, values) != null) {
          throw new IllegalArgumentException("Invalid value for node (valid values distinct nodes): duplicate " + code);
        }
      }
      IndexResult result = IndexResult.of(framework, state.units, scores);
      for (Object[] node : state.scores) {
        for (Object[] v : (List<Object[]>) node[1]) {
          Optional<Rank> computed = result.rank((String) v[0], (String) node[0]);
          if (v[2] != null && !computed.equals(Optional.of(v[2]))) {
            throw new IllegalArgumentException("Invalid value for the rank of " + v[0] + " at " + node[0]
                + " (valid values the rank of the scores, " + computed.map(Rank::toString).orElse("none") + "): "
                + v[2]);
          }
        }
      }
      Map<String, UncertaintyResult> uncertainty = new LinkedHashMap<>();
      for (Object[] u : state.uncertainty) {
        String node = (String) u[0];
        if (node == null || framework.node(node).isEmpty()) {
          throw new IllegalArgumentException("Invalid value for the node of an uncertainty result (valid values "
              + "the nodes of the framework): " + node);
        }
        if (uncertainty.put(node, (UncertaintyResult) u[1]) != null) {
          throw new IllegalArgumentException("Invalid value for the node of an uncertainty result (valid values "
              + "distinct nodes): duplicate " + node);
        }
      }
      return new IndexJson.Results(result, uncertainty);
    }
  }

  static final ResultsDeserializer RESULTS = new ResultsDeserializer();

  /** Reads a document and keeps only its {@link IndexResult}. */
  static final class IndexResultDeserializer extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<IndexResult> {
    private static final long serialVersionUID = 1L;

    IndexResultDeserializer() {
      super(IndexResult.class);
    }

    @Override
    public IndexResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return RESULTS.deserialize(p, ctxt).result();
    }
  }

  /** Reads one node's scores: {node, [{unit, score, rank}]}. */
  static final class NodeScoresDeserializer extends PartsDeserializer<Object[]> {
    private static final long serialVersionUID = 1L;

    NodeScoresDeserializer() {
      super(Object[].class, List.of("node", "values"), List.of());
    }

    @Override
    String typeName() {
      return "node scores";
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt) : Read.list(p, ctxt, VALUE::deserialize);
    }

    @Override
    Object[] build(Object[] parts) {
      return parts;
    }
  }

  /** Reads a unit's score at a node: {unit, score (null or absent if missing), rank}. */
  static final class ValueDeserializer extends PartsDeserializer<Object[]> {
    private static final long serialVersionUID = 1L;

    ValueDeserializer() {
      super(Object[].class, List.of("unit"), List.of("score", "rank"));
    }

    @Override
    String typeName() {
      return "score";
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt)
          : index == 1 ? (Object) Read.number(p, ctxt) : Read.text(p, ctxt, Rank.class, Rank::parse);
    }

    @Override
    Object[] build(Object[] parts) {
      if (parts[1] == null && parts[2] != null) {
        throw new IllegalArgumentException("Invalid value for rank of " + parts[0]
            + " (valid values none, since the score is missing): " + parts[2]);
      }
      return parts;
    }
  }

  private static final NodeScoresDeserializer NODE_SCORES = new NodeScoresDeserializer();
  private static final ValueDeserializer VALUE = new ValueDeserializer();

  /**
   * Reads a rank-uncertainty result: {node (in a document only), replications, units: [{unit,
   * nominal, median, p5, p95, ranks}]}; returns {node, UncertaintyResult}.
   */
  static final class NodeUncertaintyDeserializer extends ObjectDeserializer<Object[], Object[]> {
    private static final long serialVersionUID = 1L;

    private final int offset;

    NodeUncertaintyDeserializer(boolean inDocument) {
      super(Object[].class, inDocument ? List.of("node", "replications", "units") : List.of("replications", "units"),
          List.of());
      this.offset = inDocument ? 0 : 1;
    }

    @Override
    String typeName() {
      return "UncertaintyResult";
    }

    @Override
    Object[] start() {
      return new Object[3];
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      int i = index + offset;
      parts[i] = i == 0 ? Read.string(p, ctxt)
          : i == 1 ? (Object) Read.integer(p, ctxt) : Read.list(p, ctxt, UNIT::deserialize);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object[] build(Object[] parts) {
      int replications = (Integer) parts[1];
      List<Object[]> units = (List<Object[]>) parts[2];
      List<String> codes = new ArrayList<>();
      int[] nominal = new int[units.size()];
      int[][] ranks = new int[Math.max(replications, 0)][units.size()];
      for (int i = 0; i < units.size(); i++) {
        Object[] u = units.get(i);
        codes.add((String) u[0]);
        nominal[i] = u[2] == null ? 0 : (Integer) u[2];
        List<Integer> r = (List<Integer>) u[1];
        if (r.size() != replications) {
          throw new IllegalArgumentException("Invalid value for the number of ranks of " + u[0] + " (valid values "
              + replications + ", one per replication): " + r.size());
        }
        for (int k = 0; k < replications; k++) {
          ranks[k][i] = r.get(k) == null ? 0 : r.get(k);
        }
      }
      UncertaintyResult result = UncertaintyResult.of(codes, nominal, ranks);
      for (Object[] u : units) {
        String unit = (String) u[0];
        derived(unit, "median", u[3], result.median(unit));
        derived(unit, "p5", u[4], result.percentile5(unit));
        derived(unit, "p95", u[5], result.percentile95(unit));
      }
      return new Object[] {parts[0], result};
    }

    private static void derived(String unit, String name, Object read, OptionalDouble computed) {
      if (read != null && !(computed.isPresent() && Double.compare((Double) read, computed.getAsDouble()) == 0)) {
        throw new IllegalArgumentException("Invalid value for " + name + " of " + unit + " (valid values that of "
            + "its ranks, " + (computed.isPresent() ? computed.getAsDouble() : "none") + "): " + read);
      }
    }
  }

  /** Reads a unit's uncertainty: {unit, ranks, nominal, median, p5, p95}. */
  static final class UnitDeserializer extends PartsDeserializer<Object[]> {
    private static final long serialVersionUID = 1L;

    UnitDeserializer() {
      super(Object[].class, List.of("unit", "ranks"), List.of("nominal", "median", "p5", "p95"));
    }

    @Override
    String typeName() {
      return "unit uncertainty";
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = Read.string(p, ctxt);
          break;
        case 1:
          parts[1] = Read.nullableList(p, ctxt, Read::integer);
          break;
        case 2:
          parts[2] = Read.integer(p, ctxt);
          break;
        default:
          parts[index] = Read.number(p, ctxt);
          break;
      }
    }

    @Override
    Object[] build(Object[] parts) {
      return parts;
    }
  }

  private static final UnitDeserializer UNIT = new UnitDeserializer();
  private static final NodeUncertaintyDeserializer NODE_UNCERTAINTY = new NodeUncertaintyDeserializer(true);
  private static final NodeUncertaintyDeserializer STANDALONE = new NodeUncertaintyDeserializer(false);

  /** Reads an {@link UncertaintyResult} written on its own (without a node). */
  static final class UncertaintyDeserializer extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<UncertaintyResult> {
    private static final long serialVersionUID = 1L;

    UncertaintyDeserializer() {
      super(UncertaintyResult.class);
    }

    @Override
    public UncertaintyResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return (UncertaintyResult) STANDALONE.deserialize(p, ctxt)[1];
    }
  }
}
