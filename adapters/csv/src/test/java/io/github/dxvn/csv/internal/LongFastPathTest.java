package io.github.dxvn.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level fast path's pieces that must be exact, not merely fast: chunk bounds and the code map. */
class LongFastPathTest {

  @TempDir
  Path dir;

  @Test
  void chunksAreCutJustAfterLineFeedsAndCoverTheBody() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 9)).checkAssert((seed, chunks) -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(12);
      for (int i = 0; i < lines; i++) {
        // Lines up to twice the probe's 4096 bytes, so that a line feed may lie beyond the first probe.
        int length = random.nextInt(4) == 0 ? random.nextInt(9000) : random.nextInt(40);
        // The first line is the header, never empty: the body starts after it (bounds needs start >= 1).
        text.append("x".repeat(i == 0 ? Math.max(1, length) : length));
        if (i < lines - 1 || random.nextBoolean()) {
          text.append('\n');
        }
      }
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int firstLineEnd = text.indexOf("\n");
      long start = firstLineEnd < 0 ? bytes.length : firstLineEnd + 1;
      try {
        Path file = dir.resolve("b" + Long.toHexString(seed) + ".csv");
        Files.write(file, bytes);
        long[] b;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
          b = LongFastPath.bounds(ch, start, bytes.length, chunks);
        }
        Files.delete(file);
        assertEquals(start, b[0]);
        assertEquals(Math.max(bytes.length, start), b[b.length - 1]);
        assertTrue(b.length - 1 <= chunks && b.length >= 2, () -> java.util.Arrays.toString(b));
        for (int i = 1; i < b.length; i++) {
          assertTrue(b[i] > b[i - 1] || (b.length == 2 && b[1] == b[0]), () -> java.util.Arrays.toString(b));
        }
        for (int i = 1; i < b.length - 1; i++) {
          assertEquals('\n', bytes[(int) b[i] - 1], java.util.Arrays.toString(b));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aLineFeedBeyondTheFirstProbeIsFound() throws IOException {
    byte[] bytes = ("h\n" + "y".repeat(20_000) + "\n" + "z".repeat(5000) + "\n").getBytes(
        java.nio.charset.StandardCharsets.US_ASCII);
    Path file = dir.resolve("long.csv");
    Files.write(file, bytes);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long[] b = LongFastPath.bounds(ch, 2, bytes.length, 2);
      assertEquals(List.of(2L, 20_003L, (long) bytes.length), List.of(b[0], b[1], b[2]));
      assertEquals(3, b.length);
    }
  }

  @Test
  void theCodeMapFindsEveryCodePutAndNothingElse() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 700)).checkAssert((seed, n) -> {
      Random random = new Random(seed);
      LongFastPath.Codes codes = new LongFastPath.Codes();
      List<byte[]> keys = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      while (keys.size() < n) {
        byte[] key = new byte[random.nextInt(4) == 0 ? random.nextInt(14) : random.nextInt(9)];
        for (int i = 0; i < key.length; i++) {
          key[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : 'A' + random.nextInt(3));
        }
        if (seen.add(java.util.Arrays.toString(key))) {
          byte[] padded = new byte[key.length + 4];
          System.arraycopy(key, 0, padded, 2, key.length);
          assertEquals(-1, codes.find(padded, 2, 2 + key.length));
          codes.put(padded, 2, 2 + key.length, keys.size());
          keys.add(key);
        }
      }
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < keys.size(); i++) {
          byte[] key = keys.get(random.nextInt(keys.size()));
          int id = keys.indexOf(key);
          assertEquals(id, codes.find(key, 0, key.length), java.util.Arrays.toString(key));
          assertEquals(id, codes.find(key, 0, key.length), java.util.Arrays.toString(key));
          assertEquals(i, codes.find(keys.get(i), 0, keys.get(i).length), java.util.Arrays.toString(keys.get(i)));
        }
      }
    });
  }
}
