package io.github.dxvn.quicktheories;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.measure.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Datasets for the standard catalog, consistent or with exactly one violation. */
final class Datasets {

  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** Stored (non-derived) definitions, every whole before its parts. */
  static final List<IndicatorDefinition> STORED;
  /** Derived definitions: stored values of these are errors. */
  static final List<IndicatorDefinition> DERIVED;
  /** Stored definitions whose whole is a stored definition too. */
  static final List<IndicatorDefinition> PARTS;
  /** The units used by the catalog's definitions. */
  static final List<Unit<?>> UNITS;

  static {
    List<IndicatorDefinition> stored = new ArrayList<>();
    List<IndicatorDefinition> derived = new ArrayList<>();
    List<Unit<?>> units = new ArrayList<>();
    for (IndicatorDefinition d : CATALOG.definitions()) {
      (d.isDerived() ? derived : stored).add(d);
      if (!units.contains(d.unit())) {
        units.add(d.unit());
      }
    }
    stored.sort(Comparator.comparingInt(Datasets::depth));
    STORED = List.copyOf(stored);
    DERIVED = List.copyOf(derived);
    PARTS = stored.stream()
        .filter(d -> d.partOf().flatMap(CATALOG::find).filter(w -> !w.isDerived()).isPresent())
        .toList();
    UNITS = List.copyOf(units);
  }

  /** The rules one observation pair can break against the standard catalog. */
  private static final java.util.Set<Violation.Rule> BREAKABLE = java.util.EnumSet.of(
      Violation.Rule.PART_EXCEEDS_WHOLE, Violation.Rule.OUT_OF_RANGE, Violation.Rule.NOT_INTEGRAL,
      Violation.Rule.UNIT_MISMATCH, Violation.Rule.DERIVED_STORED, Violation.Rule.DUPLICATE_KEY);

  private Datasets() {}

  private static int depth(IndicatorDefinition d) {
    int depth = 0;
    Optional<IndicatorCode> whole = d.partOf();
    while (whole.isPresent() && depth < 64) {
      depth++;
      whole = CATALOG.find(whole.get()).flatMap(IndicatorDefinition::partOf);
    }
    return depth;
  }

  /** One indicator's draw in one cell: whether it is present, its share of its whole, a free value. */
  private record Draw(boolean present, int permille, BigDecimal free) {}

  private static Gen<Draw> draw(IndicatorDefinition d) {
    return Sources.oneIn(3).zip(Generate.range(0, 1000, 0), DxvnGens.values(d), Draw::new);
  }

  private static final Gen<List<Draw>> CELL = Sources.sequence(STORED.stream().map(Datasets::draw).toList());

  /** Consistent observations for units {@code 01}, {@code 02}... from a base code and years. */
  static Gen<List<Observation>> valid() {
    Gen<Integer> unitCount = Generate.range(1, 3, 1);
    Gen<Integer> periodCount = Generate.range(1, 2, 1);
    Gen<Integer> firstUnit = Generate.range(1, 60, 1);
    Gen<Integer> firstYear = Generate.range(2015, 2030, 2020);
    return unitCount.zip(periodCount, firstUnit, firstYear, (u, p, fu, fy) -> new int[] {u, p, fu, fy})
        .flatMap(shape -> {
          List<String> units = new ArrayList<>();
          for (int u = 0; u < shape[0]; u++) {
            units.add(AdminUnitCode.of(AdminLevel.PROVINCE, shape[2] + u).toString());
          }
          List<Period> periods = new ArrayList<>();
          for (int p = 0; p < shape[1]; p++) {
            periods.add(Period.ofYear(shape[3] + p));
          }
          return valid(units, periods);
        });
  }

  /** Consistent observations for every unit and period given, a random third of them in each cell. */
  static Gen<List<Observation>> valid(List<String> units, List<Period> periods) {
    return Sources.sequence(java.util.Collections.nCopies(units.size() * periods.size(), CELL)).map(cells -> {
      List<Observation> out = new ArrayList<>();
      int c = 0;
      for (String unit : units) {
        for (Period period : periods) {
          out.addAll(cell(unit, period, cells.get(c++)));
        }
      }
      return out;
    });
  }

  private static List<Observation> cell(String unit, Period period, List<Draw> draws) {
    List<Observation> out = new ArrayList<>();
    Map<IndicatorCode, BigDecimal> values = new HashMap<>();
    for (int i = 0; i < STORED.size(); i++) {
      IndicatorDefinition d = STORED.get(i);
      Draw draw = draws.get(i);
      if (!draw.present()) {
        continue;
      }
      BigDecimal value = draw.free();
      Optional<BigDecimal> whole = d.partOf().map(values::get);
      if (whole.isPresent()) {
        BigDecimal share = whole.get().multiply(BigDecimal.valueOf(draw.permille())).divide(THOUSAND);
        value = share.setScale(d.kind().isIntegral() ? 0 : 2, RoundingMode.FLOOR);
      }
      values.put(d.code(), value);
      out.add(Observation.of(unit, d.code(), period, value, d.unit()));
    }
    return out;
  }

  /** A unit code the valid generator never uses, so a bad observation there meets no other. */
  private static Gen<String> freshUnit() {
    return Generate.range(90, 99, 99).map(n -> AdminUnitCode.of(AdminLevel.PROVINCE, n).toString());
  }

  private static Gen<Period> period() {
    return Generate.range(2015, 2030, 2020).map(Period::ofYear);
  }

  /** The valid observations with the bad ones inserted at one place. */
  static Gen<List<Observation>> withOne(Violation.Rule rule) {
    if (!BREAKABLE.contains(rule)) {
      throw new IllegalArgumentException("Invalid value for rule (valid values " + BREAKABLE
          + ": the standard catalog has no rank indicator, and an unknown indicator is a warning): " + rule);
    }
    Gen<List<Observation>> bad = freshUnit().zip(period(), (u, p) -> new Object[] {u, p})
        .flatMap(up -> bad(rule, (String) up[0], (Period) up[1]));
    return valid().zip(bad, (good, b) -> new List<?>[] {good, b})
        .flatMap(pair -> Generate.range(0, pair[0].size(), pair[0].size()).map(at -> {
          @SuppressWarnings("unchecked")
          List<Observation> out = new ArrayList<>((List<Observation>) pair[0]);
          @SuppressWarnings("unchecked")
          List<Observation> b = (List<Observation>) pair[1];
          out.addAll(at, b);
          return out;
        }));
  }

  private static Gen<List<Observation>> bad(Violation.Rule rule, String unit, Period period) {
    switch (rule) {
      case PART_EXCEEDS_WHOLE:
        return Generate.pick(PARTS).flatMap(part -> {
          IndicatorDefinition whole = CATALOG.get(part.partOf().orElseThrow());
          Gen<BigDecimal> excess = part.kind().isIntegral()
              ? Generate.range(1, 1000, 1).map(k -> BigDecimal.valueOf(k))
              : Generate.range(1, 100_000, 1).map(k -> BigDecimal.valueOf(k, 2));
          return DxvnGens.values(whole).zip(excess, (w, e) -> List.of(
              Observation.of(unit, whole.code(), period, w, whole.unit()),
              Observation.of(unit, part.code(), period, w.add(e), part.unit())));
        });
      case OUT_OF_RANGE:
        return Generate.pick(bounded()).flatMap(d -> DxvnGens.valuesOutOfRange(d)
            .map(v -> List.of(Observation.of(unit, d.code(), period, v, d.unit()))));
      case NOT_INTEGRAL:
        return Generate.pick(STORED.stream().filter(d -> d.kind().isIntegral()).toList())
            .zip(DxvnGens.fractionalCounts(), (d, v) -> List.of(Observation.of(unit, d.code(), period, v, d.unit())));
      case UNIT_MISMATCH:
        return Generate.pick(STORED).flatMap(d -> DxvnGens.values(d).map(v -> List.of(Observation.of(
            unit, d.code(), period, v, UNITS.stream().filter(x -> !x.equals(d.unit())).findFirst().orElseThrow()))));
      case DERIVED_STORED:
        return Generate.pick(DERIVED).flatMap(d -> DxvnGens.values(d)
            .map(v -> List.of(Observation.of(unit, d.code(), period, v, d.unit()))));
      case DUPLICATE_KEY:
        return Generate.pick(STORED).flatMap(d -> DxvnGens.values(d).map(v -> {
          Observation o = Observation.of(unit, d.code(), period, v, d.unit());
          return List.of(o, o);
        }));
      default:
        throw new AssertionError(rule);
    }
  }

  /** Shares out of 0–100, as one observation in an otherwise consistent dataset. */
  static Gen<List<Observation>> withOneShareOutOfRange() {
    List<IndicatorDefinition> shares = STORED.stream()
        .filter(d -> d.kind() == io.github.dxvn.indicator.IndicatorKind.SHARE).toList();
    Gen<List<Observation>> bad = freshUnit().zip(period(), (u, p) -> new Object[] {u, p})
        .flatMap(up -> Generate.pick(shares).zip(DxvnGens.sharesOutOfRange(),
            (d, v) -> List.of(Observation.of((String) up[0], d.code(), (Period) up[1], v, d.unit()))));
    return valid().zip(bad, (good, b) -> {
      List<Observation> out = new ArrayList<>(good);
      out.addAll(b);
      return out;
    });
  }

  private static List<IndicatorDefinition> bounded() {
    return STORED.stream()
        .filter(d -> d.validRange().min().isPresent() || d.validRange().max().isPresent())
        .toList();
  }
}
