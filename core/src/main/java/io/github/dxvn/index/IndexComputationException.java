package io.github.dxvn.index;

/**
 * Thrown when a node's score cannot be computed for a unit, such as a geometric mean over a zero.
 * The message and the accessors name the node and the unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public class IndexComputationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The node's code. */
  private final String node;
  /** The unit's code. */
  private final String unit;

  /**
   * Constructs an exception.
   *
   * @param node  the node's code, not null
   * @param unit  the unit's code, not null
   * @param reason  why the score cannot be computed, not null
   */
  public IndexComputationException(String node, String unit, String reason) {
    super("Cannot compute node " + node + " for unit " + unit + ": " + reason);
    this.node = node;
    this.unit = unit;
  }

  /**
   * Returns the node's code.
   *
   * @return the code, not null
   */
  public String getNode() {
    return node;
  }

  /**
   * Returns the unit's code.
   *
   * @return the code, not null
   */
  public String getUnit() {
    return unit;
  }
}
