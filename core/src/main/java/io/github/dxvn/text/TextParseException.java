package io.github.dxvn.text;

import java.util.Objects;

/**
 * Thrown when text cannot be parsed into a dxvn value: a Vietnamese number, a period, a document
 * number, an indicator code. It carries the text and the index of the first character in error, like
 * {@link java.time.format.DateTimeParseException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class TextParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that was being parsed. */
  private final String parsedString;
  /** The index in the text where the error was found. */
  private final int errorIndex;

  /**
   * Constructs an exception with a message, the text and the error index.
   *
   * @param message  what was wrong, not null
   * @param parsedString  the text that was being parsed, not null
   * @param errorIndex  the index of the first character in error, from 0 to the text's length
   */
  public TextParseException(String message, CharSequence parsedString, int errorIndex) {
    this(message, parsedString, errorIndex, null);
  }

  /**
   * Constructs an exception with a message, the text, the error index and a cause.
   *
   * @param message  what was wrong, not null
   * @param parsedString  the text that was being parsed, not null
   * @param errorIndex  the index of the first character in error, from 0 to the text's length
   * @param cause  the cause, may be null
   */
  public TextParseException(
      String message, CharSequence parsedString, int errorIndex, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.parsedString = Objects.requireNonNull(parsedString, "parsedString").toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that was being parsed.
   *
   * @return the text, not null
   */
  public String getParsedString() {
    return parsedString;
  }

  /**
   * Returns the index in the parsed text where the error was found.
   *
   * @return the index, from 0 to the text's length
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
