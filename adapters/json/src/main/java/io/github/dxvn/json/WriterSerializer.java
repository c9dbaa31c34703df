package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value with one of the package's static writers, so that the module's serializers and the
 * document writers ({@link DatasetJson}, {@link IndexJson}) share one piece of code per type.
 *
 * @param <T>  the type written
 */
final class WriterSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** Writes a value to a generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  private final transient Writer<T> writer;

  WriterSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writer.write(gen, value);
  }
}
