package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import io.github.dxvn.internal.Decimals;
import io.github.dxvn.legal.LegalDocument;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tech.units.indriya.AbstractUnit;

/**
 * A version of the official provincial digital transformation index (DTI): a tree from the index
 * through groups or pillars to main indicators, with maximum points or weights, and how it scores a
 * province.
 *
 * <p>Three versions ship, not comparable with each other ({@link #standard(String)}):
 * <ul>
 *   <li>{@code dti-1726} (1726/QĐ-BTTTT, DTI 2020): three pillars, combined as
 *       0.4 × government + 0.3 × economy + 0.3 × society. The weights are {@link WeightBasis#INFERRED
 *       inferred} from two provinces' published figures; the pillar values ({@code DTI_GOV_PILLAR},
 *       {@code DTI_ECON_PILLAR}, {@code DTI_SOC_PILLAR}) are the inputs.</li>
 *   <li>{@code dti-922} (922/QĐ-BTTTT, DTI 2021–2023): nine main indicators on 0–1 with maximum
 *       points summing to 1,000; {@code DTI_SMART_CITY} carries 0 points and is accepted but not
 *       scored. The inputs are the standard codes {@code DTI_AWARENESS}, {@code DTI_INSTITUTIONS},
 *       {@code DTI_INFRASTRUCTURE}, {@code DTI_HUMAN_RESOURCES}, {@code DTI_CYBERSECURITY},
 *       {@code DTI_GOV_ACTIVITY}, {@code DTI_ECON_ACTIVITY}, {@code DTI_SOC_ACTIVITY}.</li>
 *   <li>{@code dti-405} (405/QĐ-BKHCN, 2025): 8 main indicators and 47 components, none of them
 *       known to dxvn, and no known scoring method: it cannot be scored.</li>
 * </ul>
 *
 * <p>Scoring is exact: the total is a sum of products of decimals (divided by 1,000 for 922), so
 * Đà Nẵng's published 2022 main indicators give exactly 0.800175, published as 0.8002. Ranks are
 * competition ranks (1, 2, 2, 4) on the totals rounded half up to 4 decimals, as published.
 *
 * <pre>{@code
 * DtiFramework dti = DtiFramework.standard("dti-922");
 * DtiScore score = dti.score(Map.of(IndicatorCode.of("DTI_AWARENESS"), new BigDecimal("1.0000"), ...));
 * score.publishedTotal();   // 0.8002
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DtiFramework {

  DtiFramework() {}

  /**
   * Returns the framework's name, such as {@code dti-922}.
   *
   * @return the name: lower-case letters, digits and hyphens, not null
   */
  public abstract String name();

  /**
   * Returns the decision defining the framework, such as 922/QĐ-BTTTT of 20 May 2022.
   *
   * @return the document, issued, with its number and date of signing, not null
   */
  public abstract LegalDocument document();

  /**
   * Returns the first assessment year ("DTI year") the framework was used for.
   *
   * @return the year, or empty if not known
   */
  public abstract OptionalInt firstAssessmentYear();

  /**
   * Returns the last assessment year the framework was used for.
   *
   * @return the year, or empty if not known or still in use
   */
  public abstract OptionalInt lastAssessmentYear();

  /**
   * Returns how the framework scores a province.
   *
   * @return the method, or empty if not known
   */
  public abstract Optional<ScoringMethod> method();

  /**
   * Returns the total points of a framework scored by points (1,000 for 922).
   *
   * @return the points, positive, canonical, or empty
   */
  public abstract Optional<BigDecimal> totalPoints();

  /**
   * Returns how many main indicators the document defines.
   *
   * @return the count, at least the main indicators listed, or empty if not known
   */
  public abstract OptionalInt declaredMainIndicatorCount();

  /**
   * Returns how many component indicators the document defines.
   *
   * @return the count, or empty if not known
   */
  public abstract OptionalInt declaredComponentCount();

  /**
   * Returns the groups or pillars known, in the document's order.
   *
   * @return the groups, not null
   */
  public abstract List<DtiGroup> groups();

  /**
   * Returns where the framework's description was found.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Returns a note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  DtiFramework check() {
    if (!name().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "Invalid value for name (valid values lower-case letters, digits and single hyphens): '" + name() + "'");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException("Invalid value for source of " + name() + " (valid values non-blank text): ''");
    }
    if (!document().status().isIssued()) {
      throw new IllegalArgumentException("Invalid value for document of " + name()
          + " (valid values an issued document): " + document().status());
    }
    if (firstAssessmentYear().isPresent() && lastAssessmentYear().isPresent()
        && lastAssessmentYear().getAsInt() < firstAssessmentYear().getAsInt()) {
      throw new IllegalArgumentException("Invalid value for lastAssessmentYear of " + name() + " (valid values "
          + firstAssessmentYear().getAsInt() + " - ...): " + lastAssessmentYear().getAsInt());
    }
    Set<IndicatorCode> codes = new HashSet<>();
    for (DtiGroup group : groups()) {
      if (group.code().isPresent() && !codes.add(group.code().get())) {
        throw new IllegalArgumentException(
            "Invalid value for groups of " + name() + " (valid values distinct codes): duplicate " + group.code().get());
      }
      for (DtiMainIndicator indicator : group.mainIndicators()) {
        if (indicator.code().isPresent() && !codes.add(indicator.code().get())) {
          throw new IllegalArgumentException("Invalid value for mainIndicators of " + name()
              + " (valid values distinct codes): duplicate " + indicator.code().get());
        }
      }
    }
    List<DtiMainIndicator> known = mainIndicators();
    if (declaredMainIndicatorCount().isPresent() && declaredMainIndicatorCount().getAsInt() < known.size()) {
      throw new IllegalArgumentException("Invalid value for declaredMainIndicatorCount of " + name()
          + " (valid values " + known.size() + " - ...): " + declaredMainIndicatorCount().getAsInt());
    }
    boolean allKnown = declaredMainIndicatorCount().isPresent()
        && declaredMainIndicatorCount().getAsInt() == known.size();
    if (allKnown && declaredComponentCount().isPresent()
        && known.stream().allMatch(i -> i.componentCount().isPresent())) {
      int sum = known.stream().mapToInt(i -> i.componentCount().getAsInt()).sum();
      if (sum != declaredComponentCount().getAsInt()) {
        throw new IllegalArgumentException("Invalid value for declaredComponentCount of " + name()
            + " (valid values the main indicators' components, " + sum + "): " + declaredComponentCount().getAsInt());
      }
    }
    if (totalPoints().isPresent()) {
      BigDecimal total = totalPoints().get();
      if (total.signum() <= 0) {
        throw new IllegalArgumentException(
            "Invalid value for totalPoints of " + name() + " (valid values above 0): " + total.toPlainString());
      }
      if (allKnown && known.stream().allMatch(i -> i.maxPoints().isPresent())) {
        BigDecimal sum = known.stream().map(i -> i.maxPoints().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
          throw new IllegalArgumentException("Invalid value for totalPoints of " + name()
              + " (valid values the main indicators' points, " + sum.toPlainString() + "): " + total.toPlainString());
        }
      }
    }
    if (method().equals(Optional.of(ScoringMethod.PILLAR_WEIGHTS)) && !groups().isEmpty()
        && groups().stream().allMatch(g -> g.weight().isPresent())) {
      BigDecimal sum = groups().stream().map(g -> g.weight().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException("Invalid value for the pillar weights of " + name()
            + " (valid values summing to 1): " + sum.toPlainString());
      }
    }
    if (totalPoints().isPresent() && !Decimals.canonical(totalPoints().get()).equals(totalPoints().get())) {
      return builder().from(this).totalPoints(Decimals.canonical(totalPoints().get())).build();
    }
    return this;
  }

  // ---------------------------------------------------------------- structure

  /**
   * Returns the main indicators known, in the document's order across groups.
   *
   * @return the main indicators, not null
   */
  public List<DtiMainIndicator> mainIndicators() {
    return groups().stream().flatMap(g -> g.mainIndicators().stream()).toList();
  }

  /**
   * Returns what the framework lacks to be scored, one sentence each: an unknown scoring method,
   * unknown main indicators, points or weights.
   *
   * @return the missing parts, empty if the framework can be scored, not null
   */
  public List<String> missingParts() {
    List<String> missing = new ArrayList<>();
    if (method().isEmpty()) {
      missing.add("the scoring method is unknown");
      return missing;
    }
    if (method().get() == ScoringMethod.POINTS) {
      if (totalPoints().isEmpty()) {
        missing.add("the total points are unknown");
      }
      int known = mainIndicators().size();
      if (declaredMainIndicatorCount().isEmpty()) {
        missing.add("the number of main indicators is unknown");
      } else if (known < declaredMainIndicatorCount().getAsInt()) {
        missing.add((declaredMainIndicatorCount().getAsInt() - known) + " of "
            + declaredMainIndicatorCount().getAsInt() + " main indicators are unknown");
      }
      for (DtiMainIndicator indicator : mainIndicators()) {
        if (indicator.scored() && indicator.code().isEmpty()) {
          missing.add("main indicator " + indicator.label() + " has no code");
        }
        if (indicator.scored() && indicator.maxPoints().isEmpty()) {
          missing.add("main indicator " + indicator.label() + " has no maximum points");
        }
      }
    } else {
      if (groups().isEmpty()) {
        missing.add("the pillars are unknown");
      }
      for (DtiGroup group : groups()) {
        if (group.code().isEmpty()) {
          missing.add("pillar " + group.label() + " has no code");
        }
        if (group.weight().isEmpty()) {
          missing.add("pillar " + group.label() + " has no weight");
        }
      }
    }
    return missing;
  }

  /**
   * Tells whether the framework can score a province.
   *
   * @return true if nothing is missing
   */
  public boolean isScorable() {
    return missingParts().isEmpty();
  }

  /**
   * Returns the codes whose values scoring needs: the scored main indicators (points) or the pillars
   * (pillar weights).
   *
   * @return the codes, in the document's order, not null
   * @throws IllegalStateException if the framework cannot be scored
   */
  public List<IndicatorCode> inputs() {
    requireScorable();
    if (method().get() == ScoringMethod.POINTS) {
      return mainIndicators().stream().filter(DtiMainIndicator::scored)
          .map(i -> i.code().get()).toList();
    }
    return groups().stream().map(g -> g.code().get()).toList();
  }

  /** The inputs and the codes accepted but not scored (922's smart city). */
  private Set<IndicatorCode> accepted() {
    Set<IndicatorCode> accepted = new LinkedHashSet<>(inputs());
    mainIndicators().forEach(i -> i.code().ifPresent(accepted::add));
    return accepted;
  }

  private void requireScorable() {
    List<String> missing = missingParts();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Framework " + this + " cannot be scored: " + String.join("; ", missing));
    }
  }

  // ---------------------------------------------------------------- scoring

  /**
   * Scores one province from its values on 0–1.
   *
   * @param values  a value for every {@linkplain #inputs() input}, and optionally for unscored main
   *     indicators (ignored); not null, no null key or value
   * @return the score, not null
   * @throws IllegalStateException if the framework cannot be scored ({@link #missingParts()})
   * @throws IllegalArgumentException if an input is missing, a code is not the framework's, or a
   *     value is outside 0–1
   */
  public DtiScore score(Map<IndicatorCode, BigDecimal> values) {
    Objects.requireNonNull(values, "values");
    List<IndicatorCode> inputs = inputs();
    Set<IndicatorCode> accepted = accepted();
    Map<IndicatorCode, BigDecimal> used = new LinkedHashMap<>();
    List<IndicatorCode> unknown = new ArrayList<>();
    for (Map.Entry<IndicatorCode, BigDecimal> entry : values.entrySet()) {
      IndicatorCode code = Objects.requireNonNull(entry.getKey(), "values key");
      BigDecimal value = Objects.requireNonNull(entry.getValue(), "values value");
      if (!accepted.contains(code)) {
        unknown.add(code);
        continue;
      }
      Dti.checkUnitInterval(code.toString(), value);
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for indicator (valid values " + accepted + "): "
          + unknown.stream().map(IndicatorCode::toString).sorted().collect(Collectors.joining(", ")));
    }
    List<IndicatorCode> missing = inputs.stream().filter(c -> !values.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for values of " + name() + " (valid values a value for each of "
          + inputs + "): missing " + missing);
    }
    for (IndicatorCode code : accepted) {
      if (values.containsKey(code)) {
        used.put(code, Decimals.canonical(values.get(code)));
      }
    }
    Map<IndicatorCode, BigDecimal> groupValues = new LinkedHashMap<>();
    BigDecimal total;
    Optional<BigDecimal> points;
    if (method().get() == ScoringMethod.POINTS) {
      BigDecimal sum = BigDecimal.ZERO;
      for (DtiGroup group : groups()) {
        BigDecimal groupPoints = BigDecimal.ZERO;
        BigDecimal groupMax = BigDecimal.ZERO;
        for (DtiMainIndicator indicator : group.scoredMainIndicators()) {
          BigDecimal max = indicator.maxPoints().get();
          groupPoints = groupPoints.add(used.get(indicator.code().get()).multiply(max));
          groupMax = groupMax.add(max);
        }
        sum = sum.add(groupPoints);
        if (group.code().isPresent() && groupMax.signum() > 0) {
          // A points-weighted mean of the group's main indicators: dxvn's, not a published figure.
          groupValues.put(group.code().get(), Decimals.canonical(groupPoints.divide(groupMax, MathContext.DECIMAL128)));
        }
      }
      points = Optional.of(Decimals.canonical(sum));
      total = Decimals.canonical(sum.divide(totalPoints().get(), MathContext.DECIMAL128));
    } else {
      BigDecimal sum = BigDecimal.ZERO;
      for (DtiGroup group : groups()) {
        BigDecimal value = used.get(group.code().get());
        groupValues.put(group.code().get(), value);
        sum = sum.add(group.weight().get().multiply(value));
      }
      points = Optional.empty();
      total = Decimals.canonical(sum);
    }
    return DtiScore.of(name(), used, total, points, groupValues);
  }

  /**
   * Scores and ranks provinces from their values on 0–1.
   *
   * @param valuesByUnit  each unit's values, as for {@link #score(Map)}, by unit code; not null
   * @return the ranking, without a period, not null
   * @throws IllegalStateException if the framework cannot be scored
   * @throws IllegalArgumentException if any unit's values are invalid (every unit's problems are
   *     reported)
   */
  public DtiRanking scoreAll(Map<String, Map<IndicatorCode, BigDecimal>> valuesByUnit) {
    Objects.requireNonNull(valuesByUnit, "valuesByUnit");
    return rank(valuesByUnit, Optional.empty());
  }

  /**
   * Scores and ranks the provinces of a data set in a period: every unit with at least one
   * observation of the framework's codes in the period. Observations must be exact ({@code =}) and
   * in unit {@code 1}.
   *
   * @param dataset  the data set, not null
   * @param period  the period, not null
   * @return the ranking, with the period, not null
   * @throws IllegalStateException if the framework cannot be scored
   * @throws IllegalArgumentException if a unit lacks an input, or an observation is a bound or an
   *     approximation, not in unit 1, or outside 0–1 (every problem is reported)
   */
  public DtiRanking scoreAll(Dataset dataset, Period period) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(period, "period");
    Set<IndicatorCode> accepted = accepted();
    Map<String, Map<IndicatorCode, BigDecimal>> byUnit = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Observation o : dataset.observations(o -> o.period().equals(period) && accepted.contains(o.indicator()))) {
      if (!o.comparison().isExact()) {
        problems.add(o + ": a DTI value must be exact, not " + o.comparison().symbol());
      } else if (!o.unit().equals(AbstractUnit.ONE)) {
        problems.add(o + ": a DTI value is on 0-1, in unit 1");
      }
      byUnit.computeIfAbsent(o.unitCode(), u -> new LinkedHashMap<>()).put(o.indicator(), o.value());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return rank(byUnit, Optional.of(period));
  }

  private DtiRanking rank(Map<String, Map<IndicatorCode, BigDecimal>> byUnit, Optional<Period> period) {
    requireScorable();
    Map<String, DtiScore> scores = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Map<IndicatorCode, BigDecimal>> entry : byUnit.entrySet()) {
      String unit = Objects.requireNonNull(entry.getKey(), "unit code");
      try {
        scores.put(unit, score(Objects.requireNonNull(entry.getValue(), "values of " + unit)));
      } catch (IllegalArgumentException e) {
        problems.add("unit " + unit + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return DtiRanking.of(name(), period, scores);
  }

  // ---------------------------------------------------------------- merged provinces

  /**
   * Returns the main indicators of a province merged in 2025, by the official rule: the unweighted
   * mean of its predecessors' main indicators. Since a DTI total is linear in its main indicators,
   * the merged total is also the mean of the predecessors' totals (new Đà Nẵng 2024: 0.7069, the mean
   * of 0.8335 and 0.5803).
   *
   * @param predecessors  each predecessor's values on 0–1, all with the same codes; not null, not
   *     empty
   * @return the merged values, in the first predecessor's order; exact when the mean terminates, else
   *     rounded to 34 significant digits; not null
   * @throws IllegalArgumentException if there is no predecessor, the predecessors' codes differ, or a
   *     value is outside 0–1
   */
  public static Map<IndicatorCode, BigDecimal> mergePredecessors(
      Collection<? extends Map<IndicatorCode, BigDecimal>> predecessors) {
    Objects.requireNonNull(predecessors, "predecessors");
    if (predecessors.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for predecessors (valid values 1 or more): 0");
    }
    Map<IndicatorCode, BigDecimal> sums = null;
    for (Map<IndicatorCode, BigDecimal> values : predecessors) {
      Objects.requireNonNull(values, "predecessor");
      if (sums == null) {
        sums = new LinkedHashMap<>();
        for (IndicatorCode code : values.keySet()) {
          sums.put(Objects.requireNonNull(code, "predecessor key"), BigDecimal.ZERO);
        }
      } else if (!sums.keySet().equals(values.keySet())) {
        throw new IllegalArgumentException("Invalid value for predecessors (valid values the same codes "
            + sums.keySet() + "): " + values.keySet());
      }
      for (Map.Entry<IndicatorCode, BigDecimal> entry : values.entrySet()) {
        BigDecimal value = Objects.requireNonNull(entry.getValue(), "predecessor value");
        Dti.checkUnitInterval(entry.getKey().toString(), value);
        sums.merge(entry.getKey(), value, BigDecimal::add);
      }
    }
    BigDecimal count = BigDecimal.valueOf(predecessors.size());
    Map<IndicatorCode, BigDecimal> means = new LinkedHashMap<>();
    sums.forEach((code, sum) -> means.put(code, Decimals.canonical(sum.divide(count, MathContext.DECIMAL128))));
    return java.util.Collections.unmodifiableMap(means);
  }

  // ---------------------------------------------------------------- shipped frameworks

  /**
   * Returns the shipped frameworks: {@code dti-1726}, {@code dti-922} and {@code dti-405}.
   *
   * @return the frameworks, oldest first, not null
   * @throws IllegalStateException if the resources are missing or malformed (a packaging error)
   */
  public static List<DtiFramework> standardFrameworks() {
    return DtiFrameworkLoader.standard();
  }

  /**
   * Returns a shipped framework by name.
   *
   * @param name  {@code dti-1726}, {@code dti-922} or {@code dti-405}, not null
   * @return the framework, not null
   * @throws IllegalArgumentException if there is no such framework
   */
  public static DtiFramework standard(String name) {
    Objects.requireNonNull(name, "name");
    return standardFrameworks().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Invalid value for name (valid values "
            + standardFrameworks().stream().map(DtiFramework::name).collect(Collectors.joining(", ")) + "): " + name));
  }

  /**
   * Returns the name and document, such as {@code dti-922 (922/QĐ-BTTTT)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name() + " (" + document().number().get() + ")";
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DtiFramework}s; {@code build()} validates. */
  public static class Builder extends ImmutableDtiFramework.Builder {}
}
