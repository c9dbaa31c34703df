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
        () -> TargetCatalog.load(TargetCatalogLoadTest.class, "bad-targets.csv", "bad-documents.csv"));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertEquals(6, lines.size(), e.getMessage());
    // An issued document needs a number and a date of signing; a draft's type cannot come from a number.
    assertTrue(lines.get(0).startsWith("bad-documents.csv:3: Invalid value for status"), lines.get(0));
    assertTrue(lines.get(1).startsWith("bad-documents.csv:4: "), lines.get(1));
    assertEquals("bad-targets.csv:4: Invalid value for comparator (valid values =, >, >=, top): over", lines.get(2));
    assertTrue(lines.get(3).startsWith("bad-targets.csv:5: "), lines.get(3));
    assertEquals("bad-targets.csv:6: empty source_url", lines.get(4));
    assertEquals("bad-targets.csv:7: unknown document nope", lines.get(5));
  }
}
