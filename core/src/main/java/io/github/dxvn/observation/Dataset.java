package io.github.dxvn.observation;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.UnitText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable, validated, indexed collection of observations, at most one per unit, indicator and
 * period.
 *
 * <p>Building a dataset checks every observation against the rules of its catalog and reports every
 * violation at once (see {@link #validate(IndicatorCatalog, List)}): duplicate keys, values outside
 * the valid range (a share outside 0–100, a negative count), fractional counts, a unit other than the
 * indicator's, a part exceeding its whole (activated e-IDs above registrations), a rank value above
 * its group size, a stored value of a derived indicator. Errors stop the build with an
 * {@link InvalidDatasetException}; warnings (indicator codes the catalog does not know, to which no
 * rule applies) are kept in {@link #warnings()}.
 *
 * <p>Observations are held in key order (unit, indicator, period), so iteration is deterministic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {

  private final IndicatorCatalog catalog;
  private final List<Observation> observations;
  private final Map<ObservationKey, Observation> byKey;
  private final List<Violation> warnings;

  private Dataset(IndicatorCatalog catalog, List<Observation> observations, List<Violation> warnings) {
    this.catalog = catalog;
    this.observations = observations;
    Map<ObservationKey, Observation> index = new HashMap<>(observations.size() * 4 / 3 + 1);
    for (Observation observation : observations) {
      index.put(observation.key(), observation);
    }
    this.byKey = index;
    this.warnings = warnings;
  }

  /**
   * Builds a dataset checked against the standard catalog.
   *
   * @param observations  the observations, not null
   * @return the dataset, not null
   * @throws InvalidDatasetException if any rule is broken, listing every violation
   */
  public static Dataset of(Collection<Observation> observations) {
    return of(IndicatorCatalog.standard(), observations);
  }

  /**
   * Builds a dataset checked against a catalog.
   *
   * @param catalog  the catalog whose rules apply, not null
   * @param observations  the observations, not null
   * @return the dataset, not null
   * @throws InvalidDatasetException if any rule is broken, listing every violation
   */
  public static Dataset of(IndicatorCatalog catalog, Collection<Observation> observations) {
    Objects.requireNonNull(catalog, "catalog");
    List<Observation> list = List.copyOf(Objects.requireNonNull(observations, "observations"));
    List<Violation> violations = validate(catalog, list);
    if (violations.stream().anyMatch(Violation::isError)) {
      throw new InvalidDatasetException(violations);
    }
    List<Observation> sorted = new ArrayList<>(list);
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    return new Dataset(catalog, Collections.unmodifiableList(sorted), List.copyOf(violations));
  }

  /**
   * Checks observations against a catalog and reports every violation, without building a dataset.
   *
   * @param catalog  the catalog whose rules apply, not null
   * @param observations  the observations, not null
   * @return the violations, errors and warnings, in input order of the observation at fault; empty
   *     if all rules hold
   */
  public static List<Violation> validate(IndicatorCatalog catalog, List<Observation> observations) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(observations, "observations");
    List<Violation> violations = new ArrayList<>();
    Map<ObservationKey, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation observation = Objects.requireNonNull(observations.get(i), "observation");
      Integer earlier = first.putIfAbsent(observation.key(), i);
      if (earlier != null) {
        violations.add(Violation.of(Violation.Severity.ERROR, Violation.Rule.DUPLICATE_KEY,
            "duplicate observation " + observation.key() + " (first at position " + earlier + ")",
            List.of(observation.key(), observation.key()), List.of(i, earlier)));
      }
      checkOne(catalog, observation, i, violations);
    }
    checkPartsWithinWholes(catalog, observations, first, violations);
    violations.sort((a, b) -> Integer.compare(a.positions().get(0), b.positions().get(0)));
    return violations;
  }

  private static void checkOne(IndicatorCatalog catalog, Observation o, int position, List<Violation> out) {
    Optional<IndicatorDefinition> found = catalog.find(o.indicator());
    if (found.isEmpty()) {
      out.add(single(Violation.Severity.WARNING, Violation.Rule.UNKNOWN_INDICATOR,
          "unknown indicator " + o.indicator() + " in " + o.key() + ": no rule checked", o, position));
      return;
    }
    IndicatorDefinition definition = found.get();
    if (definition.isDerived()) {
      out.add(single(Violation.Severity.ERROR, Violation.Rule.DERIVED_STORED,
          o.key() + ": " + o.indicator() + " is derived from " + definition.aggregation()
              + " and must be computed, not stored", o, position));
    }
    if (!o.unit().equals(definition.unit())) {
      out.add(single(Violation.Severity.ERROR, Violation.Rule.UNIT_MISMATCH,
          o.key() + ": unit " + UnitText.format(o.unit()) + " is not the indicator's unit "
              + UnitText.format(definition.unit()), o, position));
    }
    if (!definition.validRange().contains(o.value())) {
      out.add(single(Violation.Severity.ERROR, Violation.Rule.OUT_OF_RANGE,
          "Invalid value for " + o.indicator() + " in " + o.key() + " (valid values "
              + definition.validRange() + "): " + o.value().toPlainString(), o, position));
    }
    if (definition.kind().isIntegral() && o.value().scale() > 0) {
      out.add(single(Violation.Severity.ERROR, Violation.Rule.NOT_INTEGRAL,
          "Invalid value for " + o.indicator() + " in " + o.key() + " (valid values whole numbers): "
              + o.value().toPlainString(), o, position));
    }
    if (definition.kind() == io.github.dxvn.indicator.IndicatorKind.RANK && o.rank().isPresent()
        && o.rank().get().of().isPresent()
        && o.value().compareTo(BigDecimal.valueOf(o.rank().get().of().getAsInt())) > 0) {
      out.add(single(Violation.Severity.ERROR, Violation.Rule.RANK_EXCEEDS_GROUP,
          o.key() + ": rank " + o.value().toPlainString() + " exceeds the " + o.rank().get().of().getAsInt()
              + " units ranked", o, position));
    }
  }

  private static void checkPartsWithinWholes(IndicatorCatalog catalog, List<Observation> observations,
      Map<ObservationKey, Integer> positions, List<Violation> out) {
    for (int i = 0; i < observations.size(); i++) {
      Observation part = observations.get(i);
      Optional<IndicatorCode> whole = catalog.find(part.indicator()).flatMap(IndicatorDefinition::partOf);
      if (whole.isEmpty()) {
        continue;
      }
      Integer wholePosition = positions.get(ObservationKey.of(part.unitCode(), whole.get(), part.period()));
      if (wholePosition == null) {
        continue;
      }
      Observation w = observations.get(wholePosition);
      // Only a conclusion the comparisons allow: the part is at least its value, the whole at most its.
      boolean partAtLeast = part.comparison().isExact() || part.comparison().isLowerBound();
      boolean wholeAtMost = w.comparison().isExact() || w.comparison().isUpperBound();
      if (partAtLeast && wholeAtMost && part.value().compareTo(w.value()) > 0) {
        out.add(Violation.of(Violation.Severity.ERROR, Violation.Rule.PART_EXCEEDS_WHOLE,
            part.key() + ": " + part.value().toPlainString() + " exceeds its whole " + w.indicator()
                + " = " + w.value().toPlainString(),
            List.of(part.key(), w.key()), List.of(i, wholePosition)));
      }
    }
  }

  private static Violation single(
      Violation.Severity severity, Violation.Rule rule, String message, Observation o, int position) {
    return Violation.of(severity, rule, message, List.of(o.key()), List.of(position));
  }

  /**
   * Returns the catalog the dataset was checked against.
   *
   * @return the catalog, not null
   */
  public IndicatorCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the warnings found when building (unknown indicator codes).
   *
   * @return the warnings, not null
   */
  public List<Violation> warnings() {
    return warnings;
  }

  /**
   * Returns every observation in key order.
   *
   * @return the observations, unmodifiable, not null
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * Returns the observations in key order as a stream.
   *
   * @return the stream, not null
   */
  public Stream<Observation> stream() {
    return observations.stream();
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return observations.size();
  }

  /**
   * Finds an observation by key.
   *
   * @param key  the key, not null
   * @return the observation, or empty
   */
  public Optional<Observation> find(ObservationKey key) {
    return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Finds an observation.
   *
   * @param unitCode  the unit's code, not null
   * @param indicator  the indicator, not null
   * @param period  the period, not null
   * @return the observation, or empty
   */
  public Optional<Observation> find(String unitCode, IndicatorCode indicator, Period period) {
    return find(ObservationKey.of(unitCode, indicator, period));
  }

  /**
   * Returns the observations that match a condition, in key order.
   *
   * @param condition  the condition, not null
   * @return the matching observations, not null
   */
  public List<Observation> observations(Predicate<? super Observation> condition) {
    Objects.requireNonNull(condition, "condition");
    return observations.stream().filter(condition).toList();
  }

  /**
   * Returns the observations of one indicator, in key order.
   *
   * @param indicator  the indicator, not null
   * @return the observations, not null
   */
  public List<Observation> observations(IndicatorCode indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return observations(o -> o.indicator().equals(indicator));
  }

  /**
   * Returns the unit codes present, sorted.
   *
   * @return the codes, not null
   */
  public SortedSet<String> unitCodes() {
    TreeSet<String> codes = new TreeSet<>();
    observations.forEach(o -> codes.add(o.unitCode()));
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * Returns the indicators present, sorted.
   *
   * @return the codes, not null
   */
  public SortedSet<IndicatorCode> indicators() {
    TreeSet<IndicatorCode> codes = new TreeSet<>();
    observations.forEach(o -> codes.add(o.indicator()));
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * Returns the periods present, sorted.
   *
   * @return the periods, not null
   */
  public SortedSet<Period> periods() {
    TreeSet<Period> periods = new TreeSet<>();
    observations.forEach(o -> periods.add(o.period()));
    return Collections.unmodifiableSortedSet(periods);
  }

  /**
   * Returns a dataset with the observations of this one and others, checked again.
   *
   * @param more  the observations to add, not null
   * @return the combined dataset, not null
   * @throws InvalidDatasetException if the result breaks a rule (a duplicate key, a part above its whole)
   */
  public Dataset plus(Collection<Observation> more) {
    List<Observation> all = new ArrayList<>(observations);
    all.addAll(Objects.requireNonNull(more, "more"));
    return of(catalog, all);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Dataset && ((Dataset) obj).observations.equals(observations)
        && ((Dataset) obj).catalog.equals(catalog);
  }

  @Override
  public int hashCode() {
    return observations.hashCode();
  }

  @Override
  public String toString() {
    return "Dataset[" + observations.size() + " observations, " + unitCodes().size() + " units, "
        + indicators().size() + " indicators, " + periods().size() + " periods]";
  }
}
