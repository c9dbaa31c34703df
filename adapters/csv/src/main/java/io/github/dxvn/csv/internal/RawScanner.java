package io.github.dxvn.csv.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import io.github.dxvn.csv.CsvColumns;
import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.RawObservationHandler;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.text.TextParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The raw fast path over a long file: a FastCSV callback handler that parses values straight from
 * the parser's buffer into doubles and pools code strings, so that a row costs no allocation once the
 * codes have been seen.
 */
public final class RawScanner {

  static final int IGNORED = 0;
  static final int UNIT_CODE = 1;
  static final int INDICATOR = 2;
  static final int PERIOD = 3;
  static final int VALUE = 4;
  static final int UNIT = 5;
  static final int STATUS = 6;
  static final String[] NAMES = {
    null, CsvColumns.UNIT_CODE, CsvColumns.INDICATOR_CODE, CsvColumns.PERIOD, CsvColumns.VALUE, CsvColumns.UNIT,
    CsvColumns.STATUS
  };

  private final Optional<CsvDialect> fixed;
  private final boolean lenient;
  private final Diagnostics diagnostics;
  private final List<Map<String, Boolean>> checked = new ArrayList<>();
  private final String[] lastValid = new String[NAMES.length];
  private String lastStatus;
  private boolean lastStatusMissing;
  private CsvDialect dialect;
  private long rows;
  private long skipped;

  /**
   * Creates a scanner.
   *
   * @param dialect  the fixed dialect, or empty to detect it
   * @param lenient  true to read numbers of the other notation with a warning
   * @param diagnostics  where problems go, not null
   */
  public RawScanner(Optional<CsvDialect> dialect, boolean lenient, Diagnostics diagnostics) {
    this.fixed = dialect;
    this.lenient = lenient;
    this.diagnostics = diagnostics;
    for (int i = 0; i < NAMES.length; i++) {
      checked.add(new HashMap<>());
    }
  }

  /** Collects the cells of one record; the record object is reused. */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<Handler> {
    final StringPool pool = new StringPool();
    CsvDialect dialect;
    boolean header = true;
    final List<String> names = new ArrayList<>();
    int[] roles = new int[0];
    final String[] cells = new String[NAMES.length];
    double value;
    char[] wrappedArray;
    CharBuffer wrapped;
    long line;
    int fields;

    final String[] previous = new String[NAMES.length];

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      fields = 0;
      value = Double.NaN;
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] != null && !cells[i].isEmpty()) {
          previous[i] = cells[i];
        }
        cells[i] = "";
      }
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
      fields = index + 1;
      if (header) {
        names.add(new String(buf, offset, length));
        return;
      }
      int role = index < roles.length ? roles[index] : IGNORED;
      if (role == IGNORED) {
        return;
      }
      if (!plain(buf, offset, length)) {
        cells[role] = CsvTable.cell(new String(buf, offset, length), dialect);
        return;
      }
      if (role == VALUE) {
        if (wrappedArray != buf) {
          wrapped = CharBuffer.wrap(buf);
          wrappedArray = buf;
        }
        if (dialect.decimalSeparator() == ',') {
          value = NumberCells.vietnameseDouble(wrapped, offset, length);
        } else {
          value = NumberCells.fastDouble(wrapped, offset, length, '.');
        }
        if (Double.isNaN(value)) {
          cells[VALUE] = new String(buf, offset, length);
        } else {
          cells[VALUE] = null;
        }
        return;
      }
      String last = cells[role] == null || cells[role].isEmpty() ? previous[role] : cells[role];
      if (last != null && StringPool.same(last, buf, offset, length)) {
        // Codes repeat row after row: comparing with the last one is cheaper than hashing.
        cells[role] = last;
        return;
      }
      String pooled = pool.get(buf, offset, length);
      // Text that NFC might change goes the slow way.
      cells[role] = pooled != null ? pooled : CsvTable.cell(new String(buf, offset, length), dialect);
    }

    /** Tells whether a cell needs neither stripping nor the formula guard's quote removed. */
    private boolean plain(char[] buf, int offset, int length) {
      return length == 0 || !(buf[offset] <= ' ' || buf[offset + length - 1] <= ' '
          || (buf[offset] == '\'' && dialect.formulaGuard()));
    }

    @Override
    protected Handler buildRecord() {
      return this;
    }
  }

  /**
   * Scans a stream, which is closed.
   *
   * @param in  the bytes, not null
   * @param sink  receives the rows, not null
   * @throws IOException if the stream cannot be read
   */
  public void scan(InputStream in, RawObservationHandler sink) throws IOException {
    Handler handler = new Handler();
    try (CsvTable table = CsvTable.open(in, fixed, diagnostics, handler)) {
      dialect = table.dialect();
      handler.dialect = dialect;
      if (table.nextObject() == null) {
        diagnostics.error(1, 0, "empty file (expected a header with unit_code, indicator_code, period, value)", null);
        return;
      }
      if (!header(handler)) {
        return;
      }
      body(table, handler, sink);
    }
  }

  /**
   * Scans a file: its plain lines on the byte-level fast path ({@link LongFastPath}), from the first
   * line that path cannot take to the end on the general path, so that rows, counts and diagnostics
   * are those of {@link #scan(InputStream, RawObservationHandler)}.
   *
   * @param path  the file, not null
   * @param sink  receives the rows, not null
   * @throws IOException if the file cannot be read
   */
  public void scan(Path path, RawObservationHandler sink) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      LongFastPath.Layout layout = LongFastPath.layout(ch, fixed);
      if (layout == null) {
        scan(Channels.newInputStream(ch.position(0)), sink);
        return;
      }
      LongFastPath.ToHandler fast = new LongFastPath.ToHandler(layout, lenient, sink);
      try {
        fast.parse(ch, layout);
      } catch (LongFastPath.Irregular e) {
        scanTail(Channels.newInputStream(ch.position(e.offset())), layout.dialect(), layout.names(), e.line(),
            fast.rows(), fast.skipped(), fast.texts(), sink);
        return;
      }
      dialect = layout.dialect();
      rows = fast.rows();
      skipped = fast.skipped();
      noteSkipped(diagnostics, skipped);
    }
  }

  /**
   * Adds the note of the rows skipped for having no value, if any.
   *
   * @param diagnostics  the diagnostics, not null
   * @param skipped  the count
   */
  public static void noteSkipped(Diagnostics diagnostics, long skipped) {
    if (skipped > 0) {
      diagnostics.info(0, 0, skipped + " row(s) without a value skipped", null);
    }
  }

  /**
   * Scans the rest of a file whose first part was read by another reader (the byte-level fast path),
   * which stopped at the start of a line it could not take: diagnostics carry the file's line numbers,
   * the counts go on from that reader's, and the codes it handed out stay the same instances.
   *
   * @param tail  the bytes from the start of that line, not null
   * @param dialect  the file's dialect, not null
   * @param names  the header's cells, valid, not null
   * @param firstLine  the file's line number of the tail's first line
   * @param rowsSoFar  the rows already handed out
   * @param skippedSoFar  the rows already skipped
   * @param handedOut  the code strings already handed out, not null
   * @param sink  receives the rows, not null
   * @throws IOException if the stream cannot be read
   */
  public void scanTail(InputStream tail, CsvDialect dialect, List<String> names, long firstLine, long rowsSoFar,
      long skippedSoFar, Iterable<String> handedOut, RawObservationHandler sink) throws IOException {
    Handler handler = new Handler();
    this.dialect = dialect;
    handler.dialect = dialect;
    handler.names.addAll(names);
    handedOut.forEach(handler.pool::add);
    rows = rowsSoFar;
    skipped = skippedSoFar;
    diagnostics.shiftLines(firstLine - 1);
    try (CsvTable table = CsvTable.openTail(tail, dialect, diagnostics, handler)) {
      if (header(handler)) {
        body(table, handler, sink);
      }
    } finally {
      diagnostics.shiftLines(0);
    }
  }

  private void body(CsvTable table, Handler handler, RawObservationHandler sink) throws IOException {
    int width = handler.names.size();
    Cells cells = new Cells(diagnostics, dialect, lenient);
    while (table.nextObject() != null) {
      long line = handler.line;
      if (diagnostics.isBadLine(line)) {
        continue;
      }
      if (handler.fields != width) {
        diagnostics.error(line, 0, "expected " + width + " fields as in the header, found " + handler.fields, null);
        continue;
      }
      String[] c = handler.cells;
      String valueText = c[VALUE];
      if (valueText != null && valueText.isEmpty()) {
        skipped++;
        continue;
      }
      boolean ok = check(c[UNIT_CODE], UNIT_CODE, handler, line)
          & check(c[INDICATOR], INDICATOR, handler, line)
          & check(c[PERIOD], PERIOD, handler, line)
          & check(c[UNIT], UNIT, handler, line)
          & check(c[STATUS], STATUS, handler, line);
      if (ok && !c[STATUS].isEmpty() && missing(c[STATUS])) {
        diagnostics.error(line, column(handler, STATUS), "status " + c[STATUS]
            + " means that there is no value, but the value cell holds a value (expected an empty value)", c[STATUS]);
        ok = false;
      }
      double value = handler.value;
      if (valueText != null) {
        Cells.Value parsed = cells.value(valueText, null, line, column(handler, VALUE));
        if (parsed == null) {
          continue;
        }
        if (parsed.percent() && !c[UNIT].isEmpty() && !c[UNIT].equals("%")) {
          diagnostics.error(line, column(handler, VALUE), "invalid value \"" + valueText
              + "\": a value with '%' needs the unit % (the unit is " + c[UNIT] + ")", valueText);
          continue;
        }
        value = parsed.number().doubleValue();
        if (Double.isInfinite(value)) {
          // A scan hands out doubles: an exact decimal beyond their range has no value to hand.
          diagnostics.error(line, column(handler, VALUE), "invalid value \"" + valueText
              + "\": beyond the range of a double (at most about 1.8E308 in magnitude)", valueText);
          continue;
        }
      }
      if (ok) {
        rows++;
        sink.row(c[UNIT_CODE], c[INDICATOR], c[PERIOD], value, c[UNIT], c[STATUS]);
      }
    }
    noteSkipped(diagnostics, skipped);
  }

  private boolean header(Handler handler) {
    List<String> names = handler.names;
    int[] roles = new int[names.size()];
    boolean[] found = new boolean[NAMES.length];
    for (int i = 0; i < names.size(); i++) {
      String name = CsvTable.cell(names.get(i), dialect).toLowerCase(Locale.ROOT);
      for (int role = 1; role < NAMES.length; role++) {
        if (NAMES[role].equals(name)) {
          if (found[role]) {
            diagnostics.error(handler.line, i + 1, "duplicate column \"" + names.get(i) + "\"", names.get(i));
            return false;
          }
          roles[i] = role;
          found[role] = true;
        }
      }
    }
    boolean ok = true;
    for (int role = UNIT_CODE; role <= VALUE; role++) {
      if (!found[role]) {
        diagnostics.error(handler.line, 0, "missing required column " + NAMES[role] + " in the header",
            String.join(",", names));
        ok = false;
      }
    }
    handler.roles = roles;
    handler.header = false;
    return ok;
  }

  private static int column(Handler handler, int role) {
    for (int i = 0; i < handler.roles.length; i++) {
      if (handler.roles[i] == role) {
        return i + 1;
      }
    }
    return 0;
  }

  private boolean missing(String status) {
    if (status != lastStatus) {
      lastStatus = status;
      lastStatusMissing = ObservationStatus.ofCode(status).isMissing();
    }
    return lastStatusMissing;
  }

  /** Checks a code cell once per distinct text, reporting every row where it is wrong. */
  private boolean check(String text, int role, Handler handler, long line) {
    // Pooled texts repeat row after row: the same instance as last time was checked then.
    if (text == lastValid[role]) {
      return true;
    }
    if (role == UNIT_CODE && !text.isEmpty()) {
      return true;
    }
    if ((role == UNIT || role == STATUS) && text.isEmpty()) {
      return true;
    }
    Boolean known = checked.get(role).get(text);
    if (known != null && known) {
      lastValid[role] = text;
      return true;
    }
    int column = column(handler, role);
    String problem = null;
    try {
      switch (role) {
        case UNIT_CODE:
          problem = "missing unit code (expected the code of an administrative unit)";
          break;
        case INDICATOR:
          IndicatorCode.parse(text);
          break;
        case PERIOD:
          Period.parse(text);
          break;
        case UNIT:
          UnitText.parse(text);
          break;
        default:
          ObservationStatus.ofCode(text);
          break;
      }
    } catch (TextParseException e) {
      problem = "invalid " + (role == INDICATOR ? "indicator code" : "period") + " \"" + text + "\": " + Cells.reason(e);
    } catch (IllegalArgumentException e) {
      problem = "invalid " + (role == UNIT ? "unit" : role == STATUS ? "status" : "period") + " \"" + text + "\": "
          + e.getMessage();
    }
    checked.get(role).put(text, problem == null);
    if (problem == null) {
      lastValid[role] = text;
    }
    if (problem != null) {
      diagnostics.error(line, column, problem, text);
      return false;
    }
    return true;
  }

  /**
   * Returns the rows handed out.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the rows skipped for having no value.
   *
   * @return the count
   */
  public long skipped() {
    return skipped;
  }

  /**
   * Returns the dialect read with.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialect() {
    return dialect;
  }
}
