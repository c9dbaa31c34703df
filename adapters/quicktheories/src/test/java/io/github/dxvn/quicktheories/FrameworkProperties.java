package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.index.Framework;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frameworks checked with the published generators. */
class FrameworkProperties {

  @Test
  void effectiveWeightsOfTheIndicatorsSumToOne() {
    qt().withExamples(200).forAll(DxvnGens.frameworks()).check(f -> {
      Map<String, Double> w = f.effectiveWeights();
      double sum = f.indicators().stream().mapToDouble(w::get).sum();
      return Math.abs(sum - 1) < 1e-9;
    });
  }

  @Test
  void indicatorsAreTheLeavesAtLevelOne() {
    qt().withExamples(200).forAll(DxvnGens.frameworks()).check(f -> f.roots().equals(java.util.List.of("N0"))
        && f.indicators().stream().allMatch(i -> f.level(i) == 1 && f.children(i).isEmpty())
        && f.level("N0") == f.levelCount());
  }

  @Test
  void nodesWithACycleAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.frameworkNodesWithCycle())
        .check(nodes -> Rejects.asArgument(() -> Framework.builder().nodes(nodes).build()));
  }

  @Test
  void generatedDataCoversTheIndicators() {
    qt().withExamples(100).forAll(DxvnGens.frameworks().flatMap(f -> DxvnGens.indexData(f).map(d -> Map.entry(f, d))))
        .check(e -> e.getValue().indicators().equals(e.getKey().indicators())
            && e.getValue().unitCount() >= 2);
  }
}
