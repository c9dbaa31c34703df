package io.github.dxvn.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Unicode normalisation for Vietnamese text, which may arrive composed (NFC: {@code ế} as one code
 * point) or decomposed (NFD: {@code e} followed by combining marks). Names and codes must compare
 * equal either way, so dxvn normalises to NFC before storing or comparing text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnameseText {

  private VietnameseText() {}

  /**
   * Returns the text in Unicode normalisation form C (composed), the form dxvn stores.
   *
   * @param text  the text to normalise, not null
   * @return the NFC text, not null
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // The quick check avoids copying text that is already NFC, as nearly all text is.
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text.toString()
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Returns whether the text is already in normalisation form C.
   *
   * @param text  the text to check, not null
   * @return true if {@code normalize(text)} equals the text
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isNormalized(CharSequence text) {
    return Normalizer.isNormalized(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
  }

  /**
   * Returns whether two texts are equal once both are in normalisation form C, so that
   * {@code "Quảng Trị"} composed equals {@code "Quảng Trị"} decomposed. Case and spaces still count.
   *
   * @param a  the first text, not null
   * @param b  the second text, not null
   * @return true if the texts are canonically equivalent
   * @throws NullPointerException if {@code a} or {@code b} is null
   */
  public static boolean equalsIgnoringNormalization(CharSequence a, CharSequence b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return normalize(a).equals(normalize(b));
  }
}
