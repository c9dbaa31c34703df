package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as its stable text form: a code's text, a period in SDMX form, a status's SDMX code,
 * a unit in SimpleUnitFormat text.
 *
 * @param <T>  the type written
 */
final class TextSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<? super T, String> format;

  TextSerializer(Class<T> type, Function<? super T, String> format) {
    super(type);
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(format.apply(value));
  }
}
