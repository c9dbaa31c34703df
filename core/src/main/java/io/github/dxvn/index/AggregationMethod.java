package io.github.dxvn.index;

/**
 * The kinds of weighted mean the engine aggregates with; see {@link Aggregation}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AggregationMethod {
  /** Weighted arithmetic mean Σwx/Σw. */
  ARITHMETIC,
  /** Weighted geometric mean Π x^(w/Σw); needs positive values. */
  GEOMETRIC,
  /** Weighted harmonic mean Σw/Σ(w/x); needs positive values. */
  HARMONIC,
  /** Weighted generalised (power) mean (Σwx^p/Σw)^(1/p). */
  POWER
}
