package io.github.dxvn.examples.cli;

import io.github.dxvn.csv.CsvColumnsResult;
import io.github.dxvn.csv.CsvDiagnostic;
import io.github.dxvn.csv.CsvFormatException;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.examples.IndexInputs;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.Period;
import io.github.dxvn.ranking.Rank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code dx index --per period}: the framework computed on its own for every period of the data, so
 * that min-max bounds are those of the period. A long CSV file is read straight into columns (the csv
 * adapter's parallel read), the national-scale path; other files are read as a dataset.
 */
final class PerPeriod {

  private PerPeriod() {}

  static ResultTable table(IndexCommand command) throws IOException {
    Pipeline pipeline = command.pipeline();
    Framework f = pipeline.framework();
    List<String> needed = IndexCommand.needed(pipeline);
    List<Period> periods;
    Function<Period, IndexData> inputs;
    if (DataFiles.layoutOf(command.data) == DataFiles.Layout.LONG) {
      ObservationColumns columns = columns(command);
      periods = new ArrayList<>(columns.periods());
      inputs = p -> IndexInputs.of(columns, columns.periods().indexOf(p), needed);
    } else {
      DataFiles.Loaded loaded = DataFiles.read(command.data, ValidateCommand.options(false),
          command.spec.commandLine().getErr());
      Dataset dataset = loaded.dataset();
      periods = new ArrayList<>(dataset.periods());
      inputs = p -> IndexInputs.of(dataset, p, needed);
    }
    if (periods.isEmpty()) {
      throw new DataException(command.data + ":0:0: error: no observation");
    }
    periods.sort(Comparator.naturalOrder());
    List<String> aggregates = IndexCommand.aggregates(f);
    String root = f.roots().get(0);
    List<String> header = new ArrayList<>(List.of("period", "unit_code"));
    for (String a : aggregates) {
      header.add(a + "_score");
      header.add(a + "_rank");
    }
    ResultTable table = new ResultTable(header);
    for (Period p : periods) {
      IndexResult result;
      try {
        result = pipeline.run(inputs.apply(p)).result();
      } catch (IllegalArgumentException e) {
        throw new DataException(command.data + ":0:0: error: " + p + ": " + e.getMessage());
      }
      for (String u : units(result, root, command.top)) {
        List<String> row = new ArrayList<>(List.of(p.toString(), u));
        for (String a : aggregates) {
          row.add(ResultTable.number(result.score(u, a).orElse(Double.NaN)));
          row.add(result.rank(u, a).map(Rank::toInt).map(String::valueOf).orElse(""));
        }
        table.add(row);
      }
    }
    return table;
  }

  /** Reads a long file into columns; errors, with every diagnostic, become a data error. */
  private static ObservationColumns columns(IndexCommand command) {
    try {
      CsvColumnsResult read = LongCsv.reader(ValidateCommand.options(false)).readColumns(command.data);
      return read.columns();
    } catch (CsvFormatException e) {
      List<String> lines = new ArrayList<>();
      for (CsvDiagnostic d : e.diagnostics()) {
        if (d.severity() != CsvDiagnostic.Severity.INFO) {
          lines.add(DataFiles.line(d));
        }
      }
      throw new DataException(lines);
    } catch (IOException e) {
      throw new DataException(command.data + ":0:0: error: cannot read: " + e.getMessage());
    }
  }

  /**
   * The units of a result to print: all, in the result's order; or the {@code top} best by the
   * root's competition rank, then unit code (unranked units left out).
   */
  static List<String> units(IndexResult result, String root, Integer top) {
    if (top == null) {
      return result.units();
    }
    List<String> ranked = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (String u : result.units()) {
      Optional<Rank> rank = result.rank(u, root);
      if (rank.isPresent()) {
        ranked.add(u);
        ranks.add(rank.get().toInt());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(ranks::get).thenComparing(ranked::get));
    List<String> units = new ArrayList<>();
    for (int i : order.subList(0, Math.min(top, order.size()))) {
      units.add(ranked.get(i));
    }
    return units;
  }
}
