package io.github.dxvn.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.internal.ColumnsSink;
import io.github.dxvn.csv.internal.CsvOutput;
import io.github.dxvn.csv.internal.CsvTable;
import io.github.dxvn.csv.internal.Diagnostics;
import io.github.dxvn.csv.internal.Field;
import io.github.dxvn.csv.internal.Headers;
import io.github.dxvn.csv.internal.LongFastPath;
import io.github.dxvn.csv.internal.RawScanner;
import io.github.dxvn.csv.internal.RowReader;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.RankPosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The long layout: one observation per row.
 *
 * <pre>
 * unit_code,indicator_code,period,value,unit,status,comparator,rank,rank_of,rank_group,source,note
 * 45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E,,,,,,
 * </pre>
 *
 * <p>The header comes first; column names match ignoring case, in any order. Required:
 * {@code unit_code}, {@code indicator_code}, {@code period}, {@code value}; the others are optional
 * (see {@link CsvColumns}). A value may end in {@code %} when the unit is {@code %} or empty. An
 * empty unit takes the catalog's unit of the indicator, or {@code 1}. A row with an empty value is no
 * observation: it is skipped and counted (statuses {@code M} and {@code O} say why). A {@code rank}
 * cell may hold {@code 6/19} or {@code 6/19 in GROUP} instead of using {@code rank_of} and
 * {@code rank_group}. Unknown columns are ignored with a warning.
 *
 * <pre>{@code
 * CsvReadResult result = LongCsv.reader(CsvOptions.defaults()).read(Path.of("obs.csv"));
 * LongCsv.writer(CsvOptions.of(CsvDialect.VIETNAMESE)).write(result.dataset(), Path.of("obs.vi.csv"));
 * }</pre>
 *
 * <p>For national-scale files (millions of rows), {@link Reader#readColumns(Path)} reads into core's
 * columnar {@code ObservationColumns}, parsing chunks of the file in parallel, and
 * {@link Reader#scan(Path, RawObservationHandler)} streams the rows without building observations;
 * both check each row's codes, period, unit, status and number as {@link Reader#read(Path)} does, but
 * not the catalog's rules, ranges or rules across rows (duplicates, parts within wholes).
 *
 * <pre>{@code
 * ObservationColumns columns = LongCsv.reader(CsvOptions.defaults()).readColumns(Path.of("big.csv")).columns();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LongCsv {

  static final Map<String, Field> COLUMNS;

  static {
    Map<String, Field> columns = new LinkedHashMap<>();
    columns.put(CsvColumns.UNIT_CODE, Field.UNIT_CODE);
    columns.put(CsvColumns.INDICATOR_CODE, Field.INDICATOR);
    columns.put(CsvColumns.PERIOD, Field.PERIOD);
    columns.put(CsvColumns.VALUE, Field.VALUE);
    columns.put(CsvColumns.UNIT, Field.UNIT);
    columns.put(CsvColumns.STATUS, Field.STATUS);
    columns.put(CsvColumns.COMPARATOR, Field.COMPARATOR);
    columns.put(CsvColumns.RANK, Field.RANK);
    columns.put(CsvColumns.RANK_OF, Field.RANK_OF);
    columns.put(CsvColumns.RANK_GROUP, Field.RANK_GROUP);
    columns.put(CsvColumns.SOURCE, Field.SOURCE);
    columns.put(CsvColumns.NOTE, Field.NOTE);
    COLUMNS = Collections.unmodifiableMap(columns);
  }

  private static final List<ObservationColumns.Column> COLUMNS_WRITTEN = List.of(
      ObservationColumns.unitCode(CsvColumns.UNIT_CODE),
      ObservationColumns.indicator(CsvColumns.INDICATOR_CODE),
      ObservationColumns.period(CsvColumns.PERIOD),
      ObservationColumns.value(CsvColumns.VALUE),
      ObservationColumns.unit(CsvColumns.UNIT),
      ObservationColumns.status(CsvColumns.STATUS),
      ObservationColumns.comparator(CsvColumns.COMPARATOR),
      new ObservationColumns.Column(CsvColumns.RANK, o -> o.rank().isPresent(),
          (o, out) -> o.rank().map(r -> Integer.toString(r.rank())).orElse("")),
      new ObservationColumns.Column(CsvColumns.RANK_OF, o -> o.rank().filter(r -> r.of().isPresent()).isPresent(),
          (o, out) -> o.rank().filter(r -> r.of().isPresent()).map(r -> Integer.toString(r.of().getAsInt())).orElse("")),
      new ObservationColumns.Column(CsvColumns.RANK_GROUP, o -> o.rank().flatMap(RankPosition::group).isPresent(),
          (o, out) -> o.rank().flatMap(RankPosition::group).map(out::text).orElse("")),
      ObservationColumns.source(CsvColumns.SOURCE),
      ObservationColumns.note(CsvColumns.NOTE));

  static final Set<Field> REQUIRED = EnumSet.of(Field.UNIT_CODE, Field.INDICATOR, Field.PERIOD, Field.VALUE);

  private LongCsv() {}

  /**
   * Returns a reader.
   *
   * @param options  the options, not null
   * @return the reader, not null
   */
  public static Reader reader(CsvOptions options) {
    return new Reader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns a writer.
   *
   * @param options  the options; the writer uses {@link CsvOptions#writeDialect()}, not null
   * @return the writer, not null
   */
  public static Writer writer(CsvOptions options) {
    return new Writer(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads long files. This class is immutable and thread-safe.
   */
  public static final class Reader extends FileReader<CsvReadResult> {

    private final CsvOptions options;

    private Reader(CsvOptions options) {
      this.options = options;
    }

    /**
     * Returns the options.
     *
     * @return the options, not null
     */
    public CsvOptions options() {
      return options;
    }

    /**
     * Reads a stream into a validated dataset; the stream is closed.
     *
     * @param in  the bytes, UTF-8, not null
     * @param fileName  the name shown in diagnostics, not null
     * @return the dataset with its diagnostics, not null
     * @throws CsvFormatException if the data have errors and valid rows are not kept, with every diagnostic
     * @throws IOException if the stream cannot be read
     */
    @Override
    public CsvReadResult read(InputStream in, String fileName) throws IOException {
      Objects.requireNonNull(in, "in");
      Diagnostics diagnostics = new Diagnostics(Objects.requireNonNull(fileName, "fileName"), options.maxDiagnostics());
      Reading reading = new Reading(options, diagnostics);
      try (Rows rows = new Rows(CsvTable.open(in, options.dialect(), diagnostics), options, diagnostics)) {
        Observation o;
        while ((o = rows.next()) != null) {
          reading.add(o, rows.reader.line(), rows.reader.column(Field.VALUE), rows.reader.column(Field.INDICATOR));
        }
        rows.finish();
        return reading.finish(rows.table.dialect(), rows.skipped(), Map.of());
      }
    }

    /**
     * Streams the observations of a file without holding the file in memory. Each row is checked on
     * its own; rules across rows (duplicates, parts within wholes) need {@link #read(Path)}. The stream
     * must be closed. When the file has an error and valid rows are not kept, the stream yields
     * nothing after the first error and, at its end, throws an {@link UncheckedIOException} whose cause
     * is a {@link CsvFormatException} with every diagnostic.
     *
     * @param path  the file, not null
     * @return the observations in file order, not null
     * @throws CsvFormatException if the header is wrong
     * @throws IOException if the file cannot be opened
     */
    public Stream<Observation> stream(Path path) throws IOException {
      Objects.requireNonNull(path, "path");
      Diagnostics diagnostics = new Diagnostics(fileName(path), options.maxDiagnostics());
      Rows rows = new Rows(CsvTable.open(Files.newInputStream(path), options.dialect(), diagnostics), options,
          diagnostics);
      Iterator<Observation> iterator = new Iterator<>() {
        private Observation next;
        private boolean done;

        @Override
        public boolean hasNext() {
          if (next == null && !done) {
            try {
              next = rows.next();
              if (next != null && diagnostics.hasErrors() && !options.keepValidRows()) {
                next = null;
                while (rows.next() != null) {
                  // Keep reading to find every problem.
                }
              }
              if (next == null) {
                done = true;
                rows.finish();
                if (diagnostics.hasErrors() && !options.keepValidRows()) {
                  throw new CsvFormatException(diagnostics.list());
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return next != null;
        }

        @Override
        public Observation next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Observation o = next;
          next = null;
          return o;
        }
      };
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
          Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
            try {
              rows.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    /**
     * Scans a long file on the raw fast path: each row with a value goes to the handler as codes and
     * a double, without building observations or holding the file in memory. Codes and periods are
     * checked once per distinct text; rows with a problem (including a value beyond the range of a
     * double) are reported and not handed out.
     *
     * <p>Plain lines (ASCII, unquoted, no comment, cells without surrounding spaces, every cell valid)
     * are parsed from the file's bytes; from the first other line on, the rest of the file is read
     * through the general CSV parser. The rows, counts and diagnostics are the same either way.
     *
     * @param path  the file, not null
     * @param handler  receives the rows, not null
     * @return the counts, diagnostics and dialect, not null
     * @throws CsvFormatException if the file has errors and valid rows are not kept (the handler may
     *     already have received rows)
     * @throws IOException if the file cannot be read
     */
    public CsvScanResult scan(Path path, RawObservationHandler handler) throws IOException {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(handler, "handler");
      Diagnostics diagnostics = new Diagnostics(fileName(path), options.maxDiagnostics());
      RawScanner scanner = new RawScanner(options.dialect(), options.lenientNumbers(), diagnostics);
      scanner.scan(path, handler);
      if (diagnostics.hasErrors() && !options.keepValidRows()) {
        throw new CsvFormatException(diagnostics.list());
      }
      return CsvScanResult.of(scanner.rows(), scanner.skipped(), diagnostics.list(), scanner.dialect());
    }

    /**
     * Reads a long file into columns, using every available processor: the same as
     * {@link #readColumns(Path, int)} with {@code Runtime.getRuntime().availableProcessors()}
     * threads.
     *
     * @param path  the file, not null
     * @return the observations, skipped rows, diagnostics and dialect, not null
     * @throws CsvFormatException if the file has errors and valid rows are not kept, with every diagnostic
     * @throws IOException if the file cannot be read
     */
    public CsvColumnsResult readColumns(Path path) throws IOException {
      return readColumns(path, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads a long file into {@link io.github.dxvn.observation.ObservationColumns}, parsing chunks of the file in parallel.
     *
     * <p>The rows kept, their order, the code tables, the values (bit for bit), the diagnostics and
     * the exception thrown are exactly those of {@link #scan(Path, RawObservationHandler)} with a
     * handler adding each row to one {@code ObservationColumns.Builder} (an empty status is
     * {@link ObservationStatus#NORMAL}; the unit cell is checked, not stored), whatever the number
     * of threads.
     *
     * <p>The file is cut into one chunk per thread at line boundaries; each chunk is parsed from the
     * file's bytes into its own store with a bounded buffer, and the stores are joined in file order
     * ({@link io.github.dxvn.observation.ObservationColumns#concat(List)}). This parallel path takes files whose dialect (fixed
     * or detected) separates fields by {@code ,}, {@code ;}, tab or {@code |}, whose header is the
     * first line, and whose lines are all plain: ASCII, no quotes, no comment lines, no lone CR,
     * cells without surrounding spaces or a formula guard's quote, every cell valid and every number
     * in the dialect's own notation. If any line is not plain, or has an error, the parallel read is
     * abandoned and the file is read again sequentially, which gives the general path's rows and
     * diagnostics: a file with an error anywhere fails with the same {@link CsvFormatException},
     * file, line, column and text, as the sequential reader, and never yields a partial result.
     *
     * @param path  the file, not null
     * @param threads  the number of threads, at least 1; 1 parses on the calling thread
     * @return the observations, skipped rows, diagnostics and dialect, not null
     * @throws IllegalArgumentException if {@code threads} is below 1, or the file has more than
     *     {@link io.github.dxvn.observation.ObservationColumns#MAX_CODES} indicators or periods
     * @throws CsvFormatException if the file has errors and valid rows are not kept, with every diagnostic
     * @throws IOException if the file cannot be read
     */
    public CsvColumnsResult readColumns(Path path, int threads) throws IOException {
      Objects.requireNonNull(path, "path");
      if (threads < 1) {
        throw new IllegalArgumentException("Invalid value for threads (valid values 1 or more): " + threads);
      }
      LongFastPath.Layout layout;
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
        layout = LongFastPath.layout(ch, options.dialect());
      }
      if (layout != null) {
        LongFastPath.Columns fast = LongFastPath.columns(path, layout, options.lenientNumbers(), threads, threads);
        if (fast != null) {
          Diagnostics diagnostics = new Diagnostics(fileName(path), options.maxDiagnostics());
          RawScanner.noteSkipped(diagnostics, fast.skipped());
          return CsvColumnsResult.of(fast.columns(), fast.skipped(), diagnostics.list(), layout.dialect());
        }
      }
      ColumnsSink sink = new ColumnsSink();
      CsvScanResult scanned = scan(path, sink);
      return CsvColumnsResult.of(sink.build(), scanned.skippedRows(), scanned.diagnostics(), scanned.dialectUsed());
    }
  }

  /** The rows of one long file. */
  private static final class Rows implements AutoCloseable {
    final CsvTable table;
    final RowReader reader;

    Rows(CsvTable table, CsvOptions options, Diagnostics diagnostics) throws IOException {
      this.table = table;
      RowReader rowReader = null;
      try {
        CsvRecord header = table.next();
        if (header == null && !diagnostics.hasErrors()) {
          diagnostics.error(1, 0, "empty file (expected a header: " + String.join(",", COLUMNS.keySet()) + ")", null);
        } else if (header != null) {
          List<String> names = Headers.names(header, table.dialect(), false);
          int[] columns = Headers.resolve(names, header.getStartingLineNumber(), COLUMNS, REQUIRED,
              CsvDiagnostic.Severity.WARNING, diagnostics);
          if (columns != null) {
            rowReader = new RowReader(diagnostics, table.dialect(), options.lenientNumbers(), options.catalog(),
                columns, names.size());
          }
        }
      } catch (IOException | RuntimeException e) {
        table.close();
        throw e;
      }
      this.reader = rowReader;
      if (rowReader == null) {
        table.close();
        throw new CsvFormatException(diagnostics.list());
      }
    }

    Observation next() throws IOException {
      CsvRecord record;
      while ((record = table.next()) != null) {
        Observation o = reader.read(record);
        if (o != null) {
          return o;
        }
      }
      return null;
    }

    void finish() {
      reader.reportSkipped();
    }

    long skipped() {
      return reader.skipped();
    }

    @Override
    public void close() throws IOException {
      table.close();
    }
  }

  /**
   * Writes long files: rows in the dataset's key order; the columns are the six of the benchmark
   * layout ({@code unit_code,indicator_code,period,value,unit,status}), then comparator, rank, source
   * and note columns if any observation has them. This class is immutable and thread-safe.
   */
  public static final class Writer extends FileWriter {

    private Writer(CsvOptions options) {
      super(options.writeDialect());
    }

    @Override
    void body(Dataset dataset, CsvOutput out) throws IOException {
      ObservationColumns.write(out, List.of(), List.of(), COLUMNS_WRITTEN, dataset.observations());
    }
  }
}
