package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.RawObservationHandler;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.text.TextParseException;
import io.github.dxvn.text.VietnameseNumberFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The byte-level fast path over a long file: the plain lines of a file (ASCII, no quotes, no comment
 * or control characters, cells without surrounding spaces, every cell valid) are parsed straight
 * from the file's bytes, without decoding to characters and without an object per row; codes are
 * looked up as packed longs (a code of up to 7 bytes with its length) and checked once per distinct
 * text.
 *
 * <p>It gives exactly what the general path ({@link RawScanner} on FastCSV) gives for such lines,
 * and it never reports a problem itself: on the first line it cannot take it stops with
 * {@link Irregular}, saying where, and the caller hands that line and the rest of the file to the
 * general path, which reports the problems with the file's line and column numbers. Chunks of a file
 * cut at line boundaries can be parsed in parallel ({@link #columns}); there any irregular line makes
 * the whole read go to the general path, so that no partial result is ever seen.
 */
public final class LongFastPath {

  private static final int BUFFER = 1 << 20;
  private static final byte NORMAL = 0;
  private static final byte SEPARATOR = 1;
  private static final byte LINE_FEED = 2;
  private static final byte SPECIAL = 3;

  private static final int K_UNIT = 0;
  private static final int K_INDICATOR = 1;
  private static final int K_PERIOD = 2;
  private static final int K_UNIT_CELL = 3;
  private static final int K_STATUS = 4;

  private LongFastPath() {}

  /** Where the fast path stopped: the start of a line it cannot take. */
  public static final class Irregular extends Exception {
    private static final long serialVersionUID = 1L;
    private final long offset;
    private final long line;

    Irregular(long offset, long line) {
      super(null, null, false, false);
      this.offset = offset;
      this.line = line;
    }

    /**
     * Returns the byte offset in the file of the line's start.
     *
     * @return the offset
     */
    public long offset() {
      return offset;
    }

    /**
     * Returns the line's number in the file (meaningful on one chunk from the header on).
     *
     * @return the line number
     */
    public long line() {
      return line;
    }
  }

  /** What the fast path knows of a file from its start: dialect, header and where the body starts. */
  public static final class Layout {
    final CsvDialect dialect;
    final long bodyStart;
    final List<String> names;
    final int[] columnOf;
    final byte[] classes;

    Layout(CsvDialect dialect, long bodyStart, List<String> names, int[] columnOf, byte[] classes) {
      this.dialect = dialect;
      this.bodyStart = bodyStart;
      this.names = names;
      this.columnOf = columnOf;
      this.classes = classes;
    }

    /**
     * Returns the dialect, as the general path would choose it.
     *
     * @return the dialect, not null
     */
    public CsvDialect dialect() {
      return dialect;
    }

    /**
     * Returns the header's cells.
     *
     * @return the names as written, not null
     */
    public List<String> names() {
      return names;
    }

    /**
     * Returns the byte offset of the first line after the header.
     *
     * @return the offset
     */
    public long bodyStart() {
      return bodyStart;
    }
  }

  /**
   * Reads the start of a file: the dialect (fixed, or detected as the general path detects it) and a
   * valid header on the first line.
   *
   * @param ch  the file, not null
   * @param fixed  the fixed dialect, or empty to detect it
   * @return the layout, or null if the fast path cannot take the file (the general path reads all of it)
   * @throws IOException if the file cannot be read
   */
  public static Layout layout(FileChannel ch, Optional<CsvDialect> fixed) throws IOException {
    long size = ch.size();
    byte[] sample = new byte[(int) Math.min(size, CsvTable.sampleSize())];
    readFully(ch, ByteBuffer.wrap(sample), 0);
    int mark = CsvTable.byteOrderMark(sample);
    if (mark < 0) {
      return null;
    }
    byte[] prefix = Arrays.copyOfRange(sample, mark, sample.length);
    CsvDialect dialect = CsvTable.dialect(fixed, prefix, mark == 3);
    char separator = dialect.fieldSeparator();
    if (separator != ',' && separator != ';' && separator != '\t' && separator != '|') {
      return null;
    }
    byte[] classes = classes(separator);
    int eol = indexOf(prefix, 0, prefix.length, (byte) '\n');
    long bodyStart = mark + eol + 1L;
    if (eol < 0) {
      if (sample.length < size) {
        return null;
      }
      eol = prefix.length;
      bodyStart = size;
    }
    int end = eol > 0 && prefix[eol - 1] == '\r' ? eol - 1 : eol;
    if (end == 0 || prefix[0] == '#') {
      return null;
    }
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || prefix[i] == separator) {
        names.add(new String(prefix, start, i - start, StandardCharsets.US_ASCII));
        start = i + 1;
      } else if (classes[prefix[i] & 0xff] == SPECIAL) {
        return null;
      }
    }
    int[] columnOf = new int[RawScanner.NAMES.length];
    Arrays.fill(columnOf, -1);
    for (int i = 0; i < names.size(); i++) {
      String name = CsvTable.cell(names.get(i), dialect).toLowerCase(Locale.ROOT);
      for (int role = 1; role < RawScanner.NAMES.length; role++) {
        if (RawScanner.NAMES[role].equals(name)) {
          if (columnOf[role] >= 0) {
            return null;
          }
          columnOf[role] = i;
        }
      }
    }
    for (int role = RawScanner.UNIT_CODE; role <= RawScanner.VALUE; role++) {
      if (columnOf[role] < 0) {
        return null;
      }
    }
    return new Layout(dialect, bodyStart, List.copyOf(names), columnOf, classes);
  }

  private static byte[] classes(char separator) {
    byte[] classes = new byte[256];
    for (int b = 0; b < 256; b++) {
      if (b == separator) {
        classes[b] = SEPARATOR;
      } else if (b == '\n') {
        classes[b] = LINE_FEED;
      } else if (b == '"' || b < 0x20 || b >= 0x80) {
        // quotes, CR, control characters and non-ASCII text (to be decoded strictly and normalised)
        classes[b] = SPECIAL;
      }
    }
    return classes;
  }

  /** What a parallel read of a file into columns gave. */
  public static final class Columns {
    private final ObservationColumns columns;
    private final long skipped;

    Columns(ObservationColumns columns, long skipped) {
      this.columns = columns;
      this.skipped = skipped;
    }

    /**
     * Returns the observations.
     *
     * @return the columns, not null
     */
    public ObservationColumns columns() {
      return columns;
    }

    /**
     * Returns the rows skipped for having no value.
     *
     * @return the count
     */
    public long skipped() {
      return skipped;
    }
  }

  /**
   * Reads a file's body into columns, in chunks cut at line boundaries, parsed in parallel.
   *
   * @param path  the file, not null
   * @param layout  the file's layout, not null
   * @param lenient  true to read numbers of the other notation (such a number is irregular here)
   * @param chunks  the number of chunks, at least 1 (a small file may give fewer)
   * @param threads  the number of threads, at least 1; 1 parses on the calling thread
   * @return the columns, the same for any number of chunks and threads, or null if some line is
   *     irregular (the caller then reads the file on the general path)
   * @throws IOException if the file cannot be read
   */
  public static Columns columns(Path path, Layout layout, boolean lenient, int chunks, int threads)
      throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long[] bounds = bounds(ch, layout.bodyStart, ch.size(), chunks);
      int n = bounds.length - 1;
      List<ToColumns> parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(new ToColumns(layout, lenient));
      }
      AtomicBoolean stop = new AtomicBoolean();
      try {
        if (threads == 1 || n == 1) {
          for (int i = 0; i < n; i++) {
            parts.get(i).parse(ch, bounds[i], bounds[i + 1], stop);
          }
        } else {
          parallel(ch, bounds, parts, stop, Math.min(threads, n));
        }
      } catch (Irregular e) {
        return null;
      }
      List<ObservationColumns> stores = new ArrayList<>(n);
      long skipped = 0;
      for (ToColumns part : parts) {
        stores.add(part.build());
        skipped += part.skipped;
      }
      return new Columns(n == 1 ? stores.get(0) : ObservationColumns.concat(stores), skipped);
    }
  }

  private static void parallel(FileChannel ch, long[] bounds, List<ToColumns> parts, AtomicBoolean stop,
      int threads) throws IOException, Irregular {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dxvn-csv-chunk");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        ToColumns part = parts.get(i);
        long from = bounds[i];
        long to = bounds[i + 1];
        futures.add(pool.submit(() -> {
          try {
            part.parse(ch, from, to, stop);
          } catch (Irregular | RuntimeException | IOException e) {
            stop.set(true);
            throw e;
          }
          return null;
        }));
      }
      Throwable first = null;
      for (Future<Void> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          // an irregular line gives way to any other failure, which would recur on the general path
          if (first == null || first instanceof Irregular) {
            first = e.getCause();
          }
        }
      }
      if (first instanceof Irregular) {
        throw (Irregular) first;
      } else if (first instanceof IOException) {
        throw (IOException) first;
      } else if (first instanceof RuntimeException) {
        throw (RuntimeException) first;
      } else if (first instanceof Error) {
        throw (Error) first;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the file", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Chunk boundaries: each interior one is just after a line feed. {@code start} is the body's first
   * byte, after the header line, so at least 1.
   */
  static long[] bounds(FileChannel ch, long start, long size, int chunks) throws IOException {
    long[] b = new long[chunks + 1];
    b[0] = start;
    int k = 1;
    byte[] probe = new byte[4096];
    for (int i = 1; i < chunks; i++) {
      long at = Math.max(b[k - 1], start + (size - start) * i / chunks);
      long found = -1;
      for (long pos = at - 1; pos < size && found < 0; pos += probe.length) {
        int len = (int) Math.min(probe.length, size - pos);
        readFully(ch, ByteBuffer.wrap(probe, 0, len), pos);
        int j = indexOf(probe, 0, len, (byte) '\n');
        if (j >= 0) {
          found = pos + j + 1;
        }
      }
      if (found < 0 || found >= size) {
        break;
      }
      if (found > b[k - 1]) {
        b[k++] = found;
      }
    }
    b[k++] = Math.max(size, start);
    return Arrays.copyOf(b, k);
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    while (buf.hasRemaining()) {
      int r = ch.read(buf, pos);
      if (r < 0) {
        break;
      }
      pos += r;
    }
  }

  private static int indexOf(byte[] a, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Parses the plain lines of one part of a file; one instance per thread. Subclasses say what a
   * new code stands for and what becomes of a row.
   */
  abstract static class Parser {
    private final byte[] classes;
    private final int width;
    private final int unitCol;
    private final int indicatorCol;
    private final int periodCol;
    private final int valueCol;
    private final int unitCellCol;
    private final int statusCol;
    private final boolean guard;
    private final boolean comma;
    private final Cells cells;
    private final Diagnostics scratch = new Diagnostics("", 1);
    private final AsciiChars chars = new AsciiChars();
    private final int[] starts;
    private final int[] ends;
    private final Codes[] codes = new Codes[5];
    final List<List<String>> texts = new ArrayList<>();
    private final Map<String, String> pool = new HashMap<>();
    private final List<Boolean> statusMissing = new ArrayList<>();
    private final List<String> unitCells;
    private byte[] lastUnit = new byte[16];
    private int lastUnitLength = -1;
    private long lastUnitKey;
    private int lastUnitId = -1;
    private int emptyUnitCell = -1;
    private int emptyStatus = -1;
    long rows;
    long skipped;
    long line = 2;

    Parser(Layout layout, boolean lenient) {
      this.classes = layout.classes;
      this.width = layout.names.size();
      this.unitCol = layout.columnOf[RawScanner.UNIT_CODE];
      this.indicatorCol = layout.columnOf[RawScanner.INDICATOR];
      this.periodCol = layout.columnOf[RawScanner.PERIOD];
      this.valueCol = layout.columnOf[RawScanner.VALUE];
      this.unitCellCol = layout.columnOf[RawScanner.UNIT];
      this.statusCol = layout.columnOf[RawScanner.STATUS];
      this.guard = layout.dialect.formulaGuard();
      this.comma = layout.dialect.decimalSeparator() == ',';
      this.cells = new Cells(scratch, layout.dialect, lenient);
      this.starts = new int[width];
      this.ends = new int[width];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = new Codes();
        texts.add(new ArrayList<>());
      }
      this.unitCells = texts.get(K_UNIT_CELL);
    }

    /** Called once per distinct valid code of a kind, in order of first sight. */
    abstract void code(int kind, int id, String text, Object parsed);

    /** Called once per valid row with a value. */
    abstract void row(int unit, int indicator, int period, double value, int unitCell, int status);

    /** Called with the first bytes of the part, before any row. */
    void begin(byte[] buf, int filled, long partLength) {}

    /**
     * Parses the lines from {@code from} (a line start) to {@code to}.
     *
     * @throws Irregular at the first line the fast path cannot take, or when {@code stop} is set
     */
    final void parse(FileChannel ch, long from, long to, AtomicBoolean stop) throws IOException, Irregular {
      byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(16, to - from))];
      int filled = 0;
      long pos = from;
      long bufStart = from;
      boolean begun = false;
      while (true) {
        int want = (int) Math.min(buf.length - filled, to - pos);
        if (want > 0) {
          ByteBuffer bb = ByteBuffer.wrap(buf, filled, want);
          readFully(ch, bb, pos);
          int got = bb.position() - filled;
          if (got == 0) {
            to = pos; // the file shrank
          }
          pos += got;
          filled += got;
        }
        if (stop != null && stop.get()) {
          throw new Irregular(bufStart, line);
        }
        if (!begun) {
          begin(buf, filled, to - from);
          begun = true;
        }
        boolean last = pos >= to;
        int limit = filled;
        if (!last) {
          limit = filled;
          while (limit > 0 && buf[limit - 1] != '\n') {
            limit--;
          }
          if (limit == 0) {
            buf = Arrays.copyOf(buf, buf.length * 2);
            continue;
          }
        }
        lines(buf, limit, bufStart);
        if (last) {
          return;
        }
        System.arraycopy(buf, limit, buf, 0, filled - limit);
        filled -= limit;
        bufStart += limit;
      }
    }

    /** One pass over whole lines: cell bounds are recorded as each line is scanned for its end. */
    private void lines(byte[] b, int limit, long bufStart) throws Irregular {
      byte[] cls = classes;
      int lineStart = 0;
      int c = 0;
      starts[0] = 0;
      for (int i = 0; i < limit; i++) {
        byte k = cls[b[i] & 0xff];
        if (k == NORMAL) {
          continue;
        }
        if (k == SEPARATOR) {
          if (++c >= width) {
            throw new Irregular(bufStart + lineStart, line);
          }
          ends[c - 1] = i;
          starts[c] = i + 1;
        } else if (k == LINE_FEED) {
          row(b, lineStart, i, c, bufStart);
          line++;
          lineStart = i + 1;
          c = 0;
          starts[0] = lineStart;
        } else if (!(b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n')) {
          throw new Irregular(bufStart + lineStart, line);
        }
      }
      if (lineStart < limit) {
        row(b, lineStart, limit, c, bufStart);
        line++;
      }
    }

    private void row(byte[] b, int from, int to, int c, long bufStart) throws Irregular {
      if (to > from && b[to - 1] == '\r') {
        to--;
      }
      if (to == from) {
        return; // an empty line, skipped as the general path skips it
      }
      if (c != width - 1 || b[from] == '#') {
        throw new Irregular(bufStart + from, line);
      }
      ends[c] = to;
      int vs = starts[valueCol];
      int ve = ends[valueCol];
      if (vs == ve) {
        skipped++;
        return;
      }
      try {
        int status = statusCol < 0 ? emptyStatus() : code(K_STATUS, b, starts[statusCol], ends[statusCol]);
        if (statusMissing.get(status)) {
          throw irregular(); // a missing status with a value
        }
        int unitCell = unitCellCol < 0 ? emptyUnitCell() : code(K_UNIT_CELL, b, starts[unitCellCol], ends[unitCellCol]);
        plain(b, vs, ve);
        double value = comma ? vietnamese(b, vs, ve) : decimal(b, vs, ve);
        if (value != value) {
          value = slowValue(b, vs, ve, unitCells.get(unitCell));
        }
        int unit = unit(b, starts[unitCol], ends[unitCol]);
        int indicator = code(K_INDICATOR, b, starts[indicatorCol], ends[indicatorCol]);
        int period = code(K_PERIOD, b, starts[periodCol], ends[periodCol]);
        rows++;
        row(unit, indicator, period, value, unitCell, status);
      } catch (Irregular e) {
        throw new Irregular(bufStart + from, line);
      }
    }

    private static Irregular irregular() {
      return new Irregular(-1, -1);
    }

    /** A used cell must read the same without stripping or the formula guard's quote removed. */
    private void plain(byte[] b, int from, int to) throws Irregular {
      if (to > from && (b[from] == ' ' || b[to - 1] == ' ' || (guard && b[from] == '\''))) {
        throw irregular();
      }
    }

    private int emptyStatus() throws Irregular {
      if (emptyStatus < 0) {
        emptyStatus = code(K_STATUS, new byte[0], 0, 0);
      }
      return emptyStatus;
    }

    private int emptyUnitCell() throws Irregular {
      if (emptyUnitCell < 0) {
        emptyUnitCell = code(K_UNIT_CELL, new byte[0], 0, 0);
      }
      return emptyUnitCell;
    }

    /** Units come sorted in long files: compare with the previous row's unit first. */
    private int unit(byte[] b, int from, int to) throws Irregular {
      int len = to - from;
      if (len <= 7) {
        long k = Codes.pack(b, from, to);
        if (k == lastUnitKey && lastUnitId >= 0) {
          return lastUnitId;
        }
        lastUnitId = code(K_UNIT, b, from, to);
        lastUnitKey = k;
        lastUnitLength = -1;
        return lastUnitId;
      }
      if (len == lastUnitLength && Arrays.equals(b, from, to, lastUnit, 0, len)) {
        return lastUnitId;
      }
      lastUnitId = code(K_UNIT, b, from, to);
      lastUnitKey = 0;
      if (lastUnit.length < len) {
        lastUnit = new byte[len];
      }
      System.arraycopy(b, from, lastUnit, 0, len);
      lastUnitLength = len;
      return lastUnitId;
    }

    /** The id of a code, checked the first time it is seen as the general path checks it. */
    private int code(int kind, byte[] b, int from, int to) throws Irregular {
      Codes table = codes[kind];
      int id = table.find(b, from, to);
      if (id >= 0) {
        return id;
      }
      plain(b, from, to);
      String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
      Object parsed = null;
      try {
        switch (kind) {
          case K_UNIT:
            if (text.isEmpty()) {
              throw irregular();
            }
            break;
          case K_INDICATOR:
            parsed = IndicatorCode.parse(text);
            break;
          case K_PERIOD:
            parsed = Period.parse(text);
            break;
          case K_UNIT_CELL:
            if (!text.isEmpty()) {
              UnitText.parse(text);
            }
            break;
          default:
            ObservationStatus status = text.isEmpty() ? ObservationStatus.NORMAL : ObservationStatus.ofCode(text);
            statusMissing.add(!text.isEmpty() && status.isMissing());
            parsed = status;
            break;
        }
      } catch (IllegalArgumentException e) {
        throw irregular();
      }
      // one instance per distinct text across kinds too, as the general path's pool gives
      text = pool.computeIfAbsent(text, t -> t);
      id = texts.get(kind).size();
      texts.get(kind).add(text);
      table.put(b, from, to, id);
      code(kind, id, text, parsed);
      return id;
    }

    /** A dot-decimal number, as the general path reads it ({@link NumberCells#fastDouble}), or NaN. */
    private double decimal(byte[] b, int from, int to) {
      chars.bytes = b;
      return NumberCells.fastDouble(chars, from, to - from, '.');
    }

    /** A comma-decimal number through core's bulk path, as the general path reads it, or NaN. */
    private double vietnamese(byte[] b, int from, int to) {
      if (b[to - 1] == '%') {
        return Double.NaN;
      }
      chars.bytes = b;
      try {
        return VietnameseNumberFormat.strict().parseDouble(chars, from, to);
      } catch (TextParseException e) {
        return Double.NaN;
      }
    }

    /** Any other number: the general path's typed reading, taken only if it has nothing to say. */
    private double slowValue(byte[] b, int from, int to, String unitCell) throws Irregular {
      String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
      Cells.Value parsed = cells.value(text, null, 0, 0);
      if (parsed == null || !scratch.list().isEmpty()) {
        throw irregular();
      }
      if (parsed.percent() && !unitCell.isEmpty() && !unitCell.equals("%")) {
        throw irregular();
      }
      double value = parsed.number().doubleValue();
      if (!Double.isFinite(value)) {
        throw irregular();
      }
      return value;
    }

    /**
     * Returns every code text handed out, one instance per distinct text and kind.
     *
     * @return the texts, not null
     */
    final List<String> handedOut() {
      return new ArrayList<>(pool.values());
    }
  }

  /** One part of a file into its own {@link ObservationColumns.Builder}. */
  static final class ToColumns extends Parser {
    private ObservationColumns.Builder out;
    private int[] units = new int[1024];
    private int[] indicators = new int[128];
    private int[] periods = new int[16];
    private final List<ObservationStatus> statuses = new ArrayList<>();
    private ObservationStatus[] statusById = new ObservationStatus[0];

    ToColumns(Layout layout, boolean lenient) {
      super(layout, lenient);
    }

    @Override
    void begin(byte[] buf, int filled, long partLength) {
      // size the store from the first buffer's lines, so that it rarely grows (a growth copies every
      // column: the peak memory of a big file)
      long lines = 1;
      for (int i = 0; i < filled; i++) {
        lines += buf[i] == '\n' ? 1 : 0;
      }
      long estimate = partLength * lines / Math.max(1, filled) * 103 / 100 + 64;
      out = ObservationColumns.builder((int) Math.min(Integer.MAX_VALUE - 8, estimate));
    }

    @Override
    void code(int kind, int id, String text, Object parsed) {
      switch (kind) {
        case K_UNIT:
          units = put(units, id, out.unit(text));
          break;
        case K_INDICATOR:
          indicators = put(indicators, id, out.indicator(text));
          break;
        case K_PERIOD:
          periods = put(periods, id, out.period((Period) parsed));
          break;
        case K_STATUS:
          statuses.add((ObservationStatus) parsed);
          statusById = statuses.toArray(new ObservationStatus[0]);
          break;
        default:
          break;
      }
    }

    private static int[] put(int[] ids, int id, int value) {
      int[] a = id < ids.length ? ids : Arrays.copyOf(ids, Math.max(ids.length * 2, id + 1));
      a[id] = value;
      return a;
    }

    @Override
    void row(int unit, int indicator, int period, double value, int unitCell, int status) {
      out.add(units[unit], indicators[indicator], periods[period], value, statusById[status]);
    }

    ObservationColumns build() {
      return (out == null ? ObservationColumns.builder(0) : out).build();
    }
  }

  /**
   * The whole body of a file, on the calling thread, each row handed to a handler.
   */
  public static final class ToHandler extends Parser {
    private final RawObservationHandler handler;
    private final List<String> units;
    private final List<String> indicators;
    private final List<String> periods;
    private final List<String> unitCells;
    private final List<String> statuses;

    /**
     * Creates a parser for a file.
     *
     * @param layout  the file's layout, not null
     * @param lenient  true to read numbers of the other notation (irregular here)
     * @param handler  receives the rows, not null
     */
    public ToHandler(Layout layout, boolean lenient, RawObservationHandler handler) {
      super(layout, lenient);
      this.handler = handler;
      this.units = texts.get(K_UNIT);
      this.indicators = texts.get(K_INDICATOR);
      this.periods = texts.get(K_PERIOD);
      this.unitCells = texts.get(K_UNIT_CELL);
      this.statuses = texts.get(K_STATUS);
    }

    /**
     * Parses the body of the file.
     *
     * @param ch  the file, not null
     * @param layout  its layout, not null
     * @throws IOException if the file cannot be read
     * @throws Irregular at the first line the fast path cannot take; the rows before it were handed out
     */
    public void parse(FileChannel ch, Layout layout) throws IOException, Irregular {
      parse(ch, layout.bodyStart, ch.size(), null);
    }

    @Override
    void code(int kind, int id, String text, Object parsed) {
      // the texts are kept by the parser
    }

    @Override
    void row(int unit, int indicator, int period, double value, int unitCell, int status) {
      handler.row(units.get(unit), indicators.get(indicator), periods.get(period), value, unitCells.get(unitCell),
          statuses.get(status));
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
     * Returns every code text handed out.
     *
     * @return the texts, not null
     */
    public List<String> texts() {
      return handedOut();
    }
  }

  /** The bytes of an ASCII range as characters, for core's number parser. */
  private static final class AsciiChars implements CharSequence {
    byte[] bytes;

    @Override
    public int length() {
      return bytes.length;
    }

    @Override
    public char charAt(int index) {
      return (char) bytes[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.US_ASCII);
    }
  }

  /**
   * A small open-addressing map from byte strings to ids, for the few distinct codes. Texts of up
   * to 7 bytes (every code of the national files) are packed with their length into a long, so a
   * lookup is a multiply and a compare; longer texts are compared as bytes.
   */
  static final class Codes {
    private long[] packed = new long[256];
    private int[] packedIds = new int[256];
    private int packedCount;
    private byte[][] keys = new byte[16][];
    private int[] ids = new int[16];
    private int count;
    private long lastKey;
    private int lastId = -1;

    int find(byte[] b, int from, int to) {
      int len = to - from;
      if (len <= 7) {
        long k = pack(b, from, to);
        if (k == lastKey && lastId >= 0) {
          return lastId;
        }
        int mask = packed.length - 1;
        for (int h = mix(k) & mask; ; h = (h + 1) & mask) {
          long x = packed[h];
          if (x == 0) {
            return -1;
          }
          if (x == k) {
            lastKey = k;
            lastId = packedIds[h];
            return lastId;
          }
        }
      }
      int mask = keys.length - 1;
      for (int h = hash(b, from, to) & mask; ; h = (h + 1) & mask) {
        byte[] k = keys[h];
        if (k == null) {
          return -1;
        }
        if (Arrays.equals(k, 0, k.length, b, from, to)) {
          return ids[h];
        }
      }
    }

    void put(byte[] b, int from, int to, int id) {
      if (to - from <= 7) {
        if (2 * (packedCount + 1) > packed.length) {
          long[] oldKeys = packed;
          int[] oldIds = packedIds;
          packed = new long[oldKeys.length * 2];
          packedIds = new int[packed.length];
          packedCount = 0;
          for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
              insert(oldKeys[i], oldIds[i]);
            }
          }
        }
        insert(pack(b, from, to), id);
        return;
      }
      if (2 * (count + 1) > keys.length) {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[keys.length];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            insert(oldKeys[i], oldIds[i]);
          }
        }
      }
      insert(Arrays.copyOfRange(b, from, to), id);
    }

    private void insert(long key, int id) {
      int mask = packed.length - 1;
      int h = mix(key) & mask;
      while (packed[h] != 0) {
        h = (h + 1) & mask;
      }
      packed[h] = key;
      packedIds[h] = id;
      packedCount++;
    }

    private void insert(byte[] key, int id) {
      int mask = keys.length - 1;
      int h = hash(key, 0, key.length) & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = key;
      ids[h] = id;
      count++;
    }

    /** The length in the top byte, so no two texts of up to 7 bytes share a key, and none is 0. */
    static long pack(byte[] b, int from, int to) {
      long k = 0;
      for (int i = from; i < to; i++) {
        k = (k << 8) | (b[i] & 0xff);
      }
      return k | ((long) (to - from + 1) << 56);
    }

    private static int mix(long k) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32);
    }

    private static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
