package io.github.dxvn.examples;

import io.github.dxvn.csv.CoinrMetaCsv;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.CsvReadResult;
import io.github.dxvn.csv.WideCsv;
import io.github.dxvn.index.Denominate;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.Impute;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.Screen;
import io.github.dxvn.index.Treat;
import io.github.dxvn.index.Uncertainty;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Example: two published composite indices reproduced from their data with the index engine, then
 * the rank uncertainty of one.
 *
 * <ul>
 *   <li>EU DESI 2022: min-max against fixed bounds, indicator weights within sub-dimensions,
 *       sub-dimension weights within dimensions, four dimensions at 25 % (published: FI 69.60, DK 69.33).
 *   <li>COINr's ASEM index: denominate, impute by group mean, screen units, treat outliers, min-max
 *       0–100, weighted arithmetic mean (published head: CHE 68.38, NLD 64.82, DNK 64.80).
 * </ul>
 */
public final class ComposeIndex {

  private ComposeIndex() {}

  /**
   * Prints both indices and the ASEM rank uncertainty.
   *
   * @param args  ignored
   * @throws IOException if the example data cannot be read
   */
  public static void main(String[] args) throws IOException {
    IndexResult desi = desiFramework().compute(desiData());
    System.out.println("DESI 2022 (published: FI 69.60, DK 69.33, NL 67.37; EU average 52.28)");
    for (String unit : List.of("FI", "DK", "NL", "EU")) {
      System.out.printf("  %-4s %6.2f%n", unit, desi.score(unit, "DESI").orElseThrow());
    }

    List<MetaRow> meta;
    try (InputStream in = ComposeIndex.class.getResourceAsStream("coinr_asem_iMeta.csv")) {
      meta = CoinrMetaCsv.reader(CsvOptions.defaults()).read(in, "coinr_asem_iMeta.csv").rows();
    }
    IndexData asemData = asemData(meta);
    Pipeline asem = Pipeline.of(Framework.fromMeta(meta), List.of(Denominate.fromMeta(meta),
        Impute.groupMean("EurAsia_group"), Screen.byAvailability(0.9), Treat.coinrDefault()));
    IndexResult result = asem.run(asemData).result();
    UncertaintyResult ua = Uncertainty.of(200, 42).withWeightNoise(0.25).run(asem, asemData, "Index");
    System.out.println();
    System.out.println("COINr ASEM index (published: CHE 68.38, NLD 64.82, DNK 64.80, NOR 64.47, BEL 63.54, SWE 63.00)");
    System.out.println("  with rank uncertainty: 200 replications, every weight x U(0.75, 1.25), seed 42");
    System.out.println("  unit  score  rank  median  5th-95th percentile rank");
    for (String unit : List.of("CHE", "NLD", "DNK", "NOR", "BEL", "SWE")) {
      System.out.printf("  %-4s %6.2f  %4d  %6.1f  %.0f-%.0f%n", unit, result.score(unit, "Index").orElseThrow(),
          result.rank(unit, "Index").orElseThrow().toInt(), ua.median(unit).orElseThrow(),
          ua.percentile5(unit).orElseThrow(), ua.percentile95(unit).orElseThrow());
    }
  }

  /**
   * Builds the DESI 2022 framework from its indicator table.
   *
   * @return the framework, not null
   */
  static Framework desiFramework() {
    Framework.Builder b = Framework.builder().node(Node.root("DESI"));
    Set<String> dims = new LinkedHashSet<>();
    Set<String> subs = new LinkedHashSet<>();
    for (Map<String, String> m : Tables.resource("desi2022_indicator_meta.csv")) {
      if (dims.add(m.get("dimension"))) {
        b.node(Node.builder().code(m.get("dimension")).name(m.get("dimension_name")).parent("DESI")
            .weight(Double.parseDouble(m.get("dimension_weight_in_desi"))).build());
      }
      if (subs.add(m.get("subdimension"))) {
        b.node(Node.of(m.get("subdimension"), m.get("dimension"),
            Double.parseDouble(m.get("subdimension_weight_in_dimension"))));
      }
      b.node(Node.builder().code(m.get("code")).name(m.get("indicator")).parent(m.get("subdimension"))
          .weight(Double.parseDouble(m.get("indicator_weight_in_subdimension")))
          .polarity(Polarity.ofDirection(Integer.parseInt(m.get("direction"))))
          .normalisation(Normalisation.minMax(0, 100, Double.parseDouble(m.get("norm_min")),
              Double.parseDouble(m.get("norm_max"))))
          .build());
    }
    return b.build();
  }

  /**
   * Reads the DESI 2022 indicator values: one row per country, columns {@code i1a1} ... .
   *
   * @return the data, not null
   */
  static IndexData desiData() {
    List<Map<String, String>> rows = Tables.resource("desi2022_indicators.csv");
    List<String> indicators = new ArrayList<>();
    for (String h : rows.get(0).keySet()) {
      if (h.startsWith("i") && !h.equals("imputed")) {
        indicators.add(h.substring(1)); // column "i1a1" holds indicator "1a1"
      }
    }
    List<String> units = new ArrayList<>();
    double[][] values = new double[rows.size()][indicators.size()];
    for (int r = 0; r < rows.size(); r++) {
      units.add(rows.get(r).get("geo"));
      for (int c = 0; c < indicators.size(); c++) {
        values[r][c] = Double.parseDouble(rows.get(r).get("i" + indicators.get(c)));
      }
    }
    return IndexData.of(units, indicators, values);
  }

  /**
   * Reads COINr's ASEM iData with the CSV adapter (a wide file as it is): the indicator and
   * denominator columns of the meta, and the EurAsia group of each unit.
   *
   * @param meta  the iMeta rows, not null
   * @return the data, not null
   * @throws IOException if the data cannot be read
   */
  static IndexData asemData(List<MetaRow> meta) throws IOException {
    CsvReadResult read;
    try (InputStream in = ComposeIndex.class.getResourceAsStream("coinr_asem_iData.csv")) {
      read = WideCsv.reader(CsvOptions.defaults()).read(in, "coinr_asem_iData.csv");
    }
    List<String> columns = new ArrayList<>();
    for (MetaRow r : meta) {
      if (r.type() != MetaType.GROUP && r.type() != MetaType.AGGREGATE) {
        columns.add(r.code());
      }
    }
    IndexData data = IndexInputs.of(read.dataset(), Period.ofYear(2018), columns);
    return IndexInputs.withGroup(data, "EurAsia_group", read.unitAttributes());
  }
}
