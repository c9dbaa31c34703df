package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Observation;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes a {@code dxvn-dataset} document one observation at a time, holding none of them; opened by
 * {@link DatasetJson#openWriter(java.io.OutputStream, IndicatorCatalog)}, which writes the header and
 * the catalog. {@link #close()} ends the document.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class ObservationWriter implements Closeable, Flushable {

  private final JsonGenerator gen;
  private boolean closed;

  ObservationWriter(JsonGenerator gen, IndicatorCatalog catalog) throws IOException {
    this.gen = gen;
    DatasetFormat.writeStart(gen, catalog);
  }

  /**
   * Writes an observation.
   *
   * @param observation  the observation, not null
   * @throws IOException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Observation observation) throws IOException {
    Objects.requireNonNull(observation, "observation");
    if (closed) {
      throw new IllegalStateException("writer closed");
    }
    ObservationCodec.write(gen, observation);
  }

  /**
   * Flushes what is written so far to the stream.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void flush() throws IOException {
    gen.flush();
  }

  /**
   * Ends the document and flushes it; the stream is left open. Closing twice does nothing.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    DatasetFormat.writeEnd(gen);
    DatasetJson.endDocument(gen);
    gen.close();
  }
}
