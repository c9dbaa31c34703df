package io.github.dxvn.index;

import java.util.Objects;

/**
 * A weighted mean that combines the scores of a node's children, with the minimum data availability
 * below which the node's score is missing.
 *
 * <p>Weights are renormalised over the children present for the unit. The availability of a unit at
 * a node is the share of the node's children (by count) that have a score; when it is below
 * {@link #minimumAvailability()}, or when no child is present, the score is missing. Geometric and
 * harmonic means, and power means with p ≤ 0, need positive values; other power means need
 * non-negative ones: {@link IndexComputationException} names the node, the unit and the child
 * otherwise, never a silent NaN.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Aggregation {

  private static final Aggregation ARITHMETIC =
      new Aggregation(AggregationMethod.ARITHMETIC, 1, 0);

  private final AggregationMethod method;
  private final double power;
  private final double minimumAvailability;

  private Aggregation(AggregationMethod method, double power, double minimumAvailability) {
    this.method = method;
    this.power = power;
    this.minimumAvailability = minimumAvailability;
  }

  /**
   * Obtains the weighted arithmetic mean (COINr's default).
   *
   * @return the aggregation, not null
   */
  public static Aggregation arithmetic() {
    return ARITHMETIC;
  }

  /**
   * Obtains the weighted geometric mean.
   *
   * @return the aggregation, not null
   */
  public static Aggregation geometric() {
    return new Aggregation(AggregationMethod.GEOMETRIC, 0, 0);
  }

  /**
   * Obtains the weighted harmonic mean.
   *
   * @return the aggregation, not null
   */
  public static Aggregation harmonic() {
    return new Aggregation(AggregationMethod.HARMONIC, -1, 0);
  }

  /**
   * Obtains the weighted generalised mean of power p; p = 1 is arithmetic, p = 0 geometric and
   * p = −1 harmonic.
   *
   * @param p  the power, finite
   * @return the aggregation, not null
   * @throws IllegalArgumentException if p is not finite
   */
  public static Aggregation power(double p) {
    if (!Double.isFinite(p)) {
      throw new IllegalArgumentException("Invalid value for p (valid values finite numbers): " + p);
    }
    if (p == 1) {
      return ARITHMETIC;
    }
    if (p == 0) {
      return geometric();
    }
    if (p == -1) {
      return harmonic();
    }
    return new Aggregation(AggregationMethod.POWER, p, 0);
  }

  /**
   * Returns a copy that needs a minimum share of children present.
   *
   * @param share  the share, from 0 to 1; 0 accepts any single present child
   * @return the aggregation, not null
   * @throws IllegalArgumentException if the share is outside 0..1
   */
  public Aggregation withMinimumAvailability(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "Invalid value for share (valid values 0 - 1): " + share);
    }
    return new Aggregation(method, power, share);
  }

  /**
   * Returns the method.
   *
   * @return the method, not null
   */
  public AggregationMethod method() {
    return method;
  }

  /**
   * Returns the power p of the equivalent generalised mean (1, 0, −1 or the power given).
   *
   * @return the power
   */
  public double power() {
    return power;
  }

  /**
   * Returns the minimum share of children present for a score.
   *
   * @return the share, from 0 to 1
   */
  public double minimumAvailability() {
    return minimumAvailability;
  }

  /**
   * Combines values with weights, renormalising the weights over the present values.
   *
   * @param values  the children's values, not null, NaN for missing
   * @param weights  the children's weights, not null, same length, finite and non-negative
   * @return the mean, or NaN if availability is too low or the present weights sum to 0
   * @throws IndexComputationException if a value is out of the method's domain
   */
  double aggregate(double[] values, double[] weights, int count, String node, String unit,
      String[] children) {
    int present = 0;
    double wsum = 0;
    for (int i = 0; i < count; i++) {
      if (!Double.isNaN(values[i])) {
        present++;
        wsum += weights[i];
      }
    }
    if (present == 0 || present < minimumAvailability * count || wsum == 0) {
      return Double.NaN;
    }
    double acc = 0;
    switch (method) {
      case ARITHMETIC:
        for (int i = 0; i < count; i++) {
          if (!Double.isNaN(values[i])) {
            acc += weights[i] * values[i];
          }
        }
        return acc / wsum;
      case GEOMETRIC:
        for (int i = 0; i < count; i++) {
          if (!Double.isNaN(values[i])) {
            check(values[i] > 0, values[i], node, unit, children[i], "positive values");
            acc += weights[i] * Math.log(values[i]);
          }
        }
        return Math.exp(acc / wsum);
      case HARMONIC:
        for (int i = 0; i < count; i++) {
          if (!Double.isNaN(values[i])) {
            check(values[i] > 0, values[i], node, unit, children[i], "positive values");
            acc += weights[i] / values[i];
          }
        }
        return wsum / acc;
      default:
        for (int i = 0; i < count; i++) {
          if (!Double.isNaN(values[i])) {
            if (power < 0) {
              check(values[i] > 0, values[i], node, unit, children[i], "positive values");
            } else {
              check(values[i] >= 0, values[i], node, unit, children[i], "non-negative values");
            }
            acc += weights[i] * Math.pow(values[i], power);
          }
        }
        return Math.pow(acc / wsum, 1 / power);
    }
  }

  private void check(boolean ok, double value, String node, String unit, String child,
      String needs) {
    if (!ok) {
      throw new IndexComputationException(node, unit, this + " needs " + needs + "; child "
          + child + " is " + value);
    }
  }

  /**
   * Checks whether this aggregation equals another: same method, power and availability.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Aggregation)) {
      return false;
    }
    Aggregation o = (Aggregation) obj;
    return o.method == method && Double.compare(o.power, power) == 0
        && Double.compare(o.minimumAvailability, minimumAvailability) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(method, power, minimumAvailability);
  }

  /**
   * Returns a description such as {@code GEOMETRIC} or {@code POWER[p=2.0, availability 0.5]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    String s = method == AggregationMethod.POWER ? "POWER[p=" + power : method.toString();
    if (minimumAvailability > 0) {
      s += (method == AggregationMethod.POWER ? ", " : "[") + "availability "
          + minimumAvailability + "]";
    } else if (method == AggregationMethod.POWER) {
      s += "]";
    }
    return s;
  }
}
