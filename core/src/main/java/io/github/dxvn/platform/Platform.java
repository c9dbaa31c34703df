package io.github.dxvn.platform;

import java.text.Normalizer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A digital platform (nền tảng số) deployed or used by a province, such as the provincial data
 * integration and sharing platform (LGSP) or the Voso marketplace.
 *
 * <p>Names are stored in Unicode NFC and must not be blank; the short name, if present, is an
 * acronym such as {@code LGSP}, {@code IOC} or {@code SOC}. The two flags say whether the platform
 * has moved to IPv6 and whether it is connected to the national digital-government monitoring centre
 * (Trung tâm giám sát Chính phủ số); both default to false, meaning "not known to be".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Platform {

  Platform() {}

  /**
   * Returns the Vietnamese name, in NFC.
   *
   * @return the name, not blank, not null
   */
  public abstract String nameVi();

  /**
   * Returns the English name, if given.
   *
   * @return the name, not null
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the short name, such as {@code LGSP}, if the platform has one.
   *
   * @return the short name, not null
   */
  public abstract Optional<String> shortName();

  /**
   * Returns what the platform does.
   *
   * @return the category, not null
   */
  public abstract PlatformCategory category();

  /**
   * Returns whether the platform is national or provincial.
   *
   * @return the level, not null
   */
  public abstract PlatformLevel level();

  /**
   * Returns whether the platform is known to run on IPv6.
   *
   * @return true if it has moved to IPv6, false by default
   */
  @Value.Default
  public boolean ipv6Enabled() {
    return false;
  }

  /**
   * Returns whether the platform is known to be connected to the national digital-government
   * monitoring centre.
   *
   * @return true if connected, false by default
   */
  @Value.Default
  public boolean connectedToMonitoringCentre() {
    return false;
  }

  /**
   * Returns the hotline or call-centre number, if any.
   *
   * @return the number, not null
   */
  public abstract Optional<HotlineNumber> hotline();

  /**
   * Returns who operates the platform, if recorded (such as "Vietnam Post").
   *
   * @return the operator, in NFC, not null
   */
  public abstract Optional<String> operator();

  @Value.Check
  Platform check() {
    requireText("nameVi", Optional.of(nameVi()));
    requireText("nameEn", nameEn());
    requireText("operator", operator());
    if (shortName().isPresent() && !shortName().get().matches("[A-Za-z0-9]{1,16}")) {
      throw new IllegalArgumentException(
          "Invalid value for shortName (valid values 1 to 16 ASCII letters or digits): "
              + shortName().get());
    }
    String vi = nfc(nameVi());
    Optional<String> op = operator().map(Platform::nfc);
    if (!vi.equals(nameVi()) || !op.equals(operator())) {
      return builder().from(this).nameVi(vi).operator(op).build();
    }
    return this;
  }

  private static void requireText(String name, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values non-blank text): '" + value.get() + "'");
    }
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Obtains a platform from its Vietnamese name, category and level, with no other attributes.
   *
   * @param nameVi  the Vietnamese name, NFC or NFD, not blank, not null
   * @param category  the category, not null
   * @param level  the level, not null
   * @return the platform, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Platform of(String nameVi, PlatformCategory category, PlatformLevel level) {
    return builder().nameVi(nameVi).category(category).level(level).build();
  }

  /**
   * Returns a builder of platforms.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link Platform}; {@code build()} throws the exceptions the class doc names. */
  public static class Builder extends ImmutablePlatform.Builder {
    /** Constructs an empty builder; prefer {@link Platform#builder()}. */
    public Builder() {}
  }
}
