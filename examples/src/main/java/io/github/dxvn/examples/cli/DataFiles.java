package io.github.dxvn.examples.cli;

import io.github.dxvn.csv.CsvDiagnostic;
import io.github.dxvn.csv.CsvFormatException;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.CsvReadResult;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.csv.SdmxCsv;
import io.github.dxvn.csv.WideCsv;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes the data files of the commands, choosing the format by extension and header. */
final class DataFiles {

  /** How a data file lays out its observations. */
  enum Layout {
    /** One observation per row ({@code unit_code,indicator_code,period,value,...}). */
    LONG,
    /** One row per unit, one column per indicator (also COINr's iData). */
    WIDE,
    /** SDMX-CSV 1.0 or 2.0 ({@code OBS_VALUE} column). */
    SDMX,
    /** A {@code dxvn-dataset} JSON document. */
    JSON
  }

  private DataFiles() {}

  static boolean isJson(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Finds a file's layout: JSON by extension, otherwise by the CSV header.
   *
   * @throws DataException if the file does not exist or is not readable
   */
  static Layout layoutOf(Path path) {
    if (isJson(path)) {
      return Layout.JSON;
    }
    String header;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
        StandardCharsets.UTF_8))) {
      header = r.readLine();
    } catch (NoSuchFileException e) {
      throw new DataException(path + ":0:0: error: no such file");
    } catch (IOException e) {
      throw new DataException(path + ":0:0: error: cannot read: " + e.getMessage());
    }
    String h = header == null ? "" : header.toLowerCase(Locale.ROOT);
    if (h.contains("obs_value")) {
      return Layout.SDMX;
    }
    return h.contains("indicator_code") ? Layout.LONG : Layout.WIDE;
  }

  /** A dataset read from a file, with its warnings as diagnostic lines. */
  record Loaded(Dataset dataset, List<String> warnings, Layout layout) {}

  /**
   * Reads a dataset: long, wide or SDMX CSV, or JSON. Errors, with every diagnostic, become a
   * {@link DataException}; warnings are given back.
   */
  static Loaded read(Path path, CsvOptions options, PrintWriter err) {
    Layout layout = layoutOf(path);
    if (layout == Layout.JSON) {
      return json(path, options, err);
    }
    try (InputStream in = Progress.monitor(Files.newInputStream(path), Files.size(path), path.toString(), err)) {
      CsvReadResult result = layout == Layout.LONG ? LongCsv.reader(options).read(in, path.toString())
          : layout == Layout.SDMX ? SdmxCsv.reader(options).read(in, path.toString())
          : WideCsv.reader(options).read(in, path.toString());
      List<String> warnings = new ArrayList<>();
      for (CsvDiagnostic d : result.diagnostics()) {
        if (d.severity() == CsvDiagnostic.Severity.WARNING) {
          warnings.add(line(d));
        }
      }
      return new Loaded(result.dataset(), warnings, layout);
    } catch (CsvFormatException e) {
      List<String> lines = new ArrayList<>();
      for (CsvDiagnostic d : e.diagnostics()) {
        if (d.severity() != CsvDiagnostic.Severity.INFO) {
          lines.add(line(d));
        }
      }
      throw new DataException(lines);
    } catch (IOException e) {
      throw new DataException(path + ":0:0: error: cannot read: " + e.getMessage());
    }
  }

  // A JSON document locates its observations by line only inside the adapter's errors; core's warnings
  // of a valid document have no line, so they are reported at line 0.
  private static Loaded json(Path path, CsvOptions options, PrintWriter err) {
    Dataset dataset = JsonFiles.read(path, err);
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Violation v : dataset.warnings()) {
      if (options.strictIndicators() && v.rule() == Violation.Rule.UNKNOWN_INDICATOR) {
        errors.add(path + ":0:0: error: " + v.message());
      } else {
        warnings.add(path + ":0:0: warning: " + v.message());
      }
    }
    if (!errors.isEmpty()) {
      throw new DataException(errors);
    }
    return new Loaded(dataset, warnings, Layout.JSON);
  }

  // A temporary file is created private (rw-------); the result is an ordinary file (rw-r--r--).
  private static void readableByAll(Path tmp) throws IOException {
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Formats a diagnostic as {@code FILE:LINE:COLUMN: error: MESSAGE} (or warning, note). */
  static String line(CsvDiagnostic d) {
    String severity = d.severity() == CsvDiagnostic.Severity.ERROR ? "error"
        : d.severity() == CsvDiagnostic.Severity.WARNING ? "warning" : "note";
    return d.file() + ':' + d.line() + ':' + d.column() + ": " + severity + ": " + d.message();
  }

  /** Something that writes a whole file's content to a path. */
  @FunctionalInterface
  interface Content {
    void writeTo(Path path) throws IOException;
  }

  /**
   * Writes a file so that it is never left half-written: into a temporary file next to it, then
   * moved over it in one step.
   */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      content.writeTo(tmp);
      readableByAll(tmp);
      try {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
