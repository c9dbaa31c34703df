package io.github.dxvn.json;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.quicktheories.core.Gen;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * QuickTheories generators of valid core values. Each draws a seed and builds the value from a
 * {@link Random}, which keeps the generators short at the cost of shrinking (failures print the value).
 */
final class Generators {

  private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  private static final String TEXT_CHARS = "abc XYZ ạăâđêôơư 0-9 \"\\/\n\t\u0001😀";
  private static final List<Unit<?>> UNITS = List.of(
      AbstractUnit.ONE, Units.PERCENT, Units.METRE, Units.KILOGRAM, Units.SECOND, Units.HOUR,
      Units.KILOMETRE_PER_HOUR, Units.SQUARE_METRE, Units.WATT);

  private Generators() {}

  static <T> Gen<T> from(Function<Random, T> build) {
    return longs().all().map(seed -> build.apply(new Random(seed)));
  }

  static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  static IndicatorCode code(Random r) {
    int length = 1 + r.nextInt(r.nextInt(10) == 0 ? IndicatorCode.MAX_LENGTH : 20);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String chars = i == 0 ? CODE_CHARS.substring(0, 36) : CODE_CHARS;
      text.append(chars.charAt(r.nextInt(chars.length())));
    }
    return IndicatorCode.parse(text);
  }

  static Period period(Random r) {
    int year = 1000 + r.nextInt(9000);
    switch (r.nextInt(4)) {
      case 0:
        return Period.ofYear(year);
      case 1:
        return Period.ofQuarter(year, 1 + r.nextInt(4));
      case 2:
        return Period.ofMonth(year, 1 + r.nextInt(12));
      default:
        return Period.ofDay(LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)));
    }
  }

  static RankPosition rank(Random r) {
    int rank = 1 + r.nextInt(100);
    switch (r.nextInt(3)) {
      case 0:
        return RankPosition.of(rank);
      case 1:
        return RankPosition.of(rank, rank + r.nextInt(100));
      default:
        return RankPosition.of(rank, rank + r.nextInt(100), "vùng " + text(r, 1 + r.nextInt(10)).strip() + "x");
    }
  }

  static String text(Random r, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.appendCodePoint(TEXT_CHARS.codePointAt(TEXT_CHARS.offsetByCodePoints(0, r.nextInt(TEXT_CHARS.codePointCount(0, TEXT_CHARS.length())))));
    }
    return text.toString();
  }

  static String nonBlank(Random r) {
    return "x" + text(r, r.nextInt(12));
  }

  /** A decimal with up to 18 digits and a scale from -3 to 10, sometimes huge or tiny. */
  static BigDecimal decimal(Random r) {
    long unscaled = r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(1_000_000) - 500_000;
    int scale = r.nextInt(14) - 3;
    if (r.nextInt(50) == 0) {
      scale = r.nextBoolean() ? 900 : -900;
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  static Unit<?> unit(Random r) {
    return pick(r, UNITS);
  }

  static Quantity<?> quantity(Random r) {
    return Quantities.getQuantity(decimal(r), unit(r));
  }

  static ValidRange range(Random r) {
    BigDecimal a = decimal(r);
    BigDecimal b = decimal(r);
    Optional<BigDecimal> min = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(a.min(b));
    Optional<BigDecimal> max = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(a.max(b));
    return ValidRange.of(min, max);
  }

  static List<IndicatorCode> codes(Random r) {
    List<IndicatorCode> codes = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    while (codes.size() < n) {
      IndicatorCode code = code(r);
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  static AggregationRule rule(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return AggregationRule.sum();
      case 1:
        return AggregationRule.unweightedMean();
      case 2:
        return AggregationRule.notAggregatable();
      default:
        return AggregationRule.ratioOfSums(codes(r), codes(r));
    }
  }

  /** A definition; partOf and ratio members are left out so that any set of them forms a catalog. */
  static IndicatorDefinition definition(Random r, IndicatorCode code) {
    IndicatorKind kind = pick(r, IndicatorKind.class);
    IndicatorDefinition.Builder b = IndicatorDefinition.builder()
        .code(code).nameVi(nonBlank(r)).nameEn(nonBlank(r)).area(pick(r, Area.class)).kind(kind)
        .source(nonBlank(r));
    if (r.nextBoolean()) {
      b.polarity(pick(r, Polarity.class));
    }
    if (r.nextBoolean()) {
      b.countedEntity(text(r, r.nextInt(8)));
    }
    if (kind == IndicatorKind.SCORE || kind == IndicatorKind.AMOUNT) {
      if (r.nextBoolean()) {
        b.unit(unit(r)).validRange(range(r));
      }
      if (r.nextBoolean()) {
        b.aggregation(r.nextBoolean() ? AggregationRule.unweightedMean() : AggregationRule.sum());
      }
    }
    return b.build();
  }

  static IndicatorDefinition definition(Random r) {
    return definition(r, code(r));
  }

  /** A catalog whose definitions may refer to each other (partOf, derived ratios). */
  static IndicatorCatalog catalog(Random r) {
    Map<IndicatorCode, IndicatorDefinition> definitions = new LinkedHashMap<>();
    int n = r.nextInt(6);
    while (definitions.size() < n) {
      IndicatorCode code = code(r);
      definitions.putIfAbsent(code, definition(r, code));
    }
    List<IndicatorCode> codes = new ArrayList<>(definitions.keySet());
    if (codes.size() >= 3) {
      IndicatorCode derived = IndicatorCode.of("DERIVED_" + codes.size());
      definitions.put(derived, IndicatorDefinition.builder().code(derived).nameVi("Tỷ lệ").nameEn("Ratio")
          .area(Area.CONTEXT).kind(IndicatorKind.SHARE).isDerived(true)
          .aggregation(AggregationRule.ratioOfSums(codes.subList(0, 1), codes.subList(1, 3)))
          .source("test").build());
      IndicatorCode part = IndicatorCode.of("PART_" + codes.size());
      definitions.put(part, IndicatorDefinition.builder().code(part).nameVi("Phần").nameEn("Part")
          .area(Area.CONTEXT).kind(IndicatorKind.COUNT).partOf(codes.get(0)).source("test").build());
    }
    return IndicatorCatalog.of(definitions.values());
  }

  static Observation observation(Random r) {
    Observation.Builder b = Observation.builder()
        .unitCode(nonBlank(r).strip()).indicator(code(r)).period(period(r)).value(decimal(r)).unit(unit(r));
    return optionals(r, b).build();
  }

  private static Observation.Builder optionals(Random r, Observation.Builder b) {
    if (r.nextBoolean()) {
      ObservationStatus status = pick(r, ObservationStatus.class);
      b.status(status.isMissing() ? ObservationStatus.ESTIMATED : status);
    }
    if (r.nextBoolean()) {
      b.comparison(pick(r, Comparison.class));
    }
    if (r.nextInt(3) == 0) {
      b.rank(rank(r));
    }
    if (r.nextInt(3) == 0) {
      b.source(text(r, r.nextInt(20)));
    }
    if (r.nextInt(3) == 0) {
      b.note(text(r, r.nextInt(20)));
    }
    return b;
  }

  static ObservationKey key(Random r) {
    return ObservationKey.of(nonBlank(r), code(r), period(r));
  }

  static Violation violation(Random r) {
    int n = r.nextInt(3);
    List<ObservationKey> keys = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(key(r));
      positions.add(r.nextInt(1_000_000));
    }
    return Violation.of(pick(r, Violation.Severity.class), pick(r, Violation.Rule.class), text(r, 10), keys, positions);
  }

  /**
   * A valid dataset: observations of the catalog's non-derived indicators, in their units and valid
   * ranges, whole numbers for counts and ranks, parts no larger than their wholes (no parts used).
   */
  static Dataset dataset(Random r) {
    IndicatorCatalog catalog = catalog(r);
    List<IndicatorDefinition> usable = new ArrayList<>();
    for (IndicatorDefinition d : catalog.definitions()) {
      if (!d.isDerived() && d.partOf().isEmpty()) {
        usable.add(d);
      }
    }
    Map<ObservationKey, Observation> observations = new LinkedHashMap<>();
    int n = usable.isEmpty() ? 0 : r.nextInt(20);
    for (int i = 0; i < n; i++) {
      IndicatorDefinition d = pick(r, usable);
      BigDecimal value = valueIn(r, d);
      if (value == null) {
        continue;
      }
      Observation o = optionals(r, Observation.builder().unitCode(pick(r, List.of("45", "46", "VN", "01")))
          .indicator(d.code()).period(period(r)).value(value).unit(d.unit())).build();
      if (o.rank().isPresent() && o.rank().get().of().isPresent()) {
        continue;
      }
      observations.putIfAbsent(o.key(), o);
    }
    return Dataset.of(catalog, observations.values());
  }

  private static BigDecimal valueIn(Random r, IndicatorDefinition d) {
    BigDecimal value = d.kind().isIntegral() ? BigDecimal.valueOf(r.nextInt(100_000)) : decimal(r);
    if (d.kind() == IndicatorKind.SHARE) {
      value = BigDecimal.valueOf(r.nextInt(10_001), 2);
    }
    if (d.kind() == IndicatorKind.RANK) {
      value = BigDecimal.valueOf(1 + r.nextInt(63));
    }
    return d.validRange().contains(value) ? value : d.validRange().min().orElse(null);
  }
}
