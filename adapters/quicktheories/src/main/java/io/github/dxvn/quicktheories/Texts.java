package io.github.dxvn.quicktheories;

import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Vietnamese number texts, with the value each one means. */
final class Texts {

  private Texts() {}

  /** A text the strict format accepts, its value and whether it ends with a per cent sign. */
  record Sample(String text, BigDecimal value, boolean percent) {}

  private static final List<String> SIGNS = List.of("", "-", "+", "\u2212");
  private static final List<String> SEPARATORS = List.of(".", "\u00A0", "\u202F");
  private static final List<String> PERCENTS = List.of("", "%", " %");
  private static final List<String> SPACES = List.of("", " ", "\u00A0", "\t");

  /** Strictly valid texts; every choice shrinks towards a plain unsigned integer. */
  static Gen<Sample> numbers() {
    Gen<Long> integers = Generate.oneOf(Generate.longRange(0, 9999, 0), Generate.longRange(0, 999_999_999_999L, 0));
    Gen<Integer> style = Generate.range(0, 3, 0); // 0 ungrouped, else a separator
    Gen<String> fraction = Sources.sometimes(Sources.digits(1, 6), 2).map(f -> f.orElse(""));
    Gen<String[]> decoration = Generate.pick(SIGNS).zip(Generate.pick(PERCENTS), Generate.pick(SPACES),
        Generate.range(0, 2, 0), (sign, percent, space, zeros) -> new String[] {sign, percent, space, "0".repeat(zeros)});
    return integers.zip(style, fraction, decoration, (n, st, frac, deco) -> {
      String digits = Long.toString(n);
      String integer;
      if (st == 0 || n < 1000) {
        integer = deco[3] + digits;
      } else {
        String sep = SEPARATORS.get(st - 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
          if (i > 0 && (digits.length() - i) % 3 == 0) {
            grouped.append(sep);
          }
          grouped.append(digits.charAt(i));
        }
        integer = grouped.toString();
      }
      String text = deco[2] + deco[0] + integer + (frac.isEmpty() ? "" : "," + frac) + deco[1] + deco[2];
      BigDecimal value = new BigDecimal(digits + (frac.isEmpty() ? "" : "." + frac));
      if (!deco[0].equals("") && !deco[0].equals("+")) {
        value = value.negate();
      }
      return new Sample(text, DxvnGens.canonical(value), !deco[1].isEmpty());
    });
  }

  /** Texts where a dot cannot be a thousands separator. */
  static Gen<String> ambiguous() {
    Gen<Integer> leads = Generate.oneOf(Generate.range(0, 999, 95), Generate.range(1000, 9_999_999, 1000));
    Gen<Integer> tails = Generate.pick(List.of(2, 1, 3, 4, 5));
    return leads.zip(tails, Generate.pick(List.of("", "%")), (lead, tail, percent) -> new Object[] {lead, tail, percent})
        .flatMap(p -> Sources.digits((Integer) p[1], (Integer) p[1]).map(fraction -> {
          int lead = (Integer) p[0];
          String l = Integer.toString(lead);
          if (fraction.length() == 3 && lead > 0 && lead < 1000) {
            l = "0" + l; // 0.825 or 095.123: a leading zero is no thousands group
          }
          return l + "." + fraction + p[2];
        }));
  }
}
