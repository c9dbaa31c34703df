package io.github.dxvn.examples.cli;

import io.github.dxvn.observation.Period;

/** Small conversions of option values shared by the commands. */
final class Cli {

  private Cli() {}

  /** Parses a period option, a usage error if it is no period. */
  static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid period '" + text + "': " + e.getMessage());
    }
  }
}
