package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.indicator.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * EU DESI 2022 recomputed from its indicators: fixed-bound min-max to 0–100, indicator weights within
 * sub-dimensions, sub-dimension weights within dimensions, dimensions 25 % each. The source file has
 * no missing value (the "imputed" column names the one indicator the Commission imputed for seven
 * countries, already filled in). The EU-27 row is scored like a country but has no published rank.
 */
class DesiAcceptanceTest {

  private static final String DIR = "/io/github/dxvn/index/";
  private static final String[] SCORE_COLUMNS = {"desi", "d1_human_capital", "d2_connectivity",
      "d3_integration_digital_technology", "d4_digital_public_services",
      "s1a_internet_user_skills", "s1b_advanced_skills", "s2a_fixed_bb_takeup",
      "s2b_fixed_bb_coverage", "s2c_mobile_broadband", "s2d_broadband_prices",
      "s3a_digital_intensity", "s3b_digital_technologies_business", "s3c_ecommerce",
      "s4a_egovernment"};
  private static final String[] NODES = {"DESI", "1", "2", "3", "4", "1a", "1b", "2a", "2b", "2c",
      "2d", "3a", "3b", "3c", "4a"};

  static Framework framework() {
    List<Map<String, String>> meta = Csv.read(DIR + "desi2022_indicator_meta.csv");
    Framework.Builder b = Framework.builder().node(Node.root("DESI"));
    Set<String> dims = new LinkedHashSet<>();
    Set<String> subs = new LinkedHashSet<>();
    for (Map<String, String> m : meta) {
      if (dims.add(m.get("dimension"))) {
        b.node(Node.builder().code(m.get("dimension")).name(m.get("dimension_name"))
            .parent("DESI").weight(Double.parseDouble(m.get("dimension_weight_in_desi"))).build());
      }
      if (subs.add(m.get("subdimension"))) {
        b.node(Node.of(m.get("subdimension"), m.get("dimension"),
            Double.parseDouble(m.get("subdimension_weight_in_dimension"))));
      }
      b.node(Node.builder().code(m.get("code")).name(m.get("indicator"))
          .parent(m.get("subdimension"))
          .weight(Double.parseDouble(m.get("indicator_weight_in_subdimension")))
          .polarity(Polarity.ofDirection(Integer.parseInt(m.get("direction"))))
          .normalisation(Normalisation.minMax(0, 100, Double.parseDouble(m.get("norm_min")),
              Double.parseDouble(m.get("norm_max"))))
          .build());
    }
    return b.build();
  }

  static IndexData data() {
    List<Map<String, String>> rows = Csv.read(DIR + "desi2022_indicators.csv");
    List<String> units = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (String h : rows.get(0).keySet()) {
      if (h.startsWith("i") && !h.equals("imputed")) {
        indicators.add(h.substring(1)); // "i1a1" is indicator "1a1"
      }
    }
    double[][] values = new double[rows.size()][indicators.size()];
    for (int r = 0; r < rows.size(); r++) {
      units.add(rows.get(r).get("geo"));
      for (int c = 0; c < indicators.size(); c++) {
        values[r][c] = Double.parseDouble(rows.get(r).get("i" + indicators.get(c)));
      }
    }
    return IndexData.of(units, indicators, values);
  }

  @Test
  void everyPublishedScoreWithin1e4() {
    IndexResult result = framework().compute(data());
    List<Map<String, String>> published = Csv.read(DIR + "desi2022_scores.csv");
    assertEquals(28, published.size());
    int checked = 0;
    for (Map<String, String> p : published) {
      for (int k = 0; k < NODES.length; k++) {
        double expected = Double.parseDouble(p.get(SCORE_COLUMNS[k]));
        double actual = result.score(p.get("geo"), NODES[k]).orElseThrow();
        assertEquals(expected, actual, 1e-4, p.get("geo") + " " + NODES[k]);
        checked++;
      }
    }
    assertEquals(28 * 15, checked);
    assertEquals(69.5976, result.score("FI", "DESI").orElseThrow(), 1e-4);
    assertEquals(52.2752, result.score("EU", "DESI").orElseThrow(), 1e-4);
  }

  @Test
  void publishedRanksOfTheMemberStatesExact() {
    IndexData all = data();
    int[] members = all.units().stream().filter(u -> !u.equals("EU"))
        .mapToInt(all::unitIndex).toArray();
    IndexResult result = framework().compute(all.selectUnits(members));
    for (Map<String, String> p : Csv.read(DIR + "desi2022_scores.csv")) {
      if (p.get("geo").equals("EU")) {
        assertEquals("", p.get("desi_rank"));
        continue;
      }
      assertEquals(Integer.parseInt(p.get("desi_rank")),
          result.rank(p.get("geo"), "DESI").orElseThrow().toInt(), p.get("geo"));
      assertEquals(27, result.rank(p.get("geo"), "DESI").orElseThrow().outOf());
    }
  }

  @Test
  void effectiveWeightsOfTheIndicatorsSumToOne() {
    Framework f = framework();
    double sum = 0;
    for (String i : f.indicators()) {
      sum += f.effectiveWeights().get(i);
    }
    assertEquals(1, sum, 1e-12);
    assertEquals(33, f.indicators().size());
    assertEquals(4, f.levelCount());
    // 1a1 has weight 2 of 4 in 1a, 1a is 0.5 of dimension 1, which is 0.25 of DESI
    assertEquals(0.0625, f.effectiveWeights().get("1a1"), 1e-12);
  }
}
