package io.github.dxvn.admin;

import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.internal.Decimals;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.text.TextParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Re-bases a dataset of the old units of a {@link Reorganisation} onto its new units, combining each
 * indicator's values by the indicator's {@link AggregationRule}; for the provinces, from the 63
 * provinces before 1 July 2025 onto the 34 from that date ({@link #provinces2025()}).
 *
 * <pre>{@code
 * RebasedDataset rebased = Rebasing.provinces2025().rebase(dataset2023);
 * rebased.dataset();   // observations of the new provinces, such as 44 (Quảng Bình + old Quảng Trị)
 * rebased.reasons();   // what was not re-based, or changed, and why
 * }</pre>
 *
 * <h2>Input</h2>
 * Every unit code of the dataset is read as the code of an old unit, since a new unit keeps one
 * predecessor's code (code 44 is Quảng Bình here, never the new Quảng Trị). Observations are left
 * out, each with a reason, when their unit code is not an old code of the reorganisation
 * ({@link RebaseReason.Kind#UNIT_NOT_IN_REORGANISATION}: national or commune codes, text that is no
 * unit code), or when their period starts on or after the effective date
 * ({@link RebaseReason.Kind#PERIOD_NOT_BEFORE_REORGANISATION}: such a code may already denote a new
 * unit). Nothing is passed through unchanged under a code whose meaning changed.
 *
 * <h2>Values</h2>
 * For each new unit, indicator and period that some predecessor has an observation of:
 * <ul>
 *   <li>A new unit with a single predecessor (a unit that only changed its code, or kept it) carries
 *       its predecessor's observation over unchanged, apart from the unit code and the published
 *       rank: whatever the rule, the rule applied to one part gives that part.
 *   <li>{@code SUM}: the sum of the predecessors' values. If a predecessor has no observation, the
 *       result is missing ({@link RebaseReason.Kind#PREDECESSORS_MISSING}), not a partial sum,
 *       unless partial sums are allowed ({@link #withPartialSums(boolean)}) and the indicator's valid
 *       range has no negative values: then the sum of the present values is kept as a lower bound
 *       ({@code >=}), reported as {@link RebaseReason.Kind#PARTIAL_SUM}.
 *   <li>{@code RATIO_OF_SUMS}: Σ numerators ÷ Σ denominators × the indicator's
 *       {@linkplain IndicatorDefinition#ratioFactor() ratio factor}, in {@link MathContext#DECIMAL64}
 *       and canonical form, from the numerator and denominator observations of every predecessor;
 *       the predecessors' shares are never averaged (they are not inputs at all). If any numerator
 *       or denominator observation is missing, the result is missing
 *       ({@link RebaseReason.Kind#RATIO_INPUTS_MISSING}, naming the missing keys), even with partial
 *       sums allowed; a zero denominator sum gives {@link RebaseReason.Kind#ZERO_DENOMINATOR}.
 *   <li>{@code UNWEIGHTED_MEAN}: the mean of the predecessors' values (the official DTI rule for a
 *       merged province), in {@code DECIMAL64}; every predecessor is required.
 *   <li>{@code NOT_AGGREGATABLE}, and indicators the dataset's catalog does not know, are not
 *       re-based ({@link RebaseReason.Kind#NOT_AGGREGATABLE},
 *       {@link RebaseReason.Kind#UNKNOWN_INDICATOR}), one reason per new unit, indicator and period.
 * </ul>
 *
 * <h2>Comparisons</h2>
 * A sum and a mean increase with each input, and a ratio of non-negative sums increases with its
 * numerator and decreases with its denominator, so bounds carry over soundly: exact inputs give an
 * exact result; exact inputs with lower bounds give a lower bound ({@code >} if any input is
 * {@code >}, else {@code >=}), and likewise for upper bounds; for a ratio a lower-bounded denominator
 * acts as an upper bound and the other way round (a zero numerator that is exact gives exactly 0).
 * Approximate inputs ({@code ~}) with exact ones give an approximate result. A lower bound with an
 * upper bound, or a bound with an approximation, determines nothing: the result is missing
 * ({@link RebaseReason.Kind#UNDETERMINED_COMPARISON}); so is a ratio of bounds whose numerator or
 * denominator indicator may be negative.
 *
 * <h2>Statuses, sources, ranks</h2>
 * A combined value keeps its inputs' status when they all have the same one (all normal gives
 * normal, all provisional gives provisional); inputs of different statuses give
 * {@link ObservationStatus#ESTIMATED}, as a mixture is dxvn's estimate, not a published figure. A
 * combined value has no source (it was not published) and a note naming its predecessors and rule.
 * Published {@link io.github.dxvn.observation.RankPosition ranks} ranked the old units, so they are
 * dropped, each reported as {@link RebaseReason.Kind#RANK_DROPPED}; {@link RebasedDataset#ranks}
 * recomputes ranks among the re-based units.
 *
 * <p>Finally the re-based observations are checked against the catalog's rules; any that breaks one
 * (possible only with bounds, such as a share whose bounded numerator exceeds its denominator) is left
 * out as {@link RebaseReason.Kind#INVALID_RESULT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rebasing {

  private static final Rebasing PROVINCES_2025 = new Rebasing(Provinces.reorganisation2025(), false);

  private final Reorganisation reorganisation;
  private final boolean partialSums;

  private Rebasing(Reorganisation reorganisation, boolean partialSums) {
    this.reorganisation = reorganisation;
    this.partialSums = partialSums;
  }

  /**
   * Obtains a re-basing across a reorganisation, without partial sums.
   *
   * @param reorganisation  the reorganisation, not null
   * @return the re-basing, not null
   * @throws NullPointerException if {@code reorganisation} is null
   */
  public static Rebasing of(Reorganisation reorganisation) {
    return new Rebasing(Objects.requireNonNull(reorganisation, "reorganisation"), false);
  }

  /**
   * Obtains the re-basing from the 63 provinces onto the 34 of 1 July 2025
   * ({@link Provinces#reorganisation2025()}), without partial sums.
   *
   * @return the re-basing, not null
   */
  public static Rebasing provinces2025() {
    return PROVINCES_2025;
  }

  /**
   * Returns a copy of this re-basing that allows, or does not allow, partial sums.
   *
   * <p>With partial sums allowed, a {@code SUM} indicator of a new unit some of whose predecessors
   * have no observation is the sum over the present predecessors, as a lower bound ({@code >=}),
   * provided the indicator's values cannot be negative. Ratios and means are never partial.
   *
   * @param allowed  true to allow partial sums
   * @return the re-basing, not null
   */
  public Rebasing withPartialSums(boolean allowed) {
    return allowed == partialSums ? this : new Rebasing(reorganisation, allowed);
  }

  /**
   * Returns the reorganisation re-based across.
   *
   * @return the reorganisation, not null
   */
  public Reorganisation reorganisation() {
    return reorganisation;
  }

  /**
   * Tells whether partial sums are allowed.
   *
   * @return true if allowed
   */
  public boolean allowsPartialSums() {
    return partialSums;
  }

  /**
   * Re-bases a dataset of old units onto the new units.
   *
   * @param dataset  the dataset, whose unit codes are old codes, checked against the catalog whose
   *     aggregation rules apply, not null
   * @return the re-based dataset, checked against the same catalog, and the reasons, not null
   * @throws NullPointerException if {@code dataset} is null
   */
  public RebasedDataset rebase(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<RebaseReason> reasons = new ArrayList<>();
    // new unit -> period -> indicators some predecessor has
    Map<AdminUnitCode, Map<Period, SortedSet<IndicatorCode>>> work = new TreeMap<>();
    for (Observation o : dataset.observations()) {
      Optional<AdminUnitCode> old = oldCode(o.unitCode());
      if (old.isEmpty()) {
        reasons.add(RebaseReason.of(RebaseReason.Kind.UNIT_NOT_IN_REORGANISATION, Optional.empty(),
            List.of(o.key()), List.of(), "unit code " + o.unitCode() + " is not the code of a unit that "
                + "ceased on " + reorganisation.effectiveDate().minusDays(1) + "; left out"));
      } else if (!o.period().startDate().isBefore(reorganisation.effectiveDate())) {
        reasons.add(RebaseReason.of(RebaseReason.Kind.PERIOD_NOT_BEFORE_REORGANISATION,
            Optional.empty(), List.of(o.key()), List.of(), "period " + o.period()
                + " starts on or after " + reorganisation.effectiveDate()
                + ", when unit codes may denote new units; left out"));
      } else {
        work.computeIfAbsent(reorganisation.successorOf(old.get()), k -> new TreeMap<>())
            .computeIfAbsent(o.period(), k -> new TreeSet<>())
            .add(o.indicator());
      }
    }
    Run run = new Run(dataset, reasons);
    work.forEach((fresh, periods) -> periods.forEach((period, indicators) ->
        indicators.forEach(indicator -> run.rebase(fresh, indicator, period))));
    List<Observation> kept = dropInvalid(dataset.catalog(), run.out, reasons);
    reasons.sort(REASON_ORDER);
    return new RebasedDataset(reorganisation, Dataset.of(dataset.catalog(), kept), reasons);
  }

  private static final Comparator<RebaseReason> REASON_ORDER = Comparator
      .comparing((RebaseReason r) -> r.target().orElseGet(() -> r.inputs().get(0)))
      .thenComparing(RebaseReason::kind)
      .thenComparing(r -> r.inputs().isEmpty() ? "" : r.inputs().get(0).toString());

  private Optional<AdminUnitCode> oldCode(String unitCode) {
    AdminUnitCode code;
    try {
      code = AdminUnitCode.parse(unitCode);
    } catch (TextParseException e) {
      return Optional.empty();
    }
    return reorganisation.successors().containsKey(code) ? Optional.of(code) : Optional.empty();
  }

  // Removes re-based observations that break a catalog rule, one at fault per violation, until none do.
  private static List<Observation> dropInvalid(
      IndicatorCatalog catalog, List<Observation> observations, List<RebaseReason> reasons) {
    List<Observation> kept = new ArrayList<>(observations);
    while (true) {
      Set<ObservationKey> atFault = new HashSet<>();
      for (Violation v : Dataset.validate(catalog, kept)) {
        if (v.isError() && atFault.add(v.keys().get(0))) {
          reasons.add(RebaseReason.of(RebaseReason.Kind.INVALID_RESULT, Optional.of(v.keys().get(0)),
              List.of(), List.of(), v.message()));
        }
      }
      if (atFault.isEmpty()) {
        return kept;
      }
      kept.removeIf(o -> atFault.contains(o.key()));
    }
  }

  /** The state of one call of {@link #rebase}. */
  private final class Run {
    private final Dataset dataset;
    private final IndicatorCatalog catalog;
    private final List<RebaseReason> reasons;
    private final List<Observation> out = new ArrayList<>();

    Run(Dataset dataset, List<RebaseReason> reasons) {
      this.dataset = dataset;
      this.catalog = dataset.catalog();
      this.reasons = reasons;
    }

    void rebase(AdminUnitCode fresh, IndicatorCode indicator, Period period) {
      Set<AdminUnitCode> predecessors = reorganisation.predecessorsOf(fresh);
      ObservationKey target = ObservationKey.of(fresh.toString(), indicator, period);
      List<Observation> present = new ArrayList<>();
      List<ObservationKey> absent = new ArrayList<>();
      for (AdminUnitCode p : predecessors) {
        ObservationKey key = ObservationKey.of(p.toString(), indicator, period);
        dataset.find(key).ifPresentOrElse(present::add, () -> absent.add(key));
      }
      Optional<IndicatorDefinition> found = catalog.find(indicator);
      if (found.isEmpty()) {
        reason(RebaseReason.Kind.UNKNOWN_INDICATOR, target, keys(present), List.of(),
            "indicator " + indicator + " is not in the catalog, so no rule says how it combines");
        return;
      }
      IndicatorDefinition definition = found.get();
      AggregationRule rule = definition.aggregation();
      if (!rule.isAggregatable()) {
        reason(RebaseReason.Kind.NOT_AGGREGATABLE, target, keys(present), List.of(),
            "indicator " + indicator + " does not aggregate (" + rule + ")");
        return;
      }
      Optional<Observation> result;
      if (predecessors.size() == 1) {
        Observation only = present.get(0);
        result = Optional.of(Observation.builder().from(only).unitCode(target.unitCode())
            .rank(Optional.empty()).build());
      } else if (rule.method() == AggregationRule.Method.RATIO_OF_SUMS) {
        result = ratio(target, definition, predecessors, present);
      } else {
        result = sumOrMean(target, definition, present, absent);
      }
      result.ifPresent(o -> {
        out.add(o);
        for (Observation input : present) {
          input.rank().ifPresent(r -> reason(RebaseReason.Kind.RANK_DROPPED, target,
              List.of(input.key()), List.of(), "published rank " + r + " of " + input.key()
                  + " ranked the old units; dropped"));
        }
      });
    }

    private Optional<Observation> sumOrMean(ObservationKey target, IndicatorDefinition definition,
        List<Observation> present, List<ObservationKey> absent) {
      boolean mean = definition.aggregation().method() == AggregationRule.Method.UNWEIGHTED_MEAN;
      boolean partial = !absent.isEmpty();
      if (partial && (mean || !partialSums || !isNonNegative(definition))) {
        reason(RebaseReason.Kind.PREDECESSORS_MISSING, target, keys(present), absent,
            (mean ? "a mean" : "a sum") + " over part of " + target.unitCode() + "'s predecessors "
                + "would not be its value; missing " + absent
                + (mean || !partialSums ? "" : " (partial sums need non-negative values)"));
        return Optional.empty();
      }
      List<Comparison> comparisons = comparisons(present);
      if (partial) {
        comparisons.add(Comparison.GREATER_OR_EQUAL); // the absent values add something >= 0
      }
      Optional<Comparison> comparison = combine(comparisons);
      if (comparison.isEmpty()) {
        undetermined(target, keys(present), comparisons(present));
        return Optional.empty();
      }
      BigDecimal total = sum(present);
      BigDecimal value = mean
          ? total.divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64) : total;
      if (partial) {
        reason(RebaseReason.Kind.PARTIAL_SUM, target, keys(present), absent,
            "sum over the present predecessors only, kept as a lower bound; missing " + absent);
      }
      String how = mean ? "unweighted mean" : partial ? "partial sum" : "sum";
      return Optional.of(combined(target, definition, value, comparison.get(), present, how));
    }

    private Optional<Observation> ratio(ObservationKey target, IndicatorDefinition definition,
        Set<AdminUnitCode> predecessors, List<Observation> present) {
      AggregationRule rule = definition.aggregation();
      List<Observation> numerators = new ArrayList<>();
      List<Observation> denominators = new ArrayList<>();
      List<ObservationKey> missing = new ArrayList<>();
      for (AdminUnitCode p : predecessors) {
        collect(p, rule.numerator(), target.period(), numerators, missing);
        collect(p, rule.denominator(), target.period(), denominators, missing);
      }
      List<ObservationKey> inputs = keys(present);
      inputs.addAll(keys(numerators));
      inputs.addAll(keys(denominators));
      if (!missing.isEmpty()) {
        reason(RebaseReason.Kind.RATIO_INPUTS_MISSING, target, inputs, missing,
            "a ratio of sums " + rule + " needs the numerator and denominator of every predecessor; "
                + "missing " + missing);
        return Optional.empty();
      }
      BigDecimal numerator = sum(numerators);
      BigDecimal denominator = sum(denominators);
      if (denominator.signum() == 0) {
        reason(RebaseReason.Kind.ZERO_DENOMINATOR, target, inputs, List.of(),
            "the denominators of " + rule + " sum to zero");
        return Optional.empty();
      }
      Optional<Comparison> ofNumerator = combine(comparisons(numerators));
      Optional<Comparison> ofDenominator = combine(comparisons(denominators));
      Optional<Comparison> comparison;
      if (ofNumerator.isEmpty() || ofDenominator.isEmpty()) {
        comparison = Optional.empty();
      } else if (ofNumerator.get().isExact() && numerator.signum() == 0) {
        comparison = Optional.of(Comparison.EQUAL); // 0 over any positive denominator
      } else if ((isBound(ofNumerator.get()) || isBound(ofDenominator.get()))
          && (!nonNegative(rule.numerator()) || !nonNegative(rule.denominator()))) {
        comparison = Optional.empty(); // bounds carry over only where the parts cannot be negative
      } else {
        comparison = combine(List.of(ofNumerator.get(), flip(ofDenominator.get())));
      }
      List<Observation> parts = new ArrayList<>(numerators);
      parts.addAll(denominators);
      if (comparison.isEmpty()) {
        // Name every observation looked at, the predecessors' own ratios too, as the other reasons do.
        undetermined(target, inputs, comparisons(parts));
        return Optional.empty();
      }
      BigDecimal value = numerator.multiply(definition.ratioFactor())
          .divide(denominator, MathContext.DECIMAL64);
      return Optional.of(combined(target, definition, value, comparison.get(), parts,
          "ratio of sums " + rule));
    }

    private void collect(AdminUnitCode unit, List<IndicatorCode> codes, Period period,
        List<Observation> found, List<ObservationKey> missing) {
      for (IndicatorCode code : codes) {
        ObservationKey key = ObservationKey.of(unit.toString(), code, period);
        dataset.find(key).ifPresentOrElse(found::add, () -> missing.add(key));
      }
    }

    private boolean nonNegative(List<IndicatorCode> codes) {
      return codes.stream().allMatch(c -> catalog.find(c).map(Rebasing::isNonNegative).orElse(false));
    }

    private void undetermined(ObservationKey target, List<ObservationKey> inputs, List<Comparison> seen) {
      reason(RebaseReason.Kind.UNDETERMINED_COMPARISON, target, inputs, List.of(),
          "the inputs' comparisons " + seen + " do not determine how the result relates to its true value");
    }

    private void reason(RebaseReason.Kind kind, ObservationKey target, List<ObservationKey> inputs,
        List<ObservationKey> missing, String message) {
      reasons.add(RebaseReason.of(kind, Optional.of(target), inputs, missing, message));
    }

    private Observation combined(ObservationKey target, IndicatorDefinition definition,
        BigDecimal value, Comparison comparison, List<Observation> inputs, String how) {
      SortedSet<String> from = new TreeSet<>();
      inputs.forEach(o -> from.add(o.unitCode()));
      return Observation.builder().unitCode(target.unitCode()).indicator(target.indicator())
          .period(target.period()).value(Decimals.canonical(value)).unit(definition.unit())
          .comparison(comparison).status(status(inputs))
          .note("re-based from " + String.join(", ", from) + " by " + how)
          .build();
    }
  }

  private static boolean isNonNegative(IndicatorDefinition definition) {
    return definition.validRange().min().map(m -> m.signum() >= 0).orElse(false);
  }

  private static List<ObservationKey> keys(Collection<Observation> observations) {
    List<ObservationKey> keys = new ArrayList<>(observations.size());
    observations.forEach(o -> keys.add(o.key()));
    return keys;
  }

  private static List<Comparison> comparisons(List<Observation> observations) {
    List<Comparison> list = new ArrayList<>(observations.size());
    observations.forEach(o -> list.add(o.comparison()));
    return list;
  }

  private static BigDecimal sum(List<Observation> observations) {
    BigDecimal total = BigDecimal.ZERO;
    for (Observation o : observations) {
      total = total.add(o.value());
    }
    return total;
  }

  // One status if all inputs agree, else an estimate.
  private static ObservationStatus status(List<Observation> inputs) {
    Set<ObservationStatus> statuses = EnumSet.noneOf(ObservationStatus.class);
    inputs.forEach(o -> statuses.add(o.status()));
    return statuses.size() == 1 ? statuses.iterator().next() : ObservationStatus.ESTIMATED;
  }

  /**
   * The comparison of a quantity that increases with each input, given the inputs' comparisons: empty
   * if they do not determine one.
   */
  static Optional<Comparison> combine(List<Comparison> comparisons) {
    boolean lower = false;
    boolean upper = false;
    boolean strict = false;
    boolean approximate = false;
    for (Comparison c : comparisons) {
      lower |= c.isLowerBound();
      upper |= c.isUpperBound();
      strict |= c == Comparison.GREATER || c == Comparison.LESS;
      approximate |= c == Comparison.APPROXIMATE;
    }
    if (lower && upper || (lower || upper) && approximate) {
      return Optional.empty();
    }
    if (lower) {
      return Optional.of(strict ? Comparison.GREATER : Comparison.GREATER_OR_EQUAL);
    }
    if (upper) {
      return Optional.of(strict ? Comparison.LESS : Comparison.LESS_OR_EQUAL);
    }
    return Optional.of(approximate ? Comparison.APPROXIMATE : Comparison.EQUAL);
  }

  private static boolean isBound(Comparison c) {
    return c.isLowerBound() || c.isUpperBound();
  }

  // A denominator's bound acts the other way on a ratio.
  private static Comparison flip(Comparison c) {
    switch (c) {
      case GREATER:
        return Comparison.LESS;
      case GREATER_OR_EQUAL:
        return Comparison.LESS_OR_EQUAL;
      case LESS:
        return Comparison.GREATER;
      case LESS_OR_EQUAL:
        return Comparison.GREATER_OR_EQUAL;
      default:
        return c;
    }
  }

  /**
   * Checks if this re-basing has the same reorganisation and partial-sum setting as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rebasing && ((Rebasing) obj).partialSums == partialSums
        && ((Rebasing) obj).reorganisation.equals(reorganisation);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(reorganisation, partialSums);
  }

  /**
   * Returns a summary such as {@code Rebasing[Reorganisation[2025-07-01: 63 -> 34]]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Rebasing[" + reorganisation + (partialSums ? ", partial sums" : "") + "]";
  }
}
