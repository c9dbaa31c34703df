package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TreatTest {

  @Test
  void winmaxFromZero() {
    assertEquals(OptionalInt.of(0), Treat.winsorise(0).winmax());
    assertEquals(OptionalInt.empty(), Treat.none().winmax());
    assertEquals("Invalid value for winmax (valid values 0 - 2147483647): -1",
        assertThrows(IllegalArgumentException.class, () -> Treat.winsorise(-1)).getMessage());
    assertEquals("Treat[winmax 0]", Treat.winsorise(0).toString());
    assertEquals("Treat[none]", Treat.none().toString());
    assertEquals("Treat[winmax 5, overrides {X=Treat[none]}]", Treat.winsorise(5).withOverride("X", Treat.none()).toString());
  }

  @Test
  void equalityAndHash() {
    Treat t = Treat.winsorise(5);
    assertEquals(t, Treat.winsorise(5));
    assertEquals(t.hashCode(), Treat.winsorise(5).hashCode());
    assertNotEquals(t, Treat.winsorise(4));
    assertNotEquals(t.hashCode(), Treat.winsorise(4).hashCode());
    assertNotEquals(t, t.withOverride("X", Treat.none()));
    assertNotEquals(t.hashCode(), t.withOverride("X", Treat.none()).hashCode());
    assertNotEquals(t, "Treat[winmax 5]");
  }

  private static List<String> log(Treat t, double... x) {
    double[][] v = new double[x.length][];
    String[] units = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = new double[] {x[i]};
      units[i] = "u" + i;
    }
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1)).build();
    return t.apply(IndexData.of(List.of(units), List.of("x"), v), f).log();
  }

  @Test
  void skewnessOfExactlyTwoWithHighKurtosisIsTreated() {
    // skewness 2.0 exactly and kurtosis 4: the limits are |skewness| < 2 or kurtosis < 3.5
    assertEquals(2.0, Statistics.skewness(new double[] {0, 23, 0, 0}).getAsDouble());
    assertEquals(List.of("x: winsorised 1 points, 1 high"), log(Treat.coinrDefault(), 0, 23, 0, 0));
  }

  @Test
  void highSkewnessWithKurtosisBelowTheLimitPasses() {
    // skewness 2.03, kurtosis 2.81: passes on kurtosis alone
    assertEquals(List.of(), log(Treat.coinrDefault(), 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aLimitOfZeroPointsGoesStraightToTheLogTransform() {
    assertEquals(List.of("x: log_CT (winsorising 0 points did not pass)"),
        log(Treat.winsorise(0), 0, 23, 0, 0));
  }

  @Test
  void theLimitCountsPointsOnBothSides() {
    double[] x = {-138, 44, 9, 2, 8, 4, 9, 6, 8, 6};
    // one low point is not enough, and the limit of 1 is spent
    assertEquals(List.of("x: log_CT (winsorising 1 points did not pass)"), log(Treat.winsorise(1), x));
    assertEquals(List.of("x: winsorised 2 points, 1 high, 1 low"), log(Treat.winsorise(2), x));
    // ties at the top count together: after 200 -> 100 the two 100s are 2 points, over a limit of 1
    double[] ties = new double[22];
    for (int i = 0; i < 20; i++) {
      ties[i] = i + 1;
    }
    ties[20] = 100;
    ties[21] = 200;
    assertEquals(List.of("x: log_CT (winsorising 1 points did not pass)"), log(Treat.winsorise(1), ties));
  }
}
