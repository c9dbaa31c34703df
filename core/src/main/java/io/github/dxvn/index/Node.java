package io.github.dxvn.index;

import io.github.dxvn.indicator.Polarity;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a composite-index framework: an indicator (a leaf) or an aggregate (pillar, sub-index,
 * index) at any depth, with its weight within its parent and its polarity.
 *
 * <p>Settings given here override the framework's per-level defaults for this node only: the
 * normalisation applies to an indicator, the aggregation to an aggregate.
 *
 * <pre>{@code
 * Node n = Node.builder().code("1a1").parent("1a").weight(2).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Node {

  /**
   * Returns the code, unique within the framework.
   *
   * @return the code, not empty
   */
  public abstract String code();

  /**
   * Returns the name, by default the code.
   *
   * @return the name, not null
   */
  @Value.Default
  public String name() {
    return code();
  }

  /**
   * Returns the parent's code.
   *
   * @return the parent's code, empty for a root
   */
  public abstract Optional<String> parent();

  /**
   * Returns the weight within the parent, before renormalisation over siblings; by default 1.
   *
   * @return the weight, finite and non-negative
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the polarity: for an indicator, whether higher raw values are better (it orients the
   * normalisation); for any node, the order in which its scores are ranked. By default higher is
   * better.
   *
   * @return the polarity, not null
   */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /**
   * Returns this indicator's own normalisation, overriding the framework's default.
   *
   * @return the normalisation, empty to use the default
   */
  public abstract Optional<Normalisation> normalisation();

  /**
   * Returns this aggregate's own aggregation, overriding the framework's default for its level.
   *
   * @return the aggregation, empty to use the default
   */
  public abstract Optional<Aggregation> aggregation();

  @Value.Check
  void check() {
    if (code().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for code (valid values non-empty): \"\"");
    }
    if (!Double.isFinite(weight()) || weight() < 0) {
      throw new IllegalArgumentException("Invalid value for weight of " + code()
          + " (valid values finite and >= 0): " + weight());
    }
    if (parent().isPresent() && parent().get().equals(code())) {
      throw new IllegalArgumentException(
          "Invalid value for parent of " + code() + " (valid values another node): " + code());
    }
  }

  /**
   * Obtains a node with a parent and a weight, higher is better, default settings.
   *
   * @param code  the code, not null, not empty
   * @param parent  the parent's code, not null
   * @param weight  the weight within the parent, finite and non-negative
   * @return the node, not null
   * @throws IllegalArgumentException if the code is empty, the weight invalid or the parent is the
   *     node itself
   */
  public static Node of(String code, String parent, double weight) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(parent, "parent");
    return builder().code(code).parent(parent).weight(weight).build();
  }

  /**
   * Obtains a root node (an index), with default settings.
   *
   * @param code  the code, not null, not empty
   * @return the node, not null
   * @throws IllegalArgumentException if the code is empty
   */
  public static Node root(String code) {
    Objects.requireNonNull(code, "code");
    return builder().code(code).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link Node}. */
  public static class Builder extends ImmutableNode.Builder {}
}
