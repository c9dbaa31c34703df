package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  private static final double NAN = Double.NaN;

  @Test
  void pearsonAndSpearman() {
    double[] x = {1, 2, 3, 4, NAN};
    double[] y = {2, 4, 6, 8, 1};
    assertEquals(1, Statistics.pearson(x, y).orElseThrow(), 1e-12);
    assertEquals(-1, Statistics.pearson(x, new double[] {4, 3, 2, 1, 0}).orElseThrow(), 1e-12);
    // monotone but not linear: Spearman 1, Pearson below 1
    double[] z = {1, 8, 27, 64, NAN};
    assertEquals(1, Statistics.spearman(x, z).orElseThrow(), 1e-12);
    assertEquals(OptionalDouble.empty(), Statistics.pearson(new double[] {1, 1}, new double[] {1,
        2}));
    assertEquals(OptionalDouble.empty(), Statistics.pearson(new double[] {1}, new double[] {1}));
    // ties: x = 1,2,2,3 and y = 1,2,3,4 gives average ranks 1, 2.5, 2.5, 4
    assertEquals(0.9486832980505138, Statistics.spearman(new double[] {1, 2, 2, 3},
        new double[] {1, 2, 3, 4}).orElseThrow(), 1e-12);
  }

  @Test
  void cronbachAlpha() {
    // identical items: alpha 1
    double[] a = {1, 2, 3, 4};
    assertEquals(1, Statistics.cronbachAlpha(a, a, a).orElseThrow(), 1e-12);
    // two items: k/(k-1)(1 - (var a + var b)/var(a+b)) with var a = var b = 5/3, cov = -5/3
    assertEquals(OptionalDouble.empty(),
        Statistics.cronbachAlpha(a, new double[] {4, 3, 2, 1}));
    double[] b = {2, 1, 4, 3};
    // var a = var b = 5/3, var(a+b) = var(3,3,7,7) = 16/3: 2 * (1 - (10/3)/(16/3)) = 0.75
    assertEquals(0.75, Statistics.cronbachAlpha(a, b).orElseThrow(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Statistics.cronbachAlpha(a));
    assertThrows(IllegalArgumentException.class,
        () -> Statistics.cronbachAlpha(a, new double[] {1}));
  }

  @Test
  void skewnessAndKurtosisAsExcel() {
    // Excel's SKEW and KURT help examples
    double[] x = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};
    assertEquals(0.359543071, Statistics.skewness(x).orElseThrow(), 1e-9);
    assertEquals(-0.151799637, Statistics.kurtosis(x).orElseThrow(), 1e-9);
    assertEquals(OptionalDouble.empty(), Statistics.skewness(new double[] {1, 2}));
    assertEquals(OptionalDouble.empty(), Statistics.kurtosis(new double[] {1, 2, 3}));
    assertEquals(OptionalDouble.empty(), Statistics.kurtosis(new double[] {1, 1, 1, 1}));
  }

  @Test
  void contract() {
    assertEquals("x", assertThrows(NullPointerException.class,
        () -> Statistics.pearson(null, new double[0])).getMessage());
    assertEquals("y", assertThrows(NullPointerException.class,
        () -> Statistics.spearman(new double[0], null)).getMessage());
    assertEquals("Invalid value for length (valid values 1): 2",
        assertThrows(IllegalArgumentException.class,
            () -> Statistics.pearson(new double[1], new double[2])).getMessage());
  }

  @Test
  void exactValuesOfImperfectData() {
    double[] x = {1, 2, 3, 5, 8};
    double[] y = {2, 1, 4, 3, 9};
    assertEquals(0.8909626439922668, Statistics.pearson(x, y).orElseThrow(), 1e-12);
    assertEquals(0.8909626439922668, Statistics.pearson(y, x).orElseThrow(), 1e-12);
    // Pairs with a NaN are left out; two pairs are enough.
    assertEquals(0.8909626439922668, Statistics.pearson(new double[] {1, 2, Double.NaN, 3, 5, 8, 4},
        new double[] {2, 1, 7, 4, 3, 9, Double.NaN}).orElseThrow(), 1e-12);
    assertEquals(1.0, Statistics.pearson(new double[] {1, 2}, new double[] {3, 5}).orElseThrow(), 1e-12);
    // A constant side has no correlation, whichever side it is.
    assertEquals(OptionalDouble.empty(), Statistics.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    assertEquals(OptionalDouble.empty(), Statistics.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5}));
    // Ranks of present values only: x ranks 1, -, 2, 3, 4 against y ranks 2, 5, 1, 4, 3.
    assertEquals(0.6, Statistics.spearman(new double[] {1, Double.NaN, 3, 4, 5}, new double[] {2, 9, 1, 4, 3})
        .orElseThrow(), 1e-12);
    assertEquals("Invalid value for length (valid values 2): 3", assertThrows(IllegalArgumentException.class,
        () -> Statistics.spearman(new double[2], new double[3])).getMessage());
  }

  @Test
  void cronbachAlphaSkipsIncompleteUnits() {
    double[] a = {1, 2, 3, 4, 5, 7};
    double[] b = {2, 2, 4, 3, 6, Double.NaN};
    double[] c = {1, 3, 2, 5, 4, 1};
    assertEquals(0.860655737704918, Statistics.cronbachAlpha(a, b, c).orElseThrow(), 1e-12);
    assertEquals(0.860655737704918, Statistics.cronbachAlpha(c, a, b).orElseThrow(), 1e-12);
    // Two complete units are the fewest that give a variance; one is too few.
    assertTrue(Statistics.cronbachAlpha(new double[] {1, 2, Double.NaN}, new double[] {2, 4, 1}).isPresent());
    assertEquals(OptionalDouble.empty(),
        Statistics.cronbachAlpha(new double[] {1, Double.NaN, 3}, new double[] {2, 4, Double.NaN}));
  }

  @Test
  void skewnessFromThreeAndKurtosisFromFourValues() {
    assertEquals(0.9352195295828235, Statistics.skewness(new double[] {1, 2, 4}).orElseThrow(), 1e-12);
    assertEquals(0.9352195295828235, Statistics.skewness(new double[] {1, Double.NaN, 2, 4}).orElseThrow(), 1e-12);
    assertEquals(0.7576559546313795, Statistics.kurtosis(new double[] {1, 2, 4, 8}).orElseThrow(), 1e-12);
    assertEquals(OptionalDouble.empty(), Statistics.skewness(new double[] {3, 3, 3}));
  }
}
