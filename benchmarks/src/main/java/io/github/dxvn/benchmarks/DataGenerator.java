package io.github.dxvn.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generates synthetic long-format observations like {@code gen_observations.py} (the Python
 * generator of the benchmark task), at any size.
 *
 * <p>With the default 100 indicators and 10 periods, the output is byte for byte the Python
 * generator's for the same number of units and seed: this class ports CPython's Mersenne Twister,
 * string seeding, {@code random()} and {@code gauss()} exactly ({@link PyRandom}), rounds
 * percentages half-even from the exact binary value as Python's {@code f"{v:.2f}"} does, and uses
 * {@link StrictMath} for the logarithms, exponentials and trigonometry (tested on the small and
 * big files: identical SHA-256). Other indicator and period counts extend the same scheme: pillars
 * DG, DE, DS share the indicators (the first pillars take the remainder), 60 % of them are
 * percentages, the last DS indicator is the constant-in-the-first-two-years count, periods run from
 * 2016.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.dxvn.benchmarks.DataGenerator
 * UNITS|small|big OUT [--seed S] [--indicators I] [--periods P]}; {@code OUT} may be {@code -}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataGenerator {

  /** The Python generator's default seed. */
  public static final long DEFAULT_SEED = 20250601L;

  private static final String[] PILLARS = {"DG", "DE", "DS"};
  private static final int FIRST_YEAR = 2016;
  private static final double P_MISSING = 0.005;
  private static final double P_ESTIMATED = 0.04;

  private final int units;
  private final int indicators;
  private final int periods;
  private final long seed;

  private DataGenerator(int units, int indicators, int periods, long seed) {
    this.units = units;
    this.indicators = indicators;
    this.periods = periods;
    this.seed = seed;
  }

  /**
   * Obtains a generator of the Python generator's shape: 100 indicators, 10 periods.
   *
   * @param units  the number of units, from 1 to 90,000
   * @param seed  the seed
   * @return the generator, not null
   * @throws IllegalArgumentException if the number of units is out of range
   */
  public static DataGenerator of(int units, long seed) {
    return of(units, 100, 10, seed);
  }

  /**
   * Obtains a generator.
   *
   * @param units  the number of units, from 1 to 90,000
   * @param indicators  the number of indicators, from 3 to 297
   * @param periods  the number of annual periods from 2016, from 3 to 100
   * @param seed  the seed
   * @return the generator, not null
   * @throws IllegalArgumentException if a count is out of range
   */
  public static DataGenerator of(int units, int indicators, int periods, long seed) {
    check("units", units, 1, 90000);
    check("indicators", indicators, 3, 297);
    check("periods", periods, 3, 100);
    return new DataGenerator(units, indicators, periods, seed);
  }

  private static void check(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + what + " (valid values " + min + " - " + max + "): " + value);
    }
  }

  /**
   * Writes the file: a header and one row per unit, indicator and period, sorted that way.
   *
   * @param out  the stream, not null, not closed
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    BufferedOutputStream o = new BufferedOutputStream(out, 1 << 16);
    o.write("unit_code,indicator_code,period,value,unit,status\n"
        .getBytes(StandardCharsets.US_ASCII));
    List<Indicator> inds = indicators();
    StringBuilder sb = new StringBuilder(8192);
    for (String code : unitCodes()) {
      unitRows(code, inds, sb);
      o.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
      sb.setLength(0);
    }
    o.flush();
  }

  /**
   * Writes the file to a path.
   *
   * @param path  the file, not null
   * @throws IOException if writing fails
   */
  public void write(Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(path, "path"))) {
      write(out);
    }
  }

  /** The first n codes of a fixed sequence of distinct 5-digit codes, sorted as text. */
  List<String> unitCodes() {
    PyRandom rng = new PyRandom(seed + ":codes");
    Set<Integer> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    while (out.size() < units) {
      int c = 1001 + (int) (rng.random() * 97998);
      if (seen.add(c)) {
        out.add(String.format("%05d", c));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static final class Indicator {
    final String code;
    final int pillar;
    boolean percent;
    double base;
    double spread;
    double trend;
    double load;
    double mu;
    double sd;

    Indicator(String code, int pillar) {
      this.code = code;
      this.pillar = pillar;
    }
  }

  List<Indicator> indicators() {
    PyRandom rng = new PyRandom(seed + ":indicators");
    List<Indicator> codes = new ArrayList<>();
    for (int k = 0; k < PILLARS.length; k++) {
      int n = indicators / 3 + (k < indicators % 3 ? 1 : 0);
      for (int i = 1; i <= n; i++) {
        codes.add(new Indicator(PILLARS[k] + String.format("%02d", i), k));
      }
    }
    Indicator constant = codes.get(codes.size() - 1);
    // exactly 60 % percentages, never the constant one: the first by a random key
    List<Object[]> keyed = new ArrayList<>();
    for (Indicator c : codes) {
      if (c != constant) {
        keyed.add(new Object[] {rng.random(), c});
      }
    }
    keyed.sort(Comparator.<Object[]>comparingDouble(a -> (Double) a[0])
        .thenComparing(a -> ((Indicator) a[1]).code));
    int percent = (int) Math.round(indicators * 0.6);
    for (int i = 0; i < percent; i++) {
      ((Indicator) keyed.get(i)[1]).percent = true;
    }
    for (Indicator c : codes) {
      if (c.percent) {
        c.base = 15 + 70 * rng.random();
        c.spread = 5 + 15 * rng.random();
        c.trend = -1.0 + 2.5 * rng.random();
        c.load = -1 + 2 * rng.random();
      } else {
        c.mu = StrictMath.log(2) + (StrictMath.log(2000) - StrictMath.log(2)) * rng.random();
        c.sd = 0.3 + 0.9 * rng.random();
        c.trend = -0.03 + 0.09 * rng.random();
        c.load = 0.5 + 0.7 * rng.random();
      }
      if (c == constant) {
        c.mu = StrictMath.log(3);
        c.sd = 0.8;
      }
    }
    return codes;
  }

  private void unitRows(String code, List<Indicator> inds, StringBuilder sb) {
    PyRandom rng = new PyRandom(seed + ":unit:" + code);
    double size = rng.gauss();
    double[] factor = new double[PILLARS.length];
    for (int k = 0; k < factor.length; k++) {
      factor[k] = rng.gauss();
    }
    Indicator constant = inds.get(inds.size() - 1);
    for (Indicator p : inds) {
      double persist = rng.gauss();
      for (int t = 0; t < periods; t++) {
        double noise = rng.gauss();
        double uMiss = rng.random();
        double uEst = rng.random();
        String txt;
        String unit;
        if (p.percent) {
          double v = p.base + p.trend * t
              + p.spread * (p.load * factor[p.pillar] + 0.6 * persist + 0.25 * noise);
          v = Math.min(100.0, Math.max(0.0, v));
          txt = new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
          unit = "%";
        } else {
          long n;
          if (p == constant && t < 2) {
            n = 0;
          } else {
            double x = p.mu + p.trend * t
                + p.sd * (p.load * size + 0.5 * persist + 0.3 * noise);
            n = (long) Math.floor(StrictMath.exp(Math.min(x, 20.0)) + 0.5);
          }
          txt = Long.toString(n);
          unit = "1";
        }
        String status;
        if (uMiss < P_MISSING) {
          txt = "";
          status = "M";
        } else if (uEst < P_ESTIMATED) {
          status = "E";
        } else {
          status = "A";
        }
        sb.append(code).append(',').append(p.code).append(',').append(FIRST_YEAR + t).append(',')
            .append(txt).append(',').append(unit).append(',').append(status).append('\n');
      }
    }
  }

  /**
   * Writes a file from the command line.
   *
   * @param args  {@code UNITS|small|big OUT [--seed S] [--indicators I] [--periods P]}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length % 2 != 0) {
      System.err.println("usage: DataGenerator UNITS|small|big OUT [--seed S] [--indicators I]"
          + " [--periods P]");
      System.exit(2);
    }
    int units = args[0].equals("small") ? 34 : args[0].equals("big") ? 3321
        : Integer.parseInt(args[0]);
    long seed = DEFAULT_SEED;
    int indicators = 100;
    int periods = 10;
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--seed":
          seed = Long.parseLong(args[i + 1]);
          break;
        case "--indicators":
          indicators = Integer.parseInt(args[i + 1]);
          break;
        case "--periods":
          periods = Integer.parseInt(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("Unknown option: " + args[i]);
      }
    }
    DataGenerator g = of(units, indicators, periods, seed);
    if (args[1].equals("-")) {
      g.write(System.out);
    } else {
      g.write(Path.of(args[1]));
    }
  }
}
