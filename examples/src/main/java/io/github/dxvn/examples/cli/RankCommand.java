package io.github.dxvn.examples.cli;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dx rank}: ranks the units of a dataset on one indicator in one period. */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = {"Ranks the units of DATA on one indicator in one period and prints CSV "
        + "unit_code,value,rank, best first. Ties share a rank: competition ranking (1, 2, 2, 4) by "
        + "default. The indicator's polarity in the standard catalog says whether higher or lower is "
        + "better (higher for an unknown code)."})
final class RankCommand implements Callable<Integer> {

  /** The ranking methods offered. */
  enum Method {
    /** Ties share the best rank, the next is skipped: 1, 2, 2, 4. */
    competition,
    /** Ties share a rank, the next follows: 1, 2, 2, 3. */
    dense,
    /** Distinct ranks, ties in input order: 1, 2, 3, 4. */
    ordinal
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DATA", description = "a long or wide CSV file or a JSON dataset")
  Path data;

  @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "the indicator code")
  String indicator;

  @Option(names = "--period", required = true, paramLabel = "P", description = "the period, such as 2022")
  String period;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "competition",
      description = "how ties rank: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Method method;

  @Option(names = "--round", paramLabel = "K",
      description = "compare values rounded to K decimals (as published), so that equal printed values tie")
  Integer round;

  @Override
  public Integer call() throws Exception {
    IndicatorCode code;
    try {
      code = IndicatorCode.parse(indicator);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid indicator code '" + indicator + "': " + e.getMessage());
    }
    Period p = Cli.period(period);
    if (round != null && (round < 0 || round > 15)) {
      throw new UsageException("--round must be 0 to 15: " + round);
    }
    DataFiles.Loaded loaded = DataFiles.read(data, ValidateCommand.options(false), spec.commandLine().getErr());
    loaded.warnings().forEach(spec.commandLine().getErr()::println);
    Dataset dataset = loaded.dataset();
    List<Observation> obs = dataset.observations(o -> o.indicator().equals(code) && o.period().equals(p));
    if (obs.isEmpty()) {
      throw new DataException(data + ":0:0: error: no observation of " + code + " in " + p);
    }
    Polarity polarity = dataset.catalog().find(code).map(IndicatorDefinition::polarity)
        .orElse(Polarity.HIGHER_IS_BETTER);
    Ranker ranker = Ranker.of(polarity, RankingMethod.valueOf(method.name().toUpperCase(Locale.ROOT)));
    if (round != null) {
      ranker = ranker.withRoundingTo(round);
    }
    double[] values = new double[obs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = obs.get(i).value().doubleValue();
    }
    Ranking ranking = ranker.rank(values);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> ranking.position(i).orElse(Double.MAX_VALUE))
        .thenComparing(i -> obs.get(i).unitCode()));
    ResultTable table = new ResultTable(List.of("unit_code", "value", "rank"));
    for (int i : order) {
      table.add(List.of(obs.get(i).unitCode(), obs.get(i).value().toPlainString(),
          ranking.rank(i).map(Rank::toInt).map(String::valueOf).orElse("")));
    }
    table.write(null, spec.commandLine().getOut());
    return 0;
  }
}
