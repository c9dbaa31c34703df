package io.github.dxvn.community;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnitCode;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A community digital technology team (tổ công nghệ số cộng đồng), set up in a commune or a village
 * to help residents use digital services.
 *
 * <p>The team's level is that of its unit's code, and must be {@link AdminLevel#COMMUNE} or {@link
 * AdminLevel#VILLAGE} (villages use dxvn's parent-prefixed codes, see {@link AdminUnitCode}). The
 * member count is optional and, if present, non-negative.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityTeam {

  CommunityTeam() {}

  /**
   * Returns the code of the commune or village the team serves.
   *
   * @return the unit code, not null
   */
  public abstract AdminUnitCode unit();

  /**
   * Returns the team's level, that of its unit: COMMUNE or VILLAGE.
   *
   * @return the level, not null
   */
  @Value.Derived
  public AdminLevel level() {
    return unit().level();
  }

  /**
   * Returns the number of members, if known.
   *
   * @return the member count, non-negative, not null
   */
  public abstract OptionalInt memberCount();

  @Value.Check
  void check() {
    if (level() != AdminLevel.COMMUNE && level() != AdminLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "Invalid value for unit (valid values a commune or village code): " + unit());
    }
    if (memberCount().isPresent() && memberCount().getAsInt() < 0) {
      throw new IllegalArgumentException("Invalid value for memberCount (valid values 0 - "
          + Integer.MAX_VALUE + "): " + memberCount().getAsInt());
    }
  }

  /**
   * Obtains a team whose member count is not known.
   *
   * @param unit  the commune or village code, not null
   * @return the team, not null
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if the unit is not a commune or village
   */
  public static CommunityTeam of(AdminUnitCode unit) {
    return builder().unit(unit).build();
  }

  /**
   * Obtains a team with a known member count.
   *
   * @param unit  the commune or village code, not null
   * @param memberCount  the number of members, non-negative
   * @return the team, not null
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if the unit is not a commune or village, or the count is
   *     negative
   */
  public static CommunityTeam of(AdminUnitCode unit, int memberCount) {
    return builder().unit(unit).memberCount(memberCount).build();
  }

  /**
   * Returns a builder of teams.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CommunityTeam}; {@code build()} throws the exceptions the class doc names. */
  public static class Builder extends ImmutableCommunityTeam.Builder {
    /** Constructs an empty builder; prefer {@link CommunityTeam#builder()}. */
    public Builder() {}
  }
}
