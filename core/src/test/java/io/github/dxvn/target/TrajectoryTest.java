package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.observation.Comparison;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  private static final Trajectory LINE =
      Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("80"), TargetComparator.REACH);

  @Test
  void expectedValues() {
    assertEquals(new BigDecimal("50"), LINE.expectedValue(2020));
    assertEquals(new BigDecimal("68"), LINE.expectedValue(2023));
    assertEquals(new BigDecimal("80"), LINE.expectedValue(2025));
    Trajectory thirds = Trajectory.of(2022, BigDecimal.ZERO, 2025, BigDecimal.ONE, TargetComparator.REACH);
    assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), thirds.expectedValue(2023));
  }

  @Test
  void onTrack() {
    assertTrue(LINE.isOnTrack(2023, new BigDecimal("68")));
    assertTrue(LINE.isOnTrack(2023, new BigDecimal("70")));
    assertFalse(LINE.isOnTrack(2023, new BigDecimal("67.9")));
    assertEquals(TargetStatus.MEETS, LINE.assessOnTrack(2023, Comparison.GREATER, new BigDecimal("68")));
    assertEquals(TargetStatus.UNKNOWN, LINE.assessOnTrack(2023, Comparison.GREATER, new BigDecimal("65")));
    assertEquals(TargetStatus.FAILS, LINE.assessOnTrack(2023, Comparison.LESS, new BigDecimal("68")));
    // A rank of 86 in 2020 towards the top 50 by 2030: 68 expected in 2025, 60 is ahead.
    Trajectory rank = Trajectory.of(2020, new BigDecimal("86"), 2030, new BigDecimal("50"), TargetComparator.TOP);
    assertEquals(new BigDecimal("68"), rank.expectedValue(2025));
    assertTrue(rank.isOnTrack(2025, new BigDecimal("60")));
    assertFalse(rank.isOnTrack(2025, new BigDecimal("70")));
    // A target to be exceeded is on track on the line itself.
    assertTrue(Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("80"), TargetComparator.GREATER)
        .isOnTrack(2020, new BigDecimal("50")));
  }

  @Test
  void ranges() {
    assertEquals("Invalid value for year (valid values 2020 - 2025): 2019",
        assertThrows(IllegalArgumentException.class, () -> LINE.expectedValue(2019)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> LINE.expectedValue(2026));
    assertThrows(IllegalArgumentException.class, () -> LINE.isOnTrack(2026, BigDecimal.ONE));
    assertEquals("Invalid value for baselineYear (valid values before 2025): 2025",
        assertThrows(IllegalArgumentException.class,
            () -> Trajectory.of(2025, BigDecimal.ONE, 2025, BigDecimal.TEN, TargetComparator.REACH)).getMessage());
  }

  @Test
  void nulls() {
    assertThrows(NullPointerException.class, () -> Trajectory.of(2020, null, 2025, BigDecimal.TEN, TargetComparator.REACH));
    assertThrows(NullPointerException.class, () -> Trajectory.of(2020, BigDecimal.ONE, 2025, null, TargetComparator.REACH));
    assertThrows(NullPointerException.class, () -> Trajectory.of(2020, BigDecimal.ONE, 2025, BigDecimal.TEN, null));
    assertThrows(NullPointerException.class, () -> LINE.assessOnTrack(2023, null, BigDecimal.ONE));
    assertThrows(NullPointerException.class, () -> LINE.assessOnTrack(2023, Comparison.EQUAL, null));
    assertThrows(NullPointerException.class, () -> LINE.isOnTrack(2023, null));
  }

  @Test
  void equalityByValue() {
    Trajectory same = Trajectory.of(2020, new BigDecimal("50.0"), 2025, new BigDecimal("80.00"), TargetComparator.REACH);
    assertEquals(LINE, same);
    assertEquals(LINE.hashCode(), same.hashCode());
    assertNotEquals(LINE, Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("80"), TargetComparator.GREATER));
    assertEquals("2020: 50 -> 2025: = 80", LINE.toString());
    assertEquals(2020, LINE.baselineYear());
    assertEquals(2025, LINE.targetYear());
    assertEquals(new BigDecimal("50"), LINE.baselineValue());
    assertEquals(new BigDecimal("80"), LINE.targetValue());
    assertEquals(TargetComparator.REACH, LINE.comparator());
  }

  @Test
  void everyPartCountsForEquality() {
    assertEquals(LINE, LINE);
    assertNotEquals(LINE, "2020: 50 -> 2025: = 80");
    assertNotEquals(LINE, Trajectory.of(2021, new BigDecimal("50"), 2025, new BigDecimal("80"), TargetComparator.REACH));
    assertNotEquals(LINE, Trajectory.of(2020, new BigDecimal("51"), 2025, new BigDecimal("80"), TargetComparator.REACH));
    assertNotEquals(LINE, Trajectory.of(2020, new BigDecimal("50"), 2026, new BigDecimal("80"), TargetComparator.REACH));
    assertNotEquals(LINE, Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("81"), TargetComparator.REACH));
    assertNotEquals(LINE.hashCode(),
        Trajectory.of(2020, new BigDecimal("50"), 2025, new BigDecimal("81"), TargetComparator.REACH).hashCode());
  }
}
