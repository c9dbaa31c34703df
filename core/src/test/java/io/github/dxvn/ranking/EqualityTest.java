package io.github.dxvn.ranking;

import static io.github.dxvn.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.indicator.Polarity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Equality, hash codes and text of ranks, rankers and rankings. */
class EqualityTest {

  @Test
  void ranks() {
    assertValueSemantics(Rank.of(2.5, 4), Rank.parse("2.5/4"), Rank.of(2, 4), Rank.of(2.5, 5));
  }

  @Test
  void rankers() {
    Ranker r = Ranker.competition().withRoundingTo(2);
    assertValueSemantics(r, Ranker.of(Polarity.HIGHER_IS_BETTER, RankingMethod.COMPETITION).withRoundingTo(2),
        r.withPolarity(Polarity.LOWER_IS_BETTER), r.withMethod(RankingMethod.DENSE), r.withRoundingTo(0),
        r.withoutRounding());
    assertEquals("Ranker[COMPETITION, HIGHER_IS_BETTER, unrounded]", Ranker.competition().toString());
    assertEquals("Ranker[COMPETITION, HIGHER_IS_BETTER, 0 decimals]", Ranker.competition().withRoundingTo(0).toString());
  }

  @Test
  void rankings() {
    Ranking r = Ranker.competition().rank(new double[] {3, 1, Double.NaN});
    assertValueSemantics(r, Ranker.competition().rank(new double[] {5, 1, Double.NaN}),
        Ranking.of(RankingMethod.DENSE, List.of(Optional.of(Rank.of(1, 2)), Optional.of(Rank.of(2, 2)), Optional.empty())),
        Ranker.competition().rank(new double[] {1, 3, Double.NaN}),
        Ranker.competition().rankWithin(new double[] {3, 1, Double.NaN}, new String[] {"a", "b", "b"}));
  }
}
