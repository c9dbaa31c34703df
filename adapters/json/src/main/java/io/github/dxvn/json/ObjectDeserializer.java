package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Reads a JSON object member by member into some state (usually one of core's builders), then builds
 * the value with core's factory. Handles what every object of the formats shares: unknown members
 * (through the context, so {@code FAIL_ON_UNKNOWN_PROPERTIES} decides), duplicate members, {@code null}
 * for optional members (absent) and for required ones (an error), missing required members (named),
 * the JSON path of nested errors, and core's validation errors (a {@link ValueInstantiationException}
 * with core's exception as the cause).
 *
 * @param <T>  the type read
 * @param <S>  the state filled while reading, such as a builder
 */
abstract class ObjectDeserializer<T, S> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final List<String> names;
  private final long requiredMask;

  /**
   * Creates a deserializer.
   *
   * @param type  the type read
   * @param required  the names of the required members, in the order they are reported
   * @param optional  the names of the optional members
   */
  ObjectDeserializer(Class<T> type, List<String> required, List<String> optional) {
    super(type);
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    if (all.size() > 63) {
      throw new IllegalArgumentException("too many members: " + all.size());
    }
    this.names = List.copyOf(all);
    this.requiredMask = (1L << required.size()) - 1;
  }

  /** Returns the state for a new value. */
  abstract S start();

  /**
   * Reads one member's value; the parser is on the value's first token, and is left on its last.
   *
   * @param index  the member's index among required then optional names
   */
  abstract void member(int index, JsonParser p, DeserializationContext ctxt, S state) throws IOException;

  /** Builds the value; core's {@link IllegalArgumentException}s are translated by the caller. */
  abstract T build(S state);

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return Collections.unmodifiableList(new ArrayList<Object>(names));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return handledTypeCast(ctxt.handleUnexpectedToken(handledType(), p));
    }
    S state = start();
    long seen = 0;
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      int index = names.indexOf(name);
      if (index < 0) {
        ctxt.handleUnknownProperty(p, this, handledType(), name);
        continue;
      }
      try {
        if ((seen & (1L << index)) != 0) {
          ctxt.reportInputMismatch(this, "Duplicate property '%s' of %s", name, typeName());
        }
        seen |= 1L << index;
        if (value == JsonToken.VALUE_NULL) {
          if ((requiredMask & (1L << index)) != 0) {
            ctxt.reportInputMismatch(this, "Property '%s' of %s must not be null", name, typeName());
          }
          continue;
        }
        member(index, p, ctxt, state);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, handledType(), name);
      }
    }
    long missing = requiredMask & ~seen;
    if (missing != 0) {
      ctxt.reportInputMismatch(this, "Missing required property '%s' of %s",
          names.get(Long.numberOfTrailingZeros(missing)), typeName());
    }
    try {
      return build(state);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // IllegalStateException: an Immutables builder missing a required attribute the JSON left out.
      throw ValueInstantiationException.from(p,
          "Invalid " + typeName() + ": " + e.getMessage(), ctxt.constructType(handledType()), e);
    }
  }

  /** Returns the name of the type in error messages. */
  String typeName() {
    return handledType().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private T handledTypeCast(Object value) {
    return (T) value;
  }
}
