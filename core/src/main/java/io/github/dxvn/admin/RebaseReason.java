package io.github.dxvn.admin;

import io.github.dxvn.observation.ObservationKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an observation was not re-based, or what re-basing changed about it: one entry of the report
 * that comes with a {@link RebasedDataset}.
 *
 * <p>Each reason names the keys involved: the {@link #target()} key in the re-based dataset (new unit
 * code, indicator, period) where there is one, the {@link #inputs()} observations of the old units
 * that were looked at, and the {@link #missing()} observations that would have been needed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RebaseReason {

  /** What happened. */
  public enum Kind {
    /**
     * The observation's unit code is not the code of an old unit of the reorganisation (a new-only
     * code, a national or commune code, or text that is no unit code); the observation is left out.
     */
    UNIT_NOT_IN_REORGANISATION,
    /**
     * The observation's period starts on or after the reorganisation's effective date, so its unit
     * code may already denote a new unit; the observation is left out.
     */
    PERIOD_NOT_BEFORE_REORGANISATION,
    /** The indicator is not in the dataset's catalog, so no rule says how it combines; left out. */
    UNKNOWN_INDICATOR,
    /** The indicator's rule is {@code NOT_AGGREGATABLE}; left out. */
    NOT_AGGREGATABLE,
    /**
     * Some predecessors of the new unit have no observation of the indicator, so a sum, a mean or a
     * ratio would cover only part of the new unit; the result is missing.
     */
    PREDECESSORS_MISSING,
    /**
     * A numerator or denominator observation of a ratio is missing for some predecessor; the result
     * is missing.
     */
    RATIO_INPUTS_MISSING,
    /** The summed denominator of a ratio is zero; the result is missing. */
    ZERO_DENOMINATOR,
    /**
     * The inputs' comparisons do not determine the result's (a lower bound with an upper bound, or a
     * bound with an approximation); the result is missing.
     */
    UNDETERMINED_COMPARISON,
    /**
     * The combined value breaks a rule of the catalog (for example a ratio of bounds above 100 %); the
     * result is left out and the message quotes the rule.
     */
    INVALID_RESULT,
    /**
     * Informational: the caller allowed partial sums and some predecessors are missing, so the
     * re-based value is the sum over the present ones, marked as a lower bound ({@code >=}).
     */
    PARTIAL_SUM,
    /**
     * Informational: a published rank of an input was dropped, because it ranked the old units; the
     * value itself was re-based.
     */
    RANK_DROPPED;

    /**
     * Tells whether a reason of this kind means the observation is absent from the re-based dataset.
     *
     * @return false for {@link #PARTIAL_SUM} and {@link #RANK_DROPPED}, true otherwise
     */
    public boolean isLoss() {
      return this != PARTIAL_SUM && this != RANK_DROPPED;
    }
  }

  RebaseReason() {}

  /**
   * Returns what happened.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the key in the re-based dataset (new unit, indicator, period) the reason is about.
   *
   * @return the target key, empty when the input could not be placed under a new unit
   */
  public abstract Optional<ObservationKey> target();

  /**
   * Returns the keys of the input observations involved, in key order.
   *
   * @return the input keys, not null
   */
  public abstract List<ObservationKey> inputs();

  /**
   * Returns the keys of the input observations that were needed and absent, in key order.
   *
   * @return the missing keys, empty unless the kind is about missing inputs, not null
   */
  public abstract List<ObservationKey> missing();

  /**
   * Returns a readable explanation.
   *
   * @return the message, not null, not blank
   */
  public abstract String message();

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException(
          "Invalid value for message (valid values non-blank text): '" + message() + "'");
    }
    if (target().isEmpty() && inputs().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for inputs (valid values at least one key when there is no target): []");
    }
  }

  /**
   * Obtains a reason.
   *
   * @param kind  what happened, not null
   * @param target  the key in the re-based dataset, not null (empty if none)
   * @param inputs  the input keys involved, not null
   * @param missing  the input keys needed and absent, not null
   * @param message  the explanation, not null, not blank
   * @return the reason, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the message is blank, or there is neither a target nor an
   *     input
   */
  public static RebaseReason of(Kind kind, Optional<ObservationKey> target,
      List<ObservationKey> inputs, List<ObservationKey> missing, String message) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(message, "message");
    return new ImmutableRebaseReason.Builder().kind(kind).target(target)
        .addAllInputs(sorted(inputs, "inputs")).addAllMissing(sorted(missing, "missing"))
        .message(message).build();
  }

  private static List<ObservationKey> sorted(List<ObservationKey> keys, String name) {
    List<ObservationKey> copy = new ArrayList<>(keys.size());
    for (ObservationKey key : keys) {
      copy.add(Objects.requireNonNull(key, name + " element"));
    }
    Collections.sort(copy);
    return copy;
  }

  /**
   * Returns a readable form such as {@code RATIO_INPUTS_MISSING 44/X/2023: ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return kind() + target().map(t -> " " + t).orElse("") + ": " + message();
  }
}
