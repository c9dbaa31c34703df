package io.github.dxvn.benchmarks;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.observation.ObservationColumns;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * Measures the heap taken by the columnar store of a file: heap used after a full collection with
 * the store alive, minus heap used before reading, divided by the rows stored.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.dxvn.benchmarks.MemoryFootprint FILE}.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * Prints rows, retained bytes and bytes per row.
   *
   * @param args  the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    ObservationColumns data = LongCsv.reader(CsvOptions.defaults()).readColumns(Path.of(args[0])).columns();
    long after = settledHeap(memory);
    long retained = after - before;
    System.out.printf("rows=%d retained_bytes=%d bytes_per_row=%.2f (%s)%n", data.size(), retained,
        (double) retained / data.size(), data);
    Reference.reachabilityFence(data);
  }

  private static long settledHeap(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
