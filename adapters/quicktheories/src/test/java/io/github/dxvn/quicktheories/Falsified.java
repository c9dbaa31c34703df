package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Reads the smallest counterexample QuickTheories reports for a falsified property. */
final class Falsified {

  private static final String SMALLEST = "Smallest found falsifying value(s) :-\n";

  private Falsified() {}

  /** Runs a property that must fail and returns the printed form of its shrunk counterexample. */
  static String smallest(Executable property) {
    String message = assertThrows(AssertionError.class, property).getMessage();
    int start = message.indexOf(SMALLEST);
    if (start < 0) {
      throw new AssertionError("not a QuickTheories falsification: " + message);
    }
    start += SMALLEST.length();
    int end = message.indexOf('\n', start);
    return message.substring(start, end < 0 ? message.length() : end);
  }
}
