package io.github.dxvn.examples.cli;

import io.github.dxvn.csv.CsvOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dx validate}: checks data files against the rules of the standard indicator catalog. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks each FILE (long, wide or SDMX CSV, or a JSON dataset) against the rules of the "
        + "standard catalog for every known indicator code: valid ranges, integer counts, parts within "
        + "wholes, no duplicate observation. Unknown codes are warnings, errors with --strict.",
        "Prints nothing and exits 0 when every file is valid; otherwise prints diagnostics on standard "
        + "error, one per line as FILE:LINE:COLUMN: error: MESSAGE, and exits 1."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to check")
  List<Path> files;

  @Option(names = "--strict", description = "unknown indicator codes are errors")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int exit = 0;
    for (Path file : files) {
      try {
        DataFiles.read(file, options(strict), err).warnings().forEach(err::println);
      } catch (DataException e) {
        e.lines().forEach(err::println);
        exit = Dx.DATA_ERROR;
      }
    }
    err.flush();
    return exit;
  }

  /** The reading options of the commands that validate: every problem reported, none kept. */
  static CsvOptions options(boolean strict) {
    return CsvOptions.defaults().withStrictIndicators(strict);
  }
}
