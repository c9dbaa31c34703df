package io.github.dxvn.examples;

import io.github.dxvn.admin.RebaseReason;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.admin.Rebasing;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Example: re-basing 2023 figures onto the provinces of 1 July 2025. Quảng Trị (45, the seed) and
 * Quảng Bình (44, SYNTHETIC figures made up for the example) merged into a new Quảng Trị that keeps
 * code 44. Counts add up; shares are re-based only as a ratio of sums from their numerators and
 * denominators, never averaged, so without those inputs they are left out, each with a reason.
 */
public final class MergeProvinces {

  private MergeProvinces() {}

  /**
   * Prints the re-based figures and what was not re-based.
   *
   * @param args  ignored
   * @throws IOException if the example data cannot be read
   */
  public static void main(String[] args) throws IOException {
    Dataset quangBinh;
    try (InputStream in = MergeProvinces.class.getResourceAsStream("quang-binh-2023-synthetic.csv")) {
      quangBinh = LongCsv.reader(CsvOptions.defaults()).read(in, "quang-binh-2023-synthetic.csv").dataset();
    }
    Dataset before = SeedData.quangTri2023().plus(quangBinh.observations());
    RebasedDataset rebased = Rebasing.provinces2025().rebase(before);
    Period year = Period.ofYear(2023);

    System.out.println("Re-based onto the 2025 provinces: old 45 Quảng Trị + old 44 Quảng Bình (SYNTHETIC) -> new 44");
    System.out.printf("%-32s %9s %9s %9s%n", "indicator", "old 45", "old 44*", "new 44");
    for (IndicatorCode code : quangBinh.indicators()) {
      String merged = rebased.dataset().find("44", code, year).map(MergeProvinces::text).orElse("-");
      System.out.printf("%-32s %9s %9s %9s%n", code, before.find("45", code, year).map(MergeProvinces::text).orElse("-"),
          before.find("44", code, year).map(MergeProvinces::text).orElse("-"), merged);
    }
    Map<RebaseReason.Kind, Integer> counts = new TreeMap<>();
    rebased.reasons().forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
    System.out.println("Not re-based or changed, by reason: " + counts);
    rebased.reasons(RebaseReason.Kind.RATIO_INPUTS_MISSING).stream()
        .filter(r -> r.target().map(k -> k.indicator().toString().equals("INFRA_HOUSEHOLD_FIBRE_SHARE")).orElse(false))
        .findFirst().ifPresent(r -> System.out.println("For example: " + r.message()));
    System.out.println("* old 44 Quảng Bình figures are SYNTHETIC, made up for this example.");
  }

  private static String text(Observation o) {
    return (o.comparison().isExact() ? "" : o.comparison().symbol()) + o.value().toPlainString();
  }
}
