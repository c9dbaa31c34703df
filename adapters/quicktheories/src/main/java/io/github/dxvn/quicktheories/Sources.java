package io.github.dxvn.quicktheories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Shrinkable building blocks shared by the public generators. */
final class Sources {

  private Sources() {}

  /**
   * Draws every generator once, in order. The draws come from QuickTheories' randomness source, so
   * the result shrinks as its parts do.
   */
  static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
    List<Gen<T>> copy = List.copyOf(gens);
    return in -> {
      List<T> out = new ArrayList<>(copy.size());
      for (Gen<T> g : copy) {
        out.add(g.generate(in));
      }
      return out;
    };
  }

  /** A value present one time in {@code outOf}; shrinks to empty. */
  static <T> Gen<Optional<T>> sometimes(Gen<T> gen, int outOf) {
    return Generate.range(0, outOf - 1, 0).zip(gen, (k, v) -> k == outOf - 1 ? Optional.of(v) : Optional.empty());
  }

  /** True one time in {@code outOf}; shrinks to false. */
  static Gen<Boolean> oneIn(int outOf) {
    return Generate.range(0, outOf - 1, 0).map(k -> k == outOf - 1);
  }

  /** A string of {@code minLength} to {@code maxLength} ASCII digits, shrinking to the shortest, all zeros. */
  static Gen<String> digits(int minLength, int maxLength) {
    return word("0123456789", minLength, maxLength);
  }

  /** A string drawn letter by letter from an alphabet, shrinking towards its first letter. */
  static Gen<String> word(String alphabet, int minLength, int maxLength) {
    return Generate.range(minLength, maxLength, minLength)
        .flatMap(n -> sequence(java.util.Collections.nCopies(n, Generate.range(0, alphabet.length() - 1, 0)))
            .map(ks -> {
              StringBuilder s = new StringBuilder(ks.size());
              ks.forEach(k -> s.append(alphabet.charAt(k)));
              return s.toString();
            }));
  }

  /** Vietnamese syllables for names, NFC. */
  static final List<String> SYLLABLES = List.of(
      "Quảng", "Trị", "Hà", "Nội", "Huế", "Đà", "Nẵng", "An", "Giang", "Bình", "Định", "Lào",
      "Cai", "Sơn", "La", "Điện", "Biên", "Cần", "Thơ", "Tây", "Ninh", "Đông", "Hải", "Phòng");

  /** A name of one to three Vietnamese syllables, shrinking to {@code Quảng}. */
  static Gen<String> vietnameseNames() {
    return Generate.range(1, 3, 1)
        .flatMap(n -> sequence(java.util.Collections.nCopies(n, Generate.pick(SYLLABLES)))
            .map(parts -> String.join(" ", parts)));
  }
}
