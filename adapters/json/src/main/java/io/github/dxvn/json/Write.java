package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes values the way every format of this package writes them. */
final class Write {

  private Write() {}

  /**
   * Writes an exact decimal in plain notation, whatever the generator's settings: {@code 100}, never
   * {@code 1E+2}; {@code 0.0000001}, never {@code 1E-7}. The scale is kept (so {@code 99.530} stays
   * {@code 99.530}) except that a negative scale is written as a whole number.
   */
  static void decimal(JsonGenerator gen, BigDecimal value) throws IOException {
    gen.writeNumber(value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString());
  }

  /** Writes a decimal member. */
  static void decimal(JsonGenerator gen, String name, BigDecimal value) throws IOException {
    gen.writeFieldName(name);
    decimal(gen, value);
  }
}
