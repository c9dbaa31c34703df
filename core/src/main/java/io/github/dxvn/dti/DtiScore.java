package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A province's DTI under one framework: the total, exact, its published form to 4 decimals, and the
 * group or pillar values, from the values it was computed from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DtiScore {

  DtiScore() {}

  static DtiScore of(String framework, Map<IndicatorCode, BigDecimal> values, BigDecimal total,
      Optional<BigDecimal> points, Map<IndicatorCode, BigDecimal> groupValues) {
    return new ImmutableDtiScore.Builder().framework(framework).values(values).total(total)
        .points(points).groupValues(groupValues).build();
  }

  /**
   * Returns the name of the framework that computed the score, such as {@code dti-922}.
   *
   * @return the name, not null
   */
  public abstract String framework();

  /**
   * Returns the values the score was computed from (with any unscored main indicator given).
   *
   * @return the values on 0–1, canonical, in the framework's order, not null
   */
  public abstract Map<IndicatorCode, BigDecimal> values();

  /**
   * Returns the provincial DTI, exact (922: {@code Σ value × max points / 1000}; 1726:
   * {@code 0.4 × government + 0.3 × economy + 0.3 × society}).
   *
   * @return the total on 0–1, canonical, not null
   */
  public abstract BigDecimal total();

  /**
   * Returns the points out of the framework's total points, for a framework scored by points.
   *
   * @return the points, such as 800.175 of 1,000, or empty
   */
  public abstract Optional<BigDecimal> points();

  /**
   * Returns the value of each group or pillar, by code. For 1726 these are the pillar values given;
   * for 922 each group's value is the points-weighted mean of its scored main indicators, computed
   * by dxvn (not a published figure), rounded to 34 significant digits when it does not terminate.
   *
   * @return the values on 0–1, in the framework's order, not null
   */
  public abstract Map<IndicatorCode, BigDecimal> groupValues();

  /**
   * Returns the total as published: rounded half up to 4 decimals, such as 0.8002.
   *
   * @return the total with scale 4, not null
   */
  public BigDecimal publishedTotal() {
    return Dti.published(total());
  }

  /**
   * Returns a form such as {@code dti-922 0.8002 (0.800175)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return framework() + " " + publishedTotal().toPlainString() + " (" + total().toPlainString() + ")";
  }
}
