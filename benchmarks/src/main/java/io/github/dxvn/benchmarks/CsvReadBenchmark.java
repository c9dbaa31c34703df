package io.github.dxvn.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.observation.ObservationColumns;
import java.io.IOException;
import java.nio.file.Path;
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
 * Reading a long file with the csv adapter against FastCSV's raw parse of the same file (every
 * field of every record touched, no conversion), the ceiling: the adapter's streaming scan
 * ({@code LongCsv.Reader.scan}, sequential, rows handed to a handler), its read into
 * {@link ObservationColumns} on one thread and on every processor ({@code readColumns}). Time per
 * file; rows per second = rows / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class CsvReadBenchmark {

  /** Units in the generated file (3321 is big.csv); ignored if dxvn.bench.file is set. */
  @Param("340")
  public int units;

  private Path file;

  /**
   * Generates or finds the file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    file = BenchmarkData.file(units);
  }

  /**
   * The adapter's read into columns, one chunk per processor, in parallel.
   *
   * @return the store
   * @throws IOException never here
   */
  @Benchmark
  public ObservationColumns readColumnsParallel() throws IOException {
    return LongCsv.reader(CsvOptions.defaults()).readColumns(file).columns();
  }

  /**
   * The adapter's read into columns on the calling thread.
   *
   * @return the store
   * @throws IOException never here
   */
  @Benchmark
  public ObservationColumns readColumnsSequential() throws IOException {
    return LongCsv.reader(CsvOptions.defaults()).readColumns(file, 1).columns();
  }

  /**
   * The adapter's streaming scan ({@code LongCsv.Reader.scan}), one thread, rows counted.
   *
   * @return the rows
   * @throws IOException never here
   */
  @Benchmark
  public long scanSequential() throws IOException {
    long[] rows = {0};
    LongCsv.reader(CsvOptions.defaults()).scan(file, (u, i, p, v, unit, s) -> rows[0]++);
    return rows[0];
  }

  /**
   * FastCSV 4.4 raw records: the parse alone, one thread.
   *
   * @return a checksum of the field lengths
   * @throws IOException never here
   */
  @Benchmark
  public long fastCsvRaw() throws IOException {
    long sum = 0;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord rec : r) {
        for (int i = 0; i < rec.getFieldCount(); i++) {
          sum += rec.getField(i).length();
        }
      }
    }
    return sum;
  }
}
