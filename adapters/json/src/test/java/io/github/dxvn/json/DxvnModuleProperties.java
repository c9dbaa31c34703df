package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.quicktheories.DxvnGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * JSON round trips of every value type, through the module on a mapper and through documents. Values
 * come from the published generators ({@link DxvnGens}); QuickTheories' own enum generator covers
 * the few enums DxvnGens has no generator for.
 */
class DxvnModuleProperties {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    roundTrips(values, MAPPER.constructType(type), Object::equals);
  }

  private static <T> void roundTrips(Gen<T> values, JavaType type, java.util.function.BiPredicate<T, T> same) {
    // A mapper with Jackson's defaults and the module only (decimals must stay exact here too), made
    // afresh in each test so that a mutation run sees every registration of the module's setup.
    ObjectMapper plain = new ObjectMapper().registerModule(new DxvnModule());
    for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, plain}) {
      qt().withExamples(300).forAll(values).checkAssert(value -> {
        String json = write(mapper, value);
        T back = read(mapper, json, type);
        assertTrue(same.test(value, back), () -> value + " -> " + json + " -> " + back);
        assertEquals(json, write(mapper, back), "writing is stable");
      });
    }
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, String json, JavaType type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  @Test
  void indicatorCodes() {
    roundTrips(DxvnGens.indicatorCodes(), IndicatorCode.class);
  }

  @Test
  void periods() {
    roundTrips(DxvnGens.periods(), Period.class);
  }

  @Test
  void rankPositions() {
    roundTrips(DxvnGens.rankPositions(), RankPosition.class);
  }

  @Test
  void enums() {
    roundTrips(DxvnGens.observationStatuses(), ObservationStatus.class);
    roundTrips(DxvnGens.comparisons(), Comparison.class);
    roundTrips(DxvnGens.areas(), Area.class);
    roundTrips(DxvnGens.indicatorKinds(), IndicatorKind.class);
    roundTrips(DxvnGens.pillars(), Pillar.class);
    roundTrips(DxvnGens.polarities(), Polarity.class);
    roundTrips(Generate.enumValues(AggregationRule.Method.class), AggregationRule.Method.class);
    roundTrips(Generate.enumValues(Period.Type.class), Period.Type.class);
    roundTrips(Generate.enumValues(Violation.Severity.class), Violation.Severity.class);
    roundTrips(Generate.enumValues(Violation.Rule.class), Violation.Rule.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void units() {
    Gen<Unit> units = DxvnGens.units().map(u -> (Unit) u);
    roundTrips(units, Unit.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void quantitiesKeepValueScaleAndUnit() {
    Gen<Quantity> quantities = DxvnGens.indicatorDefinitions().flatMap(DxvnGens::quantities).map(q -> (Quantity) q);
    // Indriya's equals is strict (unit, number type, scale) and Indriya narrows whole numbers to
    // Integer or Long: compare the unit and the value as a decimal.
    roundTrips(quantities, MAPPER.constructType(Quantity.class), (a, b) -> a.getUnit().equals(b.getUnit())
        && new BigDecimal(a.getValue().toString()).compareTo(new BigDecimal(b.getValue().toString())) == 0);
  }

  @Test
  void validRanges() {
    roundTrips(DxvnGens.validRanges(), ValidRange.class);
  }

  @Test
  void aggregationRules() {
    roundTrips(DxvnGens.aggregationRules(), AggregationRule.class);
  }

  @Test
  void indicatorDefinitions() {
    roundTrips(DxvnGens.indicatorDefinitions(), IndicatorDefinition.class);
  }

  @Test
  void catalogs() {
    roundTrips(DxvnGens.indicatorCatalogs(), IndicatorCatalog.class);
  }

  @Test
  void observations() {
    roundTrips(DxvnGens.observations(), Observation.class);
  }

  @Test
  void observationKeys() {
    roundTrips(DxvnGens.observationKeys(), ObservationKey.class);
  }

  @Test
  void violations() {
    roundTrips(DxvnGens.violations(), Violation.class);
  }

  @Test
  void derivedValues() {
    qt().withExamples(200).forAll(DxvnGens.derivedValues()).checkAssert(values -> {
      for (DerivedValue d : values) {
        String json = write(MAPPER, d);
        assertEquals(d, read(MAPPER, json, MAPPER.constructType(DerivedValue.class)), json);
      }
    });
  }

  @Test
  void datasetsThroughTheMapper() {
    roundTrips(DxvnGens.datasets(), Dataset.class);
  }

  @Test
  void datasetsThroughDatasetJson() {
    qt().withExamples(200).forAll(DxvnGens.datasets()).checkAssert(dataset -> {
      for (DatasetJson json : new DatasetJson[] {DatasetJson.create(), DatasetJson.create().withPrettyPrinting(true)}) {
        String text = json.toJson(dataset);
        try {
          assertEquals(dataset, json.parse(text), text);
        } catch (IOException e) {
          throw new UncheckedIOException(text, e);
        }
        assertEquals(text.replaceAll("\\s+", ""), write(MAPPER, dataset).replaceAll("\\s+", ""),
            "the mapper and DatasetJson write the same document");
      }
    });
  }

  @Test
  void mapKeys() {
    Gen<Map<IndicatorCode, Map<Period, BigDecimal>>> maps = SourceDSL.lists()
        .of(DxvnGens.indicatorCodes().zip(DxvnGens.periods(), Map::entry)).ofSizeBetween(0, 4).map(entries -> {
          Map<IndicatorCode, Map<Period, BigDecimal>> map = new TreeMap<>();
          entries.forEach(e -> map.computeIfAbsent(e.getKey(), c -> new TreeMap<>()).put(e.getValue(), BigDecimal.ONE));
          return map;
        });
    roundTrips(maps,
        MAPPER.getTypeFactory().constructType(new TypeReference<Map<IndicatorCode, Map<Period, BigDecimal>>>() {}),
        Object::equals);
  }

  /** Texts JSON must escape or carry intact: quotes, backslash, slash, controls, a surrogate pair. */
  private static final Gen<String> JSON_HOSTILE = DxvnGens.freeTexts().zip(
      Generate.pick(List.of("\"", "\\", "/", "\n\t", "\u0001", "\u2028", "😀", "\\u0041")),
      (text, hostile) -> text + " " + hostile + "x");

  @Test
  void textsThatJsonMustEscape() {
    qt().forAll(DxvnGens.customIndicatorDefinitions(), JSON_HOSTILE).checkAssert((d, text) -> {
      IndicatorDefinition named = IndicatorDefinition.builder().from(d).nameVi(text).source(text).build();
      assertEquals(named, read(MAPPER, write(MAPPER, named), MAPPER.constructType(IndicatorDefinition.class)));
    });
    qt().forAll(DxvnGens.observations(), JSON_HOSTILE).checkAssert((o, text) -> {
      Observation noted = Observation.builder().from(o).note(text).source(text).build();
      assertEquals(noted, read(MAPPER, write(MAPPER, noted), MAPPER.constructType(Observation.class)));
    });
  }
}
