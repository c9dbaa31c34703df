package io.github.dxvn.json;

import java.util.List;

/**
 * An {@link ObjectDeserializer} that collects the members' values in an array, one slot per member
 * (required then optional), for values built by a factory from their parts rather than a builder.
 *
 * @param <T>  the type read
 */
abstract class PartsDeserializer<T> extends ObjectDeserializer<T, Object[]> {

  private static final long serialVersionUID = 1L;

  private final int members;

  PartsDeserializer(Class<T> type, List<String> required, List<String> optional) {
    super(type, required, optional);
    this.members = required.size() + optional.size();
  }

  @Override
  Object[] start() {
    return new Object[members];
  }
}
