package io.github.dxvn.target;

/**
 * Whether a reported figure meets a target, in three values: a bound or an approximation that
 * straddles the target decides nothing, and that is {@link #UNKNOWN}, not {@link #FAILS}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetStatus {
  /** Every true value the figure allows meets the target. */
  MEETS,
  /** No true value the figure allows meets the target. */
  FAILS,
  /** Some true values the figure allows meet the target and some do not. */
  UNKNOWN
}
