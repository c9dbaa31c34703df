package io.github.dxvn.examples.cli;

import io.github.dxvn.observation.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reads and writes {@code dxvn-dataset} JSON documents (once the JSON adapter is available). */
final class JsonFiles {

  private JsonFiles() {}

  static Dataset read(Path path, PrintWriter err) {
    throw new DataException(path + ":0:0: error: JSON datasets are not read yet by this version of dx");
  }

  static io.github.dxvn.index.Pipeline readFramework(Path path) {
    throw new UsageException("JSON framework documents are not read yet by this version of dx; use an iMeta CSV");
  }

  static void write(Dataset dataset, Path path) {
    throw new DataException(path + ":0:0: error: JSON datasets are not written yet by this version of dx");
  }
}
