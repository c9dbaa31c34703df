package io.github.dxvn.benchmarks;

import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.index.Aggregation;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.Period;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The national-scale pipeline of PIPELINE.md through the dxvn API: read a long observation file
 * into {@link ObservationColumns} (the csv adapter's parallel {@code LongCsv.Reader.readColumns}), then per period normalise each indicator min-max to 0–100
 * (100 when all values are equal), average the indicators of each pillar (the first two characters
 * of the indicator code), average the pillars into an overall score that needs every pillar, and
 * rank the units by competition ranking.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.dxvn.benchmarks.NationalPipeline FILE [--threads N]}. It prints a check line, a header
 * and the ten best units of the latest period.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalPipeline {

  /** The code of the overall index node. */
  public static final String OVERALL = "overall";

  private NationalPipeline() {}

  /**
   * Runs the pipeline on a file and prints the result on standard output.
   *
   * @param args  the file, then optionally {@code --threads N}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && !(args.length == 3 && args[1].equals("--threads"))) {
      System.err.println("usage: NationalPipeline FILE [--threads N]");
      System.exit(2);
    }
    int threads = args.length == 3 ? Integer.parseInt(args[2])
        : Runtime.getRuntime().availableProcessors();
    String out = run(Path.of(args[0]), threads);
    PrintStream ps = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ps.print(out);
    ps.flush();
  }

  /**
   * Reads a file and runs the pipeline.
   *
   * @param file  the long observation file, not null
   * @param threads  the number of threads reading the file, at least 1
   * @return the output text, lines ending in a line feed, not null
   * @throws IOException if the file cannot be read
   */
  public static String run(Path file, int threads) throws IOException {
    long t0 = System.nanoTime();
    ObservationColumns data = LongCsv.reader(CsvOptions.defaults()).readColumns(file, threads).columns();
    long t1 = System.nanoTime();
    String out = compute(data);
    if (Boolean.getBoolean("dxvn.timing")) {
      System.err.printf("read %d ms, compute %d ms%n", (t1 - t0) / 1_000_000,
          (System.nanoTime() - t1) / 1_000_000);
    }
    return out;
  }

  /**
   * Builds the framework of the task: one pillar per two-character prefix of the indicator codes,
   * in first-seen order, each indicator of weight 1 in its pillar, each pillar of weight 1 in
   * {@value #OVERALL}; min-max normalisation to 0–100 (100 for a constant indicator); arithmetic
   * means, the overall one needing every pillar.
   *
   * @param indicators  the indicator codes, not null
   * @return the framework, not null
   */
  public static Framework framework(List<String> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    Set<String> pillars = new LinkedHashSet<>();
    for (String code : indicators) {
      pillars.add(code.substring(0, 2));
    }
    Framework.Builder b = Framework.builder().node(Node.root(OVERALL));
    for (String pillar : pillars) {
      b.node(Node.of(pillar, OVERALL, 1));
    }
    for (String code : indicators) {
      b.node(Node.of(code, code.substring(0, 2), 1));
    }
    return b.normalisation(Normalisation.minMax(0, 100).withDegenerateValue(100))
        .aggregation(Aggregation.arithmetic())
        .aggregation(3, Aggregation.arithmetic().withMinimumAvailability(1))
        .build();
  }

  /**
   * Runs the pipeline on observations already read.
   *
   * @param data  the observations, not null
   * @return the output text, lines ending in a line feed, not null
   */
  public static String compute(ObservationColumns data) {
    Objects.requireNonNull(data, "data");
    List<String> units = data.units();
    List<String> indicators = data.indicators();
    Framework framework = framework(indicators);
    List<String> pillars = framework.children(OVERALL);
    int latest = 0;
    for (int p = 1; p < data.periods().size(); p++) {
      if (data.periods().get(p).compareTo(data.periods().get(latest)) > 0) {
        latest = p;
      }
    }
    long ranked = 0;
    long sumRank = 0;
    double sumOverall = 0;
    List<String> top = new ArrayList<>();
    for (Period period : sorted(data.periods())) {
      int p = data.periods().indexOf(period);
      IndexResult result = framework.compute(IndexData.of(units, indicators, data.matrix(p)));
      double[] overall = result.scores(OVERALL, Double.NaN);
      // the result ranks every node by competition ranking already
      int[] rank = result.ranking(OVERALL).toIntArray();
      for (int u = 0; u < overall.length; u++) {
        if (rank[u] > 0) {
          ranked++;
          sumRank += rank[u];
          sumOverall += overall[u];
        }
      }
      if (p == latest) {
        top = top(units, pillars, result, overall, rank);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("check rows_used=").append(data.size()).append(" ranked=").append(ranked)
        .append(" sum_rank=").append(sumRank).append(" sum_overall=")
        .append(round(sumOverall, 4)).append('\n');
    sb.append("rank,unit_code");
    for (String pillar : pillars) {
      sb.append(',').append(pillar);
    }
    sb.append(",overall\n");
    for (String line : top) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static List<Period> sorted(List<Period> periods) {
    List<Period> s = new ArrayList<>(periods);
    s.sort(Comparator.naturalOrder());
    return s;
  }

  private static List<String> top(List<String> units, List<String> pillars, IndexResult result,
      double[] overall, int[] rank) {
    List<Integer> order = new ArrayList<>();
    for (int u = 0; u < rank.length; u++) {
      if (rank[u] > 0) {
        order.add(u);
      }
    }
    order.sort(Comparator.<Integer>comparingInt(u -> rank[u]).thenComparing(units::get));
    List<double[]> pillarScores = new ArrayList<>();
    for (String pillar : pillars) {
      pillarScores.add(result.scores(pillar, Double.NaN));
    }
    List<String> lines = new ArrayList<>();
    for (int u : order.subList(0, Math.min(10, order.size()))) {
      StringBuilder line = new StringBuilder().append(rank[u]).append(',').append(units.get(u));
      for (double[] s : pillarScores) {
        line.append(',').append(round(s[u], 2));
      }
      lines.add(line.append(',').append(round(overall[u], 2)).toString());
    }
    return lines;
  }

  /** Rounds the exact binary value half-even, as C's printf does. */
  static String round(double x, int decimals) {
    return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
