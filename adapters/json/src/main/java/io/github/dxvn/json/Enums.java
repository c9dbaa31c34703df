package io.github.dxvn.json;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads enums by constant name, independent of the mapper's enum settings. */
final class Enums {

  private Enums() {}

  /**
   * Returns a parser of the constant names of an enum whose error is in java.time's form.
   *
   * @param type  the enum, not null
   * @return the parser, not null
   */
  static <E extends Enum<E>> Function<String, E> parser(Class<E> type) {
    return name -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      throw new IllegalArgumentException("Invalid value for " + type.getSimpleName() + " (valid values "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
          + "): " + name);
    };
  }

  /**
   * Returns a serializer writing constant names.
   *
   * @param type  the enum, not null
   * @return the serializer, not null
   */
  static <E extends Enum<E>> TextSerializer<E> serializer(Class<E> type) {
    return new TextSerializer<>(type, Enum::name);
  }

  /**
   * Returns a deserializer reading constant names.
   *
   * @param type  the enum, not null
   * @return the deserializer, not null
   */
  static <E extends Enum<E>> TextDeserializer<E> deserializer(Class<E> type) {
    return new TextDeserializer<>(type, parser(type));
  }
}
