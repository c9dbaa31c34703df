package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Observation;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads the observations of a {@code dxvn-dataset} document one at a time, holding only the current
 * one; opened by {@link DatasetJson#openReader(java.io.InputStream)}.
 *
 * <p>{@link #hasNext()} and {@link #next()} wrap read errors (Jackson exceptions carrying line, column
 * and path) in an {@link UncheckedIOException}. No rule across observations is checked. The end of the
 * document, and that nothing follows it, are checked when {@link #hasNext()} first returns false.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class ObservationReader implements Iterator<Observation>, Closeable {

  private final JsonParser parser;
  private final DatasetFormat.Cursor cursor;
  private Observation next;
  private boolean finished;

  ObservationReader(JsonParser parser, DatasetFormat.Cursor cursor) {
    this.parser = parser;
    this.cursor = cursor;
  }

  DatasetFormat.Cursor cursor() {
    return cursor;
  }

  void finish() throws IOException {
    if (!finished) {
      finished = true;
      DatasetJson.checkEnd(parser);
    }
  }

  /**
   * Tells whether another observation follows, reading it.
   *
   * @return true if {@link #next()} has an observation to return
   * @throws UncheckedIOException if reading fails or the document is malformed, wrapping the cause
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      next = cursor.next();
      if (next == null) {
        finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return next != null;
  }

  /**
   * Returns the next observation.
   *
   * @return the observation, not null
   * @throws NoSuchElementException if the document has no more observations
   * @throws UncheckedIOException if reading fails or the document is malformed, wrapping the cause
   */
  @Override
  public Observation next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more observations");
    }
    Observation o = next;
    next = null;
    return o;
  }

  /**
   * Returns the document's indicator catalog, once read: at once when {@code indicators} comes before
   * {@code observations} (as dxvn writes it), else after the last observation.
   *
   * @return the catalog, or empty if not read yet
   */
  public Optional<IndicatorCatalog> catalog() {
    return Optional.ofNullable(cursor.catalog());
  }

  /**
   * Closes the parser; the stream it reads is left open.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
