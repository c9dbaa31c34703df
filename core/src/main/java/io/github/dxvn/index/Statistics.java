package io.github.dxvn.index;

import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.RankingMethod;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Statistics of composite indices on primitive arrays: Pearson and Spearman correlation,
 * Cronbach's alpha, sample skewness and kurtosis. {@code NaN} marks a missing value; correlations use the pairs where both values
 * are present, alpha the units where every item is present. A statistic that is undefined (fewer
 * than two pairs, zero variance) is empty, never NaN.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statistics {

  private Statistics() {}

  /**
   * Returns Pearson's correlation of two variables over the complete pairs.
   *
   * @param x  the first variable, not null, NaN for missing
   * @param y  the second variable, not null, same length
   * @return the correlation in [−1, 1], empty if undefined
   * @throws IllegalArgumentException if the lengths differ
   */
  public static OptionalDouble pearson(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    sameLength(x.length, y.length);
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sx += x[i];
        sy += y[i];
        n++;
      }
    }
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    if (sxx == 0 || syy == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
  }

  /**
   * Returns Spearman's rank correlation over the complete pairs: Pearson's correlation of the
   * fractional (average) ranks.
   *
   * @param x  the first variable, not null, NaN for missing
   * @param y  the second variable, not null, same length
   * @return the correlation in [−1, 1], empty if undefined
   * @throws IllegalArgumentException if the lengths differ
   */
  public static OptionalDouble spearman(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    sameLength(x.length, y.length);
    double[] cx = new double[x.length];
    double[] cy = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      boolean both = !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
      cx[i] = both ? x[i] : Double.NaN;
      cy[i] = both ? y[i] : Double.NaN;
    }
    Ranker r = Ranker.of(Polarity.LOWER_IS_BETTER, RankingMethod.FRACTIONAL);
    return pearson(missingAsNaN(r.rank(cx).toPositionArray()),
        missingAsNaN(r.rank(cy).toPositionArray()));
  }

  private static double[] missingAsNaN(double[] positions) {
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] == 0) {
        positions[i] = Double.NaN;
      }
    }
    return positions;
  }

  /**
   * Returns Cronbach's alpha of items (indicators) over the units where every item is present:
   * k/(k − 1) · (1 − Σ var(item) / var(Σ items)), sample variances.
   *
   * @param items  the items, each an array of one value per unit, not null, at least two, all the
   *     same length
   * @return alpha, empty if fewer than two complete units or the total has zero variance
   * @throws IllegalArgumentException if there are fewer than two items or lengths differ
   */
  public static OptionalDouble cronbachAlpha(double[]... items) {
    Objects.requireNonNull(items, "items");
    int k = items.length;
    if (k < 2) {
      throw new IllegalArgumentException(
          "Invalid value for items count (valid values 2 - " + Integer.MAX_VALUE + "): " + k);
    }
    int n = Objects.requireNonNull(items[0], "items[0]").length;
    for (int j = 1; j < k; j++) {
      sameLength(n, Objects.requireNonNull(items[j], "items[" + j + "]").length);
    }
    int complete = 0;
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    double tot = 0;
    double totSq = 0;
    for (int i = 0; i < n; i++) {
      boolean ok = true;
      for (double[] item : items) {
        ok &= !Double.isNaN(item[i]);
      }
      if (!ok) {
        continue;
      }
      complete++;
      double t = 0;
      for (int j = 0; j < k; j++) {
        sum[j] += items[j][i];
        sumSq[j] += items[j][i] * items[j][i];
        t += items[j][i];
      }
      tot += t;
      totSq += t * t;
    }
    if (complete < 2) {
      return OptionalDouble.empty();
    }
    double itemVar = 0;
    for (int j = 0; j < k; j++) {
      itemVar += (sumSq[j] - sum[j] * sum[j] / complete) / (complete - 1);
    }
    double totVar = (totSq - tot * tot / complete) / (complete - 1);
    if (totVar <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(k / (k - 1.0) * (1 - itemVar / totVar));
  }

  /**
   * Returns the sample skewness of the present values, type 2 (as Excel, e1071 type 2 and COINr's
   * {@code skew}).
   *
   * @param x  the values, not null, NaN for missing
   * @return the skewness, empty if fewer than 3 present values or zero variance
   */
  public static OptionalDouble skewness(double[] x) {
    double[] m = moments(Objects.requireNonNull(x, "x"));
    double n = m[0];
    if (n < 3 || m[1] == 0) {
      return OptionalDouble.empty();
    }
    double g = Math.sqrt(n) * m[2] / Math.pow(m[1], 1.5);
    return OptionalDouble.of(g * Math.sqrt(n * (n - 1)) / (n - 2));
  }

  /**
   * Returns the sample excess kurtosis of the present values, type 2 (as Excel, e1071 type 2 and
   * COINr's {@code kurt}).
   *
   * @param x  the values, not null, NaN for missing
   * @return the kurtosis, empty if fewer than 4 present values or zero variance
   */
  public static OptionalDouble kurtosis(double[] x) {
    double[] m = moments(Objects.requireNonNull(x, "x"));
    double n = m[0];
    if (n < 4 || m[1] == 0) {
      return OptionalDouble.empty();
    }
    double r = n * m[3] / (m[1] * m[1]);
    return OptionalDouble.of(((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)));
  }

  /** The count of present values and the sums of their 2nd, 3rd and 4th central powers. */
  private static double[] moments(double[] x) {
    double sum = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    double[] m = {n, 0, 0, 0};
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - mean;
        m[1] += d * d;
        m[2] += d * d * d;
        m[3] += d * d * d * d;
      }
    }
    return m;
  }

  private static void sameLength(int expected, int actual) {
    if (expected != actual) {
      throw new IllegalArgumentException(
          "Invalid value for length (valid values " + expected + "): " + actual);
    }
  }
}
