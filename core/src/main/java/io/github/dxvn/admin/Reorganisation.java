package io.github.dxvn.admin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A reorganisation of administrative units on one date: the units that ceased the day before, the
 * units that exist from that date, and which new unit each old unit went into.
 *
 * <p>This models merges and renames, not splits: every old unit goes into exactly one new unit, and
 * every new unit is made of one or more old units. That is how the 63 provinces became 34 on 1 July
 * 2025 (see {@link Provinces#reorganisation2025()}). The two directions are consistent by
 * construction: {@code predecessorsOf(successorOf(old))} contains {@code old}, and {@code
 * successorOf(p)} is {@code n} for every {@code p} in {@code predecessorsOf(n)}.
 *
 * <p>A re-basing function asks {@link #predecessorsOf} ("which old codes make up new code X") and
 * {@link #successorOf} ("which new code does old code Y go to").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reorganisation {

  private final LocalDate effectiveDate;
  private final Map<AdminUnitCode, AdminUnit> before;
  private final Map<AdminUnitCode, AdminUnit> after;
  private final Map<AdminUnitCode, AdminUnitCode> successors;
  private final Map<AdminUnitCode, Set<AdminUnitCode>> predecessors;

  private Reorganisation(
      LocalDate effectiveDate,
      Map<AdminUnitCode, AdminUnit> before,
      Map<AdminUnitCode, AdminUnit> after,
      Map<AdminUnitCode, AdminUnitCode> successors,
      Map<AdminUnitCode, Set<AdminUnitCode>> predecessors) {
    this.effectiveDate = effectiveDate;
    this.before = before;
    this.after = after;
    this.successors = successors;
    this.predecessors = predecessors;
  }

  /**
   * Obtains a reorganisation from the old units, the new units and the successor of each old unit.
   *
   * @param effectiveDate  the first day of the new units, not null
   * @param before  the old units, each valid on the day before {@code effectiveDate} and not on it,
   *     codes unique, not null
   * @param after  the new units, each valid on {@code effectiveDate}, codes unique, not null
   * @param successors  the code of the new unit each old unit goes into, keyed by old code: exactly
   *     the old codes as keys, only new codes as values, every new code at least once, not null
   * @return the reorganisation, not null
   * @throws NullPointerException if any argument, element, key or value is null
   * @throws IllegalArgumentException if a rule above is broken
   */
  public static Reorganisation of(
      LocalDate effectiveDate,
      Collection<AdminUnit> before,
      Collection<AdminUnit> after,
      Map<AdminUnitCode, AdminUnitCode> successors) {
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(successors, "successors");
    LocalDate lastOldDay = effectiveDate.minusDays(1);
    Map<AdminUnitCode, AdminUnit> old = index(before, "before");
    for (AdminUnit u : old.values()) {
      if (!u.isValidOn(lastOldDay) || u.isValidOn(effectiveDate)) {
        throw new IllegalArgumentException("Invalid value for before (valid values units valid on "
            + lastOldDay + " and not on " + effectiveDate + "): " + u.code());
      }
    }
    Map<AdminUnitCode, AdminUnit> fresh = index(after, "after");
    for (AdminUnit u : fresh.values()) {
      if (!u.isValidOn(effectiveDate)) {
        throw new IllegalArgumentException("Invalid value for after (valid values units valid on "
            + effectiveDate + "): " + u.code());
      }
    }
    Map<AdminUnitCode, AdminUnitCode> succ = new TreeMap<>();
    Map<AdminUnitCode, Set<AdminUnitCode>> pred = new TreeMap<>();
    for (Map.Entry<AdminUnitCode, AdminUnitCode> e : successors.entrySet()) {
      AdminUnitCode from = Objects.requireNonNull(e.getKey(), "successors key");
      AdminUnitCode to = Objects.requireNonNull(e.getValue(), "successors value");
      if (!old.containsKey(from)) {
        throw new IllegalArgumentException(
            "Invalid value for successors key (valid values codes of before): " + from);
      }
      if (!fresh.containsKey(to)) {
        throw new IllegalArgumentException(
            "Invalid value for successors value (valid values codes of after): " + to);
      }
      succ.put(from, to);
      pred.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
    }
    Set<AdminUnitCode> missingOld = new TreeSet<>(old.keySet());
    missingOld.removeAll(succ.keySet());
    if (!missingOld.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for successors (valid values one for every old unit): missing " + missingOld);
    }
    Set<AdminUnitCode> orphans = new TreeSet<>(fresh.keySet());
    orphans.removeAll(pred.keySet());
    if (!orphans.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for successors (valid values every new unit "
          + "with a predecessor): none for " + orphans);
    }
    Map<AdminUnitCode, Set<AdminUnitCode>> frozen = new TreeMap<>();
    pred.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new Reorganisation(
        effectiveDate,
        Collections.unmodifiableMap(old),
        Collections.unmodifiableMap(fresh),
        Collections.unmodifiableMap(succ),
        Collections.unmodifiableMap(frozen));
  }

  private static Map<AdminUnitCode, AdminUnit> index(Collection<AdminUnit> units, String name) {
    Map<AdminUnitCode, AdminUnit> map = new TreeMap<>();
    for (AdminUnit u : units) {
      Objects.requireNonNull(u, name + " element");
      if (map.put(u.code(), u) != null) {
        throw new IllegalArgumentException(
            "Invalid value for " + name + " (valid values units with unique codes): " + u.code());
      }
    }
    return map;
  }

  /**
   * Returns the first day of the new units.
   *
   * @return the effective date, not null
   */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /**
   * Returns the old units, ordered by code.
   *
   * @return the units that ceased the day before the effective date, not null
   */
  public List<AdminUnit> before() {
    return List.copyOf(before.values());
  }

  /**
   * Returns the new units, ordered by code.
   *
   * @return the units that exist from the effective date, not null
   */
  public List<AdminUnit> after() {
    return List.copyOf(after.values());
  }

  /**
   * Finds the unit a code denoted on a date: an old unit before the effective date, a new unit from
   * it, provided that unit is valid on the date.
   *
   * <p>For the provinces, code 44 on 2024-01-01 is Quảng Bình and on 2025-07-01 the new Quảng Trị.
   *
   * @param code  the unit code, not null
   * @param date  the date, not null
   * @return the unit, empty if no unit of this reorganisation had the code on that date, not null
   * @throws NullPointerException if {@code code} or {@code date} is null
   */
  public Optional<AdminUnit> resolve(AdminUnitCode code, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Map<AdminUnitCode, AdminUnit> side = date.isBefore(effectiveDate) ? before : after;
    return Optional.ofNullable(side.get(code)).filter(u -> u.isValidOn(date));
  }

  /**
   * Returns the code of the new unit an old unit went into.
   *
   * @param oldCode  the code of an old unit, not null
   * @return the new unit's code, not null
   * @throws NullPointerException if {@code oldCode} is null
   * @throws IllegalArgumentException if {@code oldCode} is not the code of an old unit
   */
  public AdminUnitCode successorOf(AdminUnitCode oldCode) {
    AdminUnitCode to = successors.get(Objects.requireNonNull(oldCode, "oldCode"));
    if (to == null) {
      throw new IllegalArgumentException(
          "Invalid value for oldCode (valid values " + before.keySet() + "): " + oldCode);
    }
    return to;
  }

  /**
   * Returns the codes of the old units a new unit is made of, ordered by code.
   *
   * @param newCode  the code of a new unit, not null
   * @return the old codes, at least one, not null
   * @throws NullPointerException if {@code newCode} is null
   * @throws IllegalArgumentException if {@code newCode} is not the code of a new unit
   */
  public Set<AdminUnitCode> predecessorsOf(AdminUnitCode newCode) {
    Set<AdminUnitCode> from = predecessors.get(Objects.requireNonNull(newCode, "newCode"));
    if (from == null) {
      throw new IllegalArgumentException(
          "Invalid value for newCode (valid values " + after.keySet() + "): " + newCode);
    }
    return from;
  }

  /**
   * Returns the successor of every old unit, keyed and ordered by old code.
   *
   * @return an unmodifiable map from old code to new code, not null
   */
  public Map<AdminUnitCode, AdminUnitCode> successors() {
    return successors;
  }

  /**
   * Returns the predecessors of every new unit, keyed and ordered by new code.
   *
   * @return an unmodifiable map from new code to its old codes, not null
   */
  public Map<AdminUnitCode, Set<AdminUnitCode>> predecessors() {
    return predecessors;
  }

  /**
   * Returns a summary such as {@code Reorganisation[2025-07-01: 63 -> 34]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Reorganisation[" + effectiveDate + ": " + before.size() + " -> " + after.size() + "]";
  }

  // equality by content, so two loads of the same data compare equal
  /**
   * Checks if this reorganisation has the same date, units and successors as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Reorganisation)) {
      return false;
    }
    Reorganisation o = (Reorganisation) obj;
    return effectiveDate.equals(o.effectiveDate) && before.equals(o.before)
        && after.equals(o.after) && successors.equals(o.successors);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(effectiveDate, before, after, successors);
  }
}
