package io.github.dxvn.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.internal.Cells;
import io.github.dxvn.csv.internal.CsvTable;
import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.csv.internal.Headers;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.indicator.Polarity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * COINr's {@code iMeta} table: the rows of a composite-index framework ({@code Level}, {@code iCode},
 * {@code iName}, {@code Direction}, {@code Weight}, {@code Unit}, {@code Target},
 * {@code Denominator}, {@code Parent}, {@code Type}), read into core's {@link MetaRow}s and the
 * {@link Framework} they form. Column names match ignoring case and in any order; {@code iCode} and
 * {@code Type} are required. Every problem is reported by line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoinrMetaCsv extends FileReader<CsvMetaResult> {

  private static final String[] COLUMNS = {
    "level", "icode", "iname", "direction", "weight", "unit", "target", "denominator", "parent", "type"
  };

  private final CsvOptions options;

  private CoinrMetaCsv(CsvOptions options) {
    this.options = options;
  }

  /**
   * Returns a reader.
   *
   * @param options  the options, not null
   * @return the reader, not null
   */
  public static CoinrMetaCsv reader(CsvOptions options) {
    return new CoinrMetaCsv(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads a stream, which is closed.
   *
   * @param in  the bytes, UTF-8, not null
   * @param fileName  the name shown in diagnostics, not null
   * @return the rows, framework and diagnostics, not null
   * @throws CsvFormatException if the data have errors (or the rows form no framework) and valid rows
   *     are not kept
   * @throws IOException if the stream cannot be read
   */
  @Override
  public CsvMetaResult read(InputStream in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Diagnostics diagnostics = new Diagnostics(Objects.requireNonNull(fileName, "fileName"), options.maxDiagnostics());
    List<MetaRow> rows = new ArrayList<>();
    CsvDialect dialect;
    try (CsvTable table = CsvTable.open(in, options.dialect(), diagnostics)) {
      CsvRecord header = header(table, diagnostics, "with iCode and Type");
      dialect = table.dialect();
      List<String> names = Headers.names(header, table.dialect(), false);
      Map<String, Integer> column = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String key = names.get(i).toLowerCase(Locale.ROOT);
        if (column.putIfAbsent(key, i) != null) {
          diagnostics.error(header.getStartingLineNumber(), i + 1, "duplicate column \"" + names.get(i) + "\"",
              names.get(i));
        } else if (!List.of(COLUMNS).contains(key)) {
          diagnostics.info(header.getStartingLineNumber(), i + 1, "column \"" + names.get(i) + "\" ignored", names.get(i));
        }
      }
      for (String required : new String[] {"icode", "type"}) {
        if (!column.containsKey(required)) {
          diagnostics.error(header.getStartingLineNumber(), 0, "missing required column "
              + (required.equals("icode") ? "iCode" : "Type") + " in the header", String.join(",", names));
        }
      }
      if (diagnostics.hasErrors()) {
        throw new CsvFormatException(diagnostics.list());
      }
      Cells cells = new Cells(diagnostics, table.dialect(), options.lenientNumbers());
      CsvRecord record;
      while ((record = table.next()) != null) {
        long line = record.getStartingLineNumber();
        if (!diagnostics.isReadable(record, names.size(), table.dialect().fieldSeparator())) {
          continue;
        }
        MetaRow row = row(record, line, column, cells, diagnostics, table);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    Framework framework = null;
    try {
      framework = Framework.fromMeta(rows);
    } catch (IllegalArgumentException e) {
      diagnostics.error(0, 0, "the indicator and aggregate rows form no framework: " + e.getMessage(), null);
    }
    if (diagnostics.hasErrors() && !options.keepValidRows()) {
      throw new CsvFormatException(diagnostics.list());
    }
    return CsvMetaResult.of(rows, framework, diagnostics.list(), dialect);
  }

  private static MetaRow row(CsvRecord record, long line, Map<String, Integer> column, Cells cells,
      Diagnostics diagnostics, CsvTable table) {
    boolean[] ok = {true};
    MetaRow.Builder b = MetaRow.builder();
    String code = cell(record, column, "icode", table);
    if (code.isEmpty()) {
      diagnostics.error(line, column.get("icode") + 1, "missing iCode (expected the code of an indicator or aggregate)",
          code);
      ok[0] = false;
    }
    b.code(code);
    String name = cell(record, column, "iname", table);
    if (!name.isEmpty()) {
      b.name(name);
    }
    String type = cell(record, column, "type", table);
    try {
      b.type(MetaType.fromCoinr(type));
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, column.get("type") + 1, "invalid Type \"" + type
          + "\": expected Indicator, Aggregate, Group, Denominator or Other", type);
      ok[0] = false;
    }
    String level = cell(record, column, "level", table);
    if (!level.isEmpty()) {
      Integer n = cells.positive(level, "Level", line, column.get("level") + 1);
      if (n == null) {
        ok[0] = false;
      } else {
        b.level(n);
      }
    }
    String direction = cell(record, column, "direction", table);
    if (!direction.isEmpty()) {
      if (direction.equals("1") || direction.equals("-1")) {
        b.polarity(Polarity.ofDirection(Integer.parseInt(direction)));
      } else {
        diagnostics.error(line, column.get("direction") + 1, "invalid Direction \"" + direction
            + "\": expected 1 (higher is better) or -1 (lower is better)", direction);
        ok[0] = false;
      }
    }
    String weight = cell(record, column, "weight", table);
    if (!weight.isEmpty()) {
      BigDecimal w = cells.number(weight, null, line, column.get("weight") + 1);
      if (w == null || w.signum() < 0) {
        if (w != null) {
          diagnostics.error(line, column.get("weight") + 1, "invalid Weight \"" + weight + "\": expected a number >= 0",
              weight);
        }
        ok[0] = false;
      } else {
        b.weight(w.doubleValue());
      }
    }
    String target = cell(record, column, "target", table);
    if (!target.isEmpty()) {
      BigDecimal t = cells.number(target, null, line, column.get("target") + 1);
      if (t == null) {
        ok[0] = false;
      } else {
        b.target(t.doubleValue());
      }
    }
    for (String optional : new String[] {"parent", "denominator", "unit"}) {
      String text = cell(record, column, optional, table);
      if (!text.isEmpty()) {
        switch (optional) {
          case "parent":
            b.parent(text);
            break;
          case "denominator":
            b.denominator(text);
            break;
          default:
            b.unit(text);
            break;
        }
      }
    }
    if (!ok[0]) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      diagnostics.error(line, 0, "invalid iMeta row: " + e.getMessage(), null);
      return null;
    }
  }

  private static String cell(CsvRecord record, Map<String, Integer> column, String name, CsvTable table) {
    Integer i = column.get(name);
    return i == null ? "" : CsvTable.cell(record.getField(i), table.dialect());
  }
}
