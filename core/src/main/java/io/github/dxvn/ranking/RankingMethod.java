package io.github.dxvn.ranking;

/**
 * How tied values are ranked.
 *
 * <p>For the values 10, 8, 8, 5 (higher is better) the methods give:
 * competition 1, 2, 2, 4; dense 1, 2, 2, 3; ordinal 1, 2, 3, 4 (ties in input order);
 * fractional 1, 2.5, 2.5, 4.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RankingMethod {
  /** Ties share the best rank of their block and the next rank is skipped (1, 2, 2, 4). */
  COMPETITION,
  /** Ties share a rank and the next rank follows without a gap (1, 2, 2, 3). */
  DENSE,
  /** Every item gets a distinct rank; ties are ordered as they appear in the input (1, 2, 3, 4). */
  ORDINAL,
  /** Ties share the mean of the ranks they span (1, 2.5, 2.5, 4). */
  FRACTIONAL
}
