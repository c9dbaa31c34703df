package io.github.dxvn.target;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import javax.measure.Unit;
import org.immutables.value.Value;

/**
 * A national target: a value to meet by the end of a deadline year, such as "the digital economy
 * reaches 20 % of GDP by 2025" (749/QĐ-TTg), with where it comes from.
 *
 * <p>The target names a standard indicator where the catalog has one; otherwise only its description
 * (in Vietnamese and English) says what is measured. The document (its number, absent for a draft,
 * and its status) and its kind stay with each target, since the sources mix issued decisions with a
 * draft and an action plan.
 *
 * <pre>{@code
 * NationalTarget fibre = TargetCatalog.standard().get("749-fibre-households-2025");
 * fibre.assess(Comparison.EQUAL, new BigDecimal("80.51"));   // MEETS (> 80)
 * fibre.distance(new BigDecimal("75"));                      // 5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NationalTarget {

  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;

  NationalTarget() {}

  /**
   * Returns the target's identifier in its catalog, such as {@code 749-fibre-households-2025}.
   *
   * @return the identifier: lower-case letters, digits and hyphens, not null
   */
  public abstract String id();

  /**
   * Returns the standard indicator the target is measured by.
   *
   * @return the indicator, or empty if the standard catalog has none for it
   */
  public abstract Optional<IndicatorCode> indicator();

  /**
   * Returns what is measured, in Vietnamese, as the source words it.
   *
   * @return the description, not blank
   */
  public abstract String descriptionVi();

  /**
   * Returns what is measured, in English.
   *
   * @return the description, not blank
   */
  public abstract String descriptionEn();

  /**
   * Returns the pillar the source files the target under (its "chính phủ số", digital government,
   * is {@link Pillar#DIGITAL_GOVERNMENT}).
   *
   * @return the pillar, not null
   */
  public abstract Pillar pillar();

  /**
   * Returns the year by whose end the target is to be met.
   *
   * @return the year, 2000 to 2100
   */
  public abstract int deadlineYear();

  /**
   * Returns the target value, exact and canonical (no trailing zeros).
   *
   * @return the value, not negative; a whole number from 1 for {@link TargetComparator#TOP}
   */
  public abstract BigDecimal value();

  /**
   * Returns how the value is to be met.
   *
   * @return the comparator, not null
   */
  public abstract TargetComparator comparator();

  /**
   * Returns the unit of the value ({@code %}, or {@code 1} for a rank).
   *
   * @return the unit, not null
   */
  public abstract Unit<?> unit();

  /**
   * Returns the document setting the target, with its number (absent for a draft), date of signing,
   * type and status: a target of a draft is not a target of the issued document.
   *
   * @return the document, not null
   */
  public abstract LegalDocument document();

  /**
   * Returns what the document approves or issues: a programme, a strategy or an action plan.
   *
   * @return the kind, not null
   */
  public abstract DocumentKind documentKind();

  /**
   * Returns where the target's value was found.
   *
   * @return the URL, not blank
   */
  public abstract String sourceUrl();

  /**
   * Returns a note on the source or the mapping.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  NationalTarget check() {
    if (!id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "Invalid value for id (valid values lower-case letters, digits and single hyphens): '" + id() + "'");
    }
    requireText("descriptionVi", descriptionVi());
    requireText("descriptionEn", descriptionEn());
    requireText("sourceUrl", sourceUrl());
    if (deadlineYear() < MIN_YEAR || deadlineYear() > MAX_YEAR) {
      throw new IllegalArgumentException("Invalid value for deadlineYear (valid values " + MIN_YEAR
          + " - " + MAX_YEAR + "): " + deadlineYear());
    }
    if (value().signum() < 0) {
      throw new IllegalArgumentException(
          "Invalid value for value (valid values 0 or more): " + value().toPlainString());
    }
    if (comparator() == TargetComparator.TOP
        && (value().signum() <= 0 || value().stripTrailingZeros().scale() > 0)) {
      throw new IllegalArgumentException(
          "Invalid value for value of a top-N target (valid values whole numbers from 1): "
              + value().toPlainString());
    }
    BigDecimal canonical = Decimals.canonical(value());
    if (canonical.equals(value())) {
      return this;
    }
    return builder().from(this).value(canonical).build();
  }

  private static void requireText(String attribute, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("Invalid value for " + attribute + " (valid values non-blank text): '"
          + text + "'");
    }
  }

  /**
   * Decides, in three values, whether a figure meets this target; see
   * {@link TargetComparator#test(Comparison, BigDecimal, BigDecimal)}.
   *
   * @param comparison  how the figure relates to the true value, not null
   * @param value  the figure, in this target's unit, not null
   * @return MEETS, FAILS or UNKNOWN, not null
   */
  public TargetStatus assess(Comparison comparison, BigDecimal value) {
    return comparator().test(comparison, value, value());
  }

  /**
   * Decides, in three values, whether an observation meets this target. The observation's period is
   * not checked against the deadline: assessing a 2023 figure against a 2025 target is how progress is
   * followed.
   *
   * @param observation  the observation, not null
   * @return MEETS, FAILS or UNKNOWN, not null
   * @throws IllegalArgumentException if the target names an indicator and the observation is of
   *     another, or the units differ
   */
  public TargetStatus assess(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    if (indicator().isPresent() && !indicator().get().equals(observation.indicator())) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values " + indicator().get()
          + "): " + observation.indicator());
    }
    if (!unit().equals(observation.unit())) {
      throw new IllegalArgumentException("Invalid value for unit (valid values " + UnitText.format(unit())
          + "): " + UnitText.format(observation.unit()));
    }
    return assess(observation.comparison(), observation.value());
  }

  /**
   * Returns how far a value is from this target, positive while short of it; see
   * {@link TargetComparator#distance(BigDecimal, BigDecimal)}.
   *
   * @param value  the value, in this target's unit, not null
   * @return the distance, exact, not null
   */
  public BigDecimal distance(BigDecimal value) {
    return comparator().distance(value, value());
  }

  /**
   * Returns the share of the way from a baseline to this target that a value has come:
   * {@code (value - baseline) / (target - baseline)}; 0 at the baseline, 1 at the target, above 1 past
   * it, negative if it went back.
   *
   * @param baseline  the value at the start, not null
   * @param value  the value now, not null
   * @return the share, rounded to 34 significant digits (exact when the quotient terminates), not null
   * @throws IllegalArgumentException if the baseline equals the target
   */
  public BigDecimal progress(BigDecimal baseline, BigDecimal value) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(value, "value");
    BigDecimal way = value().subtract(baseline);
    if (way.signum() == 0) {
      throw new IllegalArgumentException("Invalid value for baseline (valid values any but the target "
          + value().toPlainString() + "): " + baseline.toPlainString());
    }
    return Decimals.canonical(value.subtract(baseline).divide(way, MathContext.DECIMAL128));
  }

  /**
   * Returns the constant annual growth rate that takes a value in a year to this target by the end of
   * its deadline year: {@code (target / value)^(1 / (deadline - year)) - 1}, such as 0.05 for 5 % a
   * year. The rate is irrational in general, so it is computed in floating point.
   *
   * @param year  the year of the value, before the deadline year
   * @param value  the value in that year, positive
   * @return the rate per year, negative if the value is already past a higher target
   * @throws IllegalArgumentException if the year is not before the deadline, the value is not
   *     positive, or the target is zero
   */
  public double requiredAnnualGrowth(int year, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (year >= deadlineYear()) {
      throw new IllegalArgumentException("Invalid value for year (valid values before "
          + deadlineYear() + "): " + year);
    }
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid value for value (valid values positive): " + value.toPlainString());
    }
    if (value().signum() == 0) {
      throw new IllegalArgumentException("Invalid value for target (valid values positive): 0");
    }
    double ratio = value().divide(value, MathContext.DECIMAL64).doubleValue();
    return Math.pow(ratio, 1.0 / (deadlineYear() - year)) - 1.0;
  }

  /**
   * Returns the straight line from a baseline to this target at its deadline.
   *
   * @param baselineYear  the baseline's year, before the deadline year
   * @param baselineValue  the value in that year, not null
   * @return the trajectory, not null
   * @throws IllegalArgumentException if the baseline year is not before the deadline year
   */
  public Trajectory trajectory(int baselineYear, BigDecimal baselineValue) {
    return Trajectory.of(baselineYear, baselineValue, deadlineYear(), value(), comparator());
  }

  /**
   * Returns a short form such as {@code 749-fibre-households-2025: INFRA_HOUSEHOLD_FIBRE_SHARE > 80 % by 2025}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id() + ": " + indicator().map(IndicatorCode::toString).orElse(descriptionEn()) + " "
        + comparator().symbol() + " " + value().toPlainString() + " " + UnitText.format(unit())
        + " by " + deadlineYear();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NationalTarget}s; {@code build()} validates. */
  public static class Builder extends ImmutableNationalTarget.Builder {}
}
