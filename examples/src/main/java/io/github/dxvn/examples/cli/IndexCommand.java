package io.github.dxvn.examples.cli;

import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.examples.IndexInputs;
import io.github.dxvn.csv.CoinrMetaCsv;
import io.github.dxvn.csv.CsvDiagnostic;
import io.github.dxvn.csv.CsvFormatException;
import io.github.dxvn.csv.CsvMetaResult;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.index.Denominate;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.Uncertainty;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dx index}: computes a composite index, or a shipped DTI framework, over a dataset. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Computes a composite index over DATA and prints CSV (or writes CSV or JSON to --out, "
        + "by extension): unit_code, then each aggregate node's score and competition rank.",
        "FRAMEWORK is a dxvn-framework JSON document (.json), a COINr-style iMeta CSV (Level, iCode, iName, Direction, Weight, Unit, Target, "
        + "Denominator, Parent, Type: min-max 0-100, weighted arithmetic mean, denominators applied) or "
        + "the name of a shipped DTI framework (dti-922, dti-1726). An indicator of the framework "
        + "matches a data column by its code ignoring case and punctuation (ConSpeed = CONSPEED).",
        "With --uncertainty N, the ranks of the index are recomputed N times with every weight "
        + "perturbed by up to 25 %% (seeded by --seed), adding the median and 5th-95th percentile ranks.",
        "With --per period, every period of DATA is computed on its own (min-max bounds per period) and each row "
        + "starts with its period."})
final class IndexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DATA", description = "a long or wide CSV file or a JSON dataset")
  Path data;

  @Option(names = "--framework", required = true, paramLabel = "FRAMEWORK",
      description = "an iMeta CSV file, or dti-922 or dti-1726")
  String framework;

  @Option(names = "--period", paramLabel = "P", description = "the period to use (default: the latest in DATA)")
  String period;

  @Option(names = "--uncertainty", paramLabel = "N", description = "replications of the rank uncertainty analysis")
  Integer uncertainty;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the uncertainty analysis (default: ${DEFAULT-VALUE})")
  long seed;

  /** What {@code --per} computes the index separately for. */
  enum Per {
    /** Every period of the data, each with its own normalisation bounds. */
    PERIOD
  }

  @Option(names = "--per", paramLabel = "period", description = "compute the index separately for every "
      + "period of DATA (normalisation bounds per period), rows led by a period column; a long CSV file is read "
      + "into columns in parallel")
  Per per;

  @Option(names = "--top", paramLabel = "K", description = "only the K best-ranked units by the index (in each "
      + "period with --per period), ordered by rank, then unit code")
  Integer top;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output: .json for JSON, else CSV")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (uncertainty != null && uncertainty < 1) {
      throw new UsageException("--uncertainty must be at least 1: " + uncertainty);
    }
    boolean dti = framework.toLowerCase(Locale.ROOT).startsWith("dti-") && !Files.exists(Path.of(framework));
    if (dti && uncertainty != null) {
      throw new UsageException("--uncertainty applies to iMeta frameworks, not to the DTI's published formula");
    }
    if (top != null && top < 1) {
      throw new UsageException("--top must be at least 1: " + top);
    }
    if (per != null) {
      if (dti || uncertainty != null || period != null) {
        throw new UsageException("--per period applies to framework files, without --period or --uncertainty");
      }
      PerPeriod.table(this).write(out, spec.commandLine().getOut());
      return 0;
    }
    DataFiles.Loaded loaded = DataFiles.read(data, ValidateCommand.options(false), spec.commandLine().getErr());
    // An index's data need not use the catalog's codes: unknown codes are no news here.
    loaded.warnings().stream().filter(w -> !w.contains("unknown indicator code"))
        .forEach(spec.commandLine().getErr()::println);
    Dataset dataset = loaded.dataset();
    Period p = period != null ? Cli.period(period) : dataset.periods().isEmpty() ? null : dataset.periods().last();
    if (p == null) {
      throw new DataException(data + ":0:0: error: no observation");
    }
    ResultTable table = dti ? dti(dataset, p) : composite(dataset, p);
    table.write(out, spec.commandLine().getOut());
    return 0;
  }

  private ResultTable dti(Dataset dataset, Period p) {
    DtiFramework f;
    try {
      f = DtiFramework.standard(framework.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown framework '" + framework + "': " + e.getMessage());
    }
    DtiRanking ranking;
    try {
      ranking = f.scoreAll(dataset, p);
    } catch (IllegalArgumentException | IllegalStateException e) {
      List<String> lines = new ArrayList<>();
      for (String line : e.getMessage().split("\n")) {
        lines.add(data + ":0:0: error: " + line);
      }
      throw new DataException(lines);
    }
    if (ranking.entries().isEmpty()) {
      throw new DataException(data + ":0:0: error: no unit has values of " + f.name() + "'s main indicators "
          + f.inputs() + " in " + p);
    }
    Set<IndicatorCode> groups = new LinkedHashSet<>();
    ranking.entries().forEach(e -> groups.addAll(e.score().groupValues().keySet()));
    List<String> header = new ArrayList<>(List.of("unit_code", "DTI_score", "DTI_rank"));
    Map<IndicatorCode, Ranking> groupRanks = new HashMap<>();
    for (IndicatorCode g : groups) {
      header.add(g + "_score");
      header.add(g + "_rank");
      double[] values = ranking.entries().stream()
          .mapToDouble(e -> Optional.ofNullable(e.score().groupValues().get(g)).map(BigDecimal::doubleValue)
              .orElse(Double.NaN)).toArray();
      groupRanks.put(g, Ranker.competition().rank(values));
    }
    ResultTable table = new ResultTable(header);
    for (int i = 0; i < ranking.entries().size(); i++) {
      DtiRanking.Entry e = ranking.entries().get(i);
      List<String> row = new ArrayList<>(List.of(e.unitCode(), e.score().publishedTotal().toPlainString(),
          String.valueOf(e.rank().rank())));
      for (IndicatorCode g : groups) {
        BigDecimal v = e.score().groupValues().get(g);
        row.add(v == null ? "" : v.toPlainString());
        row.add(groupRanks.get(g).rank(i).map(Rank::toInt).map(String::valueOf).orElse(""));
      }
      table.add(row);
    }
    return table;
  }

  /** The pipeline of the framework file: a dxvn-framework JSON document or an iMeta CSV file. */
  Pipeline pipeline() throws IOException {
    Path file = Path.of(framework);
    if (!Files.exists(file)) {
      throw new UsageException("no such framework file or shipped framework: " + framework);
    }
    return DataFiles.isJson(file) ? JsonFiles.readFramework(file) : metaPipeline();
  }

  /** The indicators a pipeline reads: the framework's, then the denominators. */
  static List<String> needed(Pipeline pipeline) {
    Set<String> needed = new LinkedHashSet<>(pipeline.framework().indicators());
    for (PipelineStep step : pipeline.steps()) {
      if (step instanceof Denominate) {
        needed.addAll(((Denominate) step).denominators().values());
      }
    }
    return new ArrayList<>(needed);
  }

  /** The aggregate nodes of a framework, the index first. */
  static List<String> aggregates(Framework f) {
    List<String> aggregates = new ArrayList<>();
    for (Node n : f.nodes()) {
      if (!f.isIndicator(n.code())) {
        aggregates.add(n.code());
      }
    }
    aggregates.sort((a, b) -> Integer.compare(f.level(b), f.level(a)));
    return aggregates;
  }

  private ResultTable composite(Dataset dataset, Period p) throws IOException {
    Pipeline pipeline = pipeline();
    Framework f = pipeline.framework();
    List<String> needed = needed(pipeline);
    IndexData indexData;
    try {
      indexData = IndexInputs.of(dataset, p, needed);
    } catch (IllegalArgumentException e) {
      throw new DataException(data + ":0:0: error: " + e.getMessage());
    }
    IndexResult result;
    try {
      result = pipeline.run(indexData).result();
    } catch (IllegalArgumentException e) {
      throw new DataException(data + ":0:0: error: " + e.getMessage());
    }
    List<String> aggregates = aggregates(f);
    List<String> header = new ArrayList<>(List.of("unit_code"));
    for (String a : aggregates) {
      header.add(a + "_score");
      header.add(a + "_rank");
    }
    String root = f.roots().get(0);
    UncertaintyResult ua = null;
    if (uncertainty != null) {
      ua = Uncertainty.of(uncertainty, seed).withWeightNoise(0.25).run(pipeline, indexData, root);
      header.addAll(List.of(root + "_rank_median", root + "_rank_p05", root + "_rank_p95"));
    }
    ResultTable table = new ResultTable(header);
    for (String u : PerPeriod.units(result, root, top)) {
      List<String> row = new ArrayList<>(List.of(u));
      for (String a : aggregates) {
        row.add(ResultTable.number(result.score(u, a).orElse(Double.NaN)));
        row.add(result.rank(u, a).map(Rank::toInt).map(String::valueOf).orElse(""));
      }
      if (ua != null) {
        row.add(ResultTable.number(ua.median(u).orElse(Double.NaN)));
        row.add(ResultTable.number(ua.percentile5(u).orElse(Double.NaN)));
        row.add(ResultTable.number(ua.percentile95(u).orElse(Double.NaN)));
      }
      table.add(row);
    }
    return table;
  }

  /** The pipeline of an iMeta file: its framework, after dividing by the denominators it names. */
  private Pipeline metaPipeline() throws IOException {
    CsvMetaResult read;
    try (InputStream in = Files.newInputStream(Path.of(framework))) {
      read = CoinrMetaCsv.reader(CsvOptions.defaults()).read(in, framework);
    } catch (CsvFormatException e) {
      List<String> lines = new ArrayList<>();
      e.diagnostics().stream().filter(d -> d.severity() != CsvDiagnostic.Severity.INFO)
          .forEach(d -> lines.add(DataFiles.line(d)));
      throw new DataException(lines);
    }
    List<MetaRow> meta = read.rows();
    Framework f = read.framework().orElseThrow(
        () -> new DataException(framework + ":0:0: error: the iMeta rows form no framework"));
    boolean denominate = meta.stream().anyMatch(m -> m.denominator().isPresent());
    return Pipeline.of(f, denominate ? List.of(Denominate.fromMeta(meta)) : List.of());
  }

}
