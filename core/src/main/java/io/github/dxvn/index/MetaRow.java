package io.github.dxvn.index;

import io.github.dxvn.indicator.Polarity;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One row of a COINr-style iMeta table: the columns Level, iCode, iName, Parent, Direction, Weight,
 * Type, Target, Denominator and Unit. {@link Framework#fromMeta(java.util.List)} turns the indicator
 * and aggregate rows into a framework.
 *
 * <pre>{@code
 * MetaRow r = MetaRow.builder().level(1).code("LPI").parent("Physical").weight(1)
 *     .polarity(Polarity.HIGHER_IS_BETTER).type(MetaType.INDICATOR).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MetaRow {

  /**
   * Returns the level: 1 for indicators, higher for aggregates; empty for other rows.
   *
   * @return the level, at least 1 if present
   */
  public abstract OptionalInt level();

  /**
   * Returns the code (iCode).
   *
   * @return the code, not empty
   */
  public abstract String code();

  /**
   * Returns the name (iName), by default the code.
   *
   * @return the name, not null
   */
  @Value.Default
  public String name() {
    return code();
  }

  /**
   * Returns the parent's code.
   *
   * @return the parent's code, empty for the root and for group, denominator and other rows
   */
  public abstract Optional<String> parent();

  /**
   * Returns the polarity (COINr's Direction, 1 or −1).
   *
   * @return the polarity, empty if not given
   */
  public abstract Optional<Polarity> polarity();

  /**
   * Returns the weight within the parent.
   *
   * @return the weight, finite and non-negative if present
   */
  public abstract OptionalDouble weight();

  /**
   * Returns the type.
   *
   * @return the type, not null
   */
  public abstract MetaType type();

  /**
   * Returns the target, for distance-to-target normalisation.
   *
   * @return the target, finite if present
   */
  public abstract OptionalDouble target();

  /**
   * Returns the code of the denominator this indicator is divided by.
   *
   * @return the denominator's code, empty if none
   */
  public abstract Optional<String> denominator();

  /**
   * Returns the unit of measure, as text.
   *
   * @return the unit, empty if not given
   */
  public abstract Optional<String> unit();

  @Value.Check
  void check() {
    if (code().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for code (valid values non-empty): \"\"");
    }
    if (level().isPresent() && level().getAsInt() < 1) {
      throw new IllegalArgumentException("Invalid value for level of " + code()
          + " (valid values 1 - " + Integer.MAX_VALUE + "): " + level().getAsInt());
    }
    if (weight().isPresent() && !(Double.isFinite(weight().getAsDouble())
        && weight().getAsDouble() >= 0)) {
      throw new IllegalArgumentException("Invalid value for weight of " + code()
          + " (valid values finite and >= 0): " + weight().getAsDouble());
    }
    if (target().isPresent() && !Double.isFinite(target().getAsDouble())) {
      throw new IllegalArgumentException("Invalid value for target of " + code()
          + " (valid values finite numbers): " + target().getAsDouble());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link MetaRow}. */
  public static class Builder extends ImmutableMetaRow.Builder {}
}
