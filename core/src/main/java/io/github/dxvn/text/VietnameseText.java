package io.github.dxvn.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Unicode normalisation for Vietnamese text, which may arrive composed (NFC: {@code ế} as one code
 * point) or decomposed (NFD: {@code e} followed by combining marks). Names and codes must compare
 * equal either way, so dxvn normalises to NFC before storing or comparing text. It also orders names
 * the Vietnamese way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnameseText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Comparator<CharSequence> NAME_ORDER = new NameOrder();

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

  /**
   * Returns a comparator that orders names as Vietnamese dictionaries do: syllable by syllable (word
   * by word), each syllable by the Vietnamese alphabet (a ă â b c d đ e ê ... o ô ơ ... u ư ... y) and
   * then its tone, so {@code Hà Giang < Hà Nội < Hải Phòng} and {@code Bạc Liêu < Bắc Ninh}. Composed
   * and decomposed texts compare equal; otherwise texts compare equal only if their NFC forms are
   * equal, so the order is consistent with {@link #equalsIgnoringNormalization}.
   *
   * <p>It uses {@link Collator} for {@code vi}, whose rules ship in the {@code jdk.localedata} module
   * of standard JDK images (a jlink image must include that module, or the order falls back to the
   * root collation). The comparator is thread-safe.
   *
   * @return the comparator, not null
   */
  public static Comparator<CharSequence> nameOrder() {
    return NAME_ORDER;
  }

  /** Syllable-by-syllable comparison with the vi collator; Collator is not thread-safe, so locked. */
  private static final class NameOrder implements Comparator<CharSequence> {
    private final Collator collator;

    NameOrder() {
      collator = Collator.getInstance(Locale.forLanguageTag("vi"));
      collator.setStrength(Collator.TERTIARY);
      collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    }

    @Override
    public int compare(CharSequence a, CharSequence b) {
      String na = normalize(Objects.requireNonNull(a, "a")).strip();
      String nb = normalize(Objects.requireNonNull(b, "b")).strip();
      String[] wa = na.isEmpty() ? new String[0] : SPACES.split(na);
      String[] wb = nb.isEmpty() ? new String[0] : SPACES.split(nb);
      for (int i = 0; i < Math.min(wa.length, wb.length); i++) {
        int c;
        synchronized (collator) {
          c = collator.compare(wa[i], wb[i]);
        }
        if (c != 0) {
          return c;
        }
      }
      if (wa.length != wb.length) {
        return Integer.compare(wa.length, wb.length);
      }
      return normalize(a).compareTo(normalize(b));
    }
  }
}
