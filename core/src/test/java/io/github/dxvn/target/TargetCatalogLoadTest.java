package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetCatalogLoadTest {

  @Test
  void reportsEveryBadRowWithFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TargetCatalog.load(TargetCatalogLoadTest.class, "bad-targets.csv"));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertEquals(3, lines.size(), e.getMessage());
    assertEquals("bad-targets.csv:4: Invalid value for comparator (valid values =, >, >=, top): over", lines.get(0));
    assertTrue(lines.get(1).startsWith("bad-targets.csv:5: "), lines.get(1));
    assertEquals("bad-targets.csv:6: empty source_url", lines.get(2));
  }
}
