package io.github.dxvn.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dx} command-line tool: scorecards, validation, conversion, composite indices and
 * rankings of digital transformation data.
 *
 * <p>Exit codes: 0 success, 1 a problem with the data (diagnostics on standard error, one per line,
 * {@code FILE:LINE:COLUMN: error: MESSAGE}), 2 a usage error (a one-line reason on standard error).
 * Standard output carries results only.
 */
@Command(name = "dx", mixinStandardHelpOptions = true, version = "dx 0.1.0",
    description = "Digital transformation (chuyển đổi số) data of Vietnam's provinces: "
        + "scorecards, validation, conversion, composite indices and rankings.",
    subcommands = {ReportCommand.class, ValidateCommand.class, ConvertCommand.class, IndexCommand.class,
        RankCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid data (diagnostics on standard error)", "2:usage error"})
public final class Dx implements Runnable {

  /** Exit code of a problem with the data. */
  public static final int DATA_ERROR = 1;
  /** Exit code of a usage error. */
  public static final int USAGE_ERROR = 2;

  @Spec
  CommandSpec spec;

  /** Creates the top command; picocli calls this. */
  public Dx() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: report, validate, convert, index or rank");
  }

  /**
   * Returns the command line of {@code dx}, configured with its error handling: usage errors print one
   * line and give exit code 2, data errors print their diagnostics and give exit code 1.
   *
   * @return a new command line, not null
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Dx());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter err = c.getErr();
      err.println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage().replace('\n', ' ')
          + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      err.flush();
      return USAGE_ERROR;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      PrintWriter err = c.getErr();
      if (ex instanceof DataException) {
        ((DataException) ex).lines().forEach(err::println);
        err.flush();
        return DATA_ERROR;
      }
      if (ex instanceof UsageException) {
        err.println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
            + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return USAGE_ERROR;
      }
      if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
        err.println(c.getCommandSpec().qualifiedName() + ": error: " + ex.getMessage());
        err.flush();
        return DATA_ERROR;
      }
      throw ex;
    });
    return cl;
  }

  /**
   * Runs {@code dx}, writing UTF-8, and exits with its exit code.
   *
   * @param args  the command line arguments, not null
   */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    // Vietnamese text must come out whole whatever the platform's default charset (Java 17: often ASCII).
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
