package io.github.dxvn.csv;

import io.github.dxvn.csv.internal.CsvOutput;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The columns of a one-observation-per-row file as written: each with its name, the cell it writes
 * and, for optional columns, which observations need it (an optional column nobody needs is left out).
 */
final class ObservationColumns {

  /** One column: name, whether an observation needs it (null: always written), its cell. */
  static final class Column {
    final String name;
    final Predicate<Observation> needed;
    final BiFunction<Observation, CsvOutput, String> cell;

    Column(String name, Predicate<Observation> needed, BiFunction<Observation, CsvOutput, String> cell) {
      this.name = name;
      this.needed = needed;
      this.cell = cell;
    }
  }

  static Column unitCode(String name) {
    return new Column(name, null, (o, out) -> out.text(o.unitCode()));
  }

  static Column indicator(String name) {
    return new Column(name, null, (o, out) -> o.indicator().toString());
  }

  static Column period(String name) {
    return new Column(name, null, (o, out) -> o.period().toString());
  }

  static Column value(String name) {
    return new Column(name, null, (o, out) -> out.number(o.value()));
  }

  static Column unit(String name) {
    return new Column(name, null, (o, out) -> UnitText.format(o.unit()));
  }

  static Column status(String name) {
    return new Column(name, null, (o, out) -> o.status() == ObservationStatus.NORMAL ? "A" : o.status().code());
  }

  static Column comparator(String name) {
    return new Column(name, o -> o.comparison() != Comparison.EQUAL,
        (o, out) -> o.comparison() == Comparison.EQUAL ? "" : o.comparison().symbol());
  }

  static Column source(String name) {
    return new Column(name, o -> o.source().isPresent(), (o, out) -> o.source().map(out::text).orElse(""));
  }

  static Column note(String name) {
    return new Column(name, o -> o.note().isPresent(), (o, out) -> o.note().map(out::text).orElse(""));
  }

  private ObservationColumns() {}

  /**
   * Writes the header and one record per observation: the fixed leading cells, then the columns
   * that are always written or needed by some observation.
   */
  static void write(CsvOutput out, List<String> leadingNames, List<String> leadingCells, List<Column> candidates,
      List<Observation> observations) throws IOException {
    List<Column> columns = new ArrayList<>();
    for (Column column : candidates) {
      if (column.needed == null || observations.stream().anyMatch(column.needed)) {
        columns.add(column);
      }
    }
    List<String> header = new ArrayList<>(leadingNames);
    columns.forEach(c -> header.add(c.name));
    out.record(header.toArray(new String[0]));
    String[] cells = new String[header.size()];
    for (int i = 0; i < leadingCells.size(); i++) {
      cells[i] = leadingCells.get(i);
    }
    for (Observation o : observations) {
      int i = leadingCells.size();
      for (Column column : columns) {
        cells[i++] = column.cell.apply(o, out);
      }
      out.record(cells);
    }
  }
}
