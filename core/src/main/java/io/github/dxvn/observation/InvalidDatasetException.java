package io.github.dxvn.observation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when observations break the rules of their catalog, with every violation found, not just
 * the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidDatasetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The violations, errors and warnings. */
  private final transient List<Violation> violations;

  /**
   * Constructs an exception listing violations.
   *
   * @param violations  every violation found, at least one error, not null
   */
  public InvalidDatasetException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    long errors = violations.stream().filter(Violation::isError).count();
    return errors + " error(s) in the observations:\n"
        + violations.stream().filter(Violation::isError).map(Violation::toString)
            .collect(Collectors.joining("\n"));
  }

  /**
   * Returns every violation found, errors and warnings, in input order.
   *
   * @return the violations, not null
   */
  public List<Violation> violations() {
    return violations;
  }
}
