package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataReportTest {

  private static final double NAN = Double.NaN;

  @Test
  void availabilityIsTheShareOfPresentValues() {
    IndexData d = IndexData.of(List.of("A", "B", "C"), List.of("x", "y"),
        new double[][] {{1, 2}, {3, NAN}, {NAN, NAN}});
    DataReport r = DataReport.of(d, List.of("x", "y"));
    assertEquals(Map.of("A", 1.0, "B", 0.5, "C", 0.0), r.unitAvailability());
    assertEquals(Map.of("x", 2 / 3.0, "y", 1 / 3.0), r.indicatorAvailability());
    assertEquals("DataReport[3 units, 2 indicators]", r.toString());
  }

  @Test
  void noIndicatorsOrNoUnitsCountAsFullyAvailable() {
    IndexData d = IndexData.of(List.of("A", "B"), List.of("x"), new double[][] {{1}, {NAN}});
    assertEquals(Map.of("A", 1.0, "B", 1.0), DataReport.of(d, List.of()).unitAvailability());
    IndexData none = IndexData.of(List.of(), List.of("x"), new double[0][]);
    DataReport r = DataReport.of(none, List.of("x"));
    assertEquals(Map.of("x", 1.0), r.indicatorAvailability());
    assertFalse(r.isFlagged("x"));
  }

  @Test
  void flaggedOnlyBeyondBothLimits() {
    // skewness exactly 2 (kurtosis 4) is not beyond the limit of 2
    IndexData d = IndexData.of(List.of("A", "B", "C", "D"), List.of("x"),
        new double[][] {{0}, {23}, {0}, {0}});
    DataReport r = DataReport.of(d, List.of("x"));
    assertEquals(2.0, r.skewness("x").getAsDouble());
    assertEquals(4.0, r.kurtosis("x").getAsDouble(), 1e-12);
    assertFalse(r.isFlagged("x"));
    // skewness beyond 2 but kurtosis below 3.5
    IndexData e = IndexData.of(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"),
        List.of("x"), new double[][] {{4}, {3}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}});
    assertFalse(DataReport.of(e, List.of("x")).isFlagged("x"));
    // one outlier among twenty: skewness and kurtosis both beyond
    IndexData g = IndexData.of(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
        "M", "N", "O", "P", "Q", "R", "S", "T"), List.of("x"), new double[][] {{23}, {0}, {0}, {0},
        {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}});
    assertTrue(DataReport.of(g, List.of("x")).isFlagged("x"));
  }
}
