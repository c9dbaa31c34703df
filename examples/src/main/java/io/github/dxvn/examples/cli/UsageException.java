package io.github.dxvn.examples.cli;

/** A usage error found after parsing (exit code 2), such as options that do not fit the data. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
