package io.github.dxvn.index;

import io.github.dxvn.ranking.Rank;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The change of one unit's rank between two results.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankShift {

  private final String unit;
  private final Optional<Rank> before;
  private final Optional<Rank> after;

  private RankShift(String unit, Optional<Rank> before, Optional<Rank> after) {
    this.unit = unit;
    this.before = before;
    this.after = after;
  }

  /**
   * Obtains a rank shift.
   *
   * @param unit  the unit code, not null
   * @param before  the rank before, empty if unranked or absent, not null
   * @param after  the rank after, empty if unranked or absent, not null
   * @return the shift, not null
   */
  public static RankShift of(String unit, Optional<Rank> before, Optional<Rank> after) {
    return new RankShift(Objects.requireNonNull(unit, "unit"),
        Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /**
   * Returns the unit code.
   *
   * @return the code, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the rank before.
   *
   * @return the rank, empty if unranked or absent
   */
  public Optional<Rank> before() {
    return before;
  }

  /**
   * Returns the rank after.
   *
   * @return the rank, empty if unranked or absent
   */
  public Optional<Rank> after() {
    return after;
  }

  /**
   * Returns the number of places moved up: rank before minus rank after.
   *
   * @return the shift, positive when the unit moved up, empty unless both ranks are present
   */
  public OptionalDouble shift() {
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(before.get().position() - after.get().position())
        : OptionalDouble.empty();
  }

  /**
   * Checks whether this shift equals another: same unit and ranks.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RankShift)) {
      return false;
    }
    RankShift o = (RankShift) obj;
    return o.unit.equals(unit) && o.before.equals(before) && o.after.equals(after);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(unit, before, after);
  }

  /**
   * Returns a description such as {@code VNM 12/63 -> 9/63}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return unit + " " + before.map(Rank::toString).orElse("-") + " -> "
        + after.map(Rank::toString).orElse("-");
  }
}
