package io.github.dxvn.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of PIPELINE.md: the national pipeline written by hand, single-threaded, with the
 * JDK only and no dxvn type, as a competent programmer would write it in one sitting (buffered line
 * reading, {@code indexOf} splitting, {@code HashMap} interning, {@link Double#parseDouble},
 * primitive arrays). Ratios in docs/PERFORMANCE.md are against this program.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.dxvn.benchmarks.HandWrittenPipeline FILE}.
 */
public final class HandWrittenPipeline {

  private HandWrittenPipeline() {}

  /**
   * Runs the task on a file and prints the result on standard output.
   *
   * @param args  the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HandWrittenPipeline FILE");
      System.exit(2);
    }
    System.out.print(run(Path.of(args[0])));
    System.out.flush();
  }

  /**
   * Runs the task on a file.
   *
   * @param file  the file, not null
   * @return the output, not null
   * @throws IOException if the file cannot be read
   */
  public static String run(Path file) throws IOException {
    Map<String, Integer> unitIds = new HashMap<>();
    Map<String, Integer> indicatorIds = new HashMap<>();
    Map<String, Integer> periodIds = new HashMap<>();
    List<String> units = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    int n = 0;
    int[] ru = new int[1 << 16];
    int[] ri = new int[1 << 16];
    int[] rp = new int[1 << 16];
    double[] rv = new double[1 << 16];
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine(); // header: unit_code,indicator_code,period,value,unit,status
      String line;
      while ((line = in.readLine()) != null) {
        int a = line.indexOf(',');
        int b = line.indexOf(',', a + 1);
        int c = line.indexOf(',', b + 1);
        int d = line.indexOf(',', c + 1);
        if (d == c + 1) {
          continue; // empty value
        }
        if (n == rv.length) {
          ru = Arrays.copyOf(ru, n * 2);
          ri = Arrays.copyOf(ri, n * 2);
          rp = Arrays.copyOf(rp, n * 2);
          rv = Arrays.copyOf(rv, n * 2);
        }
        ru[n] = id(line.substring(0, a), unitIds, units);
        ri[n] = id(line.substring(a + 1, b), indicatorIds, indicators);
        rp[n] = id(line.substring(b + 1, c), periodIds, periods);
        rv[n] = Double.parseDouble(line.substring(c + 1, d));
        n++;
      }
    }
    int nu = units.size();
    int ni = indicators.size();
    int np = periods.size();
    // pillar of each indicator, pillars in first-seen order
    List<String> pillars = new ArrayList<>();
    int[] pillarOf = new int[ni];
    for (int i = 0; i < ni; i++) {
      String p = indicators.get(i).substring(0, 2);
      if (!pillars.contains(p)) {
        pillars.add(p);
      }
      pillarOf[i] = pillars.indexOf(p);
    }
    int npl = pillars.size();
    // values per period as [indicator][unit], NaN when missing
    double[][][] v = new double[np][ni][nu];
    for (double[][] pv : v) {
      for (double[] col : pv) {
        Arrays.fill(col, Double.NaN);
      }
    }
    for (int r = 0; r < n; r++) {
      v[rp[r]][ri[r]][ru[r]] = rv[r];
    }
    Integer[] periodOrder = new Integer[np];
    for (int p = 0; p < np; p++) {
      periodOrder[p] = p;
    }
    Arrays.sort(periodOrder, (x, y) -> periods.get(x).compareTo(periods.get(y)));
    int latest = periodOrder[np - 1];
    long ranked = 0;
    long sumRank = 0;
    double sumOverall = 0;
    StringBuilder top = new StringBuilder();
    for (int p : periodOrder) {
      double[][] sum = new double[npl][nu];
      int[][] count = new int[npl][nu];
      for (int i = 0; i < ni; i++) {
        double[] col = v[p][i];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : col) {
          if (!Double.isNaN(x)) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
          }
        }
        int k = pillarOf[i];
        for (int u = 0; u < nu; u++) {
          double x = col[u];
          if (!Double.isNaN(x)) {
            sum[k][u] += hi == lo ? 100 : (x - lo) / (hi - lo) * 100;
            count[k][u]++;
          }
        }
      }
      double[][] score = new double[npl][nu];
      double[] overall = new double[nu];
      for (int u = 0; u < nu; u++) {
        double total = 0;
        boolean complete = true;
        for (int k = 0; k < npl; k++) {
          score[k][u] = count[k][u] == 0 ? Double.NaN : sum[k][u] / count[k][u];
          complete &= count[k][u] > 0;
          total += score[k][u];
        }
        overall[u] = complete ? total / npl : Double.NaN;
      }
      // competition rank: 1 + number of strictly greater values
      double[] sorted = Arrays.stream(overall).filter(x -> !Double.isNaN(x)).sorted().toArray();
      int[] rank = new int[nu];
      for (int u = 0; u < nu; u++) {
        if (!Double.isNaN(overall[u])) {
          int lt = upperBound(sorted, overall[u]);
          rank[u] = 1 + sorted.length - lt;
          ranked++;
          sumRank += rank[u];
          sumOverall += overall[u];
        }
      }
      if (p == latest) {
        Integer[] order = new Integer[nu];
        for (int u = 0; u < nu; u++) {
          order[u] = u;
        }
        Arrays.sort(order, (x, y) -> rank[x] != rank[y] ? Integer.compare(rank[x], rank[y])
            : units.get(x).compareTo(units.get(y)));
        int shown = 0;
        for (int u : order) {
          if (rank[u] == 0) {
            continue;
          }
          if (shown++ == 10) {
            break;
          }
          top.append(rank[u]).append(',').append(units.get(u));
          for (int k = 0; k < npl; k++) {
            top.append(',').append(fmt(score[k][u], 2));
          }
          top.append(',').append(fmt(overall[u], 2)).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("check rows_used=").append(n).append(" ranked=").append(ranked)
        .append(" sum_rank=").append(sumRank).append(" sum_overall=").append(fmt(sumOverall, 4))
        .append("\nrank,unit_code,").append(String.join(",", pillars)).append(",overall\n")
        .append(top);
    return out.toString();
  }

  private static int id(String code, Map<String, Integer> ids, List<String> list) {
    Integer id = ids.get(code);
    if (id == null) {
      id = list.size();
      ids.put(code, id);
      list.add(code);
    }
    return id;
  }

  /** Index of the first element greater than x in an ascending array. */
  private static int upperBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String fmt(double x, int decimals) {
    return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
