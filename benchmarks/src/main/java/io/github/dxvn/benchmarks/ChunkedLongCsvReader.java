package io.github.dxvn.benchmarks;

import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a long observation file ({@code unit_code,indicator_code,period,value[,unit][,status]},
 * comma-separated, UTF-8, unquoted) into an {@link ObservationColumns}, parsing chunks of the file
 * in parallel.
 *
 * <p>The file is cut into chunks at line boundaries; each chunk is parsed by one thread into its
 * own store with bounded buffers (the file is never held in memory), and the stores are joined in
 * file order, so the result is the same for any number of chunks or threads. Rows with an empty
 * value or a missing status (M, O) are skipped. Numbers are parsed to the nearest double (a fast
 * exact path for up to 15 significant digits, {@link Double#parseDouble} otherwise).
 *
 * <p>This is the fast path the benchmark needs; it belongs in the csv adapter (see
 * docs/PERFORMANCE.md). Quoted fields are not supported and are reported as an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChunkedLongCsvReader {

  private static final int BUFFER = 1 << 20;
  private static final double[] POW10 = new double[23];
  private static final ObservationStatus[] STATUSES = ObservationStatus.values();

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private ChunkedLongCsvReader() {}

  /**
   * Reads a file with one chunk per available processor.
   *
   * @param file  the file, not null
   * @return the observations, not null
   * @throws IOException if the file cannot be read or is not a long observation file
   */
  public static ObservationColumns read(Path file) throws IOException {
    int cpus = Runtime.getRuntime().availableProcessors();
    return read(file, cpus, cpus);
  }

  /**
   * Reads a file in a given number of chunks with a given number of threads.
   *
   * @param file  the file, not null
   * @param chunks  the number of chunks, at least 1 (a small file may give fewer)
   * @param threads  the number of threads, at least 1; 1 parses on the calling thread
   * @return the observations, not null, the same for any number of chunks and threads
   * @throws IOException if the file cannot be read or is not a long observation file
   */
  public static ObservationColumns read(Path file, int chunks, int threads) throws IOException {
    Objects.requireNonNull(file, "file");
    if (chunks < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "Invalid value for chunks and threads (valid values 1 or more): " + chunks + ", " + threads);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      byte[] head = new byte[(int) Math.min(size, 65536)];
      readFully(ch, ByteBuffer.wrap(head), 0);
      int eol = indexOf(head, 0, head.length, (byte) '\n');
      if (eol < 0) {
        throw new IOException(file + ": no header line");
      }
      int[] cols = header(new String(head, 0, eol, StandardCharsets.UTF_8), file);
      long start = eol + 1;
      long[] bounds = bounds(ch, start, size, chunks);
      int n = bounds.length - 1;
      List<ObservationColumns> parts = new ArrayList<>(n);
      if (threads == 1 || n == 1) {
        for (int i = 0; i < n; i++) {
          parts.add(new Chunk(ch, cols, file).parse(bounds[i], bounds[i + 1]));
        }
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n));
        try {
          List<Future<ObservationColumns>> futures = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            long from = bounds[i];
            long to = bounds[i + 1];
            futures.add(pool.submit(() -> new Chunk(ch, cols, file).parse(from, to)));
          }
          for (Future<ObservationColumns> f : futures) {
            parts.add(f.get());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof IOException) {
            throw (IOException) c;
          }
          if (c instanceof UncheckedIOException) {
            throw ((UncheckedIOException) c).getCause();
          }
          if (c instanceof RuntimeException) {
            throw (RuntimeException) c;
          }
          throw new IOException(c);
        } finally {
          pool.shutdownNow();
        }
      }
      return n == 1 ? parts.get(0) : ObservationColumns.concat(parts);
    }
  }

  /** Column positions of unit, indicator, period, value and status (-1 if absent). */
  private static int[] header(String line, Path file) throws IOException {
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    List<String> names = Arrays.asList(line.split(",", -1));
    int[] cols = {names.indexOf("unit_code"), names.indexOf("indicator_code"),
        names.indexOf("period"), names.indexOf("value"), names.indexOf("status"), names.size()};
    for (int i = 0; i < 4; i++) {
      if (cols[i] < 0) {
        throw new IOException(file + ": header lacks unit_code, indicator_code, period or value: "
            + line);
      }
    }
    return cols;
  }

  /** Chunk boundaries: each interior one is just after a line feed. */
  private static long[] bounds(FileChannel ch, long start, long size, int chunks)
      throws IOException {
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
    b[k++] = size;
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

  /** Parses one chunk; one instance per thread. */
  private static final class Chunk {
    private final FileChannel ch;
    private final int unitCol;
    private final int indicatorCol;
    private final int periodCol;
    private final int valueCol;
    private final int statusCol;
    private final int columns;
    private final Path file;
    private ObservationColumns.Builder out;
    private final Codes indicators = new Codes();
    private final Codes periods = new Codes();
    private final Codes statuses = new Codes();
    private final int[] starts;
    private final int[] ends;
    private byte[] lastUnit = new byte[16];
    private int lastUnitLength = -1;
    private int lastUnitId;
    private long lastUnitKey;

    Chunk(FileChannel ch, int[] cols, Path file) {
      this.ch = ch;
      this.unitCol = cols[0];
      this.indicatorCol = cols[1];
      this.periodCol = cols[2];
      this.valueCol = cols[3];
      this.statusCol = cols[4];
      this.columns = cols[5];
      this.file = file;
      this.starts = new int[columns];
      this.ends = new int[columns];
    }

    ObservationColumns parse(long from, long to) throws IOException {
      byte[] buf = new byte[BUFFER];
      int filled = 0;
      long pos = from;
      while (pos < to || filled > 0) {
        int want = (int) Math.min(buf.length - filled, to - pos);
        if (want > 0) {
          ByteBuffer bb = ByteBuffer.wrap(buf, filled, want);
          readFully(ch, bb, pos);
          int got = bb.position() - filled;
          pos += got;
          filled += got;
        }
        if (out == null) {
          // size the store from the first buffer's line length, so it rarely grows (a growth
          // copies every column: the peak memory of a big file)
          long lines = 1;
          for (int i = 0; i < filled; i++) {
            lines += buf[i] == '\n' ? 1 : 0;
          }
          long estimate = (to - from) * lines / Math.max(1, filled) * 103 / 100 + 64;
          out = ObservationColumns.builder((int) Math.min(Integer.MAX_VALUE - 8, estimate));
        }
        boolean last = pos >= to;
        int line = 0;
        // one pass: cell boundaries are recorded as the line is scanned for its end
        int c = 0;
        starts[0] = 0;
        for (int i = 0; i < filled; i++) {
          byte x = buf[i];
          if (x == ',') {
            if (++c >= columns) {
              throw error("too many cells", buf, line, lineEnd(buf, i, filled));
            }
            ends[c - 1] = i;
            starts[c] = i + 1;
          } else if (x == '\n') {
            row(buf, line, i, c);
            line = i + 1;
            c = 0;
            starts[0] = line;
          } else if (x == '"') {
            throw error("quoted cells are not supported on the fast path", buf, line,
                lineEnd(buf, i, filled));
          }
        }
        if (last) {
          if (line < filled) {
            row(buf, line, filled, c);
          }
          break;
        }
        if (line == 0) {
          if (filled == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
        } else {
          System.arraycopy(buf, line, buf, 0, filled - line);
          filled -= line;
        }
      }
      return (out == null ? ObservationColumns.builder(0) : out).build();
    }

    private static int lineEnd(byte[] b, int from, int to) {
      int nl = indexOf(b, from, to, (byte) '\n');
      return nl < 0 ? to : nl;
    }

    /** One line from {@code from} to {@code to} (its line feed), with c + 1 cells recorded. */
    private void row(byte[] b, int from, int to, int c) throws IOException {
      if (to > from && b[to - 1] == '\r') {
        to--;
      }
      if (to == from) {
        return;
      }
      if (c != columns - 1) {
        throw error("too few cells", b, from, to);
      }
      ends[c] = to;
      int vs = starts[valueCol];
      int ve = ends[valueCol];
      if (vs == ve) {
        return;
      }
      ObservationStatus status = ObservationStatus.NORMAL;
      if (statusCol >= 0 && ends[statusCol] > starts[statusCol]) {
        int id = statuses.find(b, starts[statusCol], ends[statusCol]);
        if (id < 0) {
          String code = text(b, starts[statusCol], ends[statusCol]);
          id = statuses.put(b, starts[statusCol], ends[statusCol], ObservationStatus.ofCode(code).ordinal());
        }
        status = STATUSES[id];
        if (status.isMissing()) {
          return;
        }
      }
      double value = number(b, vs, ve);
      int unit = unit(b, starts[unitCol], ends[unitCol]);
      int ind = indicators.find(b, starts[indicatorCol], ends[indicatorCol]);
      if (ind < 0) {
        ind = indicators.put(b, starts[indicatorCol], ends[indicatorCol],
            out.indicator(text(b, starts[indicatorCol], ends[indicatorCol])));
      }
      int per = periods.find(b, starts[periodCol], ends[periodCol]);
      if (per < 0) {
        per = periods.put(b, starts[periodCol], ends[periodCol],
            out.period(text(b, starts[periodCol], ends[periodCol])));
      }
      out.add(unit, ind, per, value, status);
    }

    /** Units come sorted in long files: compare with the previous row's unit first. */
    private int unit(byte[] b, int from, int to) {
      int len = to - from;
      if (len <= 7) {
        long k = Codes.pack(b, from, to);
        if (k == lastUnitKey) {
          return lastUnitId;
        }
        lastUnitKey = k;
        lastUnitLength = -1;
        lastUnitId = out.unit(text(b, from, to));
        return lastUnitId;
      }
      lastUnitKey = 0;
      if (len == lastUnitLength && Arrays.equals(b, from, to, lastUnit, 0, len)) {
        return lastUnitId;
      }
      lastUnitId = out.unit(text(b, from, to));
      if (lastUnit.length < len) {
        lastUnit = new byte[len];
      }
      System.arraycopy(b, from, lastUnit, 0, len);
      lastUnitLength = len;
      return lastUnitId;
    }

    private double number(byte[] b, int from, int to) throws IOException {
      int i = from;
      boolean negative = false;
      if (b[i] == '-' || b[i] == '+') {
        negative = b[i] == '-';
        i++;
      }
      long m = 0;
      int digits = 0;
      int all = 0;
      int scale = -1;
      for (; i < to; i++) {
        int d = b[i] - '0';
        if (d >= 0 && d <= 9) {
          m = m * 10 + d;
          all++;
          if (m != 0) {
            digits++;
          }
          if (scale >= 0) {
            scale++;
          }
        } else if (b[i] == '.' && scale < 0) {
          scale = 0;
        } else {
          return slowNumber(b, from, to);
        }
      }
      if (digits > 15 || all == 0 || scale > 22) {
        return slowNumber(b, from, to);
      }
      // both operands exact, so one correctly rounded division gives the nearest double
      double v = scale <= 0 ? m : m / POW10[scale];
      return negative ? -v : v;
    }

    private double slowNumber(byte[] b, int from, int to) throws IOException {
      String s = text(b, from, to);
      try {
        double v = Double.parseDouble(s);
        if (Double.isFinite(v) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f")
            && !s.endsWith("F")) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error("not a number: " + s, b, from, to);
    }

    private IOException error(String what, byte[] b, int from, int to) {
      return new IOException(file + ": " + what + ": " + text(b, from, to));
    }

    private static String text(byte[] b, int from, int to) {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
  }

  /**
   * A small open-addressing map from byte strings to ids, for the few distinct codes. Texts of up
   * to 7 bytes (every code of the national files) are packed with their length into a long, so a
   * lookup is a multiply and a compare; longer texts are compared as bytes.
   */
  private static final class Codes {
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

    int put(byte[] b, int from, int to, int id) {
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
        return id;
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
      return id;
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
