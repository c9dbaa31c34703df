package io.github.dxvn.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files shared by the benchmarks: generated once per JVM and size, deleted on exit. */
final class BenchmarkData {

  private BenchmarkData() {}

  /**
   * Returns a long observation file: the path in system property {@code dxvn.bench.file} if set
   * (such as big.csv), else one generated with {@link DataGenerator} for the number of units.
   */
  static Path file(int units) throws IOException {
    String given = System.getProperty("dxvn.bench.file");
    if (given != null && !given.isEmpty()) {
      return Path.of(given);
    }
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "dxvn-bench-" + units + ".csv");
    if (!Files.exists(file)) {
      Path tmp = Files.createTempFile(file.getParent(), "dxvn-bench", ".tmp");
      DataGenerator.of(units, DataGenerator.DEFAULT_SEED).write(tmp);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }
}
