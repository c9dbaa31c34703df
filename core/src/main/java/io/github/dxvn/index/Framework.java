package io.github.dxvn.index;

import io.github.dxvn.indicator.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A composite-index framework: a forest of weighted {@link Node}s (indicators as leaves, aggregates
 * above them at any depth) with default normalisation and per-level aggregation settings.
 *
 * <p>The level of a node is its height: 1 for an indicator (a leaf), and one more than the highest
 * of its children for an aggregate, as COINr numbers levels. A framework is valid when codes are
 * unique, every parent exists, and there is no cycle; weights are checked by {@link Node}. Usually
 * there is a single root (the index), but a forest is allowed.
 *
 * <pre>{@code
 * Framework f = Framework.builder()
 *     .node(Node.root("Index"))
 *     .node(Node.of("P1", "Index", 1)).node(Node.of("P2", "Index", 1))
 *     .node(Node.of("a", "P1", 2)).node(Node.of("b", "P1", 1)).node(Node.of("c", "P2", 1))
 *     .normalisation(Normalisation.minMax(0, 100))
 *     .build();
 * IndexResult r = f.compute(data);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Framework {

  private final List<Node> nodes;
  private final Map<String, Integer> index;
  private final int[] parent; // -1 for a root
  private final int[][] children;
  private final int[] level;
  private final int[] evaluationOrder; // aggregates by ascending level
  private final int[] leaves;
  private final Normalisation normalisation;
  private final Aggregation aggregation;
  private final Map<Integer, Aggregation> levelAggregations;

  private Framework(Builder b) {
    this.nodes = List.copyOf(b.nodes);
    this.normalisation = b.normalisation;
    this.aggregation = b.aggregation;
    this.levelAggregations = Collections.unmodifiableMap(new TreeMap<>(b.levelAggregations));
    int n = nodes.size();
    List<String> problems = new ArrayList<>();
    if (n == 0) {
      problems.add("no node");
    }
    index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (index.putIfAbsent(nodes.get(i).code(), i) != null) {
        problems.add("duplicate code " + nodes.get(i).code());
      }
    }
    parent = new int[n];
    int[] childCount = new int[n];
    for (int i = 0; i < n; i++) {
      Optional<String> p = nodes.get(i).parent();
      parent[i] = -1;
      if (p.isPresent()) {
        Integer pi = index.get(p.get());
        if (pi == null) {
          problems.add("parent " + p.get() + " of " + nodes.get(i).code() + " does not exist");
        } else {
          parent[i] = pi;
          childCount[pi]++;
        }
      }
    }
    children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[childCount[i]];
      childCount[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[parent[i]][childCount[parent[i]]++] = i;
      }
    }
    // a node is in a cycle if following parents never reaches a root within n steps
    for (int i = 0; i < n && problems.isEmpty(); i++) {
      int p = i;
      for (int steps = 0; p >= 0; steps++) {
        if (steps > n) {
          problems.add("cycle through " + nodes.get(i).code());
          break;
        }
        p = parent[p];
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for nodes (valid values a forest of uniquely coded nodes): "
              + String.join("; ", problems));
    }
    level = new int[n];
    for (int i = 0; i < n; i++) {
      if (children[i].length == 0) {
        for (int d = 1, p = i; p >= 0; d++, p = parent[p]) {
          level[p] = Math.max(level[p], d);
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(level[x], level[y]));
    evaluationOrder = Arrays.stream(order).mapToInt(Integer::intValue)
        .filter(i -> children[i].length > 0).toArray();
    leaves = java.util.stream.IntStream.range(0, n).filter(i -> children[i].length == 0).toArray();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a framework from the rows of a COINr-style iMeta table, with min-max 0–100
   * normalisation and arithmetic aggregation by default. Rows of type
   * {@link MetaType#INDICATOR} and {@link MetaType#AGGREGATE} become nodes; a row's target becomes
   * nothing here (see {@link MetaRow#target()}); group, denominator and other rows are ignored.
   *
   * @param rows  the rows, not null, no null element
   * @return the framework, not null
   * @throws IllegalArgumentException if the nodes do not form a valid framework, or a row's level
   *     disagrees with the level of its node in the tree
   */
  public static Framework fromMeta(List<MetaRow> rows) {
    Objects.requireNonNull(rows, "rows");
    Builder b = builder();
    for (MetaRow r : rows) {
      Objects.requireNonNull(r, "rows element");
      if (r.type() == MetaType.INDICATOR || r.type() == MetaType.AGGREGATE) {
        Node.Builder nb = Node.builder().code(r.code()).name(r.name())
            .weight(r.weight().orElse(1)).polarity(r.polarity().orElse(Polarity.HIGHER_IS_BETTER));
        r.parent().ifPresent(nb::parent);
        b.node(nb.build());
      }
    }
    Framework f = b.build();
    List<String> problems = new ArrayList<>();
    for (MetaRow r : rows) {
      if ((r.type() == MetaType.INDICATOR || r.type() == MetaType.AGGREGATE)
          && r.level().isPresent() && r.level().getAsInt() != f.level(r.code())) {
        problems.add(r.code() + " has level " + r.level().getAsInt() + " but sits at level "
            + f.level(r.code()));
      }
      if (r.type() == MetaType.INDICATOR && !f.isIndicator(r.code())) {
        problems.add("indicator " + r.code() + " has children");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for rows (valid values consistent levels): " + String.join("; ",
              problems));
    }
    return f;
  }

  /**
   * Returns the nodes, in the order given.
   *
   * @return the nodes, unmodifiable, not null
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns a node.
   *
   * @param code  the node's code, not null
   * @return the node, empty if there is none with this code
   */
  public Optional<Node> node(String code) {
    Integer i = index.get(Objects.requireNonNull(code, "code"));
    return i == null ? Optional.empty() : Optional.of(nodes.get(i));
  }

  int indexOf(String code) {
    Integer i = index.get(Objects.requireNonNull(code, "code"));
    if (i == null) {
      throw new IllegalArgumentException("Invalid value for node (valid values "
          + IndexData.abbreviate(codes()) + "): " + code);
    }
    return i;
  }

  String[] codes() {
    return nodes.stream().map(Node::code).toArray(String[]::new);
  }

  /**
   * Returns the codes of the indicators (the leaves), in node order.
   *
   * @return the codes, unmodifiable, not null
   */
  public List<String> indicators() {
    return Arrays.stream(leaves).mapToObj(i -> nodes.get(i).code())
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the codes of the roots (nodes without a parent), in node order.
   *
   * @return the codes, unmodifiable, not null
   */
  public List<String> roots() {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      if (parent[i] < 0) {
        r.add(nodes.get(i).code());
      }
    }
    return Collections.unmodifiableList(r);
  }

  /**
   * Returns the codes of a node's children, in node order.
   *
   * @param code  the node's code, not null
   * @return the codes, empty for an indicator, unmodifiable, not null
   * @throws IllegalArgumentException if there is no such node
   */
  public List<String> children(String code) {
    return Arrays.stream(children[indexOf(code)]).mapToObj(i -> nodes.get(i).code())
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Checks whether a node is an indicator (a leaf).
   *
   * @param code  the node's code, not null
   * @return true if the node has no children
   * @throws IllegalArgumentException if there is no such node
   */
  public boolean isIndicator(String code) {
    return children[indexOf(code)].length == 0;
  }

  /**
   * Returns the level of a node: 1 for an indicator, one more than its highest child otherwise.
   *
   * @param code  the node's code, not null
   * @return the level, at least 1
   * @throws IllegalArgumentException if there is no such node
   */
  public int level(String code) {
    return level[indexOf(code)];
  }

  /**
   * Returns the highest level.
   *
   * @return the number of levels, at least 1
   */
  public int levelCount() {
    return Arrays.stream(level).max().orElse(1);
  }

  /**
   * Returns the normalisation an indicator gets: its own, or the framework's default.
   *
   * @param code  the node's code, not null
   * @return the normalisation, not null
   * @throws IllegalArgumentException if there is no such node
   */
  public Normalisation normalisation(String code) {
    return nodes.get(indexOf(code)).normalisation().orElse(normalisation);
  }

  /**
   * Returns the aggregation an aggregate gets: its own, its level's, or the framework's default.
   *
   * @param code  the node's code, not null
   * @return the aggregation, not null
   * @throws IllegalArgumentException if there is no such node
   */
  public Aggregation aggregation(String code) {
    int i = indexOf(code);
    return nodes.get(i).aggregation()
        .orElse(levelAggregations.getOrDefault(level[i], aggregation));
  }

  /**
   * Returns the default normalisation of indicators.
   *
   * @return the normalisation, not null
   */
  public Normalisation defaultNormalisation() {
    return normalisation;
  }

  /**
   * Returns the default aggregation of aggregates, used at levels without their own.
   *
   * @return the aggregation, not null
   */
  public Aggregation defaultAggregation() {
    return aggregation;
  }

  /**
   * Returns the aggregations set for particular levels.
   *
   * @return the aggregation by level, unmodifiable, not null
   */
  public Map<Integer, Aggregation> levelAggregations() {
    return levelAggregations;
  }

  /**
   * Returns the effective weight of every node: the product, from the node up to its root, of its
   * weight divided by the sum of its siblings' weights (0 when they sum to 0). The effective weights
   * of the indicators under a root sum to 1 when no weight is 0 everywhere under a node.
   *
   * @return the effective weight by code, in node order, unmodifiable, not null
   */
  public Map<String, Double> effectiveWeights() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      double w = 1;
      for (int p = i; parent[p] >= 0; p = parent[p]) {
        double sum = 0;
        for (int s : children[parent[p]]) {
          sum += nodes.get(s).weight();
        }
        w *= sum == 0 ? 0 : nodes.get(p).weight() / sum;
      }
      out.put(nodes.get(i).code(), w);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Computes every node's score for every unit: each indicator normalised across units, each
   * aggregate the weighted mean of its children.
   *
   * @param data  the data, not null, with a column for every indicator of this framework
   * @return the result, not null
   * @throws IllegalArgumentException if the data lacks an indicator
   * @throws IndexComputationException if an aggregate cannot be computed for a unit
   */
  public IndexResult compute(IndexData data) {
    return compute(data, null, null);
  }

  /**
   * Computes with the weights and methods of this framework replaced for one run, as the
   * uncertainty analysis does; null arguments keep this framework's settings.
   */
  IndexResult compute(IndexData data, double[] weights, Settings override) {
    Objects.requireNonNull(data, "data");
    List<String> missing = new ArrayList<>();
    for (int leaf : leaves) {
      if (!data.hasIndicator(nodes.get(leaf).code())) {
        missing.add(nodes.get(leaf).code());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for data (valid values data with every"
          + " indicator of the framework): missing " + String.join(", ", missing));
    }
    int n = nodes.size();
    int units = data.unitCount();
    double[][] scores = new double[n][];
    for (int leaf : leaves) {
      Node node = nodes.get(leaf);
      Normalisation norm = override != null && override.normalisation != null
          ? override.normalisation : node.normalisation().orElse(normalisation);
      scores[leaf] = norm.apply(data.column(node.code()), node.polarity());
    }
    String[] unitCodes = data.units().toArray(new String[0]);
    for (int agg : evaluationOrder) {
      int[] ch = children[agg];
      int k = ch.length;
      double[] w = new double[k];
      String[] childCodes = new String[k];
      for (int j = 0; j < k; j++) {
        w[j] = weights != null ? weights[ch[j]] : nodes.get(ch[j]).weight();
        childCodes[j] = nodes.get(ch[j]).code();
      }
      Aggregation a = override != null && override.aggregation != null
          ? override.aggregation : aggregation(nodes.get(agg).code());
      double[] out = new double[units];
      double[] vals = new double[k];
      for (int u = 0; u < units; u++) {
        for (int j = 0; j < k; j++) {
          vals[j] = scores[ch[j]][u];
        }
        out[u] = a.aggregate(vals, w, k, nodes.get(agg).code(), unitCodes[u], childCodes);
      }
      scores[agg] = out;
    }
    return new IndexResult(this, unitCodes, scores);
  }

  /** Per-run replacements of the methods (uncertainty analysis). */
  static final class Settings {
    final Normalisation normalisation;
    final Aggregation aggregation;

    Settings(Normalisation normalisation, Aggregation aggregation) {
      this.normalisation = normalisation;
      this.aggregation = aggregation;
    }
  }

  int nodeCount() {
    return nodes.size();
  }

  Polarity rankingPolarity(int node) {
    return children[node].length == 0 ? Polarity.HIGHER_IS_BETTER : nodes.get(node).polarity();
  }

  /**
   * Checks whether this framework equals another: same nodes in the same order and same defaults.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Framework)) {
      return false;
    }
    Framework o = (Framework) obj;
    return o.nodes.equals(nodes) && o.normalisation.equals(normalisation)
        && o.aggregation.equals(aggregation) && o.levelAggregations.equals(levelAggregations);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(nodes, normalisation, aggregation, levelAggregations);
  }

  /**
   * Returns a short description: node counts, roots and defaults.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Framework[" + nodes.size() + " nodes, " + leaves.length + " indicators, roots "
        + roots() + ", " + normalisation + ", " + aggregation + "]";
  }

  /**
   * Builder of {@link Framework}. Defaults: min-max 0–100 normalisation, arithmetic aggregation.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();
    private Normalisation normalisation = Normalisation.minMax(0, 100);
    private Aggregation aggregation = Aggregation.arithmetic();
    private final Map<Integer, Aggregation> levelAggregations = new HashMap<>();

    /** Creates a builder; prefer {@link Framework#builder()}. */
    public Builder() {}

    /**
     * Adds a node.
     *
     * @param node  the node, not null
     * @return this builder, not null
     */
    public Builder node(Node node) {
      nodes.add(Objects.requireNonNull(node, "node"));
      return this;
    }

    /**
     * Adds nodes.
     *
     * @param nodes  the nodes, not null, no null element
     * @return this builder, not null
     */
    public Builder nodes(Collection<Node> nodes) {
      Objects.requireNonNull(nodes, "nodes").forEach(this::node);
      return this;
    }

    /**
     * Sets the default normalisation of indicators.
     *
     * @param normalisation  the normalisation, not null
     * @return this builder, not null
     */
    public Builder normalisation(Normalisation normalisation) {
      this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
      return this;
    }

    /**
     * Sets the default aggregation of aggregates.
     *
     * @param aggregation  the aggregation, not null
     * @return this builder, not null
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
      return this;
    }

    /**
     * Sets the aggregation of the aggregates at one level.
     *
     * @param level  the level, at least 2
     * @param aggregation  the aggregation, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the level is less than 2
     */
    public Builder aggregation(int level, Aggregation aggregation) {
      if (level < 2) {
        throw new IllegalArgumentException(
            "Invalid value for level (valid values 2 - " + Integer.MAX_VALUE + "): " + level);
      }
      levelAggregations.put(level, Objects.requireNonNull(aggregation, "aggregation"));
      return this;
    }

    /**
     * Builds the framework.
     *
     * @return the framework, not null
     * @throws IllegalArgumentException if there is no node, a code repeats, a parent does not
     *     exist or the parents form a cycle; the message lists every problem
     */
    public Framework build() {
      return new Framework(this);
    }
  }
}
