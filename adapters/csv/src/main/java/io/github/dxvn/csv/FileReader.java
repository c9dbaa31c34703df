package io.github.dxvn.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.internal.CsvTable;
import io.github.dxvn.csv.internal.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every reader of this package does the same way: a file is read as its bytes, named by its
 * file name in diagnostics; an empty file is an error.
 *
 * @param <R>  the result type
 */
abstract class FileReader<R> {

  /**
   * Reads a file.
   *
   * @param path  the file, not null
   * @return the result, not null
   * @throws CsvFormatException if the file has errors and valid rows are not kept, with every diagnostic
   * @throws IOException if the file cannot be read
   */
  public final R read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return read(Files.newInputStream(path), fileName(path));
  }

  /** Returns the name a file is shown by in diagnostics: its file name. */
  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /**
   * Reads a stream, which is closed.
   *
   * @param in  the bytes, UTF-8, not null
   * @param fileName  the name shown in diagnostics, not null
   * @return the result, not null
   * @throws CsvFormatException if the data have errors and valid rows are not kept, with every diagnostic
   * @throws IOException if the stream cannot be read
   */
  public abstract R read(InputStream in, String fileName) throws IOException;

  /**
   * Returns the header record, or fails with the diagnostics if the file is empty.
   *
   * @param table  the table, not null
   * @param diagnostics  the diagnostics, not null
   * @param expected  what the header should hold, for the message, not null
   * @return the header, not null
   * @throws CsvFormatException if there is no header
   * @throws IOException if the file cannot be read
   */
  static CsvRecord header(CsvTable table, Diagnostics diagnostics, String expected) throws IOException {
    CsvRecord header = table.next();
    if (header == null) {
      if (!diagnostics.hasErrors()) {
        diagnostics.error(1, 0, "empty file (expected a header " + expected + ")", null);
      }
      throw new CsvFormatException(diagnostics.list());
    }
    return header;
  }
}
