package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The national scale: 3,321 communes × 100 indicators (three of the ten periods, to keep the test
 * suite short on a shared machine) through a full pipeline, on the
 * primitive bulk paths. No timing assertion; it must simply run in the normal test time.
 */
class NationalScaleTest {

  @Test
  void communesIndicatorsPeriods() {
    int units = 3321;
    int indicators = 100;
    Framework.Builder b = Framework.builder().node(Node.root("DTI"));
    for (int p = 0; p < 10; p++) {
      b.node(Node.of("P" + p, "DTI", 1 + p % 3));
      for (int i = 0; i < 10; i++) {
        b.node(Node.of("I" + (p * 10 + i), "P" + p, 1));
      }
    }
    Framework f = b.build();
    List<String> unitCodes = new ArrayList<>();
    List<String> provinces = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      unitCodes.add(String.format("%05d", u));
      provinces.add("P" + (u % 34));
    }
    SplittableRandom r = new SplittableRandom(2025);
    Map<Integer, IndexData> years = new HashMap<>();
    for (int y = 2023; y < 2026; y++) {
      double[][] v = new double[units][indicators];
      for (double[] row : v) {
        for (int i = 0; i < indicators; i++) {
          row[i] = r.nextInt(100) == 0 ? Double.NaN : Math.exp(r.nextGaussian());
        }
      }
      years.put(y, IndexData.of(unitCodes, f.indicators(), v).withGroup("province", provinces));
    }
    Pipeline p = Pipeline.of(f, List.of(Impute.groupMean("province"), Treat.coinrDefault()));
    PanelResult result = PanelData.of(years).run(p);
    assertEquals(3, result.periods().size());
    IndexResult last = result.result(2025);
    assertEquals(units, last.ranking("DTI").rankedCount());
    assertTrue(result.change("00000", "DTI", 2023, 2025).isPresent());
  }
}
