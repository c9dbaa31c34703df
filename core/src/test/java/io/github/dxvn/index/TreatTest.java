package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TreatTest {

  @Test
  void winmaxFromZero() {
    assertEquals(OptionalInt.of(0), Treat.winsorise(0).winmax());
    assertEquals(OptionalInt.empty(), Treat.none().winmax());
    assertEquals("Invalid value for winmax (valid values 0 - 2147483647): -1",
        assertThrows(IllegalArgumentException.class, () -> Treat.winsorise(-1)).getMessage());
    assertEquals("Treat[winmax 0]", Treat.winsorise(0).toString());
    assertEquals("Treat[none]", Treat.none().toString());
    assertEquals("Treat[winmax 5, overrides {X=Treat[none]}]", Treat.winsorise(5).withOverride("X", Treat.none()).toString());
  }

  @Test
  void equalityAndHash() {
    Treat t = Treat.winsorise(5);
    assertEquals(t, Treat.winsorise(5));
    assertEquals(t.hashCode(), Treat.winsorise(5).hashCode());
    assertNotEquals(t, Treat.winsorise(4));
    assertNotEquals(t.hashCode(), Treat.winsorise(4).hashCode());
    assertNotEquals(t, t.withOverride("X", Treat.none()));
    assertNotEquals(t.hashCode(), t.withOverride("X", Treat.none()).hashCode());
    assertNotEquals(t, "Treat[winmax 5]");
  }
}
