package io.github.dxvn.benchmarks;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.json.DatasetJson;
import io.github.dxvn.observation.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * The JSON adapter on a large dataset (the generated file read by the csv adapter into a
 * {@link Dataset}: 1,000 observations per unit): writing it to bytes and reading it back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class JsonBenchmark {

  /** Units in the generated file; ignored if dxvn.bench.file is set. */
  @Param("340")
  public int units;

  private Dataset dataset;
  private byte[] json;
  private final DatasetJson format = DatasetJson.create();

  /**
   * Reads the dataset and writes it once.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    dataset = LongCsv.reader(CsvOptions.defaults()).read(BenchmarkData.file(units)).dataset();
    json = write();
  }

  /**
   * Writes the dataset.
   *
   * @return the bytes
   * @throws IOException never here
   */
  @Benchmark
  public byte[] write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    format.write(dataset, out);
    return out.toByteArray();
  }

  /**
   * Reads the dataset.
   *
   * @return the dataset
   * @throws IOException never here
   */
  @Benchmark
  public Dataset read() throws IOException {
    return format.read(new ByteArrayInputStream(json));
  }
}
