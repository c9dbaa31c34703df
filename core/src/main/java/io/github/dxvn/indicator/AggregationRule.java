package io.github.dxvn.indicator;

import java.util.List;
import java.util.Objects;

/**
 * How an indicator's values for several units combine into the value of the unit they form (a merged
 * province, a region, the nation).
 *
 * <p>Counts add up. A share is never averaged: it is recomputed as the ratio of the summed numerators
 * to the summed denominators, so it needs named numerator and denominator indicators. Scores combine
 * as the unweighted mean only where an official rule says so (the DTI of a merged province). Other
 * indicators, ranks among them, do not aggregate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AggregationRule {

  /** The kinds of rule. */
  public enum Method {
    /** Values add up. */
    SUM,
    /** Σ numerators ÷ Σ denominators, times the factor of the indicator's unit. */
    RATIO_OF_SUMS,
    /** The unweighted mean of the parts' values (an official rule for DTI scores). */
    UNWEIGHTED_MEAN,
    /** The values cannot be combined (ranks, indicators without numerator and denominator). */
    NOT_AGGREGATABLE
  }

  private static final AggregationRule SUM = new AggregationRule(Method.SUM, List.of(), List.of());
  private static final AggregationRule MEAN =
      new AggregationRule(Method.UNWEIGHTED_MEAN, List.of(), List.of());
  private static final AggregationRule NONE =
      new AggregationRule(Method.NOT_AGGREGATABLE, List.of(), List.of());

  private final Method method;
  private final List<IndicatorCode> numerator;
  private final List<IndicatorCode> denominator;

  private AggregationRule(
      Method method, List<IndicatorCode> numerator, List<IndicatorCode> denominator) {
    this.method = method;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains the rule for counts: values add up.
   *
   * @return the rule, not null
   */
  public static AggregationRule sum() {
    return SUM;
  }

  /**
   * Obtains the rule of the unweighted mean.
   *
   * @return the rule, not null
   */
  public static AggregationRule unweightedMean() {
    return MEAN;
  }

  /**
   * Obtains the rule for indicators whose values cannot be combined.
   *
   * @return the rule, not null
   */
  public static AggregationRule notAggregatable() {
    return NONE;
  }

  /**
   * Obtains the rule for a ratio: the sum of the numerator indicators over the sum of the
   * denominator indicators.
   *
   * @param numerator  the indicators whose sum is the numerator, not null, not empty
   * @param denominator  the indicators whose sum is the denominator, not null, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if either list is empty or has duplicates
   */
  public static AggregationRule ratioOfSums(
      List<IndicatorCode> numerator, List<IndicatorCode> denominator) {
    return new AggregationRule(
        Method.RATIO_OF_SUMS, codes(numerator, "numerator"), codes(denominator, "denominator"));
  }

  private static List<IndicatorCode> codes(List<IndicatorCode> codes, String name) {
    List<IndicatorCode> copy = List.copyOf(Objects.requireNonNull(codes, name));
    if (copy.isEmpty() || copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values one or more distinct codes): " + copy);
    }
    return copy;
  }

  /**
   * Returns the kind of rule.
   *
   * @return the method, not null
   */
  public Method method() {
    return method;
  }

  /**
   * Returns the numerator indicators of a ratio.
   *
   * @return the codes, empty unless the method is {@link Method#RATIO_OF_SUMS}
   */
  public List<IndicatorCode> numerator() {
    return numerator;
  }

  /**
   * Returns the denominator indicators of a ratio.
   *
   * @return the codes, empty unless the method is {@link Method#RATIO_OF_SUMS}
   */
  public List<IndicatorCode> denominator() {
    return denominator;
  }

  /**
   * Tells whether values under this rule can be combined across units.
   *
   * @return false only for {@link Method#NOT_AGGREGATABLE}
   */
  public boolean isAggregatable() {
    return method != Method.NOT_AGGREGATABLE;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AggregationRule)) {
      return false;
    }
    AggregationRule other = (AggregationRule) obj;
    return method == other.method
        && numerator.equals(other.numerator)
        && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, numerator, denominator);
  }

  /**
   * Returns the rule as text: {@code SUM}, {@code UNWEIGHTED_MEAN}, {@code NOT_AGGREGATABLE} or
   * {@code RATIO_OF_SUMS(A+B/C+D)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (method != Method.RATIO_OF_SUMS) {
      return method.name();
    }
    return "RATIO_OF_SUMS(" + join(numerator) + "/" + join(denominator) + ")";
  }

  private static String join(List<IndicatorCode> codes) {
    StringBuilder text = new StringBuilder();
    for (IndicatorCode code : codes) {
      if (text.length() > 0) {
        text.append('+');
      }
      text.append(code);
    }
    return text.toString();
  }
}
