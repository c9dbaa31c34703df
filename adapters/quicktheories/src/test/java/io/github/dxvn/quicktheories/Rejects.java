package io.github.dxvn.quicktheories;

import io.github.dxvn.text.TextParseException;

/** Whether a parse rejects its text the documented way. */
final class Rejects {

  private Rejects() {}

  /** Returns the error index if {@code parse} throws a TextParseException, else -1. */
  static int errorIndex(Runnable parse) {
    try {
      parse.run();
      return -1;
    } catch (TextParseException e) {
      return e.getErrorIndex();
    }
  }

  /** Returns true if {@code parse} throws a TextParseException. */
  static boolean asText(Runnable parse) {
    return errorIndex(parse) >= 0;
  }

  /** Returns true if {@code action} throws an IllegalArgumentException. */
  static boolean asArgument(Runnable action) {
    try {
      action.run();
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
