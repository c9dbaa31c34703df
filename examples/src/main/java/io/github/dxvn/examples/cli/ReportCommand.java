package io.github.dxvn.examples.cli;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.examples.Language;
import io.github.dxvn.examples.Scorecard;
import io.github.dxvn.examples.SeedData;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import io.github.dxvn.target.TargetCatalog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dx report}: the digital transformation scorecard of a province. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Prints the digital transformation scorecard of each unit and period of DATA: every "
        + "figure by area and pillar, derived indicators, and progress toward the national targets of "
        + "749/QĐ-TTg and 411/QĐ-TTg.",
        "Without DATA, the built-in Quảng Trị 2023 dataset is used."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATA",
      description = "a long or wide CSV file or a JSON dataset (default: the built-in Quảng Trị 2023 data)")
  Path data;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "language of the scorecard: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Language language;

  @Option(names = "--html", paramLabel = "FILE",
      description = "also write a self-contained HTML page with a chart of the progress toward the targets")
  Path html;

  @Option(names = "--unit", paramLabel = "CODE", description = "only this unit")
  String unit;

  @Option(names = "--period", paramLabel = "P", description = "only this period, such as 2023")
  String period;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dataset dataset;
    if (data == null) {
      dataset = SeedData.quangTri2023();
    } else {
      DataFiles.Loaded loaded = DataFiles.read(data, CsvOptions.defaults(), err);
      loaded.warnings().forEach(err::println);
      dataset = loaded.dataset();
    }
    Period only = period == null ? null : Cli.period(period);
    List<Scorecard> cards = Scorecard.allOf(dataset, TargetCatalog.standard()).stream()
        .filter(c -> unit == null || c.unitCode().equals(unit))
        .filter(c -> only == null || c.period().equals(only))
        .collect(Collectors.toList());
    if (cards.isEmpty()) {
      throw new DataException((data == null ? "built-in data" : data.toString())
          + ":0:0: error: no observation of the unit and period asked for");
    }
    if (html != null && cards.size() > 1) {
      throw new UsageException("--html needs one unit and period, and the data have " + cards.size()
          + ": choose with --unit and --period");
    }
    for (int i = 0; i < cards.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.print(cards.get(i).toText(language));
    }
    out.flush();
    if (html != null) {
      String page = cards.get(0).toHtml(language);
      DataFiles.writeAtomically(html, tmp -> Files.writeString(tmp, page, StandardCharsets.UTF_8));
    }
    return 0;
  }
}
