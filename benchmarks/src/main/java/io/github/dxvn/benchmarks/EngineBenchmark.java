package io.github.dxvn.benchmarks;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's hot paths on the national data: building the columnar store, one period's matrix
 * and {@link IndexData}, per-period normalisation, one period's whole computation (normalisation
 * and aggregation), all periods (the pipeline after reading), and ranking a million values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class EngineBenchmark {

  /** Units in the generated file (3321 is big.csv); ignored if dxvn.bench.file is set. */
  @Param("340")
  public int units;

  private ObservationColumns data;
  private int[] rowUnit;
  private int[] rowIndicator;
  private int[] rowPeriod;
  private double[] rowValue;
  private Framework framework;
  private IndexData period;
  private double[] million;

  /**
   * Reads the data and prepares the inputs.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    data = LongCsv.reader(CsvOptions.defaults()).readColumns(BenchmarkData.file(units)).columns();
    int n = data.size();
    rowUnit = new int[n];
    rowIndicator = new int[n];
    rowPeriod = new int[n];
    rowValue = new double[n];
    for (int r = 0; r < n; r++) {
      rowUnit[r] = data.unitIndex(r);
      rowIndicator[r] = data.indicatorIndex(r);
      rowPeriod[r] = data.periodIndex(r);
      rowValue[r] = data.value(r);
    }
    framework = NationalPipeline.framework(data.indicators());
    period = IndexData.of(data.units(), data.indicators(), data.matrix(0));
    Random random = new Random(1);
    million = new double[1_000_000];
    for (int i = 0; i < million.length; i++) {
      // 2-decimal scores: many ties, as published indices have
      million[i] = random.nextInt(10_001) / 100.0;
    }
  }

  /**
   * Building the columnar store from parsed rows (codes already interned).
   *
   * @return the store
   */
  @Benchmark
  public ObservationColumns buildColumns() {
    ObservationColumns.Builder b = ObservationColumns.builder(rowValue.length);
    for (String u : data.units()) {
      b.unit(u);
    }
    for (String i : data.indicators()) {
      b.indicator(i);
    }
    for (var p : data.periods()) {
      b.period(p);
    }
    for (int r = 0; r < rowValue.length; r++) {
      b.add(rowUnit[r], rowIndicator[r], rowPeriod[r], rowValue[r], ObservationStatus.NORMAL);
    }
    return b.build();
  }

  /**
   * One period's unit-by-indicator matrix and index data.
   *
   * @return the data
   */
  @Benchmark
  public IndexData periodData() {
    return IndexData.of(data.units(), data.indicators(), data.matrix(0));
  }

  /**
   * Min-max normalisation of every indicator of one period.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void normalisePeriod(Blackhole bh) {
    Normalisation n = Normalisation.minMax(0, 100);
    for (int i = 0; i < period.indicatorCount(); i++) {
      bh.consume(n.apply(period.column(i), Polarity.HIGHER_IS_BETTER));
    }
  }

  /**
   * One period through the framework: normalisation, pillar and overall means (and the result's
   * rankings of every node, which the engine computes eagerly).
   *
   * @return the result
   */
  @Benchmark
  public IndexResult computePeriod() {
    return framework.compute(period);
  }

  /**
   * Everything after reading: all periods, ranks, output.
   *
   * @return the output
   */
  @Benchmark
  public String pipelineAfterRead() {
    return NationalPipeline.compute(data);
  }

  /**
   * Competition ranking of a million values with ties.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking rankMillion() {
    return Ranker.competition().rank(million);
  }
}
