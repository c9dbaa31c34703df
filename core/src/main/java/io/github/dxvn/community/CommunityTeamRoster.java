package io.github.dxvn.community;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The community digital technology teams of an area, either as individual teams or as counts per
 * level when the teams themselves are not known.
 *
 * <p>The seed article gives only counts: 115 commune-level teams, 715 village-level teams, 4,327
 * members, so {@code ofCounts(115, 715, 4327)}: 830 teams and {@code 5.2133} members per team. A roster
 * from counts knows nothing about which units have teams, so {@link #coverage} and {@link
 * #coveredUnits} return empty for it rather than guess; a roster of individual teams knows its total
 * members only if every team's count is known.
 *
 * <p>Ratios are exact {@link BigDecimal}s rounded once, at a documented scale: {@value
 * #DEFAULT_SCALE} decimal places, {@link RoundingMode#HALF_EVEN}, unless the caller chooses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunityTeamRoster {

  /** The number of decimal places of {@link #membersPerTeam()} and {@link #coverage}. */
  public static final int DEFAULT_SCALE = 4;

  private final Optional<List<CommunityTeam>> teams;
  private final long communeTeams;
  private final long villageTeams;
  private final OptionalLong members;

  private CommunityTeamRoster(Optional<List<CommunityTeam>> teams, long communeTeams,
      long villageTeams, OptionalLong members) {
    this.teams = teams;
    this.communeTeams = communeTeams;
    this.villageTeams = villageTeams;
    this.members = members;
  }

  /**
   * Obtains a roster of individual teams.
   *
   * @param teams  the teams, possibly empty, no nulls, not null
   * @return the roster, not null
   * @throws NullPointerException if {@code teams} or an element is null
   */
  public static CommunityTeamRoster ofTeams(Collection<CommunityTeam> teams) {
    List<CommunityTeam> list = List.copyOf(Objects.requireNonNull(teams, "teams"));
    long commune = 0;
    long village = 0;
    long sum = 0;
    boolean allKnown = true;
    for (CommunityTeam t : list) {
      if (t.level() == AdminLevel.COMMUNE) {
        commune++;
      } else {
        village++;
      }
      if (t.memberCount().isPresent()) {
        sum += t.memberCount().getAsInt();
      } else {
        allKnown = false;
      }
    }
    return new CommunityTeamRoster(Optional.of(list), commune, village,
        allKnown ? OptionalLong.of(sum) : OptionalLong.empty());
  }

  /**
   * Obtains a roster from counts per level, with the number of members unknown.
   *
   * @param communeLevelTeams  the number of commune-level teams, non-negative
   * @param villageLevelTeams  the number of village-level teams, non-negative
   * @return the roster, not null
   * @throws IllegalArgumentException if a count is negative or the total exceeds
   *     {@code Long.MAX_VALUE}
   */
  public static CommunityTeamRoster ofCounts(long communeLevelTeams, long villageLevelTeams) {
    return ofCounts(communeLevelTeams, villageLevelTeams, OptionalLong.empty());
  }

  /**
   * Obtains a roster from counts per level and the total number of members.
   *
   * @param communeLevelTeams  the number of commune-level teams, non-negative
   * @param villageLevelTeams  the number of village-level teams, non-negative
   * @param members  the members of all these teams, non-negative, zero if there are no teams
   * @return the roster, not null
   * @throws IllegalArgumentException if a count is negative, the total exceeds {@code
   *     Long.MAX_VALUE}, or there are members but no teams
   */
  public static CommunityTeamRoster ofCounts(
      long communeLevelTeams, long villageLevelTeams, long members) {
    return ofCounts(communeLevelTeams, villageLevelTeams, OptionalLong.of(members));
  }

  private static CommunityTeamRoster ofCounts(long commune, long village, OptionalLong members) {
    requireNonNegative("communeLevelTeams", commune);
    requireNonNegative("villageLevelTeams", village);
    if (commune > Long.MAX_VALUE - village) {
      throw new IllegalArgumentException("Invalid value for villageLevelTeams (valid values 0 - "
          + (Long.MAX_VALUE - commune) + " with " + commune + " commune-level teams): " + village);
    }
    if (members.isPresent()) {
      requireNonNegative("members", members.getAsLong());
      if (members.getAsLong() > 0 && commune + village == 0) {
        throw new IllegalArgumentException(
            "Invalid value for members (valid values 0 when there are no teams): "
                + members.getAsLong());
      }
    }
    return new CommunityTeamRoster(Optional.empty(), commune, village, members);
  }

  private static void requireNonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values 0 - " + Long.MAX_VALUE + "): " + value);
    }
  }

  /**
   * Checks if this roster holds individual teams rather than counts.
   *
   * @return true if built by {@link #ofTeams}
   */
  public boolean hasIndividualTeams() {
    return teams.isPresent();
  }

  /**
   * Returns the individual teams, or empty for a roster built from counts.
   *
   * @return the teams, not null
   */
  public Optional<List<CommunityTeam>> individualTeams() {
    return teams;
  }

  /**
   * Returns the number of teams at a level.
   *
   * @param level  COMMUNE or VILLAGE, not null
   * @return the number of teams, non-negative
   * @throws NullPointerException if {@code level} is null
   * @throws IllegalArgumentException if the level is not COMMUNE or VILLAGE
   */
  public long teams(AdminLevel level) {
    switch (Objects.requireNonNull(level, "level")) {
      case COMMUNE:
        return communeTeams;
      case VILLAGE:
        return villageTeams;
      default:
        throw new IllegalArgumentException(
            "Invalid value for level (valid values COMMUNE, VILLAGE): " + level);
    }
  }

  /**
   * Returns the number of teams at all levels.
   *
   * @return the commune-level plus village-level teams, non-negative
   */
  public long totalTeams() {
    return communeTeams + villageTeams;
  }

  /**
   * Returns the members of all teams, if known: given for a roster from counts, the sum of the
   * teams' counts for a roster of teams whose counts are all known.
   *
   * @return the number of members, non-negative, not null
   */
  public OptionalLong totalMembers() {
    return members;
  }

  /**
   * Returns the average number of members per team, rounded to {@value #DEFAULT_SCALE} decimal
   * places, half-even; for the seed, 4327 / 830 = {@code 5.2133}.
   *
   * @return the average, empty if members are unknown or there are no teams, not null
   */
  public Optional<BigDecimal> membersPerTeam() {
    return membersPerTeam(DEFAULT_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the average number of members per team at a chosen scale and rounding.
   *
   * @param scale  the number of decimal places, non-negative
   * @param rounding  the rounding mode, not null
   * @return the average, empty if members are unknown or there are no teams, not null
   * @throws NullPointerException if {@code rounding} is null
   * @throws IllegalArgumentException if the scale is negative
   * @throws ArithmeticException if {@code rounding} is UNNECESSARY and the average needs rounding
   */
  public Optional<BigDecimal> membersPerTeam(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    requireNonNegative("scale", scale);
    if (members.isEmpty() || totalTeams() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(members.getAsLong())
        .divide(BigDecimal.valueOf(totalTeams()), scale, rounding));
  }

  /**
   * Returns the given units that have at least one team: a team at the unit itself or, for a
   * commune, at one of its villages.
   *
   * @param units  the units to check, no nulls, not null
   * @return the covered units in the given order, or empty for a roster built from counts, which
   *     does not know where its teams are, not null
   * @throws NullPointerException if {@code units} or an element is null
   */
  public Optional<Set<AdminUnitCode>> coveredUnits(Collection<AdminUnitCode> units) {
    Objects.requireNonNull(units, "units");
    units.forEach(u -> Objects.requireNonNull(u, "units element"));
    if (teams.isEmpty()) {
      return Optional.empty();
    }
    Set<AdminUnitCode> withTeam = new HashSet<>();
    for (CommunityTeam t : teams.get()) {
      withTeam.add(t.unit());
      t.unit().commune().ifPresent(withTeam::add);
    }
    Set<AdminUnitCode> covered = new LinkedHashSet<>();
    for (AdminUnitCode u : units) {
      if (withTeam.contains(u)) {
        covered.add(u);
      }
    }
    return Optional.of(Collections.unmodifiableSet(covered));
  }

  /**
   * Returns the share of the given units that have at least one team (see {@link #coveredUnits}),
   * from 0 to 1, rounded to {@value #DEFAULT_SCALE} decimal places, half-even. Duplicate units
   * count once.
   *
   * @param units  the units to check, not empty, no nulls, not null
   * @return the share, or empty for a roster built from counts, not null
   * @throws NullPointerException if {@code units} or an element is null
   * @throws IllegalArgumentException if {@code units} is empty
   */
  public Optional<BigDecimal> coverage(Collection<AdminUnitCode> units) {
    Optional<Set<AdminUnitCode>> covered = coveredUnits(units);
    Set<AdminUnitCode> distinct = new HashSet<>(units);
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for units (valid values not empty): []");
    }
    return covered.map(c -> BigDecimal.valueOf(c.size())
        .divide(BigDecimal.valueOf(distinct.size()), DEFAULT_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Checks if this roster has the same teams (or counts) and members as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CommunityTeamRoster)) {
      return false;
    }
    CommunityTeamRoster o = (CommunityTeamRoster) obj;
    return teams.equals(o.teams) && communeTeams == o.communeTeams
        && villageTeams == o.villageTeams && members.equals(o.members);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(teams, communeTeams, villageTeams, members);
  }

  /**
   * Returns a summary such as {@code CommunityTeamRoster[commune=115, village=715, members=4327]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "CommunityTeamRoster[" + (teams.isPresent() ? "teams, " : "")
        + "commune=" + communeTeams + ", village=" + villageTeams + ", members="
        + (members.isPresent() ? String.valueOf(members.getAsLong()) : "unknown") + "]";
  }
}
