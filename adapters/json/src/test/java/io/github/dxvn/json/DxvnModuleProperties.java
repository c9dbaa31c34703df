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
import java.util.function.Function;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * JSON round trips of every value type, through the module on a mapper and through documents. Values
 * come from the published generators ({@link DxvnGens}) where they have one; the local
 * {@link Generators} cover the rest (ranges, rules, catalogs, keys, violations, quantities).
 */
class DxvnModuleProperties {

  private static final ObjectMapper MAPPER = DxvnJson.mapper();
  /** A mapper with Jackson's defaults and the module only: decimals must stay exact here too. */
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DxvnModule());

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    roundTrips(values, MAPPER.constructType(type), Object::equals);
  }

  private static <T> void roundTrips(Gen<T> values, JavaType type, java.util.function.BiPredicate<T, T> same) {
    for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, PLAIN}) {
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
    roundTrips(Generators.from(r -> Generators.pick(r, Area.class)), Area.class);
    roundTrips(DxvnGens.indicatorKinds(), IndicatorKind.class);
    roundTrips(Generators.from(r -> Generators.pick(r, Pillar.class)), Pillar.class);
    roundTrips(Generators.from(r -> Generators.pick(r, Polarity.class)), Polarity.class);
    roundTrips(Generators.from(r -> Generators.pick(r, AggregationRule.Method.class)), AggregationRule.Method.class);
    roundTrips(Generators.from(r -> Generators.pick(r, Period.Type.class)), Period.Type.class);
    roundTrips(Generators.from(r -> Generators.pick(r, Violation.Severity.class)), Violation.Severity.class);
    roundTrips(Generators.from(r -> Generators.pick(r, Violation.Rule.class)), Violation.Rule.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void units() {
    Gen<Unit> units = Generators.from(r -> (Unit) Generators.unit(r));
    roundTrips(units, Unit.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void quantitiesKeepValueScaleAndUnit() {
    Gen<Quantity> quantities = Generators.from(r -> (Quantity) Generators.quantity(r));
    // Indriya's equals is strict (unit, number type, scale) and Indriya narrows whole numbers to
    // Integer or Long: compare the unit and the value as a decimal.
    roundTrips(quantities, MAPPER.constructType(Quantity.class), (a, b) -> a.getUnit().equals(b.getUnit())
        && new BigDecimal(a.getValue().toString()).compareTo(new BigDecimal(b.getValue().toString())) == 0);
  }

  @Test
  void validRanges() {
    roundTrips(Generators.from(Generators::range), ValidRange.class);
  }

  @Test
  void aggregationRules() {
    roundTrips(Generators.from(Generators::rule), AggregationRule.class);
  }

  @Test
  void indicatorDefinitions() {
    roundTrips(DxvnGens.indicatorDefinitions(), IndicatorDefinition.class);
  }

  @Test
  void catalogs() {
    roundTrips(Generators.from(Generators::catalog), IndicatorCatalog.class);
  }

  @Test
  void observations() {
    roundTrips(DxvnGens.observations(), Observation.class);
  }

  @Test
  void observationKeys() {
    roundTrips(Generators.from(Generators::key), ObservationKey.class);
  }

  @Test
  void violations() {
    roundTrips(Generators.from(Generators::violation), Violation.class);
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
    Function<java.util.Random, Map<IndicatorCode, Map<Period, BigDecimal>>> maps = r -> {
      Map<IndicatorCode, Map<Period, BigDecimal>> map = new TreeMap<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        map.computeIfAbsent(Generators.code(r), c -> new TreeMap<>()).put(Generators.period(r), BigDecimal.ONE);
      }
      return map;
    };
    roundTrips(Generators.from(maps),
        MAPPER.getTypeFactory().constructType(new TypeReference<Map<IndicatorCode, Map<Period, BigDecimal>>>() {}),
        Object::equals);
  }
}
