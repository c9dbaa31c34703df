package io.github.dxvn.target;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TargetComparatorProperties {

  // Few distinct values, so that figures often sit on the target.
  private static final Gen<BigDecimal> VALUES = integers().between(0, 40).map(i -> BigDecimal.valueOf(i, 1));
  private static final Gen<Comparison> COMPARISONS = arbitrary().enumValues(Comparison.class);
  private static final Gen<TargetComparator> COMPARATORS = arbitrary().enumValues(TargetComparator.class);

  /** The true values a figure allows (approximations are the figure itself, for this check). */
  private static boolean allows(Comparison comparison, BigDecimal figure, BigDecimal x) {
    int c = x.compareTo(figure);
    switch (comparison) {
      case GREATER:
        return c > 0;
      case GREATER_OR_EQUAL:
        return c >= 0;
      case LESS:
        return c < 0;
      case LESS_OR_EQUAL:
        return c <= 0;
      default:
        return c == 0;
    }
  }

  private static List<BigDecimal> witnesses(BigDecimal figure, BigDecimal target) {
    BigDecimal h = new BigDecimal("0.05");
    return List.of(figure, target, figure.add(h), figure.subtract(h), target.add(h), target.subtract(h),
        figure.add(BigDecimal.TEN.pow(6)), figure.subtract(BigDecimal.TEN.pow(6)));
  }

  @Test
  void anExactValueDecidesEveryComparator() {
    qt().forAll(VALUES, COMPARATORS, VALUES)
        .check((v, comparator, t) -> comparator.test(Comparison.EQUAL, v, t) != TargetStatus.UNKNOWN
            && (comparator.test(Comparison.EQUAL, v, t) == TargetStatus.MEETS) == comparator.isMetBy(v, t));
  }

  @Test
  void boundsAreSoundAndUnknownOnlyWhenTheyStraddle() {
    qt().forAll(VALUES, arbitrary().pick(Comparison.GREATER, Comparison.GREATER_OR_EQUAL, Comparison.LESS,
        Comparison.LESS_OR_EQUAL, Comparison.EQUAL), COMPARATORS, VALUES).check((v, comparison, comparator, t) -> {
          TargetStatus status = comparator.test(comparison, v, t);
          boolean someMeet = false;
          boolean someFail = false;
          for (BigDecimal x : witnesses(v, t)) {
            if (allows(comparison, v, x)) {
              someMeet |= comparator.isMetBy(x, t);
              someFail |= !comparator.isMetBy(x, t);
            }
          }
          switch (status) {
            case MEETS:
              return !someFail;
            case FAILS:
              return !someMeet;
            default:
              return someMeet && someFail;
          }
        });
  }

  @Test
  void anApproximationIsUnknownOnlyOnTheTarget() {
    qt().forAll(VALUES, COMPARATORS, VALUES).check((v, comparator, t) -> {
      TargetStatus status = comparator.test(Comparison.APPROXIMATE, v, t);
      return v.compareTo(t) == 0
          ? status == TargetStatus.UNKNOWN
          : status == comparator.test(Comparison.EQUAL, v, t);
    });
  }

  @Test
  void meetingAHigherTargetMeetsALowerOne() {
    qt().forAll(COMPARISONS, VALUES, VALUES, VALUES).check((comparison, v, a, b) -> {
      BigDecimal low = a.min(b);
      BigDecimal high = a.max(b);
      boolean up = TargetComparator.AT_LEAST.test(comparison, v, high) != TargetStatus.MEETS
          || TargetComparator.AT_LEAST.test(comparison, v, low) == TargetStatus.MEETS;
      boolean down = TargetComparator.AT_LEAST.test(comparison, v, low) != TargetStatus.FAILS
          || TargetComparator.AT_LEAST.test(comparison, v, high) == TargetStatus.FAILS;
      // For ranks it is the other way: within the top 30 is within the top 50.
      boolean top = TargetComparator.TOP.test(comparison, v, low) != TargetStatus.MEETS
          || TargetComparator.TOP.test(comparison, v, high) == TargetStatus.MEETS;
      return up && down && top;
    });
  }

  @Test
  void reachAndAtLeastMeetAlike() {
    qt().forAll(COMPARISONS, VALUES, VALUES).check((comparison, v, t) ->
        TargetComparator.REACH.test(comparison, v, t) == TargetComparator.AT_LEAST.test(comparison, v, t));
  }

  @Test
  void exceedingIsHarderThanReaching() {
    qt().forAll(COMPARISONS, VALUES, VALUES).check((comparison, v, t) ->
        TargetComparator.GREATER.test(comparison, v, t) != TargetStatus.MEETS
            || TargetComparator.AT_LEAST.test(comparison, v, t) == TargetStatus.MEETS);
  }
}
