package io.github.dxvn.admin;

import io.github.dxvn.ranking.Ranker;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * The result of {@link Rebasing#rebase}: the dataset of the new units and the reasons that say what
 * was not re-based, or what re-basing changed, and why.
 *
 * <p>{@link #of(Reorganisation, Dataset, List)} rebuilds one that was stored (as JSON, say), checking
 * what re-basing guarantees: only new units, periods before the reorganisation, no published ranks,
 * and no lost observation in the dataset.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RebasedDataset {

  private final Reorganisation reorganisation;
  private final Dataset dataset;
  private final List<RebaseReason> reasons;

  RebasedDataset(Reorganisation reorganisation, Dataset dataset, List<RebaseReason> reasons) {
    this.reorganisation = reorganisation;
    this.dataset = dataset;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Obtains a re-based dataset from its parts, such as a stored result of {@link Rebasing#rebase}.
   *
   * <p>The parts must be consistent as re-basing makes them: every observation is of a new unit of
   * the reorganisation (a unit of {@link Reorganisation#after()}), in a period that starts before
   * the effective date, without a published rank; every reason's target, if any, is such a key too;
   * and the target of a reason that is a {@linkplain RebaseReason.Kind#isLoss() loss} is not in the
   * dataset. The reasons are kept in the order given ({@code rebase} orders them by the key they are
   * about). Whether the values follow from some input is not checked: the input is not part of the
   * result.
   *
   * @param reorganisation  the reorganisation re-based across, not null
   * @param dataset  the re-based dataset, not null
   * @param reasons  the reasons, not null, no null element
   * @return the re-based dataset, not null
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if an observation or a reason's target is not of a new unit, or
   *     is of a period that does not start before the effective date, an observation has a published
   *     rank, or the target of a loss is in the dataset
   */
  public static RebasedDataset of(Reorganisation reorganisation, Dataset dataset, List<RebaseReason> reasons) {
    Objects.requireNonNull(reorganisation, "reorganisation");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(reasons, "reasons");
    Set<String> fresh = reorganisation.after().stream().map(u -> u.code().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    for (Observation o : dataset.observations()) {
      checkKey(reorganisation, fresh, o.key(), "observation");
      if (o.rank().isPresent()) {
        throw new IllegalArgumentException("Invalid value for rank of observation " + o.key()
            + " (valid values none: a published rank ranked the old units): " + o.rank().get());
      }
    }
    List<RebaseReason> copy = new ArrayList<>(reasons.size());
    for (RebaseReason reason : reasons) {
      Objects.requireNonNull(reason, "reasons element");
      if (reason.target().isPresent()) {
        ObservationKey target = reason.target().get();
        checkKey(reorganisation, fresh, target, "target of reason");
        if (reason.kind().isLoss() && dataset.find(target).isPresent()) {
          throw new IllegalArgumentException("Invalid value for target of reason " + reason.kind()
              + " (valid values a key absent from the dataset, since the reason is a loss): " + target);
        }
      }
      copy.add(reason);
    }
    return new RebasedDataset(reorganisation, dataset, copy);
  }

  private static void checkKey(Reorganisation reorganisation, Set<String> fresh, ObservationKey key, String what) {
    if (!fresh.contains(key.unitCode())) {
      throw new IllegalArgumentException("Invalid value for unit code of " + what + " " + key
          + " (valid values the new units " + fresh + "): " + key.unitCode());
    }
    if (!key.period().startDate().isBefore(reorganisation.effectiveDate())) {
      throw new IllegalArgumentException("Invalid value for period of " + what + " " + key
          + " (valid values periods starting before " + reorganisation.effectiveDate() + "): " + key.period());
    }
  }

  /**
   * Returns the reorganisation the dataset was re-based across.
   *
   * @return the reorganisation, not null
   */
  public Reorganisation reorganisation() {
    return reorganisation;
  }

  /**
   * Returns the re-based dataset: observations of the new units, checked against the input's catalog,
   * without published ranks.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns every reason: ordered by the key they are about (the target key, else the first input)
   * when made by {@link Rebasing#rebase}, in the order given when made by {@link #of}.
   *
   * @return the reasons, unmodifiable, not null
   */
  public List<RebaseReason> reasons() {
    return reasons;
  }

  /**
   * Returns the reasons of one kind, in the order of {@link #reasons()}.
   *
   * @param kind  the kind, not null
   * @return the reasons, not null
   * @throws NullPointerException if {@code kind} is null
   */
  public List<RebaseReason> reasons(RebaseReason.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return reasons.stream().filter(r -> r.kind() == kind).toList();
  }

  /**
   * Tells whether every input observation was re-based: no reason is a {@linkplain
   * RebaseReason.Kind#isLoss() loss}.
   *
   * @return true if nothing was left out
   */
  public boolean isComplete() {
    return reasons.stream().noneMatch(r -> r.kind().isLoss());
  }

  /**
   * Computes competition ranks of the re-based units for one indicator and period.
   *
   * <p>"Rank" after re-basing means the position among the re-based units present in this dataset
   * in that period (the units with at least one observation of the period), best first by the
   * indicator's polarity; tied values share the best position and the next is skipped (1, 2, 2, 4).
   * Values are ranked by the library's competition ranking on their nearest {@code double}s, so two
   * decimals that differ only beyond the 16th significant digit tie.
   * It is a rank among all the new units only if all of them are present, and it is never a published
   * rank. Each position carries its group size and the group {@code "units from <effective date>"}.
   *
   * @param indicator  the indicator, in the dataset's catalog, not null
   * @param period  the period, not null
   * @return the rank of each unit, keyed and ordered by unit code, not null
   * @throws NullPointerException if {@code indicator} or {@code period} is null
   * @throws IllegalArgumentException if the indicator is not in the catalog, no unit is present in
   *     the period, some present unit has no value of the indicator, or some value is a bound (whose
   *     order against the others is unknown)
   */
  public SortedMap<String, RankPosition> ranks(IndicatorCode indicator, Period period) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    IndicatorDefinition definition = dataset.catalog().find(indicator).orElseThrow(() ->
        new IllegalArgumentException(
            "Invalid value for indicator (valid values codes of the catalog): " + indicator));
    SortedSet<String> units = new TreeSet<>();
    dataset.observations(o -> o.period().equals(period)).forEach(o -> units.add(o.unitCode()));
    if (units.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for period (valid values " + dataset.periods() + "): " + period);
    }
    List<Observation> values = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> bounded = new ArrayList<>();
    for (String unit : units) {
      dataset.find(unit, indicator, period).ifPresentOrElse(o -> {
        values.add(o);
        if (o.comparison().isLowerBound() || o.comparison().isUpperBound()) {
          bounded.add(o.toString());
        }
      }, () -> missing.add(unit));
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values an indicator "
          + "with a value for every re-based unit present in " + period + "): " + indicator
          + " has none for " + missing);
    }
    if (!bounded.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values an indicator "
          + "with exact or approximate values): " + indicator + " has bounds " + bounded);
    }
    // One ranking rule for the whole library: the engine's competition ranking (1, 2, 2, 4).
    double[] scores = values.stream().mapToDouble(o -> o.value().doubleValue()).toArray();
    Ranking ranking = Ranker.of(definition.polarity(), RankingMethod.COMPETITION).rank(scores);
    String group = "units from " + reorganisation.effectiveDate();
    SortedMap<String, RankPosition> ranks = new TreeMap<>();
    for (int i = 0; i < values.size(); i++) {
      ranks.put(values.get(i).unitCode(), RankPosition.of(ranking.rank(i).orElseThrow().toInt(), values.size(), group));
    }
    return Collections.unmodifiableSortedMap(ranks);
  }

  /**
   * Checks if this result has the same reorganisation, dataset and reasons as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RebasedDataset)) {
      return false;
    }
    RebasedDataset other = (RebasedDataset) obj;
    return reorganisation.equals(other.reorganisation) && dataset.equals(other.dataset)
        && reasons.equals(other.reasons);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(reorganisation, dataset, reasons);
  }

  /**
   * Returns a summary such as {@code RebasedDataset[Dataset[...], 12 reasons]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "RebasedDataset[" + dataset + ", " + reasons.size() + " reasons]";
  }
}
