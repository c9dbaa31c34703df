package io.github.dxvn.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImputeTest {

  @Test
  void partsTextEqualityAndHash() {
    assertTrue(Impute.median().isMedian());
    assertFalse(Impute.mean().isMedian());
    assertTrue(Impute.groupMedian("region").isMedian());
    assertEquals(Optional.of("region"), Impute.groupMean("region").group());
    assertEquals("Impute[mean]", Impute.mean().toString());
    assertEquals("Impute[median by region]", Impute.groupMedian("region").toString());
    assertEquals(Impute.groupMean("g"), Impute.groupMean("g"));
    assertEquals(Impute.groupMean("g").hashCode(), Impute.groupMean("g").hashCode());
    assertNotEquals(Impute.mean().hashCode(), Impute.median().hashCode());
    assertNotEquals(Impute.mean(), Impute.groupMean("g"));
  }
}
