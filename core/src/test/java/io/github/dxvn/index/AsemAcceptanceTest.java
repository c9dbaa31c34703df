package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * COINr's ASEM example built with COINr's own pipeline (build_example_coin): denominate by the
 * iMeta denominators, impute by the EurAsia group mean, screen units at 90 % availability, treat
 * with winmax 5, min-max 0–100, weighted arithmetic mean at every level.
 */
class AsemAcceptanceTest {

  private static final String DIR = "/io/github/dxvn/index/";

  static List<MetaRow> meta() {
    List<MetaRow> rows = new ArrayList<>();
    for (Map<String, String> m : Csv.read(DIR + "coinr_asem_iMeta.csv")) {
      MetaRow.Builder b = MetaRow.builder().code(m.get("iCode")).name(m.get("iName"))
          .type(MetaType.fromCoinr(m.get("Type")));
      if (!m.get("Level").isEmpty()) {
        b.level(Integer.parseInt(m.get("Level")));
      }
      if (!m.get("Parent").isEmpty()) {
        b.parent(m.get("Parent"));
      }
      if (!m.get("Direction").isEmpty()) {
        b.polarity(Polarity.ofDirection(Integer.parseInt(m.get("Direction"))));
      }
      if (!m.get("Weight").isEmpty()) {
        b.weight(Double.parseDouble(m.get("Weight")));
      }
      if (!m.get("Target").isEmpty()) {
        b.target(Double.parseDouble(m.get("Target")));
      }
      if (!m.get("Denominator").isEmpty()) {
        b.denominator(m.get("Denominator"));
      }
      if (!m.get("Unit").isEmpty()) {
        b.unit(m.get("Unit"));
      }
      rows.add(b.build());
    }
    return rows;
  }

  static IndexData data(List<MetaRow> meta) {
    List<Map<String, String>> rows = Csv.read(DIR + "coinr_asem_iData.csv");
    List<String> columns = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (MetaRow r : meta) {
      if (r.type() == MetaType.GROUP) {
        groups.add(r.code());
      } else if (r.type() != MetaType.AGGREGATE) {
        columns.add(r.code());
      }
    }
    List<String> units = new ArrayList<>();
    double[][] v = new double[rows.size()][columns.size()];
    for (int u = 0; u < rows.size(); u++) {
      units.add(rows.get(u).get("uCode"));
      for (int c = 0; c < columns.size(); c++) {
        String s = rows.get(u).get(columns.get(c));
        v[u][c] = s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
      }
    }
    IndexData data = IndexData.of(units, columns, v);
    for (String g : groups) {
      List<String> labels = new ArrayList<>();
      rows.forEach(r -> labels.add(r.get(g)));
      data = data.withGroup(g, labels);
    }
    return data;
  }

  static Pipeline pipeline(List<MetaRow> meta) {
    return Pipeline.of(Framework.fromMeta(meta), List.of(Denominate.fromMeta(meta),
        Impute.groupMean("EurAsia_group"), Screen.byAvailability(0.9), Treat.coinrDefault()));
  }

  @Test
  void publishedHeadOfTheIndex() {
    List<MetaRow> meta = meta();
    PipelineResult run = pipeline(meta).run(data(meta));
    IndexResult r = run.result();
    String[] head = {"CHE", "NLD", "DNK", "NOR", "BEL", "SWE"};
    double[] scores = {68.38, 64.82, 64.80, 64.47, 63.54, 63.00};
    for (int k = 0; k < head.length; k++) {
      assertEquals(scores[k], r.score(head[k], "Index").orElseThrow(), 0.005, head[k]);
      assertEquals(k + 1, r.rank(head[k], "Index").orElseThrow().toInt(), head[k]);
    }
    assertEquals(51, r.units().size());
    // every unit has every score after imputation
    for (String u : r.units()) {
      for (Node n : r.framework().nodes()) {
        assertTrue(r.isPresent(u, n.code()), u + " " + n.code());
      }
    }
  }

  @Test
  void stagesAreKeptForInspection() {
    List<MetaRow> meta = meta();
    PipelineResult run = pipeline(meta).run(data(meta));
    assertEquals(4, run.stages().size());
    assertEquals(List.of(), run.stages().get(2).log()); // nobody screened out after imputation
    // COINr's treatment of ASEM: 15 indicators winsorised, none log-transformed
    List<String> treated = run.stages().get(3).log();
    assertEquals(15, treated.size());
    assertTrue(treated.contains("Bord: winsorised 3 points, 3 high"), treated.toString());
    assertTrue(treated.stream().noneMatch(s -> s.contains("log")));
  }
}
