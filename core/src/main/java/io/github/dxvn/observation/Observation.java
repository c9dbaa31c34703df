package io.github.dxvn.observation;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.immutables.value.Value;
import tech.units.indriya.quantity.Quantities;

/**
 * One reported figure: the value of an indicator for an administrative unit in a period, with its unit
 * of measurement, status, how it relates to the true value, and optionally a published rank, a source
 * and a note.
 *
 * <p>The value is an exact decimal held in canonical form, so 99.53 and 99.530 are the same
 * observation. A missing value is the absence of an observation: statuses {@code M} and {@code O} are
 * rejected here.
 *
 * <pre>{@code
 * Observation fibre = Observation.builder()
 *     .unitCode("45")
 *     .indicator(IndicatorCode.of("INFRA_HOUSEHOLD_FIBRE_SHARE"))
 *     .period(Period.parse("2023"))
 *     .value(new BigDecimal("80.51"))
 *     .unit(Units.PERCENT)
 *     .status(ObservationStatus.ESTIMATED)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * Returns the code of the administrative unit (a province code such as {@code 45}, a commune code,
   * or any unit code of the data set, such as a country code).
   *
   * @return the code, not null, not blank, without surrounding white space
   */
  public abstract String unitCode();

  /**
   * Returns the indicator.
   *
   * @return the code, not null
   */
  public abstract IndicatorCode indicator();

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public abstract Period period();

  /**
   * Returns the value, exact, in canonical form (no trailing zeros after the decimal point).
   *
   * @return the value, not null
   */
  public abstract BigDecimal value();

  /**
   * Returns the unit of the value.
   *
   * @return the unit, not null
   */
  public abstract Unit<?> unit();

  /**
   * Returns the status; normal unless given.
   *
   * @return the status, not null, never missing
   */
  @Value.Default
  public ObservationStatus status() {
    return ObservationStatus.NORMAL;
  }

  /**
   * Returns how the value relates to the true value; {@code =} unless given.
   *
   * @return the comparison, not null
   */
  @Value.Default
  public Comparison comparison() {
    return Comparison.EQUAL;
  }

  /**
   * Returns the published rank that comes with the figure.
   *
   * @return the rank, or empty
   */
  public abstract Optional<RankPosition> rank();

  /**
   * Returns where the figure was published.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns a note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the key: unit, indicator and period.
   *
   * @return the key, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public ObservationKey key() {
    return ObservationKey.of(unitCode(), indicator(), period());
  }

  /**
   * Returns the value with its unit as a JSR-385 quantity (built on each call; bulk code should use
   * {@link #value()}).
   *
   * @return the quantity, with a {@code BigDecimal} number, not null
   */
  public Quantity<?> quantity() {
    return Quantities.getQuantity(value(), unit());
  }

  @Value.Check
  Observation check() {
    String unitCode = unitCode();
    if (unitCode.isEmpty() || !unitCode.strip().equals(unitCode)) {
      throw new IllegalArgumentException(
          "Invalid value for unitCode (valid values non-blank text without surrounding spaces): '"
              + unitCode + "'");
    }
    if (status().isMissing()) {
      throw new IllegalArgumentException(
          "Invalid value for status of " + key() + " (valid values any but M and O: an observation has a value): "
              + status().code());
    }
    BigDecimal canonical = Decimals.canonical(value());
    if (canonical.equals(value())) {
      return this;
    }
    return builder().from(this).value(canonical).build();
  }

  /**
   * Returns a readable form such as {@code 45/INFRA_HOUSEHOLD_FIBRE_SHARE/2023 = 80.51 % [E]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(key().toString())
        .append(' ').append(comparison().symbol()).append(' ')
        .append(value().toPlainString()).append(' ').append(UnitText.format(unit()));
    if (status() != ObservationStatus.NORMAL) {
      text.append(" [").append(status().code()).append(']');
    }
    rank().ifPresent(r -> text.append(" rank ").append(r));
    return text.toString();
  }

  /**
   * Obtains an exact, normal observation.
   *
   * @param unitCode  the unit's code, not null
   * @param indicator  the indicator, not null
   * @param period  the period, not null
   * @param value  the value, not null
   * @param unit  the value's unit, not null
   * @return the observation, not null
   * @throws IllegalArgumentException if the unit code is blank
   */
  public static Observation of(
      String unitCode, IndicatorCode indicator, Period period, BigDecimal value, Unit<?> unit) {
    return builder().unitCode(unitCode).indicator(indicator).period(period).value(value).unit(unit).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Observation}s; {@code build()} validates. */
  public static class Builder extends ImmutableObservation.Builder {}
}
