package io.github.dxvn.csv;

/**
 * Receives the rows of a long file on the raw fast path, one call per row with a value, without an
 * {@link io.github.dxvn.observation.Observation} being built.
 *
 * <p>Within one scan, equal texts are the same {@code String} instance (codes are pooled), so a
 * handler may intern codes to integers cheaply. Codes and periods are checked once per distinct
 * text; cross-row rules (duplicates, ranges, parts within wholes) are not checked on this path.
 */
@FunctionalInterface
public interface RawObservationHandler {

  /**
   * Receives one row.
   *
   * @param unitCode  the unit code, not null, not empty
   * @param indicatorCode  the indicator code, a valid code, not null
   * @param period  the period text, a valid period, not null
   * @param value  the value, the nearest double to the decimal written
   * @param unit  the unit cell, possibly empty, not null
   * @param status  the status cell, possibly empty, never M or O, not null
   */
  void row(String unitCode, String indicatorCode, String period, double value, String unit, String status);
}
