package io.github.dxvn.benchmarks;

import io.github.dxvn.text.VietnameseNumberFormat;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * Parsing numbers as the Vietnamese dialect writes them ({@code 1.234.567,89}, {@code 99,53%}) to
 * double and to BigDecimal, lenient dot-decimal fallback, and building a JSR-385 quantity from
 * the exact value. Time per number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NumberParsingBenchmark {

  private static final String[] TEXTS = {"1.234.567,89", "99,53", "4.327", "0,8253", "12",
      "100,00%", "-1.234,5", "98.998"};
  private static final String[] DOT_TEXTS = {"95.22", "0.825", "1234.5", "99.53%"};
  private final VietnameseNumberFormat strict = VietnameseNumberFormat.strict();
  private final VietnameseNumberFormat lenient = VietnameseNumberFormat.lenient();

  /**
   * Strict parse to double.
   *
   * @param bh  the sink
   */
  @Benchmark
  @OperationsPerInvocation(8)
  public void parseDouble(Blackhole bh) {
    for (String t : TEXTS) {
      bh.consume(strict.parseDouble(t));
    }
  }

  /**
   * Strict parse to BigDecimal.
   *
   * @param bh  the sink
   */
  @Benchmark
  @OperationsPerInvocation(8)
  public void parseDecimal(Blackhole bh) {
    for (String t : TEXTS) {
      bh.consume(strict.parseDecimal(t));
    }
  }

  /**
   * Lenient parse of dot-decimal texts (the strict attempt fails first).
   *
   * @param bh  the sink
   */
  @Benchmark
  @OperationsPerInvocation(4)
  public void parseLenientDotDecimal(Blackhole bh) {
    for (String t : DOT_TEXTS) {
      bh.consume(lenient.parse(t));
    }
  }

  /**
   * Strict parse to BigDecimal, then a percent quantity.
   *
   * @param bh  the sink
   */
  @Benchmark
  @OperationsPerInvocation(8)
  public void parseQuantity(Blackhole bh) {
    for (String t : TEXTS) {
      BigDecimal v = strict.parseDecimal(t);
      Quantity<Dimensionless> q = Quantities.getQuantity(v, Units.PERCENT);
      bh.consume(q);
    }
  }

  /**
   * The JDK's parse of the same digits written with a dot, for comparison.
   *
   * @param bh  the sink
   */
  @Benchmark
  @OperationsPerInvocation(4)
  public void jdkParseDouble(Blackhole bh) {
    bh.consume(Double.parseDouble("1234567.89"));
    bh.consume(Double.parseDouble("99.53"));
    bh.consume(Double.parseDouble("4327"));
    bh.consume(Double.parseDouble("0.8253"));
  }
}
