package io.github.dxvn.index;

/**
 * The kinds of normalisation the engine applies to indicators; see {@link Normalisation} for the
 * formulas.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NormalisationMethod {
  /** Min-max to a range [a, b], with observed or fixed bounds. */
  MIN_MAX,
  /** Goalposts: fixed bounds, truncated, scaled to [0, scale]. */
  GOALPOSTS,
  /** Z-score with the sample standard deviation, rescaled to a mean and a standard deviation. */
  Z_SCORE,
  /** Distance to a target: the share of the way from the worst value to the target, capped at 1. */
  DISTANCE_TO_TARGET,
  /** Fractional (average) rank, 1 for the worst value. */
  RANK,
  /** Percentile rank: (competition rank from the bottom − 1) / (n − 1), in [0, 1]. */
  PERCENTILE_RANK,
  /** Borda score: the number of units with a strictly worse value. */
  BORDA,
  /** No normalisation: values pass through, oriented by polarity (negated if lower is better). */
  NONE
}
