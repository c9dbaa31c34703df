package io.github.dxvn.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.CsvDiagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Opening a table: byte order marks, records, where malformed CSV stops, cells. */
class CsvTableTest {

  /** A byte stream that remembers being closed. */
  static final class Closing extends ByteArrayInputStream {
    boolean closed;

    Closing(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void byteOrderMarks() {
    assertEquals(3, CsvTable.byteOrderMark(bytes(0xEF, 0xBB, 0xBF)));
    assertEquals(3, CsvTable.byteOrderMark(bytes(0xEF, 0xBB, 0xBF, 'a')));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xEF, 0xBB)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xEF, 0xBB, 0xBE)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xEF, 0xBA, 0xBF)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xEE, 0xBB, 0xBF)));
    assertEquals(-1, CsvTable.byteOrderMark(bytes(0xFE, 0xFF)));
    assertEquals(-1, CsvTable.byteOrderMark(bytes(0xFF, 0xFE)));
    assertEquals(-1, CsvTable.byteOrderMark(bytes(0xFF, 0xFE, 'a', 0)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xFE, 0xFE)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xFF, 0xFF)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xFE, 0xFD)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xFF)));
    assertEquals(0, CsvTable.byteOrderMark(bytes(0xFE)));
    assertEquals(0, CsvTable.byteOrderMark(bytes()));
    assertEquals(0, CsvTable.byteOrderMark("a,b".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aUtf16FileIsDiagnosedAndClosedAtOnce() throws IOException {
    Closing in = new Closing(bytes(0xFF, 0xFE, 'a', 0, ',', 0, 'b', 0));
    Diagnostics diagnostics = new Diagnostics("u.csv", 100);
    try (CsvTable table = CsvTable.open(in, Optional.empty(), diagnostics)) {
      assertTrue(in.closed);
      assertNull(table.next());
    }
    assertEquals(List.of("u.csv:1:0: the file starts with a UTF-16 byte order mark (expected a file encoded in UTF-8)"),
        diagnostics.list().stream().map(CsvDiagnostic::toString).collect(Collectors.toList()));
  }

  @Test
  void recordsUntilTheEndThenNullAndClosingClosesTheStream() throws IOException {
    Closing in = new Closing("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    Diagnostics diagnostics = new Diagnostics("t.csv", 100);
    CsvTable table = CsvTable.open(in, Optional.empty(), diagnostics);
    assertEquals(List.of("a", "b"), table.next().getFields());
    CsvRecord second = table.next();
    assertEquals(List.of("1", "2"), second.getFields());
    assertEquals(2, second.getStartingLineNumber());
    assertNull(table.next());
    assertNull(table.next());
    table.close();
    assertTrue(in.closed);
    assertEquals(List.of(), diagnostics.list());
  }

  static List<String> malformed(String text) throws IOException {
    Diagnostics diagnostics = new Diagnostics("m.csv", 100);
    try (CsvTable table = CsvTable.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Optional.of(CsvDialect.RFC_4180), diagnostics)) {
      while (table.next() != null) {
        // read to the end or to the parse error
      }
      assertNull(table.next());
    }
    if (text.equals("a,b\n2,x\n3,\"q\"z\n4,y\n")) {
      assertEquals("m.csv:3:0: malformed CSV: Unexpected character after closing quote: 'z' (0x7a) (record starting "
          + "at line 3); reading stopped (expected quotes to enclose whole cells and to be closed)",
          diagnostics.list().get(0).toString());
    }
    return diagnostics.list().stream().map(d -> d.file() + ":" + d.line()).collect(Collectors.toList());
  }

  @Test
  void malformedCsvIsDiagnosedAtTheLineWhereItsRecordStarts() throws IOException {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 2; i < 12; i++) {
      text.append(i).append(",x\n");
    }
    assertEquals(List.of("m.csv:12"), malformed(text + "12,\"open\n13,y\n"));
    assertEquals(List.of("m.csv:3"), malformed("a,b\n2,x\n3,\"q\"z\n4,y\n"));
    assertEquals(List.of("m.csv:12"), malformed(text + "12,\"q\"z\n"));
    // Blank lines and comments between records: the line comes from FastCSV's message, not the last record.
    assertEquals(List.of("m.csv:11"), malformed("a,b\n" + "\n".repeat(8) + "# c\n11,\"q\"z\n"));
    assertEquals(List.of("m.csv:5"), malformed("a,b\n\n\n\n5,\"open\n"));
  }

  @Test
  void cellsAreStrippedNormalisedAndUnguarded() {
    assertEquals("\u00E0", CsvTable.cell(" a\u0300 ", CsvDialect.RFC_4180));
    assertEquals("Quảng Trị", CsvTable.cell("Qua\u0309ng Tri\u0323", CsvDialect.RFC_4180));
    assertEquals("=1", CsvTable.cell("'=1", CsvDialect.VIETNAMESE));
    assertEquals("'=1", CsvTable.cell("'=1", CsvDialect.RFC_4180));
    assertEquals("", CsvTable.cell("  ", CsvDialect.VIETNAMESE));
  }
}
