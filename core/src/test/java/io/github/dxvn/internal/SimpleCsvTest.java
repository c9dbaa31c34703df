package io.github.dxvn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimpleCsvTest {

  @Test
  void reportsEveryBadLineWithFileLineAndColumn() {
    SimpleCsv csv = SimpleCsv.read(SimpleCsvTest.class, "simple-csv-bad.csv", "a", "b");
    assertEquals(2, csv.rows().size());
    assertEquals(3, csv.rows().get(0).line());
    csv.problem(csv.rows().get(1), 1, "empty b");
    IllegalStateException e = assertThrows(IllegalStateException.class, csv::failIfProblems);
    assertEquals("Invalid reference data:\n"
        + "simple-csv-bad.csv:4:1: expected 2 fields but found 3\n"
        + "simple-csv-bad.csv:6:1: expected 2 fields but found 1\n"
        + "simple-csv-bad.csv:5:2: empty b", e.getMessage());
  }

  @Test
  void checksTheHeaderFirst() {
    SimpleCsv csv = SimpleCsv.read(SimpleCsvTest.class, "simple-csv-bad-header.csv", "a", "b");
    assertEquals(0, csv.rows().size());
    assertEquals("Invalid reference data:\n"
        + "simple-csv-bad-header.csv:1:1: expected header a,b but was a,c",
        assertThrows(IllegalStateException.class, csv::failIfProblems).getMessage());
  }

  @Test
  void missingResourceFails() {
    assertThrows(IllegalStateException.class, () -> SimpleCsv.read(SimpleCsvTest.class, "nope.csv", "a"));
  }

  @Test
  void quotedFieldsMaySpanLinesAndHoldSeparators() throws Exception {
    String text = "\uFEFF# source: test\nx,y\n\"a, \"\"b\"\"\",\"two\nlines\"\n";
    SimpleCsv csv = SimpleCsv.read("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals("source: test", csv.comments().get(0));
    assertEquals("a, \"b\"", csv.rows().get(0).get("X"));
    assertEquals("two\nlines", csv.rows().get(0).field(1));
    assertEquals("t.csv:3: empty z", csv.rows().get(0).error("empty z").getMessage());
    assertThrows(IllegalStateException.class, () -> SimpleCsv.read("u.csv",
        new ByteArrayInputStream("x\n\"open\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void blankLinesAreSkippedAndLinesCountedAcrossQuotedBreaks() throws Exception {
    String text = "x,y\n\n  \n\"a\nb\nc\",1\n\n2,\"\"\"\"\n# not a comment after the header\n";
    SimpleCsv csv = SimpleCsv.read("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, csv.rows().size());
    assertEquals(4, csv.rows().get(0).line());
    assertEquals("a\nb\nc", csv.rows().get(0).field(0));
    assertEquals(8, csv.rows().get(1).line());
    assertEquals("\"", csv.rows().get(1).field(1));
    assertEquals("# not a comment after the header", csv.rows().get(2).field(0));
    assertEquals(9, csv.rows().get(2).line());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SimpleCsv.read("q.csv",
        new ByteArrayInputStream("x,y\nab\"c\",d\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("q.csv:2:3: quote inside an unquoted field", e.getMessage());
    assertEquals("e.csv: no header line", assertThrows(IllegalStateException.class, () -> SimpleCsv.read("e.csv",
        new ByteArrayInputStream("# only a comment\n\n".getBytes(StandardCharsets.UTF_8)))).getMessage());
  }

  @Test
  void aShortRowHasEmptyCellsForItsMissingColumns() throws Exception {
    SimpleCsv csv = SimpleCsv.read("s.csv", new ByteArrayInputStream("x,y\n1\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", csv.rows().get(0).get("x"));
    assertEquals("", csv.rows().get(0).get("y"));
    assertEquals("", csv.rows().get(0).get("z"));
  }
}
