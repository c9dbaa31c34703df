package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static final double NAN = Double.NaN;

  private static Framework oneIndicator(String code) {
    return Framework.builder().node(Node.root("I")).node(Node.of(code, "I", 1)).build();
  }

  private static IndexData column(String code, double[] x) {
    List<String> units = IntStream.range(0, x.length).mapToObj(i -> "u" + i)
        .collect(java.util.stream.Collectors.toList());
    double[][] v = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      v[i] = new double[] {x[i]};
    }
    return IndexData.of(units, List.of(code), v);
  }

  @Test
  void treatWinsorisesTiesTogether() {
    double[] x = new double[22];
    for (int i = 0; i < 20; i++) {
      x[i] = i + 1;
    }
    x[20] = 100;
    x[21] = 200;
    Stage s = Treat.coinrDefault().apply(column("x", x), oneIndicator("x"));
    assertEquals(List.of("x: winsorised 2 points, 2 high"), s.log());
    assertArrayEquals(new double[] {20, 20, 20}, java.util.Arrays.copyOfRange(
        s.data().column("x"), 19, 22));
  }

  @Test
  void treatFallsBackToLogOnTheOriginalValues() {
    double[] x = new double[30];
    for (int k = 0; k < 30; k++) {
      x[k] = Math.pow(2, k);
    }
    Stage s = Treat.winsorise(1).apply(column("x", x), oneIndicator("x"));
    assertEquals(List.of("x: log_CT (winsorising 1 points did not pass)"), s.log());
    double[] t = s.data().column("x");
    assertEquals(15.496098048387678, t[0], 1e-12);
    assertEquals(20.11121856522894, t[29], 1e-12);
    // the default winmax 5 gets there by winsorising 3
    assertEquals(List.of("x: winsorised 3 points, 3 high"),
        Treat.coinrDefault().apply(column("x", x), oneIndicator("x")).log());
    // an override leaves the indicator alone
    assertEquals(List.of(), Treat.coinrDefault().withOverride("x", Treat.none())
        .apply(column("x", x), oneIndicator("x")).log());
  }

  @Test
  void treatLowSide() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -100};
    Stage s = Treat.coinrDefault().apply(column("x", x), oneIndicator("x"));
    assertEquals(List.of("x: winsorised 1 points, 1 low"), s.log());
    assertEquals(1.0, s.data().column("x")[10]);
  }

  @Test
  void imputeVariants() {
    IndexData d = column("x", new double[] {1, 2, NAN, 10, NAN, 30})
        .withGroup("g", List.of("a", "a", "a", "b", "b", "b"));
    Framework f = oneIndicator("x");
    assertArrayEquals(new double[] {1, 2, 10.75, 10, 10.75, 30},
        Impute.mean().apply(d, f).data().column("x"));
    assertArrayEquals(new double[] {1, 2, 6, 10, 6, 30},
        Impute.median().apply(d, f).data().column("x"));
    assertArrayEquals(new double[] {1, 2, 1.5, 10, 20, 30},
        Impute.groupMean("g").apply(d, f).data().column("x"));
    assertArrayEquals(new double[] {1, 2, 1.5, 10, 20, 30},
        Impute.groupMedian("g").apply(d, f).data().column("x"));
    assertEquals(List.of("x: imputed 2 values"), Impute.mean().apply(d, f).log());
    assertThrows(IllegalArgumentException.class, () -> Impute.groupMean("h").apply(d, f));
    assertEquals(Optional.of("g"), Impute.groupMean("g").group());
    assertTrue(Impute.median().isMedian());
    assertEquals("Impute[median by g]", Impute.groupMedian("g").toString());
    assertEquals(Impute.mean(), Impute.mean());
    assertNotEquals(Impute.mean(), Impute.groupMean("g"));
  }

  @Test
  void screenRemovesUnitsBelowTheThreshold() {
    Framework f = Framework.builder().node(Node.root("I")).node(Node.of("x", "I", 1))
        .node(Node.of("y", "I", 1)).build();
    IndexData d = IndexData.of(List.of("A", "B"), List.of("x", "y"),
        new double[][] {{1, 2}, {3, NAN}});
    Stage s = Screen.byAvailability(0.9).apply(d, f);
    assertEquals(List.of("A"), s.data().units());
    assertEquals(List.of("B: removed, data availability 0.5"), s.log());
    assertEquals(List.of("A", "B"), Screen.byAvailability(0.5).apply(d, f).data().units());
    assertThrows(IllegalArgumentException.class, () -> Screen.byAvailability(1.1));
  }

  @Test
  void denominate() {
    IndexData d = IndexData.of(List.of("A", "B"), List.of("x", "pop"),
        new double[][] {{10, 2}, {NAN, 5}});
    Stage s = Denominate.of(Map.of("x", "pop")).apply(d, oneIndicator("x"));
    assertArrayEquals(new double[] {5, NAN}, s.data().column("x"));
    assertArrayEquals(new double[] {2, 5}, s.data().column("pop"));
    IndexData zero = IndexData.of(List.of("A"), List.of("x", "pop"), new double[][] {{10, 0}});
    IndexComputationException e = assertThrows(IndexComputationException.class,
        () -> Denominate.of(Map.of("x", "pop")).apply(zero, oneIndicator("x")));
    assertEquals("Cannot compute node x for unit A: denominator pop is 0", e.getMessage());
  }

  @Test
  void dataCheck() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000, NAN};
    Stage s = DataCheck.create().apply(column("x", x), oneIndicator("x"));
    assertEquals(3, s.log().size());
    assertTrue(s.log().get(0).startsWith("unit u11: data availability 0.0"));
    DataReport r = DataReport.of(column("x", x), List.of("x"));
    assertTrue(r.isFlagged("x"));
    assertEquals(11 / 12.0, r.indicatorAvailability().get("x"), 1e-12);
    assertEquals(1.0, r.unitAvailability().get("u0"));
    assertTrue(r.skewness("x").getAsDouble() > 2);
    assertTrue(r.kurtosis("x").getAsDouble() > 3.5);
    assertThrows(IllegalArgumentException.class, () -> r.skewness("y"));
    assertFalse(DataReport.of(column("x", new double[] {1, 2, 3, 4, 5}), List.of("x"))
        .isFlagged("x"));
  }

  @Test
  void pipelineKeepsEveryStage() {
    Framework f = oneIndicator("x");
    Pipeline p = Pipeline.of(f, List.of(DataCheck.create(), Impute.mean(), Treat.coinrDefault()));
    PipelineResult r = p.run(column("x", new double[] {1, NAN, 3}));
    assertEquals(3, r.stages().size());
    assertEquals(DataCheck.create(), r.stages().get(0).step());
    assertArrayEquals(new double[] {1, 2, 3}, r.data().column("x"));
    assertEquals(50, r.result().score("u1", "x").orElseThrow(), 1e-12);
    assertEquals(f, p.framework());
    assertEquals(3, p.steps().size());
  }

  @Test
  void valueSemanticsAndContracts() {
    assertEquals(Treat.coinrDefault(), Treat.winsorise(5));
    assertEquals(OptionalInt.of(5), Treat.coinrDefault().winmax());
    assertEquals(OptionalInt.empty(), Treat.none().winmax());
    assertEquals("Treat[winmax 5]", Treat.coinrDefault().toString());
    assertEquals(Map.of("x", Treat.none()),
        Treat.coinrDefault().withOverride("x", Treat.none()).overrides());
    assertThrows(IllegalArgumentException.class, () -> Treat.winsorise(-1));
    assertEquals(Map.of("x", "pop"), Denominate.of(Map.of("x", "pop")).denominators());
    assertEquals(0.9, Screen.byAvailability(0.9).threshold());
    assertEquals("group", assertThrows(NullPointerException.class,
        () -> Impute.groupMean(null)).getMessage());
    assertEquals("denominators", assertThrows(NullPointerException.class,
        () -> Denominate.of(null)).getMessage());
    assertEquals("framework", assertThrows(NullPointerException.class,
        () -> Pipeline.of(null, List.of())).getMessage());
    assertEquals("steps", assertThrows(NullPointerException.class,
        () -> Pipeline.of(oneIndicator("x"), null)).getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> Pipeline.of(oneIndicator("x"), List.of()).run(null)).getMessage());
    assertEquals("indicator", assertThrows(NullPointerException.class,
        () -> Treat.coinrDefault().withOverride(null, Treat.none())).getMessage());
  }

  @Test
  void imputedMedianOfUnsortedValuesOddAndEven() {
    Framework f = oneIndicator("x");
    assertArrayEquals(new double[] {30, 2, 6, 10, 6, 1},
        Impute.median().apply(column("x", new double[] {30, 2, NAN, 10, NAN, 1}), f).data().column("x"));
    assertArrayEquals(new double[] {5, 1, 3, 3},
        Impute.median().apply(column("x", new double[] {5, 1, NAN, 3}), f).data().column("x"));
    // Nothing missing, or nothing present: nothing imputed and nothing logged.
    assertEquals(List.of(), Impute.median().apply(column("x", new double[] {5, 1}), f).log());
    assertEquals(List.of(), Impute.median().apply(column("x", new double[] {NAN, NAN}), f).log());
  }

  @Test
  void completeDataIsNotLoggedAndStepsHaveText() {
    Stage s = DataCheck.create().apply(column("x", new double[] {1, 2, 3}), oneIndicator("x"));
    assertEquals(List.of(), s.log());
    assertEquals("DataCheck", DataCheck.create().toString());
    assertTrue(s.toString().startsWith("Stage[DataCheck, IndexData["), s::toString);
    assertTrue(s.toString().endsWith(", 0 log lines]"), s::toString);
    Pipeline p = Pipeline.of(oneIndicator("x"), List.of(DataCheck.create()));
    assertTrue(p.toString().startsWith("Pipeline[DataCheck] Framework["), p::toString);
    PipelineResult r = p.run(column("x", new double[] {1, 2, 3}));
    assertTrue(r.toString().startsWith("PipelineResult[1 stages, "), r::toString);
    Framework f = Framework.builder().nodes(List.of(Node.root("I"), Node.of("x", "I", 1))).build();
    assertEquals(List.of("x"), f.indicators());
  }

  @Test
  void aStoredRunIsRebuiltFromItsParts() {
    Framework f = oneIndicator("x");
    PipelineResult r = Pipeline.of(f, List.of(Impute.mean(), DataCheck.create()))
        .run(column("x", new double[] {1, NAN, 3}));
    List<Stage> stages = new java.util.ArrayList<>();
    for (Stage s : r.stages()) {
      stages.add(Stage.of(s.step(), s.data(), s.log()));
    }
    assertEquals(r.stages(), stages);
    io.github.dxvn.ValueContract.assertValueSemantics(r, PipelineResult.of(stages, r.data(), r.result()),
        PipelineResult.of(stages.subList(0, 1), r.data(), r.result()),
        Pipeline.of(f, List.of()).run(column("x", new double[] {1, 5, 3})));
    io.github.dxvn.ValueContract.assertValueSemantics(stages.get(0), Stage.of(Impute.mean(), r.data(), stages.get(0).log()),
        Stage.of(Impute.median(), r.data(), stages.get(0).log()), Stage.of(Impute.mean(), r.data(), List.of()),
        Stage.of(Impute.mean(), column("x", new double[] {1, 2, 4}), stages.get(0).log()));

    IndexData other = column("x", new double[] {1, 2, 4});
    assertEquals("Invalid value for data (valid values the last stage's data, " + r.data() + "): " + other,
        assertThrows(IllegalArgumentException.class, () -> PipelineResult.of(stages, other, r.result())).getMessage());
    IndexData two = column("x", new double[] {1, 2});
    assertEquals("Invalid value for the result's units (valid values the data's units [u0, u1]): [u0, u1, u2]",
        assertThrows(IllegalArgumentException.class, () -> PipelineResult.of(List.of(), two, r.result())).getMessage());

    assertEquals("step", assertThrows(NullPointerException.class, () -> Stage.of(null, r.data(), List.of())).getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> Stage.of(Impute.mean(), null, List.of())).getMessage());
    assertEquals("log", assertThrows(NullPointerException.class, () -> Stage.of(Impute.mean(), r.data(), null)).getMessage());
    assertEquals("stages", assertThrows(NullPointerException.class,
        () -> PipelineResult.of(null, r.data(), r.result())).getMessage());
    assertEquals("data", assertThrows(NullPointerException.class,
        () -> PipelineResult.of(stages, null, r.result())).getMessage());
    assertEquals("result", assertThrows(NullPointerException.class,
        () -> PipelineResult.of(stages, r.data(), null)).getMessage());
    List<Stage> withNull = new java.util.ArrayList<>(stages);
    withNull.add(0, null);
    assertEquals("stages[0]", assertThrows(NullPointerException.class,
        () -> PipelineResult.of(withNull, r.data(), r.result())).getMessage());
  }
}
