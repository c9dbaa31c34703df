package io.github.dxvn.observation;

import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a derived indicator computed from a dataset, never stored: the sum of its numerator
 * indicators over the sum of its denominator indicators, times 100 for a percentage.
 *
 * <p>The numerator and denominator are exact; {@link #value()} is their quotient to 16 significant
 * digits ({@link MathContext#DECIMAL64}, half-even), exact whenever the quotient terminates within
 * them. The full-process share of online services in the seed is 959 / (747 + 959) × 100.
 *
 * <p>A value is computed only from exact inputs: if an input is a bound or an approximation, the
 * quotient would not be a value, and {@link #compute} answers empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DerivedValue {

  private final IndicatorDefinition definition;
  private final String unitCode;
  private final Period period;
  private final BigDecimal numerator;
  private final BigDecimal denominator;
  private final ObservationStatus status;

  private DerivedValue(IndicatorDefinition definition, String unitCode, Period period,
      BigDecimal numerator, BigDecimal denominator, ObservationStatus status) {
    this.definition = definition;
    this.unitCode = unitCode;
    this.period = period;
    this.numerator = numerator;
    this.denominator = denominator;
    this.status = status;
  }

  /**
   * Computes a derived indicator for one unit and period.
   *
   * @param dataset  the dataset holding the inputs, not null
   * @param indicator  the derived indicator, defined in the dataset's catalog, not null
   * @param unitCode  the unit, not null
   * @param period  the period, not null
   * @return the value, or empty if an input is missing or inexact, or the denominator is zero
   * @throws IllegalArgumentException if the indicator is not a derived indicator of the catalog
   */
  public static Optional<DerivedValue> compute(
      Dataset dataset, IndicatorCode indicator, String unitCode, Period period) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(period, "period");
    IndicatorDefinition definition = dataset.catalog().find(Objects.requireNonNull(indicator, "indicator"))
        .filter(IndicatorDefinition::isDerived)
        .orElseThrow(() -> new IllegalArgumentException(
            "Invalid value for indicator (valid values a derived indicator of the catalog): " + indicator));
    AggregationRule rule = definition.aggregation();
    List<Observation> inputs = new ArrayList<>();
    Optional<BigDecimal> numerator = sum(dataset, rule.numerator(), unitCode, period, inputs);
    Optional<BigDecimal> denominator = sum(dataset, rule.denominator(), unitCode, period, inputs);
    if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() == 0) {
      return Optional.empty();
    }
    // Any input that is not a normal value makes the result an estimate.
    ObservationStatus status = inputs.stream().allMatch(o -> o.status() == ObservationStatus.NORMAL)
        ? ObservationStatus.NORMAL : ObservationStatus.ESTIMATED;
    return Optional.of(new DerivedValue(definition, unitCode, period, numerator.get(), denominator.get(), status));
  }

  /**
   * Obtains a derived value from its inputs' sums, such as one computed earlier and stored; the value
   * is computed from them as {@link #compute} does.
   *
   * @param definition  the derived indicator's definition, not null
   * @param unitCode  the unit, not null, not empty
   * @param period  the period, not null
   * @param numerator  the sum of the numerator's inputs, not null
   * @param denominator  the sum of the denominator's inputs, not null, not zero
   * @param status  {@link ObservationStatus#NORMAL}, or {@link ObservationStatus#ESTIMATED} when an
   *     input was not a normal value; not null
   * @return the derived value, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the definition is not derived, the unit code is empty, the
   *     denominator is zero or the status is neither normal nor estimated
   */
  public static DerivedValue of(IndicatorDefinition definition, String unitCode, Period period,
      BigDecimal numerator, BigDecimal denominator, ObservationStatus status) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(status, "status");
    if (!definition.isDerived()) {
      throw new IllegalArgumentException(
          "Invalid value for definition (valid values a derived indicator): " + definition.code());
    }
    if (unitCode.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for unitCode (valid values a non-empty code): \"\"");
    }
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("Invalid value for denominator (valid values not zero): " + denominator);
    }
    if (status != ObservationStatus.NORMAL && status != ObservationStatus.ESTIMATED) {
      throw new IllegalArgumentException("Invalid value for status (valid values NORMAL, ESTIMATED): " + status);
    }
    return new DerivedValue(definition, unitCode, period, numerator, denominator, status);
  }

  /**
   * Computes every derived indicator of the dataset's catalog for every unit and period that has its
   * inputs.
   *
   * @param dataset  the dataset, not null
   * @return the derived values in key order, not null
   */
  public static List<DerivedValue> computeAll(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<DerivedValue> values = new ArrayList<>();
    for (String unit : dataset.unitCodes()) {
      for (IndicatorDefinition definition : dataset.catalog().definitions()) {
        if (!definition.isDerived()) {
          continue;
        }
        for (Period period : dataset.periods()) {
          compute(dataset, definition.code(), unit, period).ifPresent(values::add);
        }
      }
    }
    return values;
  }

  private static Optional<BigDecimal> sum(Dataset dataset, List<IndicatorCode> codes, String unit,
      Period period, List<Observation> inputs) {
    BigDecimal total = BigDecimal.ZERO;
    for (IndicatorCode code : codes) {
      Optional<Observation> found = dataset.find(unit, code, period);
      if (found.isEmpty() || !found.get().comparison().isExact()) {
        return Optional.empty();
      }
      inputs.add(found.get());
      total = total.add(found.get().value());
    }
    return Optional.of(total);
  }

  /**
   * Returns the derived indicator's definition.
   *
   * @return the definition, not null
   */
  public IndicatorDefinition definition() {
    return definition;
  }

  /**
   * Returns the unit's code.
   *
   * @return the code, not null
   */
  public String unitCode() {
    return unitCode;
  }

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the exact sum of the numerator indicators.
   *
   * @return the numerator, not null
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the exact sum of the denominator indicators.
   *
   * @return the denominator, not zero, not null
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Returns numerator ÷ denominator × the unit's factor, to 16 significant digits, canonical.
   *
   * @return the value, not null
   */
  public BigDecimal value() {
    return Decimals.canonical(
        numerator.multiply(definition.ratioFactor()).divide(denominator, MathContext.DECIMAL64));
  }

  /**
   * Returns the status: normal when every input is normal, estimated otherwise.
   *
   * @return the status, not null
   */
  public ObservationStatus status() {
    return status;
  }

  /**
   * Returns the value as an observation, for display or export; a dataset will not hold it.
   *
   * @return the observation, not null
   */
  public Observation toObservation() {
    return Observation.builder().unitCode(unitCode).indicator(definition.code()).period(period)
        .value(value()).unit(definition.unit()).status(status)
        .note("derived: " + definition.aggregation()).build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DerivedValue)) {
      return false;
    }
    DerivedValue other = (DerivedValue) obj;
    return definition.equals(other.definition) && unitCode.equals(other.unitCode)
        && period.equals(other.period) && numerator.compareTo(other.numerator) == 0
        && denominator.compareTo(other.denominator) == 0 && status == other.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition.code(), unitCode, period, numerator.stripTrailingZeros(),
        denominator.stripTrailingZeros(), status);
  }

  @Override
  public String toString() {
    return unitCode + "/" + definition.code() + "/" + period + " = " + numerator.toPlainString() + " / "
        + denominator.toPlainString() + " = " + value().toPlainString();
  }
}
