package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

  @Test
  void reportsEveryBadLineWithFileLineAndColumn() {
    ReferenceCsv csv = ReferenceCsv.read("reference-csv-bad.csv", "a", "b");
    assertEquals(2, csv.rows().size());
    assertEquals(3, csv.rows().get(0).line);
    csv.problem(csv.rows().get(1), 1, "empty b");
    IllegalStateException e = assertThrows(IllegalStateException.class, csv::failIfProblems);
    assertEquals("Invalid reference data:\n"
        + "reference-csv-bad.csv:4:1: expected 2 fields but found 3\n"
        + "reference-csv-bad.csv:6:1: expected 2 fields but found 1\n"
        + "reference-csv-bad.csv:5:2: empty b", e.getMessage());
  }

  @Test
  void checksTheHeaderFirst() {
    ReferenceCsv csv = ReferenceCsv.read("reference-csv-bad-header.csv", "a", "b");
    assertEquals(0, csv.rows().size());
    assertEquals("Invalid reference data:\n"
        + "reference-csv-bad-header.csv:1:1: expected header a,b but was a,c",
        assertThrows(IllegalStateException.class, csv::failIfProblems).getMessage());
  }

  @Test
  void missingResourceFails() {
    assertThrows(IllegalStateException.class, () -> ReferenceCsv.read("nope.csv", "a"));
  }

  @Test
  void shippedFilesLoadWithoutProblems() {
    ReferenceCsv.read("province_codes_63_to_34_2025.csv",
        "old_code", "old_name", "new_code", "new_name", "note").failIfProblems();
    ReferenceCsv.read("province_regions.csv", "period", "code", "region", "source")
        .failIfProblems();
  }
}
