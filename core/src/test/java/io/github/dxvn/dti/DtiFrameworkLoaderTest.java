package io.github.dxvn.dti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DtiFrameworkLoaderTest {

  @Test
  void reportsEveryProblemWithFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DtiFrameworkLoader.load(
        DtiFrameworkLoaderTest.class, "bad-frameworks.csv", "bad-groups.csv", "bad-structure.csv"));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertEquals(4, lines.size(), e.getMessage());
    assertEquals("bad-structure.csv:3: scored must be yes or no, not 'maybe'", lines.get(0));
    // The framework row of dti-x has a bad date; dti-y's points (100) are not its total (90); the
    // groups of dti-z belong to no framework.
    assertEquals(true, lines.get(1).startsWith("bad-frameworks.csv:2: "), lines.get(1));
    assertEquals(true, lines.get(2).startsWith("bad-frameworks.csv:3: Invalid value for totalPoints of dti-y"), lines.get(2));
    assertEquals("bad-groups.csv: groups of unknown framework dti-z", lines.get(3));
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DtiFrameworkLoader.load(
        DtiFrameworkLoaderTest.class, "bad-frameworks.csv", "bad-groups.csv", "no-such.csv"));
    assertEquals(true, e.getMessage().startsWith("Missing resource no-such.csv"), e.getMessage());
  }
}
