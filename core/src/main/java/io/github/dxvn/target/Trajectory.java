package io.github.dxvn.target;

import io.github.dxvn.observation.Comparison;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A straight line from a baseline (year, value) to a target (deadline year, value): the value
 * expected in every year between, and whether a figure is on track.
 *
 * <p>A figure is on track when it is at least the expected value, or at most it for a rank
 * ({@link TargetComparator#TOP}). On-track checks are never strict: a target to be exceeded
 * ({@code >}) is on track at the line itself, since the line starts at the baseline.
 *
 * <pre>{@code
 * Trajectory line = Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("80"),
 *     TargetComparator.REACH);
 * line.expectedValue(2023);                         // 68
 * line.isOnTrack(2023, new BigDecimal("70"));       // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trajectory {

  private final int baselineYear;
  private final BigDecimal baselineValue;
  private final int targetYear;
  private final BigDecimal targetValue;
  private final TargetComparator comparator;

  private Trajectory(int baselineYear, BigDecimal baselineValue, int targetYear, BigDecimal targetValue,
      TargetComparator comparator) {
    this.baselineYear = baselineYear;
    this.baselineValue = baselineValue;
    this.targetYear = targetYear;
    this.targetValue = targetValue;
    this.comparator = comparator;
  }

  /**
   * Obtains the line from a baseline to a target.
   *
   * @param baselineYear  the baseline's year, before the target year
   * @param baselineValue  the value in the baseline year, not null
   * @param targetYear  the target's deadline year
   * @param targetValue  the target value, not null
   * @param comparator  how the target is to be met (decides which side of the line is on track), not null
   * @return the trajectory, not null
   * @throws IllegalArgumentException if the baseline year is not before the target year
   */
  public static Trajectory of(int baselineYear, BigDecimal baselineValue, int targetYear,
      BigDecimal targetValue, TargetComparator comparator) {
    Objects.requireNonNull(baselineValue, "baselineValue");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(comparator, "comparator");
    if (baselineYear >= targetYear) {
      throw new IllegalArgumentException("Invalid value for baselineYear (valid values before "
          + targetYear + "): " + baselineYear);
    }
    return new Trajectory(baselineYear, Decimals.canonical(baselineValue), targetYear,
        Decimals.canonical(targetValue), comparator);
  }

  /**
   * Returns the baseline year.
   *
   * @return the year
   */
  public int baselineYear() {
    return baselineYear;
  }

  /**
   * Returns the baseline value.
   *
   * @return the value, canonical, not null
   */
  public BigDecimal baselineValue() {
    return baselineValue;
  }

  /**
   * Returns the target's deadline year.
   *
   * @return the year, after the baseline year
   */
  public int targetYear() {
    return targetYear;
  }

  /**
   * Returns the target value.
   *
   * @return the value, canonical, not null
   */
  public BigDecimal targetValue() {
    return targetValue;
  }

  /**
   * Returns how the target is to be met.
   *
   * @return the comparator, not null
   */
  public TargetComparator comparator() {
    return comparator;
  }

  /**
   * Returns the value expected in a year on the line:
   * {@code baseline + (target - baseline) * (year - baselineYear) / (targetYear - baselineYear)}.
   *
   * @param year  the year, from the baseline year to the target year
   * @return the expected value, exact when the quotient terminates, else rounded to 34 significant
   *     digits before the baseline is added (so the values stay monotone), canonical, not null
   * @throws IllegalArgumentException if the year is outside the line
   */
  public BigDecimal expectedValue(int year) {
    if (year < baselineYear || year > targetYear) {
      throw new IllegalArgumentException("Invalid value for year (valid values " + baselineYear + " - "
          + targetYear + "): " + year);
    }
    BigDecimal rise = targetValue.subtract(baselineValue).multiply(BigDecimal.valueOf(year - baselineYear));
    BigDecimal step = rise.divide(BigDecimal.valueOf(targetYear - baselineYear), MathContext.DECIMAL128);
    return Decimals.canonical(baselineValue.add(step));
  }

  /**
   * Decides, in three values, whether a figure for a year is on track: at least the expected value,
   * or at most it for a rank.
   *
   * @param year  the figure's year, from the baseline year to the target year
   * @param comparison  how the figure relates to the true value, not null
   * @param value  the figure, not null
   * @return MEETS (on track), FAILS (behind) or UNKNOWN, not null
   * @throws IllegalArgumentException if the year is outside the line
   */
  public TargetStatus assessOnTrack(int year, Comparison comparison, BigDecimal value) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(value, "value");
    TargetComparator onTrack = comparator.isLowerBetter() ? TargetComparator.TOP : TargetComparator.AT_LEAST;
    return onTrack.test(comparison, value, expectedValue(year));
  }

  /**
   * Tells whether an exact value for a year is on track.
   *
   * @param year  the year, from the baseline year to the target year
   * @param value  the value, not null
   * @return true if the value is at least the expected value (at most it for a rank)
   * @throws IllegalArgumentException if the year is outside the line
   */
  public boolean isOnTrack(int year, BigDecimal value) {
    return assessOnTrack(year, Comparison.EQUAL, value) == TargetStatus.MEETS;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Trajectory)) {
      return false;
    }
    Trajectory other = (Trajectory) obj;
    return baselineYear == other.baselineYear && targetYear == other.targetYear
        && baselineValue.equals(other.baselineValue) && targetValue.equals(other.targetValue)
        && comparator == other.comparator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(baselineYear, baselineValue, targetYear, targetValue, comparator);
  }

  /**
   * Returns a form such as {@code 2020: 50 -> 2025: = 80}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return baselineYear + ": " + baselineValue.toPlainString() + " -> " + targetYear + ": "
        + comparator.symbol() + " " + targetValue.toPlainString();
  }
}
