package io.github.dxvn.observation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ObservationColumnsProperties {

  /** Rows as (unit, indicator, period, value) drawn from small code sets, so codes repeat. */
  private static Gen<List<Integer>> rows() {
    return lists().of(integers().between(0, 9999)).ofSizeBetween(0, 60);
  }

  private static ObservationColumns.Builder add(ObservationColumns.Builder b, int row) {
    return b.add("u" + row % 7, "I" + (row / 7) % 5, String.valueOf(2016 + (row / 35) % 4),
        row / 140.0, row % 2 == 0 ? ObservationStatus.NORMAL : ObservationStatus.ESTIMATED);
  }

  @Test
  void concatOfPartsEqualsTheWhole() {
    qt().forAll(rows(), integers().between(1, 5)).check((rows, parts) -> {
      ObservationColumns.Builder whole = ObservationColumns.builder();
      rows.forEach(r -> add(whole, r));
      List<ObservationColumns> built = new ArrayList<>();
      int per = Math.max(1, (rows.size() + parts - 1) / parts);
      for (int from = 0; from < rows.size(); from += per) {
        ObservationColumns.Builder b = ObservationColumns.builder(0);
        rows.subList(from, Math.min(rows.size(), from + per)).forEach(r -> add(b, r));
        built.add(b.build());
      }
      return ObservationColumns.concat(built).equals(whole.build());
    });
  }

  @Test
  void matrixHoldsTheLastValueOfEveryKey() {
    qt().forAll(rows()).check(rows -> {
      ObservationColumns.Builder b = ObservationColumns.builder();
      rows.forEach(r -> add(b, r));
      ObservationColumns c = b.build();
      for (int p = 0; p < c.periods().size(); p++) {
        double[][] m = c.matrix(p);
        for (int r = 0; r < c.size(); r++) {
          if (c.periodIndex(r) == p) {
            // a later row with the same key may have overwritten it
            boolean later = false;
            for (int s = r + 1; s < c.size(); s++) {
              later |= c.periodIndex(s) == p && c.unitIndex(s) == c.unitIndex(r)
                  && c.indicatorIndex(s) == c.indicatorIndex(r);
            }
            if (!later && m[c.unitIndex(r)][c.indicatorIndex(r)] != c.value(r)) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }
}
