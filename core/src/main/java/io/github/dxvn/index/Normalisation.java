package io.github.dxvn.index;

import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A normalisation of one indicator across units, with its parameters.
 *
 * <p>Every method first orients the values so that higher is better: with
 * {@link Polarity#LOWER_IS_BETTER} observed-bound methods negate the values, and fixed-bound methods
 * measure the distance from the upper bound. Then, for a value x:
 * <ul>
 *   <li>{@link #minMax(double, double)}: a + (b − a)(x − min)/(max − min) over the observed values;
 *       when max = min every present value becomes the {@linkplain #withDegenerateValue(double)
 *       degenerate value}, by default b (the national DTI benchmark gives 100 on a 0–100 scale).
 *   <li>{@link #minMax(double, double, double, double)}: the same with fixed bounds lo and hi
 *       (EU DESI style), not truncated: values outside the bounds fall outside [a, b].
 *   <li>{@link #goalposts(double, double, double)}: scale·(x − lo)/(hi − lo), truncated to
 *       [0, scale].
 *   <li>{@link #zScore(double, double)}: m + s(x − mean)/sd, sd the sample standard deviation
 *       (n − 1); the degenerate value (by default m) when sd = 0.
 *   <li>{@link #distanceToTarget(double)}: (x − min)/(target − min), capped at 1, min the worst
 *       observed value; 1 when the worst value already meets the target.
 *   <li>{@link #rank()}, {@link #percentileRank()}, {@link #borda()}: see {@link
 *       NormalisationMethod}.
 * </ul>
 * Missing values (NaN in the bulk arrays) stay missing and do not count in observed bounds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Normalisation {

  private static final Normalisation NONE =
      new Normalisation(NormalisationMethod.NONE, 0, 1, Double.NaN, Double.NaN, Double.NaN);

  private final NormalisationMethod method;
  private final double a;
  private final double b;
  private final double lo; // fixed lower bound or target, NaN when observed
  private final double hi;
  private final double degenerate;

  private Normalisation(NormalisationMethod method, double a, double b, double lo, double hi,
      double degenerate) {
    this.method = method;
    this.a = a;
    this.b = b;
    this.lo = lo;
    this.hi = hi;
    this.degenerate = degenerate;
  }

  private static void finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values finite numbers): " + v);
    }
  }

  private static void ordered(String loName, double low, String hiName, double high) {
    finite(loName, low);
    finite(hiName, high);
    if (!(low < high)) {
      throw new IllegalArgumentException("Invalid value for " + hiName + " (valid values greater"
          + " than " + loName + " " + low + "): " + high);
    }
  }

  /**
   * Obtains min-max normalisation to [a, b] with the observed minimum and maximum.
   *
   * @param a  the value of the worst unit, finite
   * @param b  the value of the best unit, finite, greater than a
   * @return the normalisation, not null
   * @throws IllegalArgumentException if a bound is not finite or b ≤ a
   */
  public static Normalisation minMax(double a, double b) {
    ordered("a", a, "b", b);
    return new Normalisation(NormalisationMethod.MIN_MAX, a, b, Double.NaN, Double.NaN, b);
  }

  /**
   * Obtains min-max normalisation to [a, b] with fixed bounds, not truncated.
   *
   * @param a  the value at the worst bound, finite
   * @param b  the value at the best bound, finite, greater than a
   * @param lo  the lower bound of the raw values, finite
   * @param hi  the upper bound of the raw values, finite, greater than lo
   * @return the normalisation, not null
   * @throws IllegalArgumentException if a number is not finite, b ≤ a or hi ≤ lo
   */
  public static Normalisation minMax(double a, double b, double lo, double hi) {
    ordered("a", a, "b", b);
    ordered("lo", lo, "hi", hi);
    return new Normalisation(NormalisationMethod.MIN_MAX, a, b, lo, hi, b);
  }

  /**
   * Obtains goalpost normalisation: scale·(x − lo)/(hi − lo) truncated to [0, scale].
   *
   * @param lo  the lower goalpost, finite
   * @param hi  the upper goalpost, finite, greater than lo
   * @param scale  the value at the upper goalpost, finite, positive
   * @return the normalisation, not null
   * @throws IllegalArgumentException if a number is not finite, hi ≤ lo or scale ≤ 0
   */
  public static Normalisation goalposts(double lo, double hi, double scale) {
    ordered("lo", lo, "hi", hi);
    ordered("0", 0, "scale", scale);
    return new Normalisation(NormalisationMethod.GOALPOSTS, 0, scale, lo, hi, Double.NaN);
  }

  /**
   * Obtains z-score normalisation rescaled to a mean and a standard deviation.
   *
   * @param mean  the mean of the result, finite
   * @param sd  the standard deviation of the result, finite, positive
   * @return the normalisation, not null
   * @throws IllegalArgumentException if a number is not finite or sd ≤ 0
   */
  public static Normalisation zScore(double mean, double sd) {
    finite("mean", mean);
    ordered("0", 0, "sd", sd);
    return new Normalisation(NormalisationMethod.Z_SCORE, mean, sd, Double.NaN, Double.NaN, mean);
  }

  /**
   * Obtains the standard z-score: mean 0, standard deviation 1.
   *
   * @return the normalisation, not null
   */
  public static Normalisation zScore() {
    return zScore(0, 1);
  }

  /**
   * Obtains distance-to-target normalisation, in [0, 1].
   *
   * @param target  the target, in the indicator's raw unit, finite
   * @return the normalisation, not null
   * @throws IllegalArgumentException if the target is not finite
   */
  public static Normalisation distanceToTarget(double target) {
    finite("target", target);
    return new Normalisation(
        NormalisationMethod.DISTANCE_TO_TARGET, 0, 1, target, Double.NaN, 1);
  }

  /**
   * Obtains rank normalisation: the fractional rank from the bottom, 1 for the worst value.
   *
   * @return the normalisation, not null
   */
  public static Normalisation rank() {
    return new Normalisation(NormalisationMethod.RANK, 0, 0, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * Obtains percentile-rank normalisation, in [0, 1]; a single present value gets 1.
   *
   * @return the normalisation, not null
   */
  public static Normalisation percentileRank() {
    return new Normalisation(NormalisationMethod.PERCENTILE_RANK, 0, 1, Double.NaN, Double.NaN, 1);
  }

  /**
   * Obtains Borda normalisation: the number of units with a strictly worse value.
   *
   * @return the normalisation, not null
   */
  public static Normalisation borda() {
    return new Normalisation(NormalisationMethod.BORDA, 0, 0, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * Obtains the identity: values pass through, negated if lower is better.
   *
   * @return the normalisation, not null
   */
  public static Normalisation none() {
    return NONE;
  }

  /**
   * Returns a copy with another value for the degenerate case: all observed values equal (min-max)
   * or a zero standard deviation (z-score).
   *
   * @param value  the value every present unit gets then, finite
   * @return the normalisation, not null
   * @throws IllegalArgumentException if the value is not finite
   * @throws UnsupportedOperationException if this is not an observed-bound min-max or z-score
   */
  public Normalisation withDegenerateValue(double value) {
    finite("value", value);
    if (!(method == NormalisationMethod.MIN_MAX && Double.isNaN(lo))
        && method != NormalisationMethod.Z_SCORE) {
      throw new UnsupportedOperationException("No degenerate case for " + this);
    }
    return new Normalisation(method, a, b, lo, hi, value);
  }

  /**
   * Returns the method.
   *
   * @return the method, not null
   */
  public NormalisationMethod method() {
    return method;
  }

  /**
   * Checks whether the bounds are fixed (fixed-bound min-max, goalposts) rather than observed.
   *
   * @return true if fixed
   */
  public boolean hasFixedBounds() {
    return (method == NormalisationMethod.MIN_MAX || method == NormalisationMethod.GOALPOSTS)
        && !Double.isNaN(lo);
  }

  /**
   * Returns the value of the worst bound of a min-max normalisation (a).
   *
   * @return a, empty unless the method is {@link NormalisationMethod#MIN_MAX}
   */
  public OptionalDouble outputMin() {
    return method == NormalisationMethod.MIN_MAX ? OptionalDouble.of(a) : OptionalDouble.empty();
  }

  /**
   * Returns the value of the best bound: b of a min-max normalisation, the scale of goalposts.
   *
   * @return the value, empty unless the method is min-max or goalposts
   */
  public OptionalDouble outputMax() {
    return method == NormalisationMethod.MIN_MAX || method == NormalisationMethod.GOALPOSTS
        ? OptionalDouble.of(b) : OptionalDouble.empty();
  }

  /**
   * Returns the fixed lower bound of the raw values (fixed-bound min-max, goalposts).
   *
   * @return the bound, empty if the bounds are observed or the method has none
   */
  public OptionalDouble lowerBound() {
    return hasFixedBounds() ? OptionalDouble.of(lo) : OptionalDouble.empty();
  }

  /**
   * Returns the fixed upper bound of the raw values (fixed-bound min-max, goalposts).
   *
   * @return the bound, empty if the bounds are observed or the method has none
   */
  public OptionalDouble upperBound() {
    return hasFixedBounds() ? OptionalDouble.of(hi) : OptionalDouble.empty();
  }

  /**
   * Returns the mean of a z-score's result.
   *
   * @return the mean, empty unless the method is {@link NormalisationMethod#Z_SCORE}
   */
  public OptionalDouble mean() {
    return method == NormalisationMethod.Z_SCORE ? OptionalDouble.of(a) : OptionalDouble.empty();
  }

  /**
   * Returns the standard deviation of a z-score's result.
   *
   * @return the standard deviation, empty unless the method is {@link NormalisationMethod#Z_SCORE}
   */
  public OptionalDouble standardDeviation() {
    return method == NormalisationMethod.Z_SCORE ? OptionalDouble.of(b) : OptionalDouble.empty();
  }

  /**
   * Returns the target of a distance-to-target normalisation.
   *
   * @return the target, empty unless the method is {@link NormalisationMethod#DISTANCE_TO_TARGET}
   */
  public OptionalDouble target() {
    return method == NormalisationMethod.DISTANCE_TO_TARGET ? OptionalDouble.of(lo)
        : OptionalDouble.empty();
  }

  /**
   * Returns the value every present unit gets in the degenerate case (see
   * {@link #withDegenerateValue(double)}).
   *
   * @return the value, empty unless this is an observed-bound min-max or a z-score
   */
  public OptionalDouble degenerateValue() {
    return method == NormalisationMethod.MIN_MAX && Double.isNaN(lo)
        || method == NormalisationMethod.Z_SCORE ? OptionalDouble.of(degenerate)
        : OptionalDouble.empty();
  }

  /**
   * Normalises the values of one indicator across units.
   *
   * @param values  the raw values, not null, NaN for missing, not changed
   * @param polarity  whether higher or lower raw values are better, not null
   * @return the normalised values, a new array, NaN where the input is missing
   */
  public double[] apply(double[] values, Polarity polarity) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(polarity, "polarity");
    int dir = polarity.direction();
    int n = values.length;
    double[] out = new double[n];
    switch (method) {
      case MIN_MAX:
        if (!Double.isNaN(lo)) {
          for (int i = 0; i < n; i++) {
            double x = values[i];
            double t = dir > 0 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
            out[i] = a + (b - a) * t;
          }
          return out;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
          if (!Double.isNaN(v)) {
            min = Math.min(min, dir * v);
            max = Math.max(max, dir * v);
          }
        }
        for (int i = 0; i < n; i++) {
          double x = dir * values[i];
          out[i] = Double.isNaN(x) ? Double.NaN
              : max == min ? degenerate : a + (b - a) * (x - min) / (max - min);
        }
        return out;
      case GOALPOSTS:
        for (int i = 0; i < n; i++) {
          double x = values[i];
          double t = dir > 0 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
          out[i] = Double.isNaN(t) ? Double.NaN : b * Math.max(0, Math.min(1, t));
        }
        return out;
      case Z_SCORE:
        return zScores(values, dir, out);
      case DISTANCE_TO_TARGET:
        return distance(values, dir, out);
      case RANK:
      case PERCENTILE_RANK:
      case BORDA:
        return ranks(values, dir, out);
      default:
        for (int i = 0; i < n; i++) {
          out[i] = dir * values[i];
        }
        return out;
    }
  }

  private double[] zScores(double[] values, int dir, double[] out) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    double mean = sum / count;
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double sd = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      out[i] = Double.isNaN(v) ? Double.NaN : sd == 0 ? degenerate : a + b * dir * (v - mean) / sd;
    }
    return out;
  }

  private double[] distance(double[] values, int dir, double[] out) {
    double worst = Double.POSITIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        worst = Math.min(worst, dir * v);
      }
    }
    double target = dir * lo;
    for (int i = 0; i < values.length; i++) {
      double x = dir * values[i];
      out[i] = Double.isNaN(x) ? Double.NaN
          : worst >= target ? 1 : Math.min(1, (x - worst) / (target - worst));
    }
    return out;
  }

  private double[] ranks(double[] values, int dir, double[] out) {
    int n = values.length;
    double[] oriented = new double[n];
    for (int i = 0; i < n; i++) {
      oriented[i] = dir * values[i];
    }
    // ranked from the bottom: position 1 is the worst value
    Ranker bottomUp = Ranker.of(Polarity.LOWER_IS_BETTER,
        method == NormalisationMethod.RANK ? RankingMethod.FRACTIONAL : RankingMethod.COMPETITION);
    Ranking r = bottomUp.rank(oriented);
    double[] pos = r.toPositionArray();
    int m = r.rankedCount();
    for (int i = 0; i < n; i++) {
      if (pos[i] == 0) {
        out[i] = Double.NaN;
      } else if (method == NormalisationMethod.RANK) {
        out[i] = pos[i];
      } else if (method == NormalisationMethod.BORDA) {
        out[i] = pos[i] - 1;
      } else {
        out[i] = m == 1 ? degenerate : (pos[i] - 1) / (m - 1);
      }
    }
    return out;
  }

  /**
   * Checks whether this normalisation equals another: same method and parameters.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Normalisation)) {
      return false;
    }
    Normalisation o = (Normalisation) obj;
    return o.method == method && Double.compare(o.a, a) == 0 && Double.compare(o.b, b) == 0
        && Double.compare(o.lo, lo) == 0 && Double.compare(o.hi, hi) == 0
        && Double.compare(o.degenerate, degenerate) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(method, a, b, lo, hi, degenerate);
  }

  /**
   * Returns a description such as {@code MIN_MAX[0.0, 100.0]} or
   * {@code MIN_MAX[0.0, 100.0, bounds 0.0..0.66]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    switch (method) {
      case MIN_MAX:
        return "MIN_MAX[" + a + ", " + b + (Double.isNaN(lo) ? "" : ", bounds " + lo + ".." + hi)
            + (degenerate != b ? ", degenerate " + degenerate : "") + "]";
      case GOALPOSTS:
        return "GOALPOSTS[" + lo + ".." + hi + ", scale " + b + "]";
      case Z_SCORE:
        return "Z_SCORE[mean " + a + ", sd " + b
            + (degenerate != a ? ", degenerate " + degenerate : "") + "]";
      case DISTANCE_TO_TARGET:
        return "DISTANCE_TO_TARGET[" + lo + "]";
      default:
        return method.toString();
    }
  }
}
