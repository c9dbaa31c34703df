package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A province's DTI under one framework: the total, exact, its published form to 4 decimals, and the
 * group or pillar values, from the values it was computed from.
 *
 * <p>A score is made by {@link DtiFramework#score(Map)}, or by {@link #of(String, Map, BigDecimal)},
 * which recomputes it through a shipped framework, so that no score disagrees with its values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DtiScore {

  DtiScore() {}

  /**
   * Obtains the score of a province under a shipped framework ({@link DtiFramework#standard(String)}),
   * recomputed from its values; the stored total is checked against the recomputation.
   *
   * <p>This is how a score stored elsewhere (a JSON document, a database) is read back: nothing in a
   * score is taken on trust. The points, the group values and the published total are recomputed, and
   * a total that disagrees with the values is refused rather than kept. A score of a framework that
   * is not shipped is made with that framework's {@link DtiFramework#score(Map)}.
   *
   * <pre>{@code
   * DtiScore s = DtiScore.of("dti-922", values, new BigDecimal("0.800175"));
   * s.publishedTotal();   // 0.8002
   * }</pre>
   *
   * @param framework  the name of a shipped framework that can be scored, {@code dti-1726} or
   *     {@code dti-922}, not null
   * @param values  the values, as for {@link DtiFramework#score(Map)}, not null
   * @param total  the total stored with the values, compared by value ({@code 0.80} equals
   *     {@code 0.8}), not null
   * @return the score, as the framework computes it, not null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the framework is not a shipped framework that can be scored,
   *     the values are not valid for it, or the total differs from the total of the values
   */
  public static DtiScore of(String framework, Map<IndicatorCode, BigDecimal> values, BigDecimal total) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(total, "total");
    List<DtiFramework> scorable = DtiFramework.standardFrameworks().stream().filter(DtiFramework::isScorable)
        .toList();
    DtiFramework dti = scorable.stream().filter(f -> f.name().equals(framework)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Invalid value for framework (valid values "
            + scorable.stream().map(DtiFramework::name).collect(Collectors.joining(", ")) + "): " + framework));
    DtiScore score = dti.score(values);
    if (score.total().compareTo(total) != 0) {
      throw new IllegalArgumentException("Invalid value for total of " + framework
          + " (valid values the total of the values, " + score.total().toPlainString() + "): "
          + total.toPlainString());
    }
    return score;
  }

  static DtiScore of(String framework, Map<IndicatorCode, BigDecimal> values, BigDecimal total,
      Optional<BigDecimal> points, Map<IndicatorCode, BigDecimal> groupValues) {
    return new ImmutableDtiScore.Builder().framework(framework).values(values).total(total)
        .points(points).groupValues(groupValues).build();
  }

  /**
   * Returns the name of the framework that computed the score, such as {@code dti-922}.
   *
   * @return the name, not null
   */
  public abstract String framework();

  /**
   * Returns the values the score was computed from (with any unscored main indicator given).
   *
   * @return the values on 0–1, canonical, in the framework's order, not null
   */
  public abstract Map<IndicatorCode, BigDecimal> values();

  /**
   * Returns the provincial DTI, exact (922: {@code Σ value × max points / 1000}; 1726:
   * {@code 0.4 × government + 0.3 × economy + 0.3 × society}).
   *
   * @return the total on 0–1, canonical, not null
   */
  public abstract BigDecimal total();

  /**
   * Returns the points out of the framework's total points, for a framework scored by points.
   *
   * @return the points, such as 800.175 of 1,000, or empty
   */
  public abstract Optional<BigDecimal> points();

  /**
   * Returns the value of each group or pillar, by code. For 1726 these are the pillar values given;
   * for 922 each group's value is the points-weighted mean of its scored main indicators, computed
   * by dxvn (not a published figure), rounded to 34 significant digits when it does not terminate.
   *
   * @return the values on 0–1, in the framework's order, not null
   */
  public abstract Map<IndicatorCode, BigDecimal> groupValues();

  /**
   * Returns the total as published: rounded half up to 4 decimals, such as 0.8002.
   *
   * @return the total with scale 4, not null
   */
  public BigDecimal publishedTotal() {
    return Dti.published(total());
  }

  /**
   * Returns a form such as {@code dti-922 0.8002 (0.800175)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return framework() + " " + publishedTotal().toPlainString() + " (" + total().toPlainString() + ")";
  }
}
