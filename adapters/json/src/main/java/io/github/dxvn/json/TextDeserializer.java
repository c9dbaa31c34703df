package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value from its text form with core's {@code parse} or {@code of} factory; a text core
 * rejects becomes an {@code InvalidFormatException} whose cause is core's exception.
 *
 * @param <T>  the type read
 */
final class TextDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parse;

  TextDeserializer(Class<T> type, Function<String, T> parse) {
    super(type);
    this.parse = parse;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) handledType();
    return Read.text(p, ctxt, type, parse);
  }
}
