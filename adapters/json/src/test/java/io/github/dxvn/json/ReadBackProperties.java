package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.PipelineResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.PanelData;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.quicktheories.DxvnGens;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.target.TargetCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips of the types read back through core's factories: results, DTI, re-basing, engine inputs. */
class ReadBackProperties {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DxvnModule());

  private static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, PLAIN}) {
      qt().withExamples(examples).forAll(values).checkAssert(value -> {
        try {
          String json = mapper.writeValueAsString(value);
          T back = mapper.readValue(json, type);
          assertEquals(value, back, json);
          assertEquals(json, mapper.writeValueAsString(back), "writing is stable");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void dtiScores() {
    roundTrips(DxvnGens.dtiScores(), DtiScore.class, 200);
  }

  @Test
  void dtiRankings() {
    roundTrips(DxvnGens.dtiRankings(), DtiRanking.class, 100);
  }

  @Test
  void rebasedDatasets() {
    roundTrips(DxvnGens.rebasedDatasets(), RebasedDataset.class, 50);
  }

  @Test
  void rankings() {
    roundTrips(DxvnGens.rankings(), Ranking.class, 300);
  }

  @Test
  void metaRows() {
    roundTrips(DxvnGens.metaRows(), MetaRow.class, 300);
  }

  @Test
  void indexData() {
    roundTrips(DxvnGens.frameworks().flatMap(DxvnGens::indexData)
        .map(d -> d.withGroup("region", d.units().stream().map(u -> "R" + u.length()).toList())), IndexData.class, 100);
    roundTrips(DxvnGens.frameworks().flatMap(DxvnGens::indexData), IndexData.class, 100);
  }

  @Test
  void panelData() {
    roundTrips(DxvnGens.frameworks().flatMap(DxvnGens::panelData), PanelData.class, 50);
  }

  @Test
  void uncertaintyResults() {
    roundTrips(DxvnGens.uncertaintyResults(), UncertaintyResult.class, 50);
  }

  @Test
  void resultsDocumentsWithTheirFramework() {
    qt().withExamples(100).forAll(DxvnGens.indexResults()).checkAssert(result -> {
      try {
        for (IndexJson json : new IndexJson[] {IndexJson.create(), IndexJson.create().withPrettyPrinting(true)}) {
          String text = json.toJson(result, Map.of());
          IndexJson.Results back = json.parseResults(text, result.framework());
          assertEquals(result, back.result(), text);
          assertEquals(Map.of(), back.uncertainty());
        }
        String text = MAPPER.writeValueAsString(result);
        assertEquals(result, MAPPER.readerFor(IndexResult.class)
            .withAttribute(IndexJson.FRAMEWORK_ATTRIBUTE, result.framework()).readValue(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void pipelineResultsWithTheirFramework() {
    qt().withExamples(100).forAll(DxvnGens.pipelineResults()).checkAssert(result -> {
      try {
        String text = MAPPER.writeValueAsString(result);
        assertEquals(result, MAPPER.readerFor(PipelineResult.class)
            .withAttribute(IndexJson.FRAMEWORK_ATTRIBUTE, result.result().framework()).readValue(text), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void resultsDocumentsWithUncertainty() {
    qt().withExamples(30).forAll(DxvnGens.frameworks().flatMap(f -> DxvnGens.indexData(f).map(d -> {
      IndexResult r = f.compute(d);
      UncertaintyResult u = io.github.dxvn.index.Uncertainty.of(3, 7).withWeightNoise(0.5).run(f, d, "N0");
      return new IndexJson.Results(r, Map.of("N0", u));
    }))).checkAssert(results -> {
      try {
        String text = IndexJson.create().toJson(results.result(), results.uncertainty());
        assertEquals(results, IndexJson.create().parseResults(text, results.result().framework()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theStandardTargetCatalogWithItsOmittedNotes() throws IOException {
    TargetCatalog standard = TargetCatalog.standard();
    String json = MAPPER.writeValueAsString(standard);
    assertEquals(standard, MAPPER.readValue(json, TargetCatalog.class));
    TargetCatalog plain = TargetCatalog.of(standard.targets());
    assertEquals(plain, MAPPER.readValue(MAPPER.writeValueAsString(plain), TargetCatalog.class));
  }
}
