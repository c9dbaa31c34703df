package io.github.dxvn.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PolarityTest {

  @Test
  void directionRoundTrips() {
    for (Polarity p : Polarity.values()) {
      assertEquals(p, Polarity.ofDirection(p.direction()));
      assertEquals(p, p.reversed().reversed());
      assertEquals(false, p.nameVi().isBlank() || p.nameEn().isBlank());
    }
  }

  @Test
  void rejectsOtherDirections() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Polarity.ofDirection(0));
    assertEquals("Invalid value for direction (valid values 1, -1): 0", e.getMessage());
  }
}
