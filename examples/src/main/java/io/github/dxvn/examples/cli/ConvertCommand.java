package io.github.dxvn.examples.cli;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.csv.SdmxCsv;
import io.github.dxvn.csv.WideCsv;
import io.github.dxvn.observation.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dx convert}: between long CSV, wide CSV, SDMX-CSV and JSON datasets. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts a dataset between long CSV, wide CSV, SDMX-CSV and JSON, validating it as "
        + "'dx validate' does. The input's format is told by its extension and header, its CSV dialect "
        + "detected. The output's format: JSON for .json; otherwise CSV, long unless --wide, SDMX-CSV "
        + "with --dialect sdmx1 or sdmx2.",
        "OUT is written to a temporary file and moved into place, so it is never left half-written."})
final class ConvertCommand implements Callable<Integer> {

  /** The dialects of the written file. */
  enum OutDialect {
    /** RFC 4180, or the Vietnamese dialect for a name ending in {@code .vi.csv}. */
    auto,
    /** RFC 4180: comma separators, dot decimals. */
    rfc4180,
    /** Vietnamese Excel: semicolon separators, comma decimals, byte order mark. */
    vi,
    /** SDMX-CSV 1.0. */
    sdmx1,
    /** SDMX-CSV 2.0. */
    sdmx2
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "the dataset to read")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
  Path out;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "auto",
      description = "dialect of OUT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  OutDialect dialect;

  @Option(names = "--wide", description = "write a wide CSV: one row per unit and period, one column per indicator")
  boolean wide;

  @Option(names = "--strict", description = "unknown indicator codes are errors")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    boolean json = DataFiles.isJson(out);
    boolean sdmx = dialect == OutDialect.sdmx1 || dialect == OutDialect.sdmx2;
    if (json && dialect != OutDialect.auto) {
      throw new UsageException("--dialect " + dialect + " is for CSV output, and OUT is JSON");
    }
    if (wide && (json || sdmx)) {
      throw new UsageException("--wide is for CSV output in the rfc4180 or vi dialect");
    }
    DataFiles.Loaded loaded = DataFiles.read(in, ValidateCommand.options(strict), err);
    loaded.warnings().forEach(err::println);
    err.flush();
    Dataset dataset = loaded.dataset();
    if (json) {
      JsonFiles.write(dataset, out);
      return 0;
    }
    if (sdmx) {
      SdmxCsv.Version version = dialect == OutDialect.sdmx1 ? SdmxCsv.Version.V1 : SdmxCsv.Version.V2;
      SdmxCsv.Writer writer = SdmxCsv.writer(CsvOptions.defaults(), version, SdmxCsv.DEFAULT_DATAFLOW);
      DataFiles.writeAtomically(out, tmp -> writer.write(dataset, tmp));
      return 0;
    }
    CsvOptions options = CsvOptions.of(csvDialect(dialect, out));
    if (wide) {
      WideCsv.Writer writer = WideCsv.writer(options);
      DataFiles.writeAtomically(out, tmp -> writer.write(dataset, tmp));
    } else {
      LongCsv.Writer writer = LongCsv.writer(options);
      DataFiles.writeAtomically(out, tmp -> writer.write(dataset, tmp));
    }
    return 0;
  }

  static CsvDialect csvDialect(OutDialect dialect, Path out) {
    if (dialect == OutDialect.vi
        || dialect == OutDialect.auto && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vi.csv")) {
      return CsvDialect.VIETNAMESE;
    }
    return CsvDialect.RFC_4180;
  }
}
