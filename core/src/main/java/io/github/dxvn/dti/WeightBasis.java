package io.github.dxvn.dti;

/**
 * Where a weight comes from: the framework's document, or an inference from published figures.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WeightBasis {
  /** Stated in the framework's document. */
  OFFICIAL,
  /**
   * Not published; inferred from published results (1726's pillar weights 0.4/0.3/0.3 fit the totals
   * of two provinces).
   */
  INFERRED
}
