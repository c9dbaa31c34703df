package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A main indicator (chỉ số chính) of a DTI framework, such as 922's digital awareness (Nhận thức số,
 * 10 components, 100 points). Parts not known are absent rather than guessed; a framework with
 * unknown parts cannot be scored.
 *
 * <pre>{@code
 * DtiMainIndicator awareness = DtiMainIndicator.builder()
 *     .code(IndicatorCode.of("DTI_AWARENESS"))
 *     .nameVi("Nhận thức số").nameEn("digital awareness")
 *     .componentCount(10).maxPoints(new BigDecimal("100")).scored(true)
 *     .source("http://eballsviet.com/bo-chi-so-danh-gia-chuyen-doi-so-cap-tinh-59970")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DtiMainIndicator {

  DtiMainIndicator() {}

  /**
   * Returns the standard indicator code of the main indicator, such as {@code DTI_AWARENESS}.
   *
   * @return the code, or empty if not known
   */
  public abstract Optional<IndicatorCode> code();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, or empty if not known
   */
  public abstract Optional<String> nameVi();

  /**
   * Returns the English name.
   *
   * @return the name, or empty if not known
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the number of component indicators (chỉ số thành phần).
   *
   * @return the count, from 1, or empty if not known
   */
  public abstract OptionalInt componentCount();

  /**
   * Returns the maximum points; zero for an unscored indicator.
   *
   * @return the points, canonical, not negative, or empty if not known
   */
  public abstract Optional<BigDecimal> maxPoints();

  /**
   * Tells whether the indicator counts in the total (922's smart city is reported, not scored).
   *
   * @return true if scored
   */
  public abstract boolean scored();

  /**
   * Returns where the indicator's description was found.
   *
   * @return the source, not blank
   */
  public abstract String source();

  @Value.Check
  DtiMainIndicator check() {
    if (source().isBlank()) {
      throw new IllegalArgumentException("Invalid value for source (valid values non-blank text): ''");
    }
    if (componentCount().isPresent() && componentCount().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for componentCount (valid values 1 - ...): " + componentCount().getAsInt());
    }
    if (maxPoints().isPresent()) {
      BigDecimal points = maxPoints().get();
      if (points.signum() < 0 || (!scored() && points.signum() != 0)) {
        throw new IllegalArgumentException("Invalid value for maxPoints of " + label() + " (valid values "
            + (scored() ? "0 or more" : "0 for an unscored indicator") + "): " + points.toPlainString());
      }
      BigDecimal canonical = Decimals.canonical(points);
      if (!canonical.equals(points)) {
        return builder().from(this).maxPoints(canonical).build();
      }
    }
    return this;
  }

  /**
   * Returns the code, else the English or Vietnamese name, else {@code "?"}, for messages.
   *
   * @return a label, not null
   */
  String label() {
    return code().map(IndicatorCode::toString).or(this::nameEn).or(this::nameVi).orElse("?");
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DtiMainIndicator}s; {@code build()} validates. */
  public static class Builder extends ImmutableDtiMainIndicator.Builder {}
}
