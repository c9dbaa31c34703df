package io.github.dxvn.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.dxvn.csv.CsvDialect;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the records of a dialect: byte order mark, separator, CR LF, quotes where needed, numbers in
 * the dialect's notation, text cells guarded against formulas. Files are written to a temporary
 * sibling and moved into place, so that a failure never leaves a half-written file.
 */
public final class CsvOutput implements Closeable {

  /** Writes the body of a file. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the records.
     *
     * @param out  the output, not null
     * @throws IOException if writing fails
     */
    void write(CsvOutput out) throws IOException;
  }

  private final CsvDialect dialect;
  private final CsvWriter writer;

  private CsvOutput(Writer target, CsvDialect dialect) throws IOException {
    this.dialect = dialect;
    if (dialect.byteOrderMark()) {
      target.write('\uFEFF');
    }
    this.writer = CsvWriter.builder().fieldSeparator(dialect.fieldSeparator()).quoteCharacter('"')
        .lineDelimiter(LineDelimiter.CRLF).build(target);
  }

  /**
   * Writes a file atomically: to a temporary sibling, then moved into place.
   *
   * @param target  the file, not null
   * @param dialect  the dialect, not null
   * @param body  what to write, not null
   * @throws IOException if writing or moving fails; then neither the file nor a temporary file is left
   */
  public static void write(Path target, CsvDialect dialect, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream stream = Files.newOutputStream(temp)) {
        write(stream, dialect, body);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Writes to a stream, which is flushed, not closed.
   *
   * @param stream  the stream, not null
   * @param dialect  the dialect, not null
   * @param body  what to write, not null
   * @throws IOException if writing fails
   */
  public static void write(OutputStream stream, CsvDialect dialect, Body body) throws IOException {
    Writer text = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    CsvOutput out = new CsvOutput(text, dialect);
    body.write(out);
    out.writer.flush();
    text.flush();
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect, not null
   */
  public CsvDialect dialect() {
    return dialect;
  }

  /**
   * Writes a record of cells already encoded (see {@link #text} and {@link #number}).
   *
   * @param cells  the cells, not null
   * @throws IOException if writing fails
   */
  public void record(String... cells) throws IOException {
    writer.writeRecord(cells);
  }

  /**
   * Encodes a text cell: NFC, and guarded against formulas if the dialect says so.
   *
   * @param text  the text, not null
   * @return the cell, not null
   */
  public String text(String text) {
    return guard(io.github.dxvn.text.VietnameseText.normalize(text), dialect);
  }

  /**
   * Encodes a number cell.
   *
   * @param value  the value, not null
   * @return the cell, not null
   */
  public String number(BigDecimal value) {
    return NumberCells.format(value, dialect);
  }

  /**
   * Guards a text cell against formulas: a {@code '} before a cell starting with {@code =}, {@code +},
   * {@code -}, {@code @}, tab, carriage return or {@code '}, when the dialect has the guard.
   *
   * @param text  the text, not null
   * @param dialect  the dialect, not null
   * @return the cell, not null
   */
  public static String guard(String text, CsvDialect dialect) {
    if (!dialect.formulaGuard() || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\'') {
      return "'" + text;
    }
    return text;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
