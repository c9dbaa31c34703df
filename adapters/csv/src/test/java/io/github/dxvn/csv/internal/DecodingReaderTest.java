package io.github.dxvn.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding with positions of malformed bytes. */
class DecodingReaderTest {

  /** A stream that gives one byte a call, as a slow network stream may, and remembers being closed. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int next;
    boolean closed;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (next >= bytes.length) {
        return -1;
      }
      b[off] = bytes[next++];
      return 1;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static String readAll(DecodingReader reader, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[chunk];
    int n;
    while ((n = reader.read(buf, 0, chunk)) != -1) {
      assertTrue(n > 0, "read returned 0 for a non-empty buffer");
      text.append(buf, 0, n);
    }
    return text.toString();
  }

  @Test
  void multiByteCharactersSplitAcrossReadsAreDecodedWhole() throws IOException {
    String text = "mã,tên\n45,Quảng Trị\n";
    Trickle in = new Trickle(text.getBytes(StandardCharsets.UTF_8));
    List<String> bad = new ArrayList<>();
    try (DecodingReader reader = new DecodingReader(in, new byte[0], (l, c, b) -> bad.add(l + ":" + c + " " + b))) {
      assertEquals(text, readAll(reader, 4));
      assertEquals(-1, reader.read(new char[4], 0, 4));
    }
    assertTrue(in.closed);
    assertEquals(List.of(), bad);
  }

  @Test
  void theEndIsMinusOneAndAnEmptyReadIsZero() throws IOException {
    DecodingReader reader = new DecodingReader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)),
        new byte[0], (l, c, b) -> { });
    assertEquals(0, reader.read(new char[4], 0, 0));
    char[] buf = new char[8];
    assertEquals(2, reader.read(buf, 0, 8));
    assertEquals(-1, reader.read(buf, 0, 8));
    assertEquals(-1, reader.read(buf, 0, 8));
  }

  @Test
  void malformedBytesAreReportedAtTheirLineAndCharacterAndReplaced() throws IOException {
    byte[] bytes = {'a', ',', 'b', '\n', 'x', (byte) 0xC3, '\n', 'y', 'z', (byte) 0xFF};
    List<String> bad = new ArrayList<>();
    DecodingReader reader = new DecodingReader(new Trickle(bytes), new byte[] {'p', '\n'},
        (l, c, b) -> bad.add(l + ":" + c + " " + b));
    assertEquals("p\na,b\nx\uFFFD\nyz\uFFFD", readAll(reader, 3));
    assertEquals(List.of("3:2 0xC3", "4:3 0xFF"), bad);
  }
}
