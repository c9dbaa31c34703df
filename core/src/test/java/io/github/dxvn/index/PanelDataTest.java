package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.ranking.Rank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PanelDataTest {

  private static final double NAN = Double.NaN;

  private static IndexData year(double a, double b) {
    return IndexData.of(List.of("A", "B"), List.of("x", "y"),
        new double[][] {{a, 1}, {b, 3}});
  }

  private static PanelData panel() {
    return PanelData.of(Map.of(2020, year(1, 4), 2021, year(NAN, 5), 2023, year(4, NAN),
        2024, year(NAN, NAN)));
  }

  @Test
  void imputeLatest() {
    PanelData p = panel().imputeLatest();
    assertEquals(OptionalDouble.of(1), p.period(2021).value("A", "x"));
    assertEquals(OptionalDouble.of(5), p.period(2023).value("B", "x"));
    assertEquals(OptionalDouble.of(4), p.period(2024).value("A", "x"));
    assertEquals(List.of(2020, 2021, 2023, 2024), p.periods());
  }

  @Test
  void imputeLinearInTime() {
    PanelData p = panel().imputeLinear();
    // A: 1 in 2020, 4 in 2023: 2021 is 2
    assertEquals(2, p.period(2021).value("A", "x").orElseThrow(), 1e-12);
    // after the last present value nothing is filled
    assertTrue(p.period(2024).value("A", "x").isEmpty());
    assertTrue(p.period(2023).value("B", "x").isEmpty());
  }

  @Test
  void computedPeriodByPeriodWithTrends() {
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1))
        .node(Node.of("y", "I", 1)).normalisation(Normalisation.none()).build();
    PanelResult r = panel().imputeLatest().compute(f);
    assertEquals(List.of(2020, 2021, 2023, 2024), r.periods());
    assertEquals(OptionalDouble.of(1), r.score("A", "I", 2020));
    assertEquals(OptionalDouble.of(2.5), r.score("A", "I", 2023));
    assertEquals(OptionalDouble.of(1.5), r.change("A", "I", 2020, 2023));
    assertEquals(Math.pow(2.5, 1 / 3.0) - 1,
        r.compoundAnnualGrowth("A", "I", 2020, 2023).orElseThrow(), 1e-12);
    assertEquals(Optional.of(Rank.of(1, 2)), r.rank("B", "I", 2020));
    assertEquals(OptionalDouble.empty(), r.score("Z", "I", 2020));
    assertEquals(Optional.empty(), r.rank("Z", "I", 2020));
    assertThrows(IllegalArgumentException.class, () -> r.score("A", "Q", 2020));
    assertThrows(IllegalArgumentException.class, () -> r.result(2022));
    assertThrows(IllegalArgumentException.class,
        () -> r.compoundAnnualGrowth("A", "I", 2023, 2020));
    assertEquals("PanelResult[2020, 2021, 2023, 2024]", r.toString());
  }

  @Test
  void contract() {
    assertThrows(IllegalArgumentException.class, () -> PanelData.of(Map.of()));
    assertEquals("periods", assertThrows(NullPointerException.class, () -> PanelData.of(null))
        .getMessage());
    assertThrows(IllegalArgumentException.class, () -> panel().period(2000));
    assertEquals("framework", assertThrows(NullPointerException.class,
        () -> panel().compute(null)).getMessage());
    assertEquals(panel(), panel());
    assertEquals(panel().hashCode(), panel().hashCode());
  }

  @Test
  void growthNeedsAPositiveStartAndNoNegativeEnd() {
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1))
        .normalisation(Normalisation.none()).build();
    PanelResult r = PanelData.of(Map.of(2020, IndexData.of(List.of("A", "B", "C"), List.of("x"),
            new double[][] {{0}, {2}, {-1}}), 2022, IndexData.of(List.of("A", "B", "C"), List.of("x"),
            new double[][] {{4}, {0}, {4}})))
        .compute(f);
    assertEquals(OptionalDouble.empty(), r.compoundAnnualGrowth("A", "I", 2020, 2022));
    assertEquals(-1.0, r.compoundAnnualGrowth("B", "I", 2020, 2022).orElseThrow(), 1e-12);
    assertEquals(OptionalDouble.empty(), r.compoundAnnualGrowth("C", "I", 2020, 2022));
    assertThrows(IllegalArgumentException.class, () -> r.compoundAnnualGrowth("B", "I", 2020, 2020));
    PanelData p = PanelData.of(Map.of(2020, year(1, 4)));
    assertEquals(p, p);
    assertEquals(p, PanelData.of(Map.of(2020, year(1, 4))));
    assertEquals(p.hashCode(), PanelData.of(Map.of(2020, year(1, 4))).hashCode());
    assertNotEquals(p, PanelData.of(Map.of(2020, year(1, 5))));
    assertNotEquals(p.hashCode(), PanelData.of(Map.of(2021, year(1, 4))).hashCode());
    assertEquals("PanelData[2020]", p.toString());
  }

  @Test
  void imputationSkipsPeriodsWithoutTheUnitOrTheIndicator() {
    // 2019 has neither unit C nor indicator y; C joins in 2020 with y missing in 2021
    IndexData y2019 = IndexData.of(List.of("A"), List.of("x"), new double[][] {{1}});
    IndexData y2020 = IndexData.of(List.of("A", "C"), List.of("x", "y"), new double[][] {{2, 5}, {NAN, 6}});
    IndexData y2021 = IndexData.of(List.of("A", "C"), List.of("x", "y"), new double[][] {{NAN, NAN}, {NAN, 7}});
    PanelData p = PanelData.of(Map.of(2019, y2019, 2020, y2020, 2021, y2021)).imputeLatest();
    assertEquals(OptionalDouble.empty(), p.period(2020).value("C", "x"));
    assertEquals(OptionalDouble.of(2), p.period(2021).value("A", "x"));
    assertEquals(OptionalDouble.of(5), p.period(2021).value("A", "y"));
    assertEquals(OptionalDouble.empty(), p.period(2021).value("C", "x"));
  }

  @Test
  void linearImputationAcrossAGapOfSeveralPeriods() {
    // 10 in 2020 and 40 in 2023: 20 in 2021 and 30 in 2022
    PanelData p = PanelData.of(Map.of(2020, year(10, 1), 2021, year(NAN, 1), 2022, year(NAN, 1),
        2023, year(40, 1))).imputeLinear();
    assertEquals(20, p.period(2021).value("A", "x").orElseThrow(), 1e-12);
    assertEquals(30, p.period(2022).value("A", "x").orElseThrow(), 1e-12);
  }

  @Test
  void growthIsTheRatioOfEndToStartAndEmptyForANegativeEnd() {
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1))
        .normalisation(Normalisation.none()).build();
    PanelResult r = PanelData.of(Map.of(2020, IndexData.of(List.of("A", "B"), List.of("x"),
            new double[][] {{2}, {2}}), 2022, IndexData.of(List.of("A", "B"), List.of("x"),
            new double[][] {{8}, {-1}})))
        .compute(f);
    // 2 to 8 in two years: 4 = (1 + g)^2
    assertEquals(1.0, r.compoundAnnualGrowth("A", "I", 2020, 2022).orElseThrow(), 1e-12);
    assertEquals(OptionalDouble.empty(), r.compoundAnnualGrowth("B", "I", 2020, 2022));
  }
}
