package io.github.dxvn.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The ranks of a sequence of items, as computed by a {@link Ranker}: for each item either a rank
 * "r of n" or nothing when its value was missing.
 *
 * <p>Items are addressed by their index in the ranked array. Bulk accessors return primitive arrays
 * where 0, never a valid rank, marks an unranked item.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

  private final RankingMethod method;
  private final double[] ranks; // 0 for unranked
  private final int[] outOf; // 0 for unranked

  Ranking(RankingMethod method, double[] ranks, int[] outOf) {
    this.method = method;
    this.ranks = ranks;
    this.outOf = outOf;
  }

  /**
   * Obtains a ranking from its ranks, such as a ranking computed earlier and stored.
   *
   * <p>The ranks are checked against the method as far as they can be without the values: every
   * rank out of {@code n} belongs to a group of {@code n} ranked items, so the number of ranks out of
   * {@code n} must be a multiple of {@code n}; positions are whole unless the method is
   * {@link RankingMethod#FRACTIONAL}. When the ranks out of {@code n} are exactly {@code n} (one
   * group, always the case for a ranking of all items by {@link Ranker#rank}) their positions must be
   * what the method gives for their ties: 1, 2, 2, 4 under competition ranking, not 1, 2, 2, 3. When
   * several groups have the same size their positions cannot be told apart, so only the first two
   * checks apply (an ordinal ranking is still checked exactly: each position once per group).
   *
   * @param method  the method the ranks were computed with, not null
   * @param ranks  the rank of each item, empty for an unranked item; not null, no null element
   * @return the ranking, not null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the ranks cannot come from the method, as described above
   */
  public static Ranking of(RankingMethod method, List<Optional<Rank>> ranks) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(ranks, "ranks");
    int n = ranks.size();
    double[] positions = new double[n];
    int[] outOf = new int[n];
    for (int i = 0; i < n; i++) {
      Optional<Rank> rank = Objects.requireNonNull(ranks.get(i), "ranks[" + i + "]");
      if (rank.isPresent()) {
        positions[i] = rank.get().position();
        outOf[i] = rank.get().outOf();
        if (method != RankingMethod.FRACTIONAL && !rank.get().isWhole()) {
          throw new IllegalArgumentException("Invalid value for ranks[" + i + "] (valid values whole positions under "
              + method + " ranking): " + rank.get());
        }
      }
    }
    int[] sortedOutOf = outOf.clone();
    Arrays.sort(sortedOutOf);
    for (int from = 0; from < n; ) {
      int size = sortedOutOf[from];
      int to = from;
      while (to < n && sortedOutOf[to] == size) {
        to++;
      }
      if (size > 0) {
        checkGroups(method, positions, outOf, size, to - from);
      }
      from = to;
    }
    return new Ranking(method, positions, outOf);
  }

  /** Checks the positions of the {@code count} items ranked out of {@code size}. */
  private static void checkGroups(RankingMethod method, double[] positions, int[] outOf, int size, int count) {
    if (count % size != 0) {
      throw new IllegalArgumentException("Invalid value for the number of ranks out of " + size
          + " (valid values multiples of " + size + ", one rank per item of each group): " + count);
    }
    double[] p = new double[count];
    for (int i = 0, j = 0; i < positions.length; i++) {
      if (outOf[i] == size) {
        p[j++] = positions[i];
      }
    }
    Arrays.sort(p);
    int groups = count / size;
    if (method == RankingMethod.ORDINAL) {
      for (int j = 0; j < count; j++) {
        expect(p[j], j / groups + 1, method, size);
      }
    } else if (groups == 1) {
      int rank = 0; // the block's number, for dense ranking
      for (int from = 0; from < size; ) {
        int to = from;
        while (to < size && p[to] == p[from]) {
          to++;
        }
        rank++;
        double expected = method == RankingMethod.COMPETITION ? from + 1
            : method == RankingMethod.DENSE ? rank
            : (from + 1 + to) / 2.0;
        expect(p[from], expected, method, size);
        from = to;
      }
    }
  }

  /** Fails unless the position, in sorted order, is the one the method gives there. */
  private static void expect(double position, double expected, RankingMethod method, int size) {
    if (position != expected) {
      throw new IllegalArgumentException("Invalid value for a rank out of " + size + " (valid values those of a "
          + method + " ranking, which gives " + Rank.of(expected, size) + " here): " + Rank.of(position, size));
    }
  }

  /**
   * Returns the method these ranks were computed with.
   *
   * @return the method, not null
   */
  public RankingMethod method() {
    return method;
  }

  /**
   * Returns the number of items, ranked or not.
   *
   * @return the size
   */
  public int size() {
    return ranks.length;
  }

  /**
   * Returns the number of ranked items.
   *
   * @return the count of items with a rank
   */
  public int rankedCount() {
    int c = 0;
    for (int o : outOf) {
      if (o > 0) {
        c++;
      }
    }
    return c;
  }

  /**
   * Checks whether an item has a rank.
   *
   * @param index  the item's index, from 0 to size - 1
   * @return true unless the item's value was missing
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public boolean isRanked(int index) {
    Objects.checkIndex(index, ranks.length);
    return outOf[index] > 0;
  }

  /**
   * Returns the rank of an item.
   *
   * @param index  the item's index, from 0 to size - 1
   * @return the rank, empty if the item's value was missing
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Optional<Rank> rank(int index) {
    Objects.checkIndex(index, ranks.length);
    return outOf[index] == 0 ? Optional.empty() : Optional.of(Rank.of(ranks[index], outOf[index]));
  }

  /**
   * Returns the rank position of an item as a number.
   *
   * @param index  the item's index, from 0 to size - 1
   * @return the position, empty if the item's value was missing
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public OptionalDouble position(int index) {
    Objects.checkIndex(index, ranks.length);
    return outOf[index] == 0 ? OptionalDouble.empty() : OptionalDouble.of(ranks[index]);
  }

  /**
   * Returns the indices of the unranked items (missing values), ascending.
   *
   * @return a new array, not null
   */
  public int[] unranked() {
    int[] out = new int[ranks.length - rankedCount()];
    int j = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (outOf[i] == 0) {
        out[j++] = i;
      }
    }
    return out;
  }

  /**
   * Returns all rank positions, 0 for an unranked item.
   *
   * @return a new array, not null
   */
  public double[] toPositionArray() {
    return ranks.clone();
  }

  /**
   * Returns all whole rank positions, 0 for an unranked item.
   *
   * @return a new array, not null
   * @throws ArithmeticException if a position is a half (fractional ranking)
   */
  public int[] toIntArray() {
    int[] out = new int[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      double r = ranks[i];
      if (r != Math.rint(r)) {
        throw new ArithmeticException("Rank position is not whole at index " + i + ": " + r);
      }
      out[i] = (int) r;
    }
    return out;
  }

  /**
   * Returns the number of ranked items each item is ranked among (its group's ranked count when
   * ranked within groups), 0 for an unranked item.
   *
   * @return a new array, not null
   */
  public int[] toOutOfArray() {
    return outOf.clone();
  }

  /**
   * Checks whether this ranking equals another: same method, ranks and counts.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Ranking)) {
      return false;
    }
    Ranking o = (Ranking) obj;
    return o.method == method && Arrays.equals(o.ranks, ranks) && Arrays.equals(o.outOf, outOf);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (method.hashCode() * 31 + Arrays.hashCode(ranks)) * 31 + Arrays.hashCode(outOf);
  }

  /**
   * Returns the ranks as text, such as {@code [1/4, 2/4, 2/4, -]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < ranks.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(outOf[i] == 0 ? "-" : Rank.of(ranks[i], outOf[i]).toString());
    }
    return b.append(']').toString();
  }
}
