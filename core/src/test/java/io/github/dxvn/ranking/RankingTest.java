package io.github.dxvn.ranking;

import static io.github.dxvn.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RankingTest {

  /** Ranks from their text forms; "-" is unranked. */
  static List<Optional<Rank>> ranks(String texts) {
    List<Optional<Rank>> out = new ArrayList<>();
    for (String t : texts.split(" ")) {
      out.add(t.equals("-") ? Optional.empty() : Optional.of(Rank.parse(t)));
    }
    return out;
  }

  @Test
  void rebuildsARankingOfAllItems() {
    Ranking computed = Ranker.competition().rank(new double[] {10, 8, Double.NaN, 8, 5});
    Ranking read = Ranking.of(RankingMethod.COMPETITION, ranks("1/4 2/4 - 2/4 4/4"));
    assertEquals(computed, read);
    assertEquals("[1/4, 2/4, -, 2/4, 4/4]", read.toString());
  }

  @Test
  void rebuildsARankingWithinGroups() {
    Ranking computed = Ranker.competition().rankWithin(new double[] {3, 1, 9, 2, 2},
        new String[] {"north", "north", "south", "north", "south"});
    assertEquals(computed, Ranking.of(RankingMethod.COMPETITION, ranks("1/3 3/3 1/2 2/3 2/2")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "COMPETITION;1/4 2/4 2/4 4/4",
      "DENSE;1/4 2/4 2/4 3/4",
      "ORDINAL;1/4 2/4 3/4 4/4",
      "FRACTIONAL;1/4 2.5/4 2.5/4 4/4",
      "ORDINAL;1/2 1/2 2/2 2/2",
      "COMPETITION;1/2 1/2 1/2 1/2",
      "COMPETITION;-",
  })
  void acceptsWhatTheMethodGives(RankingMethod method, String texts) {
    assertEquals(ranks(texts).stream().filter(Optional::isPresent).count(),
        Ranking.of(method, ranks(texts)).rankedCount());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "COMPETITION;1/4 2/4 2/4 3/4;Invalid value for a rank out of 4 (valid values those of a COMPETITION ranking, which gives 4/4 here): 3/4",
      "DENSE;1/4 2/4 2/4 4/4;Invalid value for a rank out of 4 (valid values those of a DENSE ranking, which gives 3/4 here): 4/4",
      "ORDINAL;1/3 2/3 2/3;Invalid value for a rank out of 3 (valid values those of a ORDINAL ranking, which gives 3/3 here): 2/3",
      "FRACTIONAL;1/3 2/3 2/3;Invalid value for a rank out of 3 (valid values those of a FRACTIONAL ranking, which gives 2.5/3 here): 2/3",
      "COMPETITION;2/2 2/2;Invalid value for a rank out of 2 (valid values those of a COMPETITION ranking, which gives 1/2 here): 2/2",
      "ORDINAL;1/2 1/2 1/2 2/2;Invalid value for a rank out of 2 (valid values those of a ORDINAL ranking, which gives 2/2 here): 1/2",
      "COMPETITION;1/2 1/1;Invalid value for the number of ranks out of 2 (valid values multiples of 2, one rank per item of each group): 1",
      "COMPETITION;1.5/2 1.5/2;Invalid value for ranks[0] (valid values whole positions under COMPETITION ranking): 1.5/2",
  })
  void refusesWhatTheMethodCannotGive(RankingMethod method, String texts, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ranking.of(method, ranks(texts)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void nulls() {
    List<Optional<Rank>> one = ranks("1/1");
    assertEquals("method", assertThrows(NullPointerException.class, () -> Ranking.of(null, one)).getMessage());
    assertEquals("ranks", assertThrows(NullPointerException.class,
        () -> Ranking.of(RankingMethod.DENSE, null)).getMessage());
    List<Optional<Rank>> withNull = new ArrayList<>(one);
    withNull.add(null);
    assertEquals("ranks[1]", assertThrows(NullPointerException.class,
        () -> Ranking.of(RankingMethod.DENSE, withNull)).getMessage());
  }

  @Test
  void doesNotKeepTheCallersList() {
    List<Optional<Rank>> list = ranks("1/2 2/2");
    Ranking r = Ranking.of(RankingMethod.ORDINAL, list);
    list.set(0, Optional.of(Rank.of(2, 2)));
    assertTrue(Arrays.equals(new int[] {1, 2}, r.toIntArray()));
  }

  @Test
  void valueSemantics() {
    Ranking r = Ranker.competition().rank(new double[] {3, 1, Double.NaN});
    assertValueSemantics(r, Ranker.competition().rank(new double[] {5, 1, Double.NaN}),
        Ranking.of(RankingMethod.DENSE, List.of(Optional.of(Rank.of(1, 2)), Optional.of(Rank.of(2, 2)), Optional.empty())),
        Ranker.competition().rank(new double[] {1, 3, Double.NaN}),
        Ranker.competition().rankWithin(new double[] {3, 1, Double.NaN}, new String[] {"a", "b", "b"}));
  }
}
