package io.github.dxvn.observation;

import io.github.dxvn.indicator.IndicatorCode;
import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies an observation in a dataset: the administrative unit, the indicator and the period.
 * Keys order by unit code, then indicator code, then period.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationKey implements Comparable<ObservationKey> {

  private static final Comparator<ObservationKey> ORDER =
      Comparator.comparing(ObservationKey::unitCode)
          .thenComparing(ObservationKey::indicator)
          .thenComparing(ObservationKey::period);

  private final String unitCode;
  private final IndicatorCode indicator;
  private final Period period;

  private ObservationKey(String unitCode, IndicatorCode indicator, Period period) {
    this.unitCode = unitCode;
    this.indicator = indicator;
    this.period = period;
  }

  /**
   * Obtains a key.
   *
   * @param unitCode  the administrative unit's code, not null
   * @param indicator  the indicator, not null
   * @param period  the period, not null
   * @return the key, not null
   */
  public static ObservationKey of(String unitCode, IndicatorCode indicator, Period period) {
    return new ObservationKey(
        Objects.requireNonNull(unitCode, "unitCode"),
        Objects.requireNonNull(indicator, "indicator"),
        Objects.requireNonNull(period, "period"));
  }

  /**
   * Returns the administrative unit's code.
   *
   * @return the code, not null
   */
  public String unitCode() {
    return unitCode;
  }

  /**
   * Returns the indicator.
   *
   * @return the code, not null
   */
  public IndicatorCode indicator() {
    return indicator;
  }

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public Period period() {
    return period;
  }

  @Override
  public int compareTo(ObservationKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ObservationKey)) {
      return false;
    }
    ObservationKey other = (ObservationKey) obj;
    return unitCode.equals(other.unitCode) && indicator.equals(other.indicator) && period.equals(other.period);
  }

  @Override
  public int hashCode() {
    return (unitCode.hashCode() * 31 + indicator.hashCode()) * 31 + period.hashCode();
  }

  /**
   * Returns {@code unit/indicator/period}, such as {@code 45/SOC_EID_ACTIVATED/2023}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return unitCode + "/" + indicator + "/" + period;
  }
}
