package io.github.dxvn.indicator;

import java.util.Objects;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Reads and writes units of measurement as text, the way data files write them.
 *
 * <p>Text is read with Indriya's {@link SimpleUnitFormat}, with two additions that files need: the
 * dimensionless unit {@link AbstractUnit#ONE} may be written {@code 1}, {@code one} or left empty, and
 * it is written as {@code 1}. {@code %} is Indriya's percent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitText {

  private UnitText() {}

  /**
   * Parses a unit.
   *
   * @param text  the unit text, such as {@code "%"} or {@code "1"}, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if the text is not a unit
   */
  public static Unit<?> parse(CharSequence text) {
    String unit = Objects.requireNonNull(text, "text").toString().trim();
    if (unit.isEmpty() || unit.equals("1") || unit.equals("one")) {
      return AbstractUnit.ONE;
    }
    try {
      return SimpleUnitFormat.getInstance().parse(unit);
    } catch (MeasurementParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for unit (valid values a unit such as %, 1): " + unit, e);
    }
  }

  /**
   * Formats a unit so that {@link #parse(CharSequence)} reads it back.
   *
   * @param unit  the unit, not null
   * @return the text, {@code 1} for the dimensionless unit, not null
   */
  public static String format(Unit<?> unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.equals(AbstractUnit.ONE)) {
      return "1";
    }
    return SimpleUnitFormat.getInstance().format(unit);
  }
}
