package io.github.dxvn.examples;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

/**
 * Example: DTI 2022 scores and ranks under decision 922/QĐ-BTTTT, from the main indicators on 0–1.
 * The data hold Đà Nẵng's published 2022 row (total 0.8002, rank 1 of 63) and four clearly labelled
 * SYNTHETIC provinces (codes X01–X04): X01 and X02 have the same values, X03 other values with the
 * same total, so the three tie and share rank 2, and the next rank is 5 (competition ranking).
 */
public final class RankProvinces {

  private RankProvinces() {}

  /**
   * Prints the ranking.
   *
   * @param args  ignored
   * @throws IOException if the example data cannot be read
   */
  public static void main(String[] args) throws IOException {
    Dataset data;
    try (InputStream in = RankProvinces.class.getResourceAsStream("dti-2022-sample.csv")) {
      data = LongCsv.reader(CsvOptions.defaults()).read(in, "dti-2022-sample.csv").dataset();
    }
    DtiFramework dti922 = DtiFramework.standard("dti-922");
    DtiRanking ranking = dti922.scoreAll(data, Period.ofYear(2022));
    System.out.println("DTI 2022 (" + dti922.document().number().orElseThrow() + "), " + dti922.inputs().size()
        + " scored main indicators, total = sum(value x max points) / 1000");
    System.out.printf("%-5s %-6s %-7s %s%n", "rank", "unit", "total", "main indicators (0-1)");
    for (DtiRanking.Entry e : ranking.entries()) {
      StringBuilder values = new StringBuilder();
      for (IndicatorCode code : dti922.inputs()) {
        BigDecimal v = e.score().values().get(code);
        values.append(code.toString().substring(4)).append('=').append(v.toPlainString()).append(' ');
      }
      System.out.printf("%-5s %-6s %-7s %s%n", e.rank(), e.unitCode(), e.score().publishedTotal().toPlainString(),
          values.toString().trim());
    }
    System.out.println("48 = Đà Nẵng (published, dti.gov.vn); X01-X04 are SYNTHETIC provinces made up to show ties.");
  }
}
