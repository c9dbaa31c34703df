package io.github.dxvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

/** Checks the equals and hashCode contract of hand-written value classes. */
public final class ValueContract {

  private ValueContract() {}

  /**
   * Checks that {@code value} equals itself and {@code copy} (built separately), with the same hash
   * code; that it equals neither null nor an object of another class; that it differs, both ways,
   * from each of {@code others} (each best differing from it in one field); and that the hash codes
   * of these values are not all alike (a constant hash code satisfies the contract but defeats hash
   * tables).
   *
   * @param value  a value
   * @param copy  an equal value, not the same instance
   * @param others  values that differ from {@code value}
   */
  public static void assertValueSemantics(Object value, Object copy, Object... others) {
    assertTrue(value.equals(value), "reflexive");
    assertTrue(value.equals(copy) && copy.equals(value), "equal to a copy: " + value + " and " + copy);
    assertEquals(value.hashCode(), copy.hashCode(), "hash codes of equal values");
    assertFalse(value.equals(null), "equal to null");
    assertFalse(value.equals(new Object()), "equal to an object of another class");
    Set<Integer> hashes = new HashSet<>();
    hashes.add(value.hashCode());
    for (Object other : others) {
      assertNotEquals(value, other, "equal to a different value");
      assertNotEquals(other, value, "a different value equal to it");
      hashes.add(other.hashCode());
    }
    if (others.length > 0) {
      assertTrue(hashes.size() > 1, "every value has the same hash code " + value.hashCode());
    }
  }
}
