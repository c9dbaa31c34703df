package io.github.dxvn.examples.cli;

import java.util.List;

/**
 * A problem with the data a command was given (exit code 1), as diagnostic lines such as
 * {@code obs.csv:17:4: error: ...}.
 */
final class DataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> lines;

  DataException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  DataException(String line) {
    this(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
