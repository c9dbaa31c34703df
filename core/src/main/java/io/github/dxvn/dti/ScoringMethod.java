package io.github.dxvn.dti;

/**
 * How a DTI framework combines its parts into the provincial index.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScoringMethod {
  /**
   * Points (922/QĐ-BTTTT): each main indicator, published on 0–1, times its maximum points, summed
   * and divided by the total points (1,000): {@code DTI = Σ value × max points / total points}.
   */
  POINTS,
  /**
   * Pillar weights (1726/QĐ-BTTTT): the pillar values combined with fixed weights summing to 1:
   * {@code DTI = Σ weight × pillar value}.
   */
  PILLAR_WEIGHTS
}
