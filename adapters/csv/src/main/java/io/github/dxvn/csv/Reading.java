package io.github.dxvn.csv;

import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.InvalidDatasetException;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The observations of one file with where each came from, turned into a dataset: core's violations
 * become diagnostics at the line of the row and the column of the value (or indicator).
 */
final class Reading {

  private final CsvOptions options;
  private final Diagnostics diagnostics;
  private final List<Observation> observations = new ArrayList<>();
  private long[] lines = new long[64];
  private int[] valueColumns = new int[64];
  private int[] indicatorColumns = new int[64];

  Reading(CsvOptions options, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
  }

  void add(Observation observation, long line, int valueColumn, int indicatorColumn) {
    int i = observations.size();
    if (i == lines.length) {
      lines = Arrays.copyOf(lines, i * 2);
      valueColumns = Arrays.copyOf(valueColumns, i * 2);
      indicatorColumns = Arrays.copyOf(indicatorColumns, i * 2);
    }
    observations.add(observation);
    lines[i] = line;
    valueColumns[i] = valueColumn;
    indicatorColumns[i] = indicatorColumn;
  }

  CsvReadResult finish(CsvDialect dialect, long skipped, Map<String, Map<String, String>> unitAttributes)
      throws CsvFormatException {
    IndicatorCatalog catalog = options.catalog();
    List<Violation> violations = Dataset.validate(catalog, observations);
    BitSet faulty = new BitSet();
    for (Violation violation : violations) {
      int at = violation.positions().get(0);
      Observation o = observations.get(at);
      boolean error = violation.isError()
          || (violation.rule() == Violation.Rule.UNKNOWN_INDICATOR && options.strictIndicators());
      String message = violation.message();
      int column = valueColumns[at];
      switch (violation.rule()) {
        case DUPLICATE_KEY:
          message = "duplicate observation " + o.key() + " (first on line " + lines[violation.positions().get(1)] + ")";
          column = 0;
          break;
        case PART_EXCEEDS_WHOLE:
          message = message + " (on line " + lines[violation.positions().get(1)] + ")";
          break;
        case UNKNOWN_INDICATOR:
          message = "unknown indicator code \"" + o.indicator() + "\": not in the catalog, so no rule was checked";
          column = indicatorColumns[at];
          break;
        default:
          break;
      }
      String text = violation.rule() == Violation.Rule.UNKNOWN_INDICATOR ? o.indicator().toString()
          : violation.rule() == Violation.Rule.DUPLICATE_KEY ? null : o.value().toPlainString();
      if (error) {
        diagnostics.error(lines[at], column, message, text);
        faulty.set(at);
      } else {
        diagnostics.warning(lines[at], column, message, text);
      }
    }
    if (diagnostics.hasErrors() && !options.keepValidRows()) {
      throw new CsvFormatException(diagnostics.list());
    }
    List<Observation> valid = new ArrayList<>(observations.size() - faulty.cardinality());
    for (int i = 0; i < observations.size(); i++) {
      if (!faulty.get(i)) {
        valid.add(observations.get(i));
      }
    }
    Dataset dataset;
    try {
      dataset = Dataset.of(catalog, valid);
    } catch (InvalidDatasetException e) {
      // Removing rows cannot create a violation; this is only a safety net.
      List<Observation> left = new ArrayList<>(valid);
      BitSet more = new BitSet();
      e.violations().stream().filter(Violation::isError).forEach(v -> v.positions().forEach(more::set));
      List<Observation> kept = new ArrayList<>();
      for (int i = 0; i < left.size(); i++) {
        if (!more.get(i)) {
          kept.add(left.get(i));
        }
      }
      dataset = Dataset.of(catalog, kept);
    }
    return CsvReadResult.of(dataset, diagnostics.list(), dialect, skipped, unitAttributes);
  }
}
