package io.github.dxvn.csv.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.text.VietnameseText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

/**
 * A CSV file opened for reading: byte order mark skipped, dialect fixed or detected, UTF-8 decoded
 * strictly (errors become diagnostics), records read by FastCSV with their line numbers, parse errors
 * (an unterminated quote, text after a closing quote) turned into diagnostics. Lines starting with
 * {@code #} are comments.
 */
public final class CsvTable implements Closeable {

  private static final int SAMPLE = 1 << 16;

  private final CsvDialect dialect;
  private final Diagnostics diagnostics;
  private final CsvReader<?> reader;
  private final Iterator<?> records;
  private long lastLine;
  private boolean broken;

  private <T> CsvTable(CsvDialect dialect, Diagnostics diagnostics, CsvReader<T> reader) {
    this.dialect = dialect;
    this.diagnostics = diagnostics;
    this.reader = reader;
    this.records = reader.iterator();
  }

  /**
   * Opens a table whose records are FastCSV records.
   *
   * @param in  the bytes, closed with the table, not null
   * @param dialect  the fixed dialect, or empty to detect it
   * @param diagnostics  where problems go, not null
   * @return the table, not null
   * @throws IOException if the stream cannot be read
   */
  public static CsvTable open(InputStream in, Optional<CsvDialect> dialect, Diagnostics diagnostics)
      throws IOException {
    return open(in, dialect, diagnostics, null);
  }

  /**
   * Opens a table whose records are built by a callback handler.
   *
   * @param in  the bytes, closed with the table, not null
   * @param dialect  the fixed dialect, or empty to detect it
   * @param diagnostics  where problems go, not null
   * @param handler  the record builder, or null for FastCSV records
   * @return the table, not null
   * @throws IOException if the stream cannot be read
   */
  public static CsvTable open(InputStream in, Optional<CsvDialect> dialect, Diagnostics diagnostics,
      CsvCallbackHandler<?> handler) throws IOException {
    return open(in, dialect, diagnostics, handler, true);
  }

  /**
   * Opens a table that starts part-way through a file, at the start of a line: no byte order mark is
   * looked for, and the dialect is the one the file's start gave.
   *
   * @param in  the bytes from the start of a line, closed with the table, not null
   * @param dialect  the dialect, not null
   * @param diagnostics  where problems go, its lines shifted by the caller, not null
   * @param handler  the record builder, not null
   * @return the table, not null
   * @throws IOException if the stream cannot be read
   */
  public static CsvTable openTail(InputStream in, CsvDialect dialect, Diagnostics diagnostics,
      CsvCallbackHandler<?> handler) throws IOException {
    return open(in, Optional.of(dialect), diagnostics, handler, false);
  }

  /**
   * Tells what a file's first bytes say about its byte order mark.
   *
   * @param sample  the first bytes, not null
   * @return 3 for a UTF-8 byte order mark, -1 for a UTF-16 one, 0 for none
   */
  public static int byteOrderMark(byte[] sample) {
    if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB
        && (sample[2] & 0xff) == 0xBF) {
      return 3;
    }
    if (sample.length >= 2 && (((sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF)
        || ((sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE))) {
      return -1;
    }
    return 0;
  }

  /**
   * Returns the dialect a file is read with: the fixed one, or the one detected from its first bytes.
   *
   * @param fixed  the fixed dialect, or empty to detect it
   * @param sample  the first bytes of the file (up to 64 KiB), after any byte order mark, not null
   * @param bom  true if the file starts with a UTF-8 byte order mark
   * @return the dialect, not null
   */
  public static CsvDialect dialect(Optional<CsvDialect> fixed, byte[] sample, boolean bom) {
    return fixed.orElseGet(() -> DialectDetector.detect(new String(sample, StandardCharsets.UTF_8), bom));
  }

  /**
   * Returns how many bytes of a file's start are read to detect its dialect.
   *
   * @return the sample size
   */
  public static int sampleSize() {
    return SAMPLE;
  }

  private static CsvTable open(InputStream in, Optional<CsvDialect> dialect, Diagnostics diagnostics,
      CsvCallbackHandler<?> handler, boolean head) throws IOException {
    try {
      byte[] sample = head ? in.readNBytes(SAMPLE) : new byte[0];
      int mark = byteOrderMark(sample);
      int skip = Math.max(0, mark);
      boolean bom = mark == 3;
      if (mark < 0) {
        diagnostics.error(1, 0, "the file starts with a UTF-16 byte order mark (expected a file encoded in UTF-8)",
            null);
        sample = new byte[0];
        in.close();
        in = InputStream.nullInputStream();
      }
      byte[] prefix = Arrays.copyOfRange(sample, skip, sample.length);
      CsvDialect used = dialect(dialect, prefix, bom);
      DecodingReader decoded = new DecodingReader(in, prefix, diagnostics::malformed);
      CsvReader.CsvReaderBuilder builder = CsvReader.builder()
          .fieldSeparator(used.fieldSeparator())
          .quoteCharacter('"')
          .commentStrategy(CommentStrategy.SKIP)
          .commentCharacter('#')
          .skipEmptyLines(true)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .allowUnclosedQuote(false)
          .allowExtraCharsAfterClosingQuote(false)
          .detectBomHeader(false);
      CsvReader<?> reader = handler == null ? builder.ofCsvRecord(decoded) : builder.build(handler, decoded);
      return new CsvTable(used, diagnostics, reader);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Returns the dialect read with.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialect() {
    return dialect;
  }

  /**
   * Returns the next FastCSV record.
   *
   * @return the record, or null at the end or after a parse error (diagnosed)
   * @throws IOException if the file cannot be read
   */
  public CsvRecord next() throws IOException {
    return (CsvRecord) nextObject();
  }

  /**
   * Returns the next record built by the handler.
   *
   * @return the record, or null at the end or after a parse error (diagnosed)
   * @throws IOException if the file cannot be read
   */
  public Object nextObject() throws IOException {
    if (broken) {
      return null;
    }
    try {
      if (!records.hasNext()) {
        return null;
      }
      Object record = records.next();
      if (record instanceof CsvRecord) {
        lastLine = ((CsvRecord) record).getStartingLineNumber();
      }
      return record;
    } catch (CsvParseException e) {
      broken = true;
      diagnostics.error(lineOf(e.getMessage()), 0, "malformed CSV: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")")
          + "; reading stopped (expected quotes to enclose whole cells and to be closed)", null);
      return null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private long lineOf(String message) {
    String marker = "record starting at line ";
    int at = message == null ? -1 : message.indexOf(marker);
    if (at < 0) {
      return lastLine + 1;
    }
    int start = at + marker.length();
    int end = start;
    while (end < message.length() && Character.isDigit(message.charAt(end))) {
      end++;
    }
    try {
      return Long.parseLong(message.substring(start, end));
    } catch (NumberFormatException e) {
      return lastLine + 1;
    }
  }

  /**
   * Returns a cell as the library sees it: NFC-normalised, stripped of surrounding white space, and
   * without the formula guard's quote when the dialect has the guard.
   *
   * @param raw  the cell as read, not null
   * @param dialect  the dialect, not null
   * @return the cell, not null
   */
  public static String cell(String raw, CsvDialect dialect) {
    String text = raw.strip();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x300) {
        text = VietnameseText.normalize(text);
        break;
      }
    }
    if (dialect.formulaGuard() && !text.isEmpty() && text.charAt(0) == '\'') {
      return text.substring(1);
    }
    return text;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
