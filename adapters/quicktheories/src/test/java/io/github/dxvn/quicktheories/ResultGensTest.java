package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.UncertaintyResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine and results generators make valid values, which core's factories rebuild. */
class ResultGensTest {

  @Test
  void nullArgumentsAreNamed() {
    assertEquals("framework", assertThrows(NullPointerException.class, () -> DxvnGens.pipelineSteps(null)).getMessage());
    assertEquals("framework", assertThrows(NullPointerException.class, () -> DxvnGens.panelData(null)).getMessage());
  }

  @Test
  void engineValues() {
    qt().withExamples(100).forAll(DxvnGens.rankings())
        .check(r -> r.rankedCount() + r.unranked().length == r.size());
    qt().withExamples(100).forAll(DxvnGens.metaRows()).check(r -> MetaRow.builder().from(r).build().equals(r));
    qt().withExamples(50).forAll(DxvnGens.pipelines()).check(p -> p.steps().size() <= 4);
    qt().withExamples(50).forAll(DxvnGens.pipelineResults())
        .check(r -> io.github.dxvn.index.PipelineResult.of(r.stages(), r.data(), r.result()).equals(r));
    qt().withExamples(50).forAll(DxvnGens.frameworks().flatMap(DxvnGens::panelData))
        .check(p -> !p.periods().isEmpty() && p.periods().get(0) == 2020);
  }

  @Test
  void indexResultsAreRebuiltFromTheirScores() {
    qt().withExamples(50).forAll(DxvnGens.indexResults()).checkAssert(r -> {
      Map<String, double[]> scores = new LinkedHashMap<>();
      for (Node n : r.framework().nodes()) {
        scores.put(n.code(), r.scores(n.code(), Double.NaN));
      }
      assertEquals(r, IndexResult.of(r.framework(), r.units(), scores));
    });
  }

  @Test
  void uncertaintyResultsAreRebuiltFromTheirRanks() {
    qt().withExamples(30).forAll(DxvnGens.uncertaintyResults()).checkAssert(u -> {
      int[][] ranks = new int[u.replications()][u.units().size()];
      int[] nominal = new int[u.units().size()];
      for (int i = 0; i < nominal.length; i++) {
        String unit = u.units().get(i);
        nominal[i] = u.nominal(unit).orElse(0);
        int[] r = u.ranks(unit);
        for (int k = 0; k < r.length; k++) {
          ranks[k][i] = r[k];
        }
      }
      assertEquals(u, UncertaintyResult.of(u.units(), nominal, ranks));
    });
  }

  @Test
  void dtiScoresAndRankingsAreRebuilt() {
    qt().withExamples(100).forAll(DxvnGens.dtiScores())
        .check(s -> DtiScore.of(s.framework(), s.values(), s.total()).equals(s));
    qt().withExamples(50).forAll(DxvnGens.dtiRankings()).checkAssert(r -> {
      Map<String, DtiScore> scores = new LinkedHashMap<>();
      r.entries().forEach(e -> scores.put(e.unitCode(), e.score()));
      assertEquals(r, r.period().isPresent() ? DtiRanking.of(r.framework(), r.period().get(), scores)
          : DtiRanking.of(r.framework(), scores));
    });
  }

  @Test
  void rebasedDatasetsAreRebuilt() {
    qt().withExamples(30).forAll(DxvnGens.rebasedDatasets()).checkAssert(r -> {
      assertEquals(r, RebasedDataset.of(r.reorganisation(), r.dataset(), r.reasons()));
      assertTrue(r.dataset().unitCodes().stream().allMatch(
          c -> r.reorganisation().after().stream().anyMatch(u -> u.code().toString().equals(c))));
    });
  }

  @Test
  void configuredFrameworksVary() {
    // Over many draws, every kind of setting turns up: a node's own normalisation, a reversed
    // polarity, a framework-wide aggregation other than the arithmetic mean.
    java.util.List<Framework> drawn = new java.util.ArrayList<>();
    qt().withExamples(200).forAll(DxvnGens.configuredFrameworks()).check(drawn::add);
    assertTrue(drawn.stream().anyMatch(f -> f.nodes().stream().anyMatch(n -> n.normalisation().isPresent())));
    assertTrue(drawn.stream().anyMatch(f -> f.nodes().stream()
        .anyMatch(n -> n.polarity() == io.github.dxvn.indicator.Polarity.LOWER_IS_BETTER)));
    assertTrue(drawn.stream().anyMatch(f -> !f.aggregation(f.nodes().get(0).code())
        .equals(io.github.dxvn.index.Aggregation.arithmetic())));
  }
}
