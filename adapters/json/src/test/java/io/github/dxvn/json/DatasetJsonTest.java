package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.InvalidDatasetException;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tech.units.indriya.AbstractUnit;

/** Reading and writing dxvn-dataset documents: whole, streamed, and malformed. */
class DatasetJsonTest {

  private static final DatasetJson JSON = DatasetJson.create();

  // ---------------------------------------------------------------------------------- whole documents

  @Test
  void readsFromEverySource(@TempDir Path dir) throws IOException {
    Dataset dataset = Samples.seedDataset();
    Path file = dir.resolve("seed.json");
    JSON.write(dataset, file);
    assertEquals(dataset, JSON.read(file));
    String text = Files.readString(file);
    assertEquals(dataset, JSON.read(new StringReader(text)));
    assertEquals(dataset, JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(dataset, JSON.parse(text));
    assertEquals(dataset, DxvnJson.mapper().readValue(text, Dataset.class));
  }

  @Test
  void leavesTheCallersStreamsOpen() throws IOException {
    boolean[] closed = {false, false};
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.write(Samples.seedDataset(), out);
    InputStream in = new ByteArrayInputStream(((ByteArrayOutputStream) out).toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    JSON.read(in);
    assertFalse(closed[0] || closed[1]);
  }

  @Test
  void readsMembersInAnyOrderAfterFormatAndVersion() throws IOException {
    String json = "{\"version\":1,\"format\":\"dxvn-dataset\",\"observations\":[{\"unitCode\":\"45\","
        + "\"indicator\":\"SOC_EID_ACTIVATED\",\"period\":\"2023\",\"value\":11768,\"unit\":\"1\"}],"
        + "\"indicators\":" + DxvnJson.mapper().writeValueAsString(Samples.seedCatalog()) + "}";
    Dataset dataset = JSON.parse(json);
    assertEquals(Samples.seedCatalog(), dataset.catalog());
    assertEquals(1, dataset.size());
  }

  @Test
  void aBrokenDatasetFailsWholeListingEveryViolationWithItsLine() {
    String json = "{\"format\":\"dxvn-dataset\",\"version\":1,\"indicators\":"
        + "[{\"code\":\"A\",\"nameVi\":\"a\",\"nameEn\":\"a\",\"area\":\"CONTEXT\",\"kind\":\"SHARE\",\"source\":\"s\"}],"
        + "\n\"observations\":[\n"
        + "{\"unitCode\":\"45\",\"indicator\":\"A\",\"period\":\"2023\",\"value\":50,\"unit\":\"%\"},\n"
        + "{\"unitCode\":\"45\",\"indicator\":\"A\",\"period\":\"2024\",\"value\":101,\"unit\":\"%\"},\n"
        + "{\"unitCode\":\"45\",\"indicator\":\"A\",\"period\":\"2023\",\"value\":60,\"unit\":\"%\"}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> JSON.parse(json));
    InvalidDatasetException cause = assertInstanceOf(InvalidDatasetException.class, e.getCause());
    assertEquals(2, cause.violations().size());
    assertEquals(4, e.getLocation().getLineNr());
    assertEquals("/observations/1", Samples.pointer(e));
    assertTrue(e.getMessage().contains("/observations/1 (observation at line 4, column 1): OUT_OF_RANGE"), e.getMessage());
    assertTrue(e.getMessage().contains("/observations/2 (observation at line 5, column 1): DUPLICATE_KEY"), e.getMessage());
  }

  // ----------------------------------------------------------------------------------------- streaming

  @Test
  void iteratesObservationsOneByOne() throws IOException {
    Dataset dataset = Samples.seedDataset();
    byte[] bytes = JSON.withPrettyPrinting(true).toJson(dataset).getBytes(StandardCharsets.UTF_8);
    List<Observation> read = new ArrayList<>();
    try (ObservationReader reader = JSON.openReader(new ByteArrayInputStream(bytes))) {
      assertEquals(dataset.catalog(), reader.catalog().orElseThrow());
      reader.forEachRemaining(read::add);
      assertFalse(reader.hasNext());
      assertThrows(NoSuchElementException.class, reader::next);
    }
    assertEquals(dataset.observations(), read);
  }

  @Test
  void streamsObservationsToAnAction() throws IOException {
    Dataset dataset = Samples.seedDataset();
    List<Observation> read = new ArrayList<>();
    IndicatorCatalog catalog = JSON.read(
        new ByteArrayInputStream(JSON.toJson(dataset).getBytes(StandardCharsets.UTF_8)), read::add);
    assertEquals(dataset.catalog(), catalog);
    assertEquals(dataset.observations(), read);
  }

  @Test
  void iteratorWrapsReadErrors() throws IOException {
    String json = "{\"format\":\"dxvn-dataset\",\"version\":1,\"indicators\":[],\"observations\":[{\"unitCode\":1}]}";
    try (ObservationReader reader = JSON.openReader(new StringReader(json))) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, reader::hasNext);
      assertEquals("/observations/0/unitCode", Samples.pointer((JsonMappingException) e.getCause()));
    }
  }

  @Test
  void writerStreamsWithoutHoldingTheDocument() throws IOException {
    long[] written = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        written[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        written[0] += len;
      }
    };
    try (ObservationWriter writer = JSON.openWriter(counting, IndicatorCatalog.of(List.of()))) {
      for (int i = 0; i < 10_000; i++) {
        writer.write(observation(i));
      }
      assertTrue(written[0] > 0, "bytes reach the stream before the document ends");
    }
    assertTrue(written[0] > 10_000 * 60);
  }

  static Observation observation(long i) {
    return Observation.of(Long.toString(i % 10_000), IndicatorCode.of("X" + i / 10_000),
        Period.ofYear(2000 + (int) (i % 25)), BigDecimal.valueOf(i, 2), AbstractUnit.ONE);
  }

  // ----------------------------------------------------------------------------------------- malformed

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "malformed-datasets.csv", delimiter = ';', numLinesToSkip = 1, quoteCharacter = '`')
  void malformedDocumentsFailWithTheirLocation(String name, String document, String exception, int line,
      int column, String pointer) {
    String json = document == null ? "" : document.replace('\'', '"').replace("\\n", "\n");
    JacksonException e = assertThrows(JacksonException.class, () -> JSON.parse(json), name);
    JsonLocation location = e.getLocation();
    String actualPointer = e instanceof JsonMappingException ? Samples.pointer((JsonMappingException) e) : "-";
    String actual = e.getClass().getSimpleName() + ";" + location.getLineNr() + ";" + location.getColumnNr() + ";"
        + actualPointer;
    assertEquals(exception + ";" + line + ";" + column + ";" + (pointer == null ? "" : pointer), actual, name + ": " + e.getMessage());
  }

  @Test
  void missingMemberIsNamed() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> JSON.parse("{\"format\":\"dxvn-dataset\",\"version\":1,\"observations\":[]}"));
    assertTrue(e.getMessage().startsWith("Missing required property 'indicators' of a dxvn-dataset document"),
        e.getMessage());
  }
}
