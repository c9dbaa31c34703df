package io.github.dxvn.examples;

import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.target.TargetCatalog;

/**
 * Example: Quảng Trị's 2023 digital transformation scorecard, in Vietnamese and in English. The seed
 * CSV (Vietnamese dialect) is read with the CSV adapter and validated against the standard catalog;
 * derived indicators are computed, never stored; the figures are measured against the national
 * targets of 749/QĐ-TTg and 411/QĐ-TTg.
 */
public final class QuangTriScorecard {

  private QuangTriScorecard() {}

  /**
   * Prints the scorecard.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    Dataset seed = SeedData.quangTri2023();  // validated on reading: ranges, integer counts, parts within wholes
    for (Violation w : seed.warnings()) {
      System.out.println("warning: " + w.message());
    }
    Scorecard card = Scorecard.of(seed, "45", Period.ofYear(2023), TargetCatalog.standard());
    System.out.print(card.toText(Language.VI));
    System.out.println();
    System.out.print(card.toText(Language.EN));
  }
}
