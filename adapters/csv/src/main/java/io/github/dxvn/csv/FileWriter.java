package io.github.dxvn.csv;

import io.github.dxvn.csv.internal.CsvOutput;
import io.github.dxvn.observation.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every writer of this package does the same way: a file is written to a temporary sibling and
 * moved into place; a stream is flushed and left open.
 */
abstract class FileWriter {

  private final CsvDialect dialect;

  FileWriter(CsvDialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Writes a dataset to a file, atomically: a failure leaves the file as it was and no temporary
   * file. Rows come in the dataset's key order.
   *
   * @param dataset  the dataset, not null
   * @param path  the file, not null
   * @throws IllegalArgumentException if the layout cannot hold the dataset
   * @throws IOException if writing fails
   */
  public final void write(Dataset dataset, Path path) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(path, "path");
    check(dataset);
    CsvOutput.write(path, dialect, out -> body(dataset, out));
  }

  /**
   * Writes a dataset to a stream, which is flushed, not closed.
   *
   * @param dataset  the dataset, not null
   * @param out  the stream, not null
   * @throws IllegalArgumentException if the layout cannot hold the dataset
   * @throws IOException if writing fails
   */
  public final void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    check(dataset);
    CsvOutput.write(out, dialect, o -> body(dataset, o));
  }

  /** Checks that the layout can hold a dataset; by default every dataset. */
  void check(Dataset dataset) {
    // Every dataset fits.
  }

  abstract void body(Dataset dataset, CsvOutput out) throws IOException;
}
