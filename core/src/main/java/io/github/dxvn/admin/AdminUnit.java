package io.github.dxvn.admin;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative unit: a province, district, commune or village, with the dates it existed.
 *
 * <p>The level is that of the {@linkplain AdminUnitCode#level() code}, so the two cannot disagree.
 * The name is Vietnamese and stored in Unicode NFC, so a name given in NFD equals the same name given
 * in NFC. The validity dates are inclusive and each is optional (unknown or open-ended). The parent, if
 * present, must be of a higher level; a village's parent, if present, must be the commune in its code.
 *
 * <p>Example: {@code AdminUnit.of(AdminUnitCode.parse("45"), "Tỉnh Quảng Trị")}, or the builder for
 * dates, parent and region.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdminUnit {

  AdminUnit() {}

  /**
   * Returns the unit's code.
   *
   * @return the code, not null
   */
  public abstract AdminUnitCode code();

  /**
   * Returns the unit's Vietnamese name, in NFC.
   *
   * @return the name, not empty, not null
   */
  public abstract String name();

  /**
   * Returns the level of the unit, that of its code.
   *
   * @return the level, not null
   */
  @Value.Derived
  public AdminLevel level() {
    return code().level();
  }

  /**
   * Returns the first day the unit existed, if known.
   *
   * @return the first day, inclusive, not null
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Returns the last day the unit existed, if it has ceased to exist.
   *
   * @return the last day, inclusive, not null
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Returns the code of the unit this one belongs to, if recorded.
   *
   * @return the parent's code, not null
   */
  public abstract Optional<AdminUnitCode> parent();

  /**
   * Returns the socio-economic region of the unit, if known.
   *
   * @return the region, not null
   */
  public abstract Optional<Region> region();

  /**
   * Checks if the unit existed on a date: on or after {@link #validFrom()} (if present) and on or
   * before {@link #validTo()} (if present).
   *
   * @param date  the date to check, not null
   * @return true if the unit existed on that date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  @Value.Check
  AdminUnit check() {
    String nfc = Normalizer.normalize(name(), Normalizer.Form.NFC);
    if (nfc.isBlank()) {
      throw new IllegalArgumentException("Invalid value for name (valid values non-blank text): '"
          + name() + "'");
    }
    if (validFrom().isPresent() && validTo().isPresent()
        && validTo().get().isBefore(validFrom().get())) {
      throw new IllegalArgumentException("Invalid value for validTo (valid values on or after "
          + validFrom().get() + "): " + validTo().get());
    }
    if (parent().isPresent()) {
      AdminUnitCode p = parent().get();
      if (!p.level().isAbove(level())) {
        throw new IllegalArgumentException("Invalid value for parent (valid values a code above level "
            + level() + "): " + p);
      }
      if (code().commune().isPresent() && !code().commune().get().equals(p)) {
        throw new IllegalArgumentException("Invalid value for parent (valid values "
            + code().commune().get() + "): " + p);
      }
    }
    if (!nfc.equals(name())) {
      return builder().from(this).name(nfc).build();
    }
    return this;
  }

  /**
   * Obtains a unit from its code and name, with no dates, parent or region.
   *
   * @param code  the code, not null
   * @param name  the Vietnamese name, NFC or NFD, not blank, not null
   * @return the unit, not null
   * @throws NullPointerException if {@code code} or {@code name} is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static AdminUnit of(AdminUnitCode code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * Returns a builder of units.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link AdminUnit}; {@code build()} throws the exceptions the class doc names. */
  public static class Builder extends ImmutableAdminUnit.Builder {
    /** Constructs an empty builder; prefer {@link AdminUnit#builder()}. */
    public Builder() {}
  }
}
