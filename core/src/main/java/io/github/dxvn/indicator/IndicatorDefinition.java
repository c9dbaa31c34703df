package io.github.dxvn.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import javax.measure.Unit;
import org.immutables.value.Value;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The definition of an indicator: what it measures, in which unit, which values are valid, whether
 * higher is better, how it aggregates across units, and where the definition comes from.
 *
 * <p>Defaults follow the kind: a {@link IndicatorKind#SHARE share} is in percent on {@code [0, 100]};
 * a {@link IndicatorKind#COUNT count} is dimensionless, on {@code [0, ∞)} and sums across units; a
 * {@link IndicatorKind#RANK rank} is on {@code [1, ∞)}, lower is better, and does not aggregate.
 *
 * <p>A <em>derived</em> indicator is computed from others through its ratio-of-sums rule and never
 * stored: a dataset that holds a value for it is invalid (see {@code io.github.dxvn.observation}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorDefinition {

  IndicatorDefinition() {}

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  public abstract IndicatorCode code();

  /**
   * Returns the name in Vietnamese.
   *
   * @return the name, not null, not blank
   */
  public abstract String nameVi();

  /**
   * Returns the name in English.
   *
   * @return the name, not null, not blank
   */
  public abstract String nameEn();

  /**
   * Returns the area measured.
   *
   * @return the area, not null
   */
  public abstract Area area();

  /**
   * Returns the kind of quantity.
   *
   * @return the kind, not null
   */
  public abstract IndicatorKind kind();

  /**
   * Returns the unit of values: percent for shares, {@link AbstractUnit#ONE} for counts unless given.
   *
   * @return the unit, not null
   */
  @Value.Default
  public Unit<?> unit() {
    return kind() == IndicatorKind.SHARE ? Units.PERCENT : AbstractUnit.ONE;
  }

  /**
   * Returns whether higher values are better; lower for ranks unless given.
   *
   * @return the polarity, not null
   */
  @Value.Default
  public Polarity polarity() {
    return kind() == IndicatorKind.RANK ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
  }

  /**
   * Returns the valid values; by default {@code [0, 100]} for shares, {@code [0, ∞)} for counts and
   * amounts, {@code [1, ∞)} for ranks, unbounded for scores.
   *
   * @return the range, not null
   */
  @Value.Default
  public ValidRange validRange() {
    switch (kind()) {
      case SHARE:
        return ValidRange.percent();
      case COUNT:
      case AMOUNT:
        return ValidRange.nonNegative();
      case RANK:
        return ValidRange.of(Optional.of(BigDecimal.ONE), Optional.empty());
      default:
        return ValidRange.unbounded();
    }
  }

  /**
   * Returns how values combine across units; by default counts sum and everything else does not
   * aggregate.
   *
   * @return the rule, not null
   */
  @Value.Default
  public AggregationRule aggregation() {
    return kind() == IndicatorKind.COUNT ? AggregationRule.sum() : AggregationRule.notAggregatable();
  }

  /**
   * Returns the indicator this one is a part of, whose value it must not exceed (activated e-ID
   * accounts are part of e-ID registrations).
   *
   * @return the whole, or empty
   */
  public abstract Optional<IndicatorCode> partOf();

  /**
   * Tells whether the indicator is computed from others through its ratio rule and never stored.
   *
   * @return true if derived
   */
  @Value.Default
  public boolean isDerived() {
    return false;
  }

  /**
   * Returns what a count counts, in English (teams, persons, services), for display.
   *
   * @return the counted entity, or empty
   */
  public abstract Optional<String> countedEntity();

  /**
   * Returns where the definition comes from: a document, an article or a data set.
   *
   * @return the source, not null, not blank
   */
  public abstract String source();

  /**
   * Returns the pillar whose activity the indicator measures.
   *
   * @return the pillar, or empty for an indicator of a foundation area
   */
  public Optional<Pillar> pillar() {
    return area().pillar();
  }

  /**
   * Returns the factor a ratio is multiplied by to be in this indicator's unit: 100 for percent,
   * 1 otherwise.
   *
   * @return the factor, not null
   */
  public BigDecimal ratioFactor() {
    return unit().equals(Units.PERCENT) ? BigDecimal.valueOf(100) : BigDecimal.ONE;
  }

  @Value.Check
  void check() {
    require(!nameVi().isBlank(), "nameVi", "non-blank text", nameVi());
    require(!nameEn().isBlank(), "nameEn", "non-blank text", nameEn());
    require(!source().isBlank(), "source", "non-blank text", source());
    if (kind() == IndicatorKind.SHARE) {
      require(unit().equals(Units.PERCENT), "unit", "% for a share", UnitText.format(unit()));
      require(
          ValidRange.percent().contains(validRange().min().orElse(BigDecimal.ONE.negate()))
              && ValidRange.percent().contains(validRange().max().orElse(BigDecimal.valueOf(101))),
          "validRange", "within [0, 100] for a share", validRange());
    }
    if (kind().isIntegral()) {
      require(unit().equals(AbstractUnit.ONE), "unit", "1 for a " + kind().nameEn().toLowerCase(java.util.Locale.ROOT), UnitText.format(unit()));
    }
    if (isDerived()) {
      require(
          aggregation().method() == AggregationRule.Method.RATIO_OF_SUMS,
          "aggregation", "RATIO_OF_SUMS for a derived indicator", aggregation());
    }
    require(!partOf().equals(Optional.of(code())), "partOf", "another indicator's code", code());
  }

  private void require(boolean condition, String attribute, String valid, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(
          "Invalid value for " + attribute + " of " + code() + " (valid values " + valid + "): " + value);
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorDefinition}s; {@code build()} validates. */
  public static class Builder extends ImmutableIndicatorDefinition.Builder {}
}
