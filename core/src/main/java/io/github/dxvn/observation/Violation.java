package io.github.dxvn.observation;

import java.util.List;
import java.util.Objects;

/**
 * A rule that a set of observations breaks, with the observations concerned: their keys and their
 * positions in the input, so that a reader can point at the file lines.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {

  /** How serious a violation is. */
  public enum Severity {
    /** The data are wrong; a dataset is not built. */
    ERROR,
    /** The data may be right but cannot be checked, such as an unknown indicator code. */
    WARNING
  }

  /** The rules that observations obey. */
  public enum Rule {
    /** Two observations have the same unit, indicator and period. */
    DUPLICATE_KEY,
    /** A value lies outside the indicator's valid range (a share outside 0–100, a negative count). */
    OUT_OF_RANGE,
    /** A count or rank is not a whole number. */
    NOT_INTEGRAL,
    /** The value's unit is not the indicator's. */
    UNIT_MISMATCH,
    /** A part exceeds its whole (activated e-IDs above registrations). */
    PART_EXCEEDS_WHOLE,
    /** A rank value exceeds the number of units ranked. */
    RANK_EXCEEDS_GROUP,
    /** A derived indicator is stored instead of computed. */
    DERIVED_STORED,
    /** The indicator is not in the catalog, so no rule could be checked. */
    UNKNOWN_INDICATOR
  }

  private final Severity severity;
  private final Rule rule;
  private final String message;
  private final List<ObservationKey> keys;
  private final List<Integer> positions;

  private Violation(Severity severity, Rule rule, String message, List<ObservationKey> keys, List<Integer> positions) {
    this.severity = severity;
    this.rule = rule;
    this.message = message;
    this.keys = keys;
    this.positions = positions;
  }

  /**
   * Obtains a violation.
   *
   * @param severity  how serious, not null
   * @param rule  the rule broken, not null
   * @param message  what is wrong, for people, not null
   * @param keys  the observations concerned, not null
   * @param positions  their indices in the input, from 0, in the same order, not null
   * @return the violation, not null
   * @throws IllegalArgumentException if keys and positions differ in size
   */
  public static Violation of(
      Severity severity, Rule rule, String message, List<ObservationKey> keys, List<Integer> positions) {
    List<ObservationKey> k = List.copyOf(Objects.requireNonNull(keys, "keys"));
    List<Integer> p = List.copyOf(Objects.requireNonNull(positions, "positions"));
    if (k.size() != p.size()) {
      throw new IllegalArgumentException(
          "Invalid value for positions (valid values one per key): " + p.size() + " for " + k.size() + " keys");
    }
    return new Violation(
        Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(message, "message"), k, p);
  }

  /**
   * Returns how serious the violation is.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule, not null
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns what is wrong, for people.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * Returns the keys of the observations concerned; the first is the one at fault.
   *
   * @return the keys, not null, not empty
   */
  public List<ObservationKey> keys() {
    return keys;
  }

  /**
   * Returns the positions in the input of the observations concerned, in the order of {@link #keys()}.
   *
   * @return indices from 0, not null
   */
  public List<Integer> positions() {
    return positions;
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Violation)) {
      return false;
    }
    Violation other = (Violation) obj;
    return severity == other.severity && rule == other.rule && message.equals(other.message)
        && keys.equals(other.keys) && positions.equals(other.positions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, rule, message, keys, positions);
  }

  /**
   * Returns {@code error: MESSAGE} or {@code warning: MESSAGE}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
