package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader at full scale. A class of its own so that a mutation run can leave it out
 * ({@code -Dpit.excludedTestClasses}): it takes about ten seconds, and {@link DatasetJsonTest}
 * covers the same code on small documents.
 */
class DatasetJsonScaleTest {

  private static final DatasetJson JSON = DatasetJson.create();

  /**
   * Reads three million observations from a document generated as it is read, so that it is never in
   * memory whole; each observation is checked and dropped.
   */
  @Test
  void readsThreeMillionObservationsStreaming() throws IOException {
    int count = 3_000_000;
    byte[] head = "{\"format\":\"dxvn-dataset\",\"version\":1,\"indicators\":[],\"observations\":[\n"
        .getBytes(StandardCharsets.UTF_8);
    int perChunk = 1_000;
    Enumeration<InputStream> parts = new Enumeration<>() {
      private int next = -perChunk;

      @Override
      public boolean hasMoreElements() {
        return next <= count;
      }

      @Override
      public InputStream nextElement() {
        int first = next;
        next += perChunk;
        if (first < 0) {
          return new ByteArrayInputStream(head);
        }
        if (first == count) {
          return new ByteArrayInputStream("]}\n".getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder chunk = new StringBuilder(perChunk * 100);
        for (int i = first; i < first + perChunk; i++) {
          chunk.append(i > 0 ? ",\n" : "").append("{\"unitCode\":\"").append(i % 10_000)
              .append("\",\"indicator\":\"X").append(i / 10_000).append("\",\"period\":\"").append(2000 + i % 25)
              .append("\",\"value\":").append(BigDecimal.valueOf(i, 2).toPlainString()).append(",\"unit\":\"1\"}");
        }
        return new ByteArrayInputStream(chunk.toString().getBytes(StandardCharsets.UTF_8));
      }
    };
    long n = 0;
    try (ObservationReader reader = JSON.openReader(new SequenceInputStream(parts))) {
      while (reader.hasNext()) {
        Observation o = reader.next();
        if (n % 100_003 == 0) {
          assertEquals(DatasetJsonTest.observation(n), o);
        }
        n++;
      }
    }
    assertEquals(count, n);
  }
}
