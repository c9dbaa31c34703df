package io.github.dxvn.observation;

import io.github.dxvn.text.TextParseException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published rank: position {@code r}, optionally of {@code n} units, optionally within a named group.
 * The seed's "6/19" in the Central and Central Highlands group and "26th nationally" are rank
 * positions.
 *
 * <p>Text form: {@code 6}, {@code 6/19}, or {@code 6/19 in GROUP}; {@link #parse(CharSequence)} reads
 * what {@link #toString()} writes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankPosition {

  private static final String IN = " in ";

  private final int rank;
  private final int of;
  private final String group;

  private RankPosition(int rank, int of, String group) {
    this.rank = rank;
    this.of = of;
    this.group = group;
  }

  /**
   * Obtains a rank without a group size.
   *
   * @param rank  the position, from 1
   * @return the rank position, not null
   * @throws IllegalArgumentException if rank is below 1
   */
  public static RankPosition of(int rank) {
    return new RankPosition(checkRank(rank), 0, null);
  }

  /**
   * Obtains a rank of {@code of} units.
   *
   * @param rank  the position, from 1 to {@code of}
   * @param of  how many units were ranked, from 1
   * @return the rank position, not null
   * @throws IllegalArgumentException if rank is below 1 or above {@code of}
   */
  public static RankPosition of(int rank, int of) {
    return new RankPosition(checkRank(rank), checkOf(rank, of), null);
  }

  /**
   * Obtains a rank of {@code of} units within a named group.
   *
   * @param rank  the position, from 1 to {@code of}
   * @param of  how many units the group has, from 1
   * @param group  the group's name or code, such as {@code "Central and Central Highlands"}, not blank
   * @return the rank position, not null
   * @throws IllegalArgumentException if rank is below 1 or above {@code of}, or the group is blank
   */
  public static RankPosition of(int rank, int of, String group) {
    return new RankPosition(checkRank(rank), checkOf(rank, of), checkGroup(group));
  }

  private static int checkRank(int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("Invalid value for rank (valid values 1 - ...): " + rank);
    }
    return rank;
  }

  private static int checkOf(int rank, int of) {
    if (of < rank) {
      throw new IllegalArgumentException(
          "Invalid value for rank (valid values 1 - " + of + "): " + rank + " of " + of);
    }
    return of;
  }

  private static String checkGroup(String group) {
    Objects.requireNonNull(group, "group");
    String trimmed = Normalizer.normalize(group.strip(), Normalizer.Form.NFC);
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for group (valid values non-blank text): '" + group + "'");
    }
    return trimmed;
  }

  /**
   * Parses {@code 6}, {@code 6/19} or {@code 6/19 in GROUP}.
   *
   * @param text  the text, not null
   * @return the rank position, not null
   * @throws TextParseException if the text is not a rank position, with the error index
   */
  public static RankPosition parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int in = s.indexOf(IN);
    int end = in < 0 ? s.length() : in;
    int slash = s.indexOf('/');
    if (slash > end) {
      slash = -1;
    }
    int rank = number(s, 0, slash < 0 ? end : slash);
    if (slash < 0) {
      if (in >= 0) {
        throw error(s, in, "a group needs a group size: r/n in GROUP");
      }
      return of(rank);
    }
    int of = number(s, slash + 1, end);
    if (of < rank) {
      throw error(s, 0, "rank " + rank + " is above the group size " + of);
    }
    if (in < 0) {
      return of(rank, of);
    }
    String group = s.substring(in + IN.length());
    if (group.isBlank()) {
      throw error(s, in + IN.length(), "empty group");
    }
    return of(rank, of, group);
  }

  private static int number(String s, int start, int end) {
    if (start >= end) {
      throw error(s, start, "expected a whole number");
    }
    if (end - start > 9) {
      throw error(s, start + 9, "number too large");
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw error(s, i, "expected a digit, found '" + c + "'");
      }
      value = value * 10 + (c - '0');
    }
    if (value < 1) {
      throw error(s, start, "a rank starts at 1");
    }
    return value;
  }

  private static TextParseException error(String text, int index, String why) {
    return new TextParseException(
        "Text '" + text + "' could not be parsed at index " + index + ": " + why, text, index);
  }

  /**
   * Returns the position.
   *
   * @return the rank, from 1
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns how many units were ranked.
   *
   * @return the group size, or empty if not published
   */
  public OptionalInt of() {
    return of == 0 ? OptionalInt.empty() : OptionalInt.of(of);
  }

  /**
   * Returns the group ranked within.
   *
   * @return the group's name or code, or empty
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RankPosition)) {
      return false;
    }
    RankPosition other = (RankPosition) obj;
    return rank == other.rank && of == other.of && Objects.equals(group, other.group);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, of, group);
  }

  /**
   * Returns the text form: {@code 6}, {@code 6/19} or {@code 6/19 in GROUP}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (of == 0) {
      return Integer.toString(rank);
    }
    return rank + "/" + of + (group == null ? "" : IN + group);
  }
}
