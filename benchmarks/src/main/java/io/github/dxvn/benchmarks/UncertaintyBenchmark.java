package io.github.dxvn.benchmarks;

import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.Uncertainty;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.indicator.Polarity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Uncertainty analysis of DESI 2022 (28 rows, 34 indicators, 3 levels as core's DESI acceptance
 * test builds it): 1,000 Monte Carlo runs with weights perturbed by ±25 %, sequential and
 * parallel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class UncertaintyBenchmark {

  private Framework framework;
  private IndexData data;
  private final Uncertainty sequential = Uncertainty.of(1000, 42).withWeightNoise(0.25);

  /**
   * Reads the DESI resources.
   *
   * @throws IOException if a resource cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    framework = desiFramework();
    data = desiData();
  }

  /**
   * 1,000 runs on one thread.
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult monteCarlo1000() {
    return sequential.run(framework, data, "DESI");
  }

  /**
   * 1,000 runs in parallel.
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult monteCarlo1000Parallel() {
    return sequential.withParallel(true).run(framework, data, "DESI");
  }

  /** The DESI 2022 framework: fixed-bound min-max, weights at three levels. */
  static Framework desiFramework() throws IOException {
    Framework.Builder b = Framework.builder().node(Node.root("DESI"));
    Set<String> dims = new LinkedHashSet<>();
    Set<String> subs = new LinkedHashSet<>();
    for (Map<String, String> m : read("desi2022_indicator_meta.csv")) {
      if (dims.add(m.get("dimension"))) {
        b.node(Node.of(m.get("dimension"), "DESI",
            Double.parseDouble(m.get("dimension_weight_in_desi"))));
      }
      if (subs.add(m.get("subdimension"))) {
        b.node(Node.of(m.get("subdimension"), m.get("dimension"),
            Double.parseDouble(m.get("subdimension_weight_in_dimension"))));
      }
      b.node(Node.builder().code(m.get("code")).parent(m.get("subdimension"))
          .weight(Double.parseDouble(m.get("indicator_weight_in_subdimension")))
          .polarity(Polarity.ofDirection(Integer.parseInt(m.get("direction"))))
          .normalisation(Normalisation.minMax(0, 100, Double.parseDouble(m.get("norm_min")),
              Double.parseDouble(m.get("norm_max"))))
          .build());
    }
    return b.build();
  }

  /** The DESI 2022 indicator values: one row per country and the EU-27. */
  static IndexData desiData() throws IOException {
    List<Map<String, String>> rows = read("desi2022_indicators.csv");
    List<String> units = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (String h : rows.get(0).keySet()) {
      if (h.startsWith("i") && !h.equals("imputed")) {
        indicators.add(h.substring(1));
      }
    }
    double[][] values = new double[rows.size()][indicators.size()];
    for (int r = 0; r < rows.size(); r++) {
      units.add(rows.get(r).get("geo"));
      for (int c = 0; c < indicators.size(); c++) {
        values[r][c] = Double.parseDouble(rows.get(r).get("i" + indicators.get(c)));
      }
    }
    return IndexData.of(units, indicators, values);
  }

  /** Reads a resource with a "# source:" line, a header and unquoted cells (DESI files only). */
  private static List<Map<String, String>> read(String name) throws IOException {
    InputStream in = UncertaintyBenchmark.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("No resource " + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // # source: ...
      List<String> header = Arrays.asList(r.readLine().split(",", -1));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          String[] f = line.split(",", -1);
          Map<String, String> row = new java.util.LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < f.length ? f[i] : "");
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
