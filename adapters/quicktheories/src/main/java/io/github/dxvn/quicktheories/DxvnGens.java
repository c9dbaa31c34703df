package io.github.dxvn.quicktheories;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.admin.ProvinceGroup;
import io.github.dxvn.admin.RebaseReason;
import io.github.dxvn.admin.Rebasing;
import io.github.dxvn.admin.Region;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.community.CommunityTeam;
import io.github.dxvn.community.CommunityTeamRoster;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.index.Aggregation;
import io.github.dxvn.index.DataCheck;
import io.github.dxvn.index.Denominate;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.Impute;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.PanelData;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.PipelineResult;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.Screen;
import io.github.dxvn.index.Treat;
import io.github.dxvn.index.Uncertainty;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.ObservanceDay;
import io.github.dxvn.legal.ParsedDocumentNumber;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.platform.HotlineNumber;
import io.github.dxvn.platform.Platform;
import io.github.dxvn.platform.PlatformCategory;
import io.github.dxvn.platform.PlatformLevel;
import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import io.github.dxvn.target.DocumentKind;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.TargetStatus;
import io.github.dxvn.target.Trajectory;
import io.github.dxvn.text.ParsedNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tech.units.indriya.quantity.Quantities;

/**
 * QuickTheories generators for every public dxvn domain type: the entry point of this module.
 *
 * <p>Each factory returns a {@link Gen} of valid values by default; where a rule of dxvn rejects
 * values, a named variant generates exactly the rejected ones ({@link #malformedPeriods()},
 * {@link #sharesOutOfRange()}, {@link #datasetsWithOnePartWholeViolation()}...), so a property can
 * say both "every valid value is accepted" and "every invalid one is rejected, for this reason".
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(DxvnGens.periods())
 *     .check(p -> Period.parse(p.toString()).equals(p));
 * qt().forAll(DxvnGens.validObservationLists())
 *     .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).isEmpty());
 * }</pre>
 *
 * <p>Generators are built from QuickTheories' shrinkable sources (integer ranges, picks, lists), so
 * a falsified property is reported with a small counterexample: a year near 2020, one observation
 * rather than fifty, a name of one syllable. Observations and datasets are valid for
 * {@link IndicatorCatalog#standard()}.
 *
 * <p>This class is immutable and thread-safe; so are the generators it returns.
 */
public final class DxvnGens {

  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  /** Half-width of the interval drawn from on an unbounded side of a valid range. */
  private static final BigDecimal SPAN = BigDecimal.valueOf(10_000_000);
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CODE_CHARS = UPPER + "0123456789_";

  private DxvnGens() {}

  // ---------------------------------------------------------------------------------- indicator

  /**
   * Returns a generator of syntactically valid indicator codes: 1 to 64 characters of {@code A-Z},
   * {@code 0-9} and {@code _} (not first), most of them not in any catalog.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorCode> indicatorCodes() {
    Gen<String> first = Sources.word(UPPER + "0123456789", 1, 1);
    Gen<String> rest = Sources.word(CODE_CHARS, 0, IndicatorCode.MAX_LENGTH - 1);
    return first.zip(rest, (f, r) -> IndicatorCode.parse(f + r));
  }

  /**
   * Returns a generator of the codes of the standard catalog.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorCode> standardIndicatorCodes() {
    return indicatorDefinitions().map(IndicatorDefinition::code);
  }

  /**
   * Returns a generator of texts that {@link IndicatorCode#parse(CharSequence)} rejects: empty,
   * longer than 64 characters, starting with {@code _}, or holding a character outside
   * {@code A-Z 0-9 _} (a lower-case letter, a space, a hyphen, a Vietnamese letter).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedIndicatorCodes())
   *     .check(t -> throwsTextParseException(() -> IndicatorCode.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedIndicatorCodes() {
    Gen<String> valid = indicatorCodes().map(IndicatorCode::toString);
    Gen<String> badChar = Generate.pick(List.of("a", " ", "-", "Đ", "é", ".", "z"));
    Gen<String> inserted = valid.zip(badChar, Generate.range(0, 64, 0),
        (v, c, at) -> v.substring(0, Math.min(at, v.length())) + c + v.substring(Math.min(at, v.length())));
    Gen<String> leadingUnderscore = valid.map(v -> "_" + v);
    Gen<String> tooLong = Sources.word(CODE_CHARS, IndicatorCode.MAX_LENGTH + 1, 80).map(w -> "A" + w);
    return Generate.oneOf(inserted, leadingUnderscore, tooLong, Generate.constant(""));
  }

  /**
   * Returns a generator of the definitions of the standard catalog, stored and derived.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorDefinition> indicatorDefinitions() {
    return Generate.pick(CATALOG.definitions());
  }

  /**
   * Returns a generator of the standard catalog's definitions whose values are stored, not derived.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorDefinition> storedIndicatorDefinitions() {
    return Generate.pick(Datasets.STORED);
  }

  /**
   * Returns a generator of the indicator kinds.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorKind> indicatorKinds() {
    return Generate.enumValues(IndicatorKind.class);
  }

  /**
   * Returns a generator of the units the standard catalog's definitions use ({@code %} and
   * {@code one}).
   *
   * @return the generator, not null
   */
  public static Gen<Unit<?>> units() {
    return Generate.pick(Datasets.UNITS);
  }

  /**
   * Returns a generator of values a definition accepts: within its {@link ValidRange}, whole for an
   * integral kind, with up to 3 decimals otherwise, canonical (no trailing zeros). An unbounded
   * side is replaced by a bound 10,000,000 away from the other bound (or from 0). Values shrink
   * towards 0, or the bound nearest it.
   *
   * @param definition  the definition, not null
   * @return the generator, not null
   */
  public static Gen<BigDecimal> values(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return values(definition.validRange(), definition.kind().isIntegral());
  }

  static Gen<BigDecimal> values(ValidRange range, boolean integral) {
    BigDecimal lo = range.min().orElseGet(() -> range.max().map(m -> m.min(BigDecimal.ZERO).subtract(SPAN))
        .orElse(SPAN.negate()));
    BigDecimal hi = range.max().orElseGet(() -> lo.max(BigDecimal.ZERO).add(SPAN));
    BigDecimal first = integral ? lo.setScale(0, RoundingMode.CEILING) : lo;
    Gen<Integer> scales = integral ? Generate.constant(0) : Generate.range(0, 3, 0);
    return scales.flatMap(scale -> {
      long steps = hi.subtract(first).movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
      long zero = BigDecimal.ZERO.subtract(first).movePointRight(scale).setScale(0, RoundingMode.CEILING)
          .max(BigDecimal.ZERO).min(BigDecimal.valueOf(steps)).longValueExact();
      return Generate.longRange(0, steps, zero)
          .map(k -> canonical(first.add(BigDecimal.valueOf(k, scale))));
    });
  }

  /**
   * Returns a generator of quantities a definition accepts: {@link #values(IndicatorDefinition)} in
   * the definition's unit.
   *
   * @param definition  the definition, not null
   * @return the generator, not null
   */
  public static Gen<Quantity<?>> quantities(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return values(definition).map(v -> Quantities.getQuantity(v, definition.unit()));
  }

  /**
   * Returns a generator of values outside a definition's valid range, with the kind's integrality
   * kept, so that range is the only rule they break: below the minimum or above the maximum, by up
   * to 1000.
   *
   * <pre>{@code
   * IndicatorDefinition share = IndicatorCatalog.standard().get("INFRA_ADULT_SMARTPHONE_SHARE");
   * qt().forAll(DxvnGens.valuesOutOfRange(share))
   *     .check(v -> !share.validRange().contains(v));
   * }</pre>
   *
   * @param definition  the definition, not null, with at least one bound
   * @return the generator, not null
   * @throws IllegalArgumentException if the valid range is unbounded on both sides
   */
  public static Gen<BigDecimal> valuesOutOfRange(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    ValidRange range = definition.validRange();
    boolean integral = definition.kind().isIntegral();
    List<Gen<BigDecimal>> sides = new ArrayList<>();
    Gen<BigDecimal> excess = integral
        ? Generate.range(1, 1000, 1).map(k -> BigDecimal.valueOf(k))
        : Generate.range(1, 100_000, 1).map(k -> BigDecimal.valueOf(k, 2));
    range.min().ifPresent(min -> sides.add(excess.map(e ->
        canonical((integral ? min.setScale(0, RoundingMode.CEILING) : min).subtract(e)))));
    range.max().ifPresent(max -> sides.add(excess.map(e ->
        canonical((integral ? max.setScale(0, RoundingMode.FLOOR) : max).add(e)))));
    if (sides.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for definition (valid values one with a bounded range): " + definition.code());
    }
    return sides.size() == 1 ? sides.get(0) : Generate.oneOf(sides.get(0), sides.get(1));
  }

  /**
   * Returns a generator of shares, per cent from 0 to 100 with up to 3 decimals.
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> shares() {
    return values(ValidRange.percent(), false);
  }

  /**
   * Returns a generator of shares outside 0–100 per cent: from -1000 to just below 0, and from just
   * above 100 to 1100, with up to 2 decimals.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.sharesOutOfRange())
   *     .check(v -> !ValidRange.percent().contains(v));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> sharesOutOfRange() {
    Gen<BigDecimal> excess = Generate.range(1, 100_000, 1).map(k -> BigDecimal.valueOf(k, 2));
    return Generate.oneOf(
        excess.map(e -> canonical(BigDecimal.valueOf(100).add(e))),
        excess.map(e -> canonical(e.negate())));
  }

  /**
   * Returns a generator of counts: whole numbers from 0 to 10,000,000.
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> counts() {
    return values(ValidRange.nonNegative(), true);
  }

  /**
   * Returns a generator of non-negative numbers with a non-zero fraction (1 to 3 decimals), which
   * no count or rank accepts.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.fractionalCounts())
   *     .check(v -> v.stripTrailingZeros().scale() > 0);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> fractionalCounts() {
    return Generate.range(0, 1_000_000, 0).zip(Generate.range(1, 3, 1), Generate.range(1, 999, 5),
        (whole, scale, fraction) -> {
          int f = fraction % (int) Math.pow(10, scale);
          BigDecimal frac = BigDecimal.valueOf(f == 0 ? 1 : f, scale);
          return canonical(BigDecimal.valueOf(whole).add(frac));
        });
  }

  /**
   * Returns a generator of the areas of the framework.
   *
   * @return the generator, not null
   */
  public static Gen<Area> areas() {
    return Generate.enumValues(Area.class);
  }

  /**
   * Returns a generator of the three pillars.
   *
   * @return the generator, not null
   */
  public static Gen<Pillar> pillars() {
    return Generate.enumValues(Pillar.class);
  }

  /**
   * Returns a generator of the two polarities.
   *
   * @return the generator, not null
   */
  public static Gen<Polarity> polarities() {
    return Generate.enumValues(Polarity.class);
  }

  /**
   * Returns a generator of valid ranges: unbounded, bounded below, bounded above, or bounded on both
   * sides with {@code min <= max} (a single value included), bounds from -1000 to 1000 with up to 2
   * decimals. Shrinks towards {@code [0, 0]} and the unbounded range.
   *
   * @return the generator, not null
   */
  public static Gen<ValidRange> validRanges() {
    Gen<BigDecimal> bound = Generate.range(-100_000, 100_000, 0).map(k -> canonical(BigDecimal.valueOf(k, 2)));
    Gen<BigDecimal> width = Generate.range(0, 100_000, 0).map(k -> canonical(BigDecimal.valueOf(k, 2)));
    return Generate.range(0, 3, 0).zip(bound, width, (shape, lo, w) -> {
      switch (shape) {
        case 0:
          return ValidRange.unbounded();
        case 1:
          return ValidRange.of(Optional.of(lo), Optional.empty());
        case 2:
          return ValidRange.of(Optional.empty(), Optional.of(lo));
        default:
          return ValidRange.of(lo, canonical(lo.add(w)));
      }
    });
  }

  /**
   * Returns a generator of bound pairs {@code [min, max]} with {@code min > max}, which
   * {@link ValidRange#of(BigDecimal, BigDecimal)} rejects.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.invertedRangeBounds())
   *     .check(b -> throwsIllegalArgument(() -> ValidRange.of(b.get(0), b.get(1))));
   * }</pre>
   *
   * @return the generator of two-element lists, min first, not null
   */
  public static Gen<List<BigDecimal>> invertedRangeBounds() {
    return Generate.range(-100_000, 100_000, 0).zip(Generate.range(1, 100_000, 1),
        (hi, gap) -> List.of(canonical(BigDecimal.valueOf((long) hi + gap, 2)), canonical(BigDecimal.valueOf(hi, 2))));
  }

  /**
   * Returns a generator of aggregation rules: sum, unweighted mean, not aggregatable, and ratios of
   * sums of one to three distinct generated codes over one to three others.
   *
   * @return the generator, not null
   */
  public static Gen<AggregationRule> aggregationRules() {
    Gen<List<IndicatorCode>> codes = SourceDSL.lists().of(indicatorCodes()).ofSizeBetween(1, 3)
        .map(l -> l.stream().distinct().toList());
    Gen<AggregationRule> ratio = codes.zip(codes, AggregationRule::ratioOfSums);
    return Generate.oneOf(Generate.pick(List.of(AggregationRule.sum(), AggregationRule.unweightedMean(),
        AggregationRule.notAggregatable())), ratio);
  }

  /**
   * Returns a generator of indicator definitions outside the standard catalog: a generated code, a
   * Vietnamese and an English name, any area and kind with the kind's default unit, polarity, range
   * and aggregation, sometimes a narrower share range, the opposite polarity and a counted entity;
   * never derived and never part of another (see {@link #indicatorCatalogs()} for those).
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorDefinition> customIndicatorDefinitions() {
    return indicatorCodes().zip(Sources.vietnameseNames(), areas(), indicatorKinds(),
            (code, name, area, kind) -> IndicatorDefinition.builder().code(code).nameVi("Chỉ số " + name)
                .nameEn("Indicator " + code).area(area).kind(kind).source("Nguồn " + name))
        .zip(Sources.oneIn(3), Sources.sometimes(Generate.pick(List.of("hộ gia đình", "doanh nghiệp", "người")), 2),
            Generate.range(0, 50, 0), (b, reversed, entity, cut) -> {
              IndicatorDefinition d = b.build();
              IndicatorDefinition.Builder out = IndicatorDefinition.builder().from(d);
              if (reversed) {
                out.polarity(d.polarity() == Polarity.HIGHER_IS_BETTER ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
              }
              if (d.kind() == IndicatorKind.SHARE && cut > 0) {
                out.validRange(ValidRange.of(BigDecimal.valueOf(cut), BigDecimal.valueOf(100 - cut / 2)));
              }
              entity.ifPresent(out::countedEntity);
              return out.build();
            });
  }

  /**
   * Returns a generator of custom catalogs: 1 to 8 definitions coded {@code I0}, {@code I1}... of
   * any kind, where a later count is sometimes part of an earlier count and, given two earlier
   * counts, a share is sometimes derived as the ratio of their sums; every reference defined. Some
   * catalogs have a rank indicator, which the standard one lacks.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.indicatorCatalogs())
   *     .check(c -> IndicatorCatalog.of(c.definitions()).equals(c));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorCatalog> indicatorCatalogs() {
    Gen<int[]> shape = indicatorKinds().zip(Generate.range(0, 2, 0), Generate.range(0, 7, 0),
        (kind, link, other) -> new int[] {kind.ordinal(), link, other});
    return Generate.range(1, 8, 1).flatMap(n -> Sources.sequence(Collections.nCopies(n, shape)).map(shapes -> {
      List<IndicatorDefinition> out = new ArrayList<>();
      List<IndicatorCode> counts = new ArrayList<>();
      for (int i = 0; i < shapes.size(); i++) {
        int[] s = shapes.get(i);
        IndicatorKind kind = IndicatorKind.values()[s[0]];
        IndicatorCode code = IndicatorCode.of("I" + i);
        IndicatorDefinition.Builder b = IndicatorDefinition.builder().code(code).nameVi("Chỉ số " + i)
            .nameEn("Indicator " + i).area(Area.values()[i % Area.values().length]).source("test");
        if (kind == IndicatorKind.COUNT && s[1] == 1 && !counts.isEmpty()) {
          b.partOf(counts.get(s[2] % counts.size()));
        }
        if (kind == IndicatorKind.SHARE && s[1] == 2 && counts.size() >= 2) {
          IndicatorCode num = counts.get(s[2] % counts.size());
          IndicatorCode den = counts.get((s[2] + 1) % counts.size());
          b.isDerived(true).aggregation(AggregationRule.ratioOfSums(List.of(num), List.of(den)));
        }
        if (kind == IndicatorKind.COUNT) {
          counts.add(code);
        }
        out.add(b.kind(kind).build());
      }
      return IndicatorCatalog.of(out);
    }));
  }

  /**
   * Returns a generator of definition lists that {@link IndicatorCatalog#of} rejects: the
   * definitions of a generated catalog with one of them repeated, or with a definition that is part
   * of an undefined code ({@code UNDEFINED}).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.invalidIndicatorDefinitionLists())
   *     .check(defs -> throwsIllegalArgument(() -> IndicatorCatalog.of(defs)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<IndicatorDefinition>> invalidIndicatorDefinitionLists() {
    return indicatorCatalogs().zip(Generate.range(0, 7, 0), Generate.booleans(), (c, k, dangling) -> {
      List<IndicatorDefinition> defs = new ArrayList<>(c.definitions());
      IndicatorDefinition d = defs.get(k % defs.size());
      if (dangling) {
        defs.add(IndicatorDefinition.builder().code(IndicatorCode.of("DANGLING")).nameVi("Chỉ số")
            .nameEn("Indicator").area(Area.CONTEXT).kind(IndicatorKind.COUNT).source("test")
            .partOf(IndicatorCode.of("UNDEFINED")).build());
      } else {
        defs.add(d);
      }
      return defs;
    });
  }

  // -------------------------------------------------------------------------------- observation

  /**
   * Returns a generator of periods of every type: years 1000 to 9999 (shrinking to 2020), quarters,
   * months and days.
   *
   * @return the generator, not null
   */
  public static Gen<Period> periods() {
    Gen<Integer> years = Generate.range(1000, 9999, 2020);
    Gen<Period> ofYear = years.map(Period::ofYear);
    Gen<Period> ofQuarter = years.zip(Generate.range(1, 4, 1), Period::ofQuarter);
    Gen<Period> ofMonth = years.zip(Generate.range(1, 12, 1), Period::ofMonth);
    Gen<Period> ofDay = years.zip(Generate.range(0, 365, 0),
        (y, d) -> Period.ofDay(LocalDate.ofYearDay(y, 1 + d % LocalDate.of(y, 1, 1).lengthOfYear())));
    return Generate.oneOf(ofYear, ofQuarter, ofMonth, ofDay);
  }

  /**
   * Returns a generator of texts that {@link Period#parse(CharSequence)} rejects: quarters 0 and
   * 5–9, months 00 and 13–99, days beyond the month's end, years below 1000, one-digit months,
   * slashes for hyphens, trailing text.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedPeriods())
   *     .check(t -> throwsTextParseException(() -> Period.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedPeriods() {
    Gen<Integer> years = Generate.range(1000, 9999, 2020);
    return Generate.oneOf(
        years.zip(Generate.pick(List.of(0, 5, 6, 7, 8, 9)), (y, q) -> y + "-Q" + q),
        years.zip(Generate.range(13, 99, 13), (y, m) -> y + "-" + m),
        years.map(y -> y + "-00"),
        years.zip(Generate.range(1, 12, 1), Generate.range(1, 9, 1),
            (y, m, extra) -> String.format("%d-%02d-%02d", y,
                m, java.time.YearMonth.of(y, m).lengthOfMonth() + extra)),
        Generate.range(0, 999, 0).map(y -> String.format("%04d", y)),
        years.zip(Generate.range(1, 9, 1), (y, m) -> y + "-" + m),
        years.zip(Generate.range(1, 12, 1), (y, m) -> String.format("%d/%02d", y, m)),
        years.zip(Generate.pick(List.of("x", " ", "-", "Q", "-Q")), (y, s) -> y + s));
  }

  /**
   * Returns a generator of rank positions: a rank from 1 to 500, with or without a group size at
   * least the rank, and with a size, sometimes a group name.
   *
   * @return the generator, not null
   */
  public static Gen<RankPosition> rankPositions() {
    Gen<Integer> ranks = Generate.range(1, 500, 1);
    Gen<Integer> extra = Generate.range(0, 100, 0);
    Gen<Optional<String>> groups = Sources.sometimes(Generate.pick(List.of(
        "63 tỉnh, thành phố", "34 tỉnh, thành phố", "Bắc Trung Bộ", "Tây Nguyên", "Đông Nam Bộ", "ASEAN")), 2);
    return Generate.range(0, 2, 0).zip(ranks, extra, groups, (shape, r, e, g) -> {
      if (shape == 0) {
        return RankPosition.of(r);
      }
      return g.isPresent() ? RankPosition.of(r, r + e, g.get()) : RankPosition.of(r, r + e);
    });
  }

  /**
   * Returns a generator of texts that {@link RankPosition#parse(CharSequence)} rejects: rank 0, a
   * rank above its group size, a group without a size, an empty group, a non-digit, more than 9
   * digits.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedRankPositions())
   *     .check(t -> throwsTextParseException(() -> RankPosition.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedRankPositions() {
    Gen<Integer> ranks = Generate.range(1, 500, 1);
    return Generate.oneOf(
        Generate.constant("0"),
        ranks.zip(Generate.range(1, 100, 1), (r, e) -> (r + e) + "/" + r),
        ranks.map(r -> r + " in Tây Nguyên"),
        ranks.map(r -> r + "/" + r + " in "),
        ranks.map(r -> r + "x"),
        ranks.map(r -> "1234567890/" + r),
        ranks.map(r -> "/" + r));
  }

  /**
   * Returns a generator of the statuses an observation with a value may have (all but the missing
   * ones).
   *
   * @return the generator, not null
   */
  public static Gen<ObservationStatus> observationStatuses() {
    return Generate.pick(Arrays.stream(ObservationStatus.values()).filter(s -> !s.isMissing()).toList());
  }

  /**
   * Returns a generator of comparisons ({@code =}, {@code >}, {@code <=}...).
   *
   * @return the generator, not null
   */
  public static Gen<Comparison> comparisons() {
    return Generate.enumValues(Comparison.class);
  }

  /**
   * Returns a generator of single observations valid for the standard catalog: a stored indicator,
   * a value it accepts, its unit, any period, a province code as unit code; each optional field
   * present or absent: a status with a value other than normal, a comparison other than {@code =},
   * a rank position, a source and a note (from {@link #freeTexts()}). Shrinks towards an observation
   * without optional fields.
   *
   * @return the generator, not null
   */
  public static Gen<Observation> observations() {
    return storedIndicatorDefinitions().flatMap(DxvnGens::observations);
  }

  /**
   * Returns a generator of observations of one indicator with values it accepts, each optional
   * field present or absent (see {@link #observations()}).
   *
   * @param definition  the definition, not null
   * @return the generator, not null
   */
  public static Gen<Observation> observations(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Gen<String> unit = adminUnitCodes(AdminLevel.PROVINCE).map(AdminUnitCode::toString);
    return unit.zip(periods(), values(definition), (u, p, v) ->
            Observation.builder().unitCode(u).indicator(definition.code()).period(p).value(v)
                .unit(definition.unit()))
        .zip(optionalFields(), (b, f) -> f.apply(b).build());
  }

  /**
   * Returns a generator of observation lists that the standard catalog accepts without error or
   * warning: 1 to 3 provinces, 1 or 2 consecutive years, and in each unit and year a random third of
   * the stored indicators; every part at most its whole ({@code SOC_EID_ACTIVATED} &le;
   * {@code SOC_EID_REGISTRATIONS}, a farming household count at most the households), shares within
   * 0–100, counts whole. Shrinks towards fewer observations.
   *
   * @return the generator, not null
   */
  public static Gen<List<Observation>> validObservationLists() {
    return Datasets.valid();
  }

  /**
   * Returns a generator of observation lists that the standard catalog accepts, for given units
   * and periods: in each unit and period a random third of the stored indicators, every part at most
   * its whole. Shrinks towards fewer observations.
   *
   * @param unitCodes  the unit codes, not null, no duplicates
   * @param periods  the periods, not null, no duplicates
   * @return the generator, not null
   */
  public static Gen<List<Observation>> validObservationLists(List<String> unitCodes, List<Period> periods) {
    List<String> units = List.copyOf(Objects.requireNonNull(unitCodes, "unitCodes"));
    List<Period> ps = List.copyOf(Objects.requireNonNull(periods, "periods"));
    return Datasets.valid(units, ps);
  }

  /**
   * Returns a generator of datasets built from {@link #validObservationLists()}.
   *
   * @return the generator, not null
   */
  public static Gen<Dataset> datasets() {
    return validObservationLists().map(obs -> Dataset.of(obs));
  }

  /**
   * Returns a generator of observation lists with exactly one violation of a rule, checked against
   * the standard catalog: a valid list (see {@link #validObservationLists()}) with the offending
   * observations, in a unit of their own, inserted at a random place.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.datasetsWithOneViolation(Violation.Rule.NOT_INTEGRAL))
   *     .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).stream()
   *         .map(Violation::rule).toList().equals(List.of(Violation.Rule.NOT_INTEGRAL)));
   * }</pre>
   *
   * @param rule  the rule to break once: {@code PART_EXCEEDS_WHOLE}, {@code OUT_OF_RANGE},
   *     {@code NOT_INTEGRAL}, {@code UNIT_MISMATCH}, {@code DERIVED_STORED} or {@code DUPLICATE_KEY};
   *     not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the rule is {@code RANK_EXCEEDS_GROUP} (the standard catalog
   *     has no rank indicator) or {@code UNKNOWN_INDICATOR} (a warning, not an error)
   */
  public static Gen<List<Observation>> datasetsWithOneViolation(Violation.Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return Datasets.withOne(rule);
  }

  /**
   * Returns a generator of observation lists with exactly one part-whole violation: a part above its
   * whole (such as {@code SOC_EID_ACTIVATED} above {@code SOC_EID_REGISTRATIONS}) in one unit and
   * year, everything else consistent.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.datasetsWithOnePartWholeViolation())
   *     .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).size() == 1);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<Observation>> datasetsWithOnePartWholeViolation() {
    return Datasets.withOne(Violation.Rule.PART_EXCEEDS_WHOLE);
  }

  /**
   * Returns a generator of observation lists with exactly one share outside 0–100 per cent.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.datasetsWithOneShareOutOfRange())
   *     .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).get(0).rule()
   *         == Violation.Rule.OUT_OF_RANGE);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<Observation>> datasetsWithOneShareOutOfRange() {
    return Datasets.withOneShareOutOfRange();
  }

  /**
   * Returns a generator of observation lists with exactly one fractional count (such as 12.5
   * registrations).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.datasetsWithOneFractionalCount())
   *     .check(obs -> Dataset.validate(IndicatorCatalog.standard(), obs).get(0).rule()
   *         == Violation.Rule.NOT_INTEGRAL);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<Observation>> datasetsWithOneFractionalCount() {
    return Datasets.withOne(Violation.Rule.NOT_INTEGRAL);
  }

  /**
   * Returns a generator of observation lists valid for the standard catalog, as
   * {@link #validObservationLists()}, in which every observation sometimes carries each optional
   * field: a status other than normal, a comparison other than {@code =}, a rank position, a source
   * and a note (texts from {@link #freeTexts()}). The fields break no rule: a part stays at most its
   * whole whatever the comparisons, and the standard catalog has no rank indicator. Shrinks towards
   * fewer observations without optional fields.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.validObservationListsWithOptionalFields())
   *     .check(obs -> readBack(write(Dataset.of(obs))).equals(Dataset.of(obs)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<Observation>> validObservationListsWithOptionalFields() {
    return validObservationLists().flatMap(list -> Sources.sequence(
        list.stream().map(o -> optionalFields().map(f -> f.apply(Observation.builder().from(o)).build())).toList()));
  }

  /** The optional fields of an observation, each absent at first; shrinks to all absent. */
  private static Gen<java.util.function.UnaryOperator<Observation.Builder>> optionalFields() {
    Gen<Optional<ObservationStatus>> status = Sources.sometimes(observationStatuses(), 2);
    Gen<Optional<Comparison>> comparison = Sources.sometimes(comparisons(), 2);
    Gen<Optional<RankPosition>> rank = Sources.sometimes(rankPositions(), 2);
    Gen<Optional<String>> text = Sources.sometimes(freeTexts(), 2);
    return status.zip(comparison, rank, (s, c, r) -> new Object[] {s, c, r}).zip(text, text, (scr, source, note) -> b -> {
      @SuppressWarnings("unchecked")
      Optional<ObservationStatus> s = (Optional<ObservationStatus>) scr[0];
      @SuppressWarnings("unchecked")
      Optional<Comparison> c = (Optional<Comparison>) scr[1];
      @SuppressWarnings("unchecked")
      Optional<RankPosition> r = (Optional<RankPosition>) scr[2];
      s.ifPresent(b::status);
      c.ifPresent(b::comparison);
      r.ifPresent(b::rank);
      source.ifPresent(b::source);
      note.ifPresent(b::note);
      return b;
    });
  }

  /**
   * Returns a generator of observation keys: a province code, a code of the standard catalog and
   * any period.
   *
   * @return the generator, not null
   */
  public static Gen<ObservationKey> observationKeys() {
    return adminUnitCodes(AdminLevel.PROVINCE).zip(standardIndicatorCodes(), periods(),
        (u, i, p) -> ObservationKey.of(u.toString(), i, p));
  }

  /**
   * Returns a generator of violations: any severity and rule, a message, and zero to three keys
   * each with its position.
   *
   * @return the generator, not null
   */
  public static Gen<Violation> violations() {
    Gen<List<ObservationKey>> keys = SourceDSL.lists().of(observationKeys()).ofSizeBetween(0, 3);
    return Generate.enumValues(Violation.Severity.class).zip(Generate.enumValues(Violation.Rule.class), keys,
        Generate.range(0, 1000, 0), (sev, rule, k, first) -> {
          List<Integer> positions = new ArrayList<>();
          for (int i = 0; i < k.size(); i++) {
            positions.add(first + i);
          }
          return Violation.of(sev, rule, rule + " at " + k, k, positions);
        });
  }

  /**
   * Returns a generator of the derived values of {@link #datasets()}, as
   * {@link DerivedValue#computeAll(Dataset)} gives them (often none).
   *
   * @return the generator, not null
   */
  public static Gen<List<DerivedValue>> derivedValues() {
    return datasets().map(DerivedValue::computeAll);
  }

  /**
   * Returns a generator of observation columns holding {@link #validObservationListsWithOptionalFields()}:
   * unit, indicator, period, value (as a double) and status of every observation.
   *
   * @return the generator, not null
   */
  public static Gen<ObservationColumns> observationColumns() {
    return validObservationListsWithOptionalFields().map(list -> {
      ObservationColumns.Builder b = ObservationColumns.builder(list.size());
      for (Observation o : list) {
        b.add(o.unitCode(), o.indicator().toString(), o.period().toString(), o.value().doubleValue(), o.status());
      }
      return b.build();
    });
  }

  // ------------------------------------------------------------------------------------- text

  /**
   * Returns a generator of texts that {@link io.github.dxvn.text.VietnameseNumberFormat#strict()}
   * accepts: an optional sign ({@code -}, {@code +}, {@code U+2212}), an integer ungrouped (leading
   * zeros allowed) or grouped by threes with one separator throughout ({@code .}, {@code U+00A0} or
   * {@code U+202F}), an optional comma fraction, an optional {@code %} (sometimes after a space), and
   * sometimes surrounding spaces. For instance {@code 4.327}, {@code 99,53%},
   * {@code -1 234 567,5}.
   *
   * @return the generator, not null
   */
  public static Gen<String> vietnameseNumbers() {
    return Texts.numbers().map(Texts.Sample::text);
  }

  /**
   * Returns a generator of ambiguous texts, which the strict Vietnamese format rejects (at the dot)
   * and the lenient one reads with the dot as the decimal mark: a dot followed by other than exactly
   * three digits ({@code 95.22}), or after more than three digits or a leading zero
   * ({@code 1234.567}, {@code 0.825}), sometimes with a {@code %}.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.ambiguousVietnameseNumbers())
   *     .check(t -> errorIndex(() -> VietnameseNumberFormat.strict().parse(t)) == t.indexOf('.'));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> ambiguousVietnameseNumbers() {
    return Texts.ambiguous();
  }

  /**
   * Returns a generator of decimals of either sign with up to 12 integer digits and up to 6
   * decimals, as formatted and parsed by the Vietnamese format.
   *
   * @return the generator, not null
   */
  public static Gen<BigDecimal> decimals() {
    return Texts.numbers().map(Texts.Sample::value);
  }

  /**
   * Returns a generator of parsed numbers: a value from {@link #decimals()}, with or without a per
   * cent sign, and zero to two notes on how the text was read.
   *
   * @return the generator, not null
   */
  public static Gen<ParsedNumber> parsedNumbers() {
    Gen<List<String>> notes = Generate.range(0, 2, 0).map(n -> List.of(
        "dot read as decimal mark", "comma read as thousands separator").subList(0, n));
    return decimals().zip(Generate.booleans(), notes, ParsedNumber::of);
  }

  /**
   * Returns a generator of texts that a CSV file has trouble with, one to three fragments joined:
   * double and single quotes, the separators {@code ;}, {@code ,}, tab and {@code |}, line breaks
   * ({@code \n}, {@code \r\n}, {@code \r}), a byte order mark ({@code U+FEFF}), characters that
   * start a spreadsheet formula ({@code =}, {@code +}, {@code -}, {@code @}), and Vietnamese text
   * composed (NFC) or decomposed (NFD). Texts never start or end with white space and are never
   * empty; shrinks to {@code say "hi"}.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.csvHostileTexts())
   *     .check(t -> readCell(writeCell(t)).equals(VietnameseText.normalize(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> csvHostileTexts() {
    Gen<String> fragment = Generate.pick(HOSTILE);
    return Generate.range(1, 3, 1).flatMap(n -> Sources.sequence(Collections.nCopies(n, fragment))
        .map(parts -> String.join(" ", parts)));
  }

  private static final List<String> HOSTILE = List.of(
      "say \"hi\"", "\"", "\"\"", "'quoted", "''twice", "a;b", "a,b", "a, b; c", "tab\tinside", "a|b",
      "line\nbreak", "line\r\nbreak", "line\rbreak", "\uFEFFbom", "mid\uFEFFdle", "=SUM(A1:A2)", "+84", "-1 point",
      "@home", "#hash", "https://example.org/a?b=c;d", "ước đạt", "trên 65%", "Quảng Trị",
      java.text.Normalizer.normalize("Quảng Trị", java.text.Normalizer.Form.NFD),
      java.text.Normalizer.normalize("Thừa Thiên Huế; Đắk Lắk", java.text.Normalizer.Form.NFD),
      "Central and Central Highlands");

  /**
   * Returns a generator of free texts for sources and notes: Vietnamese phrases, sometimes
   * decomposed (NFD), or texts from {@link #csvHostileTexts()}. Shrinks to {@code Quảng}.
   *
   * @return the generator, not null
   */
  public static Gen<String> freeTexts() {
    Gen<String> names = Sources.vietnameseNames().zip(Sources.oneIn(4),
        (n, nfd) -> nfd ? java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD) : n);
    return Generate.oneOf(names, csvHostileTexts());
  }

  // ------------------------------------------------------------------------------------ legal

  /**
   * Returns a generator of document types with a code (all but {@link DocumentType#LAW}).
   *
   * @return the generator, not null
   */
  public static Gen<DocumentType> documentTypes() {
    return Generate.pick(Arrays.stream(DocumentType.values()).filter(t -> t.code().isPresent()).toList());
  }

  /**
   * Returns a generator of issuers: the known ones, National Assembly legislatures ({@code QH15},
   * {@code UBTVQH14}), joint issuers ({@code BTC-BTTTT}) and unknown codes starting with {@code X}.
   *
   * @return the generator, not null
   */
  public static Gen<Issuer> issuers() {
    Gen<Issuer> known = Generate.pick(Issuer.knownIssuers());
    Gen<Issuer> joint = known.zip(known, (a, b) -> Issuer.of(a.code() + "-" + b.code()));
    // One joint issuer in four, as when the four kinds were picked evenly.
    return Generate.frequency(Pair.of(3, singleIssuers()), Pair.of(1, joint));
  }

  /** Issuers of one body: known, legislatures and unknown codes (no joint issuer, so no hyphen). */
  private static Gen<Issuer> singleIssuers() {
    Gen<Issuer> known = Generate.pick(Issuer.knownIssuers());
    Gen<Issuer> legislature = Generate.pick(List.of("QH", "UBTVQH"))
        .zip(Generate.range(1, 20, 15), (p, n) -> Issuer.of(p + n));
    Gen<Issuer> unknown = Sources.word(UPPER, 0, 5).zip(Sources.digits(0, 2), (w, d) -> Issuer.of("X" + w + d));
    return Generate.oneOf(known, legislature, unknown);
  }

  /**
   * Returns a generator of document numbers in all four layouts: {@code 749/QĐ-TTg},
   * {@code 30/2020/NĐ-CP}, {@code 81/2023/QH15} and {@code 52-NQ/TW}. Numbers run from 1 to
   * 999,999,999 (shrinking to 1), years from 1945 to 2100 (shrinking to 2020).
   *
   * @return the generator, not null
   */
  public static Gen<DocumentNumber> documentNumbers() {
    Gen<Integer> numbers = Generate.oneOf(Generate.range(1, 9999, 1), Generate.range(1, 999_999_999, 1));
    Gen<Integer> years = Generate.range(DocumentNumber.MIN_YEAR, 2100, 2020);
    Gen<DocumentNumber> plain = numbers.zip(documentTypes(), issuers(), DocumentNumber::of);
    Gen<DocumentNumber> withYear = numbers.zip(years, documentTypes(), issuers(), DocumentNumber::of);
    Gen<DocumentNumber> untyped = numbers.zip(years, singleIssuers(),
        DocumentNumber::ofUntyped);
    Gen<DocumentNumber> party = numbers.zip(documentTypes(), issuers(), DocumentNumber::ofParty);
    return Generate.oneOf(plain, withYear, untyped, party);
  }

  /**
   * Returns a generator of texts that {@link DocumentNumber#parse(CharSequence)} rejects: number 0,
   * ten digits, a year before 1945, a type code dxvn does not know, a missing issuer, a missing
   * slash, surrounding spaces.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedDocumentNumbers())
   *     .check(t -> throwsTextParseException(() -> DocumentNumber.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedDocumentNumbers() {
    Gen<Integer> numbers = Generate.range(1, 9999, 1);
    return Generate.oneOf(
        Generate.pick(List.of("0/QĐ-TTg", "000/2020/NĐ-CP", "0-NQ/TW", "1234567890/QĐ-TTg")),
        numbers.zip(Generate.range(1000, 1944, 1944), (n, y) -> n + "/" + y + "/NĐ-CP"),
        numbers.map(n -> n + "/ZZ-TTg"),
        numbers.map(n -> n + "/QĐ-"),
        numbers.map(n -> n + "QĐ-TTg"),
        numbers.map(n -> " " + n + "/QĐ-TTg"),
        numbers.map(n -> n + "/QĐ-TTg/"));
  }

  /**
   * Returns a generator of document statuses.
   *
   * @return the generator, not null
   */
  public static Gen<DocumentStatus> documentStatuses() {
    return Generate.enumValues(DocumentStatus.class);
  }

  /**
   * Returns a generator of parsed document numbers: a number from {@link #documentNumbers()} with
   * zero to two notes on how its text was interpreted.
   *
   * @return the generator, not null
   */
  public static Gen<ParsedDocumentNumber> parsedDocumentNumbers() {
    Gen<List<String>> notes = Generate.range(0, 2, 0).map(n -> List.of(
        "'QD' read as 'QĐ'", "spaces removed").subList(0, n));
    return documentNumbers().zip(notes, ParsedDocumentNumber::of);
  }

  /**
   * Returns a generator of legal documents. Issued ones (status issued, replaced or repealed) have a
   * number and a date of signing, in the number's year if it has one; an untyped number
   * ({@code 81/2023/QH15}) comes with an explicit type. Drafts have a number or not (then an issuer
   * and a type) and a date or not. Every one has a Vietnamese title, and sometimes an English one.
   * Shrinks towards short titles, small numbers and dates early in 2020.
   *
   * @return the generator, not null
   */
  public static Gen<LegalDocument> legalDocuments() {
    return Generate.oneOf(issuedLegalDocuments(), Legal.drafts());
  }

  /**
   * Returns a generator of issued legal documents (see {@link #legalDocuments()}): with a number and
   * a date of signing, status issued, replaced or repealed.
   *
   * @return the generator, not null
   */
  public static Gen<LegalDocument> issuedLegalDocuments() {
    return Legal.issued();
  }

  /**
   * Returns a generator of legal document builders that each break one rule of
   * {@link LegalDocument}, so that {@code build()} throws {@link IllegalArgumentException}: a blank
   * title, an issued status without a number or date, an issuer or type other than the number's, a
   * date of signing outside the number's year. A builder's {@code toString()} names the broken rule.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.invalidLegalDocumentBuilders())
   *     .check(b -> throwsIllegalArgument(b::build));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<LegalDocument.Builder> invalidLegalDocumentBuilders() {
    return Legal.invalidDocuments();
  }

  /**
   * Returns a generator of observance days: a Vietnamese name, sometimes an English one, any day of
   * the year (29 February included), one to three issued source documents, and a first year no
   * earlier than the first observance after the last signing (up to 10 years later).
   *
   * @return the generator, not null
   */
  public static Gen<ObservanceDay> observanceDays() {
    return Legal.observanceDays();
  }

  /**
   * Returns a generator of observance day builders that each break one rule of
   * {@link ObservanceDay}: a blank name, no source, or a first observance before a source's
   * signing. A builder's {@code toString()} names the broken rule.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.invalidObservanceDayBuilders())
   *     .check(b -> throwsIllegalArgument(b::build));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<ObservanceDay.Builder> invalidObservanceDayBuilders() {
    return Legal.invalidObservanceDays();
  }

  // ------------------------------------------------------------------------------------ admin

  /**
   * Returns a generator of administrative levels.
   *
   * @return the generator, not null
   */
  public static Gen<AdminLevel> adminLevels() {
    return Generate.enumValues(AdminLevel.class);
  }

  /**
   * Returns a generator of the regions of Vietnam.
   *
   * @return the generator, not null
   */
  public static Gen<Region> regions() {
    return Generate.enumValues(Region.class);
  }

  /**
   * Returns a generator of administrative unit codes of every level: provinces ({@code 45}),
   * districts ({@code 464}), communes ({@code 19363}) and villages ({@code 19363-012}).
   *
   * @return the generator, not null
   */
  public static Gen<AdminUnitCode> adminUnitCodes() {
    return adminLevels().flatMap(DxvnGens::adminUnitCodes);
  }

  /**
   * Returns a generator of administrative unit codes of one level.
   *
   * @param level  the level, not null
   * @return the generator, not null
   */
  public static Gen<AdminUnitCode> adminUnitCodes(AdminLevel level) {
    switch (Objects.requireNonNull(level, "level")) {
      case PROVINCE:
        return Generate.range(0, 99, 1).map(n -> AdminUnitCode.of(level, n));
      case DISTRICT:
        return Generate.range(0, 999, 1).map(n -> AdminUnitCode.of(level, n));
      case COMMUNE:
        return Generate.range(0, 99_999, 1).map(n -> AdminUnitCode.of(level, n));
      default:
        return adminUnitCodes(AdminLevel.COMMUNE).zip(Sources.digits(1, 4), AdminUnitCode::ofVillage);
    }
  }

  /**
   * Returns a generator of texts that {@link AdminUnitCode#parse(CharSequence)} rejects: 1, 4 or 6
   * and more digits, a village code after fewer than 5 digits, an empty or 5-digit local code, a
   * letter.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedAdminUnitCodes())
   *     .check(t -> throwsTextParseException(() -> AdminUnitCode.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedAdminUnitCodes() {
    return Generate.oneOf(
        Generate.pick(List.of(1, 4, 6, 7)).flatMap(n -> Sources.digits(n, n)),
        Sources.digits(2, 3).map(d -> d + "-1"),
        Sources.digits(5, 5).map(d -> d + "-"),
        Sources.digits(5, 5).zip(Sources.digits(5, 6), (d, l) -> d + "-" + l),
        Sources.digits(1, 5).map(d -> d + "a"),
        Generate.constant(""));
  }

  /**
   * Returns a generator of administrative units: a code of any level and a Vietnamese name, with no
   * validity dates and no parent.
   *
   * @return the generator, not null
   */
  public static Gen<AdminUnit> adminUnits() {
    return adminUnitCodes().zip(Sources.vietnameseNames(), AdminUnit::of);
  }

  /**
   * Returns a generator of reorganisations: 1 to 10 old provinces merged into 1 to as many new ones,
   * every new province taking the code of its first predecessor, on a date from 2000 to 2030.
   *
   * @return the generator, not null
   */
  public static Gen<Reorganisation> reorganisations() {
    return Lineages.lineages(1).map(l -> l.get(0));
  }

  /**
   * Returns a generator of administrative lineages: 1 to 3 successive reorganisations, each one's
   * new units the next one's old units, on increasing dates. Follow a code forwards with
   * {@link Reorganisation#successorOf} and backwards with {@link Reorganisation#predecessorsOf}.
   *
   * @return the generator of lineages, each oldest first, not null
   */
  public static Gen<List<Reorganisation>> lineages() {
    return Generate.range(1, 3, 1).flatMap(Lineages::lineages);
  }

  /**
   * Returns a generator of re-basings of {@link #reorganisations()}, with or without partial sums.
   *
   * @return the generator, not null
   */
  public static Gen<Rebasing> rebasings() {
    return reorganisations().zip(Generate.booleans(), (r, partial) -> Rebasing.of(r).withPartialSums(partial));
  }

  /**
   * Returns a generator of observation lists for a reorganisation's old units in the two years
   * before the year it took effect, valid for the standard catalog (see
   * {@link #validObservationLists(List, List)}): input for {@link Rebasing#rebase}.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.reorganisations().flatMap(r -> DxvnGens.validObservationListsBefore(r)
   *         .map(obs -> Rebasing.of(r).rebase(Dataset.of(obs)))))
   *     .check(rebased -> rebased.dataset().unitCodes().stream().allMatch(...));
   * }</pre>
   *
   * @param reorganisation  the reorganisation, not null
   * @return the generator, not null
   */
  public static Gen<List<Observation>> validObservationListsBefore(Reorganisation reorganisation) {
    Objects.requireNonNull(reorganisation, "reorganisation");
    int year = reorganisation.effectiveDate().getYear();
    List<String> units = reorganisation.before().stream().map(u -> u.code().toString()).toList();
    return Datasets.valid(units, List.of(Period.ofYear(year - 2), Period.ofYear(year - 1)));
  }

  /**
   * Returns a generator of province groups: a code of {@code A-Z 0-9 _}, Vietnamese and English
   * names, and 1 to 10 province codes; or, one time in three, a group made of 2 or 3 disjoint such
   * groups ({@link ProvinceGroup#ofParts}).
   *
   * @return the generator, not null
   */
  public static Gen<ProvinceGroup> provinceGroups() {
    return Sources.oneIn(3).flatMap(composed -> composed
        ? Generate.range(2, 3, 2).flatMap(n -> disjointGroups(n)).map(parts ->
            ProvinceGroup.ofParts("G", "Nhóm", "Group", parts))
        : disjointGroups(1).map(parts -> parts.get(0)));
  }

  /** {@code n} groups coded {@code P0}, {@code P1}... over disjoint sets of provinces. */
  private static Gen<List<ProvinceGroup>> disjointGroups(int n) {
    Gen<List<Integer>> sizes = Sources.sequence(Collections.nCopies(n, Generate.range(1, 10, 1)));
    return sizes.zip(Generate.range(1, 30, 1), Sources.vietnameseNames(), (s, first, name) -> {
      List<ProvinceGroup> out = new ArrayList<>();
      int next = first;
      for (int i = 0; i < s.size(); i++) {
        List<AdminUnitCode> provinces = new ArrayList<>();
        for (int k = 0; k < s.get(i); k++) {
          provinces.add(AdminUnitCode.of(AdminLevel.PROVINCE, next++));
        }
        out.add(ProvinceGroup.of("P" + i, name, "Group " + i, provinces));
      }
      return out;
    });
  }

  /**
   * Returns a generator of part lists that {@link ProvinceGroup#ofParts} rejects: two or three
   * groups of which two share a province.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.overlappingProvinceGroups())
   *     .check(parts -> throwsIllegalArgument(() -> ProvinceGroup.ofParts("G", "Nhóm", "Group", parts)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<ProvinceGroup>> overlappingProvinceGroups() {
    return Generate.range(2, 3, 2).flatMap(n -> disjointGroups(n)).zip(Generate.range(0, 9, 0), (parts, k) -> {
      List<ProvinceGroup> out = new ArrayList<>(parts);
      ProvinceGroup first = parts.get(0);
      AdminUnitCode shared = List.copyOf(first.provinces()).get(k % first.size());
      ProvinceGroup last = out.get(out.size() - 1);
      List<AdminUnitCode> provinces = new ArrayList<>(last.provinces());
      provinces.add(shared);
      out.set(out.size() - 1, ProvinceGroup.of(last.code(), last.nameVi(), last.nameEn(), provinces));
      return out;
    });
  }

  /**
   * Returns a generator of the reasons a re-basing gives: any kind, a target key or none, zero to
   * two input keys (one at least without a target) and zero to two missing keys, and a message.
   *
   * @return the generator, not null
   */
  public static Gen<RebaseReason> rebaseReasons() {
    Gen<List<ObservationKey>> keys = SourceDSL.lists().of(observationKeys()).ofSizeBetween(0, 2)
        .map(l -> l.stream().distinct().toList());
    return Generate.enumValues(RebaseReason.Kind.class).zip(Sources.sometimes(observationKeys(), 2), keys, keys,
        (kind, target, inputs, missing) -> RebaseReason.of(kind, target,
            target.isEmpty() && inputs.isEmpty()
                ? List.of(ObservationKey.of("01", IndicatorCode.of("CTX_HOUSEHOLDS"), Period.ofYear(2020))) : inputs,
            missing, kind + " " + target.map(Object::toString).orElse("")));
  }

  // ---------------------------------------------------------------------------- platform, community

  /**
   * Returns a generator of hotline numbers, 3 to 15 digits.
   *
   * @return the generator, not null
   */
  public static Gen<HotlineNumber> hotlineNumbers() {
    return Sources.digits(3, 15).map(HotlineNumber::parse);
  }

  /**
   * Returns a generator of texts that {@link HotlineNumber#parse(CharSequence)} rejects: fewer than 3
   * or more than 15 digits, or a space, dot, {@code +} or letter among digits.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedHotlineNumbers())
   *     .check(t -> throwsTextParseException(() -> HotlineNumber.parse(t)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedHotlineNumbers() {
    return Generate.oneOf(
        Sources.digits(0, 2),
        Sources.digits(16, 20),
        Sources.digits(1, 7).zip(Generate.pick(List.of(" ", ".", "+", "a", "-")), Sources.digits(1, 7),
            (a, c, b) -> a + c + b));
  }

  /**
   * Returns a generator of platforms: a Vietnamese name, any category and level, and sometimes an
   * English name, a short name, IPv6, a monitoring-centre connection, a hotline and an operator.
   *
   * @return the generator, not null
   */
  public static Gen<Platform> platforms() {
    Gen<Platform.Builder> base = Sources.vietnameseNames().zip(
        Generate.enumValues(PlatformCategory.class), Generate.enumValues(PlatformLevel.class),
        (name, c, l) -> Platform.builder().nameVi("Nền tảng " + name).category(c).level(l));
    Gen<Optional<String>> shortNames = Sources.sometimes(
        Sources.word("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 1, 16), 2);
    Gen<Optional<HotlineNumber>> hotlines = Sources.sometimes(hotlineNumbers(), 2);
    return base.zip(shortNames, hotlines, Generate.booleans(), (b, s, h, v6) -> {
      s.ifPresent(b::shortName);
      h.ifPresent(b::hotline);
      return b.ipv6Enabled(v6);
    }).zip(Generate.booleans(), Sources.sometimes(Sources.vietnameseNames(), 2),
        (b, monitored, operator) -> {
          operator.ifPresent(o -> b.operator("Sở " + o));
          return b.connectedToMonitoringCentre(monitored).build();
        });
  }

  /**
   * Returns a generator of community digital technology teams: at commune or village level, with
   * or without a member count from 0 to 50.
   *
   * @return the generator, not null
   */
  public static Gen<CommunityTeam> communityTeams() {
    Gen<AdminUnitCode> units = Generate.oneOf(
        adminUnitCodes(AdminLevel.COMMUNE), adminUnitCodes(AdminLevel.VILLAGE));
    return units.zip(Sources.sometimes(Generate.range(0, 50, 0), 2), (u, m) ->
        m.isPresent() ? CommunityTeam.of(u, m.get()) : CommunityTeam.of(u));
  }

  /**
   * Returns a generator of community team rosters: from 0 to 20 individual teams, or from counts
   * (with or without a member total, 0 when there are no teams).
   *
   * @return the generator, not null
   */
  public static Gen<CommunityTeamRoster> communityTeamRosters() {
    Gen<CommunityTeamRoster> ofTeams = SourceDSL.lists().of(communityTeams()).ofSizeBetween(0, 20)
        .map(CommunityTeamRoster::ofTeams);
    Gen<Integer> counts = Generate.range(0, 5000, 0);
    Gen<CommunityTeamRoster> ofCounts = counts.zip(counts, Sources.sometimes(Generate.range(0, 100_000, 0), 2),
        (c, v, m) -> m.isEmpty() ? CommunityTeamRoster.ofCounts(c, v)
            : CommunityTeamRoster.ofCounts(c, v, c + v == 0 ? 0 : m.get()));
    return Generate.oneOf(ofTeams, ofCounts);
  }

  /**
   * Returns a generator of platform categories.
   *
   * @return the generator, not null
   */
  public static Gen<PlatformCategory> platformCategories() {
    return Generate.enumValues(PlatformCategory.class);
  }

  /**
   * Returns a generator of platform levels.
   *
   * @return the generator, not null
   */
  public static Gen<PlatformLevel> platformLevels() {
    return Generate.enumValues(PlatformLevel.class);
  }

  // ------------------------------------------------------------------------------------ index

  /**
   * Returns a generator of frameworks: random trees of 2 to 15 nodes coded {@code N0} (the root),
   * {@code N1}..., each node's parent an earlier node, weights from 1 to 10. Leaves are the
   * indicators; depth varies from 2 to 15 levels.
   *
   * @return the generator, not null
   */
  public static Gen<Framework> frameworks() {
    return frameworkNodes().map(nodes -> Framework.builder().nodes(nodes).build());
  }

  /**
   * Returns a generator of the nodes of a valid framework (see {@link #frameworks()}), root first.
   *
   * @return the generator, not null
   */
  public static Gen<List<Node>> frameworkNodes() {
    return Generate.range(2, 15, 2).flatMap(n -> {
      List<Gen<Node>> nodes = new ArrayList<>();
      nodes.add(Generate.constant(Node.root("N0")));
      for (int i = 1; i < n; i++) {
        int child = i;
        nodes.add(Generate.range(0, i - 1, 0).zip(Generate.range(1, 10, 1),
            (p, w) -> Node.of("N" + child, "N" + p, w)));
      }
      return Sources.sequence(nodes);
    });
  }

  /**
   * Returns a generator of frameworks with settings: a tree of {@link #frameworks()}, a framework-wide
   * normalisation and aggregation, and on each node a polarity and sometimes its own normalisation.
   *
   * <pre>{@code
   * IndexJson json = IndexJson.create();   // dxvn-json
   * qt().forAll(DxvnGens.configuredFrameworks())
   *     .check(f -> json.parseFramework(json.toJson(f)).framework().equals(f));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<Framework> configuredFrameworks() {
    Gen<Node.Builder> setting = polarities().zip(Sources.sometimes(normalisations(), 4),
        (polarity, normalisation) -> {
          Node.Builder b = Node.builder().polarity(polarity);
          normalisation.ifPresent(b::normalisation);
          return b;
        });
    return frameworkNodes().flatMap(nodes -> SourceDSL.lists().of(setting).ofSize(nodes.size())
        .zip(normalisations(), aggregations(), (settings, normalisation, aggregation) -> {
          Framework.Builder f = Framework.builder().normalisation(normalisation).aggregation(aggregation);
          for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Node.Builder b = settings.get(i).code(node.code()).weight(node.weight());
            node.parent().ifPresent(b::parent);
            f.node(b.build());
          }
          return f.build();
        }));
  }

  /**
   * Returns a generator of normalisations: every method, with a few bounds and parameters.
   *
   * @return the generator, not null
   */
  public static Gen<Normalisation> normalisations() {
    return Generate.pick(List.of(Normalisation.minMax(0, 100), Normalisation.minMax(1, 10),
        Normalisation.minMax(0, 100).withDegenerateValue(100), Normalisation.minMax(0, 100, -5, 5),
        Normalisation.zScore(), Normalisation.zScore(50, 10), Normalisation.goalposts(-1, 1, 100),
        Normalisation.distanceToTarget(5), Normalisation.rank(), Normalisation.percentileRank(),
        Normalisation.none()));
  }

  /**
   * Returns a generator of aggregations: every method, powers of both signs, sometimes with a
   * minimum availability.
   *
   * @return the generator, not null
   */
  public static Gen<Aggregation> aggregations() {
    return Generate.pick(List.of(Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(),
        Aggregation.power(2.5), Aggregation.power(-1.5), Aggregation.arithmetic().withMinimumAvailability(0.75),
        Aggregation.geometric().withMinimumAvailability(1)));
  }

  /**
   * Returns a generator of framework nodes with a cycle: a valid tree whose root is given a
   * descendant as parent, so that {@link Framework.Builder#build()} rejects it.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.frameworkNodesWithCycle())
   *     .check(nodes -> throwsIllegalArgument(() -> Framework.builder().nodes(nodes).build()));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<Node>> frameworkNodesWithCycle() {
    return frameworkNodes().flatMap(nodes -> Generate.range(1, nodes.size() - 1, 1).map(k -> {
      List<Node> out = new ArrayList<>(nodes);
      out.set(0, Node.of("N0", nodes.get(k).code(), 1));
      return out;
    }));
  }

  /**
   * Returns a generator of data for a framework's indicators: 2 to 8 units {@code U0}, {@code U1}...,
   * values from 0 to 100 in steps of 0.1, about one in ten missing (NaN).
   *
   * @param framework  the framework, not null
   * @return the generator, not null
   */
  public static Gen<IndexData> indexData(Framework framework) {
    List<String> indicators = framework.indicators();
    Gen<Double> value = Generate.range(0, 1000, 0).zip(Sources.oneIn(10), (k, missing) -> missing ? Double.NaN : k / 10.0);
    return Generate.range(2, 8, 2).flatMap(units -> Sources.sequence(
            Collections.nCopies(units, Sources.sequence(Collections.nCopies(indicators.size(), value))))
        .map(rows -> {
          List<String> names = new ArrayList<>();
          double[][] values = new double[units][];
          for (int u = 0; u < units; u++) {
            names.add("U" + u);
            values[u] = rows.get(u).stream().mapToDouble(Double::doubleValue).toArray();
          }
          return IndexData.of(names, indicators, values);
        }));
  }

  /**
   * Returns a generator of rankings as {@link Ranker} makes them: 0 to 12 items with values from 0 to
   * 5 (so ties are common), about one in six missing, ranked with any polarity and method, either all
   * together ({@link Ranker#rank(double[])}) or within up to three groups ({@link
   * Ranker#rankWithin(double[], String[])}).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.rankings())
   *     .check(r -> r.rankedCount() + r.unranked().length == r.size());
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<Ranking> rankings() {
    Gen<Double> value = Generate.range(-1, 5, 0).map(k -> k < 0 ? Double.NaN : (double) k);
    Gen<Ranker> rankers = Generate.enumValues(Polarity.class).zip(Generate.enumValues(RankingMethod.class), Ranker::of);
    // Group 0 alone is a ranking of all items; a label per item otherwise.
    Gen<List<Integer>> items = SourceDSL.lists().of(Generate.range(0, 2)).ofSizeBetween(0, 12);
    return rankers.zip(items, SourceDSL.lists().of(value).ofSizeBetween(12, 12), (ranker, groups, values) -> {
      double[] v = values.subList(0, groups.size()).stream().mapToDouble(Double::doubleValue).toArray();
      return groups.stream().allMatch(g -> g == 0) ? ranker.rank(v)
          : ranker.rankWithin(v, groups.stream().map(g -> "g" + g).toArray(String[]::new));
    });
  }

  /**
   * Returns a generator of rows of a COINr-style iMeta table: any type, a code such as {@code X3},
   * and sometimes a level, a name, a parent, a polarity, a weight, a target, a denominator and a unit.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.metaRows())
   *     .check(r -> MetaRow.builder().from(r).build().equals(r));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<MetaRow> metaRows() {
    Gen<MetaRow.Builder> base = Generate.enumValues(MetaType.class).zip(Sources.word(UPPER, 1, 3),
        Sources.sometimes(Generate.range(1, 5, 1), 2),
        (type, code, level) -> {
          MetaRow.Builder b = MetaRow.builder().type(type).code(code);
          level.ifPresent(b::level);
          return b;
        });
    Gen<MetaRow.Builder> named = base.zip(Sources.sometimes(Sources.vietnameseNames(), 2),
        Sources.sometimes(Sources.word(UPPER, 1, 3), 2), Sources.sometimes(Generate.enumValues(Polarity.class), 2),
        (b, name, parent, polarity) -> {
          name.ifPresent(b::name);
          parent.ifPresent(b::parent);
          polarity.ifPresent(b::polarity);
          return b;
        });
    return named.zip(Sources.sometimes(Generate.range(0, 20, 0), 2), Sources.sometimes(Generate.range(-100, 100, 0), 3),
        Sources.sometimes(Sources.word(UPPER, 1, 3), 3), Sources.sometimes(Generate.pick(List.of("%", "1", "ha")), 3),
        (b, weight, target, denominator, unit) -> {
          weight.ifPresent(w -> b.weight(w / 2.0));
          target.ifPresent(t -> b.target(t / 4.0));
          denominator.ifPresent(b::denominator);
          unit.ifPresent(b::unit);
          return b.build();
        });
  }

  /**
   * Returns a generator of pipeline steps for a framework: a data check, a screen by availability,
   * an imputation (by a mean or median, overall or by the group {@code "region"}), a treatment
   * (COINr's default, a winsorisation limit, none, or one with an override for an indicator), or a
   * division of an indicator by a denominator column {@code "POP"}.
   *
   * @param framework  the framework whose indicators the steps name, not null
   * @return the generator, not null
   */
  public static Gen<PipelineStep> pipelineSteps(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    List<String> indicators = framework.indicators();
    Gen<PipelineStep> impute = Generate.pick(List.of(Impute.mean(), Impute.median(), Impute.groupMean("region"),
        Impute.groupMedian("region")));
    Gen<PipelineStep> treat = Generate.range(0, 10, 0).zip(Generate.pick(indicators), Sources.oneIn(3),
        (w, indicator, override) -> {
          Treat t = w == 0 ? Treat.coinrDefault() : Treat.winsorise(w);
          return override ? t.withOverride(indicator, Treat.none()) : t;
        });
    return Generate.oneOf(
        Generate.constant(DataCheck.create()),
        Generate.range(0, 20, 0).map(k -> Screen.byAvailability(k / 20.0)),
        impute,
        treat,
        Generate.pick(indicators).map(indicator -> Denominate.of(Map.of(indicator, "POP"))));
  }

  /**
   * Returns a generator of pipelines: a framework of {@link #frameworks()} and 0 to 4 of its
   * {@link #pipelineSteps(Framework) steps}.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.pipelines())
   *     .check(p -> p.steps().size() <= 4);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<Pipeline> pipelines() {
    return frameworks().flatMap(f -> SourceDSL.lists().of(pipelineSteps(f)).ofSizeBetween(0, 4)
        .map(steps -> Pipeline.of(f, steps)));
  }

  /**
   * Returns a generator of pipeline results: a pipeline of {@link #pipelines()} run on {@link
   * #indexData(Framework) data} of its framework with a group {@code region} and a column {@code POP}
   * (what its steps may impute by and divide by).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.pipelineResults())
   *     .check(r -> PipelineResult.of(r.stages(), r.data(), r.result()).equals(r));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<PipelineResult> pipelineResults() {
    // The steps may impute by the group "region" and divide by the column "POP": every unit gets a
    // region, north and south in turn, and a population of 1,000 or more.
    return pipelines().flatMap(p -> indexData(p.framework()).map(d -> {
      List<String> regions = new ArrayList<>();
      double[] population = new double[d.units().size()];
      for (int i = 0; i < population.length; i++) {
        regions.add(i % 2 == 0 ? "north" : "south");
        population[i] = 1000 + 10 * i;
      }
      return p.run(d.withGroup("region", regions).withColumn("POP", population));
    }));
  }

  /**
   * Returns a generator of panel data for a framework: 1 to 3 consecutive years from 2020, each
   * with {@link #indexData(Framework) data} of its own units.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.frameworks().flatMap(f -> DxvnGens.panelData(f).map(p -> p.compute(f))))
   *     .check(r -> !r.periods().isEmpty());
   * }</pre>
   *
   * @param framework  the framework, not null
   * @return the generator, not null
   */
  public static Gen<PanelData> panelData(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    return Generate.range(1, 3, 1).flatMap(n -> Sources.sequence(Collections.nCopies(n, indexData(framework)))
        .map(data -> {
          Map<Integer, IndexData> periods = new TreeMap<>();
          for (int i = 0; i < data.size(); i++) {
            periods.put(2020 + i, data.get(i));
          }
          return PanelData.of(periods);
        }));
  }

  // ------------------------------------------------------------------------------ target, dti

  /**
   * Returns a generator of national targets: those of {@link TargetCatalog#standard()} and
   * generated ones (see {@link #generatedNationalTargets()}).
   *
   * @return the generator, not null
   */
  public static Gen<NationalTarget> nationalTargets() {
    return Generate.oneOf(standardNationalTargets(), generatedNationalTargets());
  }

  /**
   * Returns a generator of the national targets of {@link TargetCatalog#standard()}.
   *
   * @return the generator, not null
   */
  public static Gen<NationalTarget> standardNationalTargets() {
    return Generate.pick(TargetCatalog.standard().targets());
  }

  /**
   * Returns a generator of national targets built from generated parts: an identifier of one to
   * three lower-case words joined by hyphens, any pillar, a deadline from 2000 to 2100 (shrinking to
   * 2025), a stored indicator of the standard catalog (named or not) with a value it accepts, not
   * negative, in its unit and compared with {@code =}, {@code >} or {@code >=}, or a top-N rank from 1
   * to 100, an issued document from {@link #issuedLegalDocuments()} of any kind, and sometimes a
   * note.
   *
   * @return the generator, not null
   */
  public static Gen<NationalTarget> generatedNationalTargets() {
    return Targets.targets();
  }

  /**
   * Returns a generator of texts that a national target rejects as its identifier: empty, a leading,
   * trailing or doubled hyphen, or a character other than {@code a-z}, {@code 0-9} and {@code -}
   * (an upper-case letter, a space, an underscore, a dot, {@code đ}, a slash).
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.malformedTargetIds())
   *     .check(id -> throwsIllegalArgument(() -> NationalTarget.builder().from(target).id(id).build()));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<String> malformedTargetIds() {
    return Targets.malformedIds();
  }

  /**
   * Returns a generator of national target builders that each break one rule of
   * {@link NationalTarget}: a malformed identifier, a blank description or source address, a
   * deadline outside 2000–2100, a negative value, or a top-N target with a fractional value. A
   * builder's {@code toString()} names the broken rule.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.invalidNationalTargetBuilders())
   *     .check(b -> throwsIllegalArgument(b::build));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<NationalTarget.Builder> invalidNationalTargetBuilders() {
    return Targets.invalidBuilders();
  }

  /**
   * Returns a generator of target catalogs of 0 to 8 generated targets with distinct identifiers
   * (see {@link TargetCatalog#of}).
   *
   * @return the generator, not null
   */
  public static Gen<TargetCatalog> targetCatalogs() {
    return Targets.catalogs();
  }

  /**
   * Returns a generator of target lists that {@link TargetCatalog#of} rejects: the targets of a
   * generated catalog with one more target that repeats an identifier.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.nationalTargetListsWithDuplicateId())
   *     .check(list -> throwsIllegalArgument(() -> TargetCatalog.of(list)));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<List<NationalTarget>> nationalTargetListsWithDuplicateId() {
    return Targets.withDuplicateId();
  }

  /**
   * Returns a generator of trajectories: a baseline year from 2000 to 2099, a target year 1 to 30
   * years later, baseline and target values from 0 to 1000 with up to 2 decimals, any comparator.
   *
   * @return the generator, not null
   */
  public static Gen<Trajectory> trajectories() {
    return Targets.trajectories();
  }

  /**
   * Returns a generator of the kinds of document a target comes from.
   *
   * @return the generator, not null
   */
  public static Gen<DocumentKind> documentKinds() {
    return Generate.enumValues(DocumentKind.class);
  }

  /**
   * Returns a generator of target comparators.
   *
   * @return the generator, not null
   */
  public static Gen<TargetComparator> targetComparators() {
    return Generate.enumValues(TargetComparator.class);
  }

  /**
   * Returns a generator of target statuses.
   *
   * @return the generator, not null
   */
  public static Gen<TargetStatus> targetStatuses() {
    return Generate.enumValues(TargetStatus.class);
  }

  /**
   * Returns a generator of the standard DTI frameworks ({@link DtiFramework#standardFrameworks()}).
   *
   * @return the generator, not null
   */
  public static Gen<DtiFramework> dtiFrameworks() {
    return Generate.pick(DtiFramework.standardFrameworks());
  }

  // ------------------------------------------------------------------------------------ results

  /**
   * Returns a generator of index results: a framework of {@link #frameworks()} computed on
   * {@link #indexData(Framework) data} for it.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.indexResults())
   *     .check(r -> r.framework().nodes().stream().allMatch(n -> r.ranking(n.code()).size() == r.units().size()));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<IndexResult> indexResults() {
    return frameworks().flatMap(f -> indexData(f).map(f::compute));
  }

  /**
   * Returns a generator of rank-uncertainty results: an analysis of 1 to 5 replications, weights
   * varied by 25 %, of the root of a framework of {@link #frameworks()} on data for it.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.uncertaintyResults())
   *     .check(u -> u.units().stream().allMatch(unit -> u.ranks(unit).length == u.replications()));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<UncertaintyResult> uncertaintyResults() {
    return frameworks().flatMap(f -> indexData(f).zip(Generate.range(1, 5, 1), Generate.range(0, 1000, 0),
        (data, replications, seed) -> Uncertainty.of(replications, seed).withWeightNoise(0.25).run(f, data, "N0")));
  }

  /**
   * Returns a generator of DTI scores under the shipped frameworks that can be scored
   * ({@code dti-922} and {@code dti-1726}), from values on 0–1 with up to 4 decimals.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.dtiScores())
   *     .check(s -> DtiScore.of(s.framework(), s.values(), s.total()).equals(s));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<DtiScore> dtiScores() {
    return Generate.pick(List.of("dti-922", "dti-1726")).flatMap(DxvnGens::dtiScores);
  }

  private static Gen<DtiScore> dtiScores(String name) {
    DtiFramework framework = DtiFramework.standard(name);
    List<IndicatorCode> inputs = framework.inputs();
    Gen<BigDecimal> value = Generate.range(0, 10_000, 5_000).map(k -> BigDecimal.valueOf(k, 4));
    return Sources.sequence(Collections.nCopies(inputs.size(), value)).map(values -> {
      Map<IndicatorCode, BigDecimal> byCode = new LinkedHashMap<>();
      for (int i = 0; i < inputs.size(); i++) {
        byCode.put(inputs.get(i), values.get(i));
      }
      return framework.score(byCode);
    });
  }

  /**
   * Returns a generator of DTI rankings: 0 to 10 provinces {@code P0}, {@code P1}... scored under one
   * shipped framework that can be scored, with or without a year from 2020 to 2025.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.dtiRankings())
   *     .check(r -> r.entries().isEmpty() || r.entries().get(0).rank().position() == 1);
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<DtiRanking> dtiRankings() {
    return Generate.pick(List.of("dti-922", "dti-1726")).flatMap(name -> SourceDSL.lists().of(dtiScores(name))
        .ofSizeBetween(0, 10).zip(Sources.sometimes(Generate.range(2020, 2025, 2020), 2), (scores, year) -> {
          Map<String, DtiScore> byUnit = new LinkedHashMap<>();
          for (int i = 0; i < scores.size(); i++) {
            byUnit.put("P" + i, scores.get(i));
          }
          return year.isPresent() ? DtiRanking.of(name, Period.ofYear(year.get()), byUnit)
              : DtiRanking.of(name, byUnit);
        }));
  }

  /**
   * Returns a generator of re-based datasets: observations of a reorganisation's old units
   * ({@link #validObservationListsBefore(Reorganisation)}) re-based by one of {@link #rebasings()}.
   *
   * <pre>{@code
   * qt().forAll(DxvnGens.rebasedDatasets())
   *     .check(r -> r.isComplete() == r.reasons().stream().noneMatch(x -> x.kind().isLoss()));
   * }</pre>
   *
   * @return the generator, not null
   */
  public static Gen<RebasedDataset> rebasedDatasets() {
    return rebasings().flatMap(r -> validObservationListsBefore(r.reorganisation())
        .map(observations -> r.rebase(Dataset.of(observations))));
  }

  // ---------------------------------------------------------------------------------- helpers

  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

}
