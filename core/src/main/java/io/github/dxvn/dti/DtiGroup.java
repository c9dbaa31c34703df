package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.internal.Decimals;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A group or pillar of a DTI framework: 922's "common foundations" and "activities", or 1726's
 * digital government, economy and society pillars, with its main indicators and, for a framework
 * scored by pillar weights, its weight.
 *
 * <p>dxvn's codes: {@code DTI_922_FOUNDATION} and {@code DTI_922_ACTIVITY} for 922's groups;
 * {@code DTI_GOV_PILLAR}, {@code DTI_ECON_PILLAR} and {@code DTI_SOC_PILLAR} for 1726's pillars, whose
 * values are the inputs of its scoring.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DtiGroup {

  DtiGroup() {}

  /**
   * Returns the group's code.
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
   * Returns the weight of the group in the index, for a framework scored by pillar weights.
   *
   * @return the weight, above 0 and at most 1, canonical, or empty
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns where the weight comes from.
   *
   * @return the basis, present exactly when the weight is
   */
  public abstract Optional<WeightBasis> weightBasis();

  /**
   * Returns how many main indicators the document gives the group.
   *
   * @return the count, at least the main indicators listed, or empty if not known
   */
  public abstract OptionalInt declaredMainIndicatorCount();

  /**
   * Returns the main indicators known, in the document's order.
   *
   * @return the main indicators, possibly fewer than declared, not null
   */
  public abstract List<DtiMainIndicator> mainIndicators();

  /**
   * Returns where the group's description was found.
   *
   * @return the source, not blank
   */
  public abstract String source();

  @Value.Check
  DtiGroup check() {
    if (source().isBlank()) {
      throw new IllegalArgumentException("Invalid value for source (valid values non-blank text): ''");
    }
    if (weight().isPresent() != weightBasis().isPresent()) {
      throw new IllegalArgumentException("Invalid value for weightBasis of group " + label()
          + " (valid values present exactly when the weight is): " + weightBasis());
    }
    if (declaredMainIndicatorCount().isPresent()
        && declaredMainIndicatorCount().getAsInt() < mainIndicators().size()) {
      throw new IllegalArgumentException("Invalid value for declaredMainIndicatorCount of group " + label()
          + " (valid values " + mainIndicators().size() + " - ...): " + declaredMainIndicatorCount().getAsInt());
    }
    Set<IndicatorCode> codes = new HashSet<>();
    for (DtiMainIndicator indicator : mainIndicators()) {
      if (indicator.code().isPresent() && !codes.add(indicator.code().get())) {
        throw new IllegalArgumentException("Invalid value for mainIndicators of group " + label()
            + " (valid values distinct codes): duplicate " + indicator.code().get());
      }
    }
    if (weight().isPresent()) {
      BigDecimal w = weight().get();
      if (w.signum() <= 0 || w.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("Invalid value for weight of group " + label()
            + " (valid values above 0, at most 1): " + w.toPlainString());
      }
      BigDecimal canonical = Decimals.canonical(w);
      if (!canonical.equals(w)) {
        return builder().from(this).weight(canonical).build();
      }
    }
    return this;
  }

  /**
   * Returns the main indicators known to be scored.
   *
   * @return the scored main indicators, not null
   */
  public List<DtiMainIndicator> scoredMainIndicators() {
    return mainIndicators().stream().filter(DtiMainIndicator::scored).toList();
  }

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

  /** Builds {@link DtiGroup}s; {@code build()} validates. */
  public static class Builder extends ImmutableDtiGroup.Builder {}
}
