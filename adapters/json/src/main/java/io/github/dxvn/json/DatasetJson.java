package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes {@code dxvn-dataset} documents (format version 1), streaming: a document is read
 * token by token and written as it goes, never held whole as a tree or a string, so a document of
 * millions of observations costs the memory of its observations only.
 *
 * <pre>{@code
 * DatasetJson json = DatasetJson.create();
 * Dataset dataset = json.read(Path.of("quang-tri-2023.json"));
 * json.withPrettyPrinting(true).write(dataset, Path.of("copy.json"));
 *
 * try (ObservationReader reader = json.openReader(in)) {   // one observation at a time
 *   while (reader.hasNext()) { Observation o = reader.next(); ... }
 * }
 * }</pre>
 *
 * <p>The document:
 * <pre>{@code
 * {"format": "dxvn-dataset", "version": 1,
 *  "indicators": [ {indicator definition}, ... ],
 *  "observations": [ {observation}, ... ]}
 * }</pre>
 * The indicators are the catalog the dataset is checked against (all of the dataset's catalog is
 * written, so that a read gives back an equal dataset, derived indicators included). Members may come
 * in any order except that {@code format} and {@code version} must precede {@code observations}.
 * See {@code docs/json-format.md} and the JSON Schema ({@link DxvnJson#openSchema(String)}).
 *
 * <p>Errors are Jackson exceptions carrying the line, the column and the JSON path (such as
 * {@code observations[3].value}); a whole read ({@code read}) fails without returning anything, and
 * a dataset that breaks core's rules fails with every violation listed with its observation's line,
 * the {@code InvalidDatasetException} kept as the cause. Streams passed in are neither buffered twice
 * nor closed: the caller closes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetJson {

  /** The format name written in every document, {@value}. */
  public static final String FORMAT = DatasetFormat.FORMAT;
  /** The format version this class reads and writes, {@value}. */
  public static final int VERSION = DatasetFormat.VERSION;

  private static final JsonMapper MAPPER = DxvnJson.mapper();
  private static final DatasetJson COMPACT = new DatasetJson(false);

  private final boolean pretty;

  private DatasetJson(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Obtains a reader and writer of compact documents.
   *
   * @return the instance, not null
   */
  public static DatasetJson create() {
    return COMPACT;
  }

  /**
   * Returns a copy that writes indented documents (two spaces, {@code \n} line ends, one member per
   * line), or compact ones.
   *
   * @param prettyPrinting  true to indent
   * @return the instance, not null
   */
  public DatasetJson withPrettyPrinting(boolean prettyPrinting) {
    return prettyPrinting == pretty ? this : new DatasetJson(prettyPrinting);
  }

  /**
   * Tells whether documents are written indented.
   *
   * @return true if indented
   */
  public boolean isPrettyPrinting() {
    return pretty;
  }

  // ---------------------------------------------------------------------------------------- reading

  /**
   * Reads a whole document into a dataset checked against the document's indicators.
   *
   * @param in  the UTF-8 (or UTF-16/32, detected) bytes, not null, not closed
   * @return the dataset, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed, breaks the
   *     format, or its observations break a rule of the catalog; with line, column and path
   * @throws IOException if reading fails
   */
  public Dataset read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = MAPPER.createParser(in)) {
      return readAll(p);
    }
  }

  /**
   * Reads a whole document into a dataset checked against the document's indicators.
   *
   * @param in  the characters, not null, not closed
   * @return the dataset, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed, breaks the
   *     format, or its observations break a rule of the catalog; with line, column and path
   * @throws IOException if reading fails
   */
  public Dataset read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = MAPPER.createParser(in)) {
      return readAll(p);
    }
  }

  /**
   * Reads a whole document from a file into a dataset checked against the document's indicators.
   *
   * @param file  the file, not null
   * @return the dataset, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed, breaks the
   *     format, or its observations break a rule of the catalog; with line, column and path
   * @throws IOException if reading fails
   */
  public Dataset read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Objects.requireNonNull(file, "file")))) {
      return read(in);
    }
  }

  /**
   * Parses a document held in a string.
   *
   * @param json  the document, not null
   * @return the dataset, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed, breaks the
   *     format, or its observations break a rule of the catalog
   */
  public Dataset parse(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = MAPPER.createParser(json)) {
      return readAll(p);
    }
  }

  /**
   * Streams a document's observations to an action, one at a time, without building a dataset: no
   * rule across observations (duplicates, parts within wholes) is checked. If the read fails, the
   * action has already seen the observations before the failure.
   *
   * @param in  the bytes, not null, not closed
   * @param action  called with each observation in document order, not null
   * @return the document's indicator catalog, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is malformed or breaks
   *     the format
   * @throws IOException if reading fails
   */
  public IndicatorCatalog read(InputStream in, Consumer<? super Observation> action) throws IOException {
    Objects.requireNonNull(action, "action");
    try (ObservationReader reader = openReader(in)) {
      DatasetFormat.Cursor cursor = reader.cursor();
      for (Observation o = cursor.next(); o != null; o = cursor.next()) {
        action.accept(o);
      }
      reader.finish();
      return cursor.catalog();
    }
  }

  /**
   * Opens a reader of a document's observations, one at a time. The document's header
   * ({@code format}, {@code version}, and {@code indicators} if it comes first) is read now.
   *
   * @param in  the bytes, not null, not closed by the reader
   * @return the reader, to be closed, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the header is malformed or not of
   *     this format
   * @throws IOException if reading fails
   */
  public ObservationReader openReader(InputStream in) throws IOException {
    return open(MAPPER.createParser(Objects.requireNonNull(in, "in")));
  }

  /**
   * Opens a reader of a document's observations, one at a time.
   *
   * @param in  the characters, not null, not closed by the reader
   * @return the reader, to be closed, not null
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the header is malformed or not of
   *     this format
   * @throws IOException if reading fails
   */
  public ObservationReader openReader(Reader in) throws IOException {
    return open(MAPPER.createParser(Objects.requireNonNull(in, "in")));
  }

  private static ObservationReader open(JsonParser p) throws IOException {
    try {
      return new ObservationReader(p, new DatasetFormat.Cursor(p, context(p)));
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  private static Dataset readAll(JsonParser p) throws IOException {
    Dataset dataset = new DatasetFormat.Cursor(p, context(p)).readAll();
    checkEnd(p);
    return dataset;
  }

  /** A deserialization context of the module's mapper for one parser, as the mapper makes for a read. */
  private static DeserializationContext context(JsonParser p) {
    return ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
        .createInstance(MAPPER.getDeserializationConfig(), p, MAPPER.getInjectableValues());
  }

  static void checkEnd(JsonParser p) throws IOException {
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw MismatchedInputException.from(p, Dataset.class,
          "Trailing token (of type " + trailing + ") after the " + FORMAT + " document");
    }
  }

  // ---------------------------------------------------------------------------------------- writing

  /**
   * Writes a dataset as a document: its catalog, then its observations in key order.
   *
   * @param dataset  the dataset, not null
   * @param out  where to write UTF-8, not null, flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    try (JsonGenerator gen = generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out")))) {
      DatasetFormat.write(gen, dataset);
      endDocument(gen);
    }
  }

  /**
   * Writes a dataset as a document: its catalog, then its observations in key order.
   *
   * @param dataset  the dataset, not null
   * @param out  where to write, not null, flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Dataset dataset, Writer out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    try (JsonGenerator gen = generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out")))) {
      DatasetFormat.write(gen, dataset);
      endDocument(gen);
    }
  }

  /**
   * Writes a dataset to a file, replacing it.
   *
   * @param dataset  the dataset, not null
   * @param file  the file, not null
   * @throws IOException if writing fails
   */
  public void write(Dataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Objects.requireNonNull(file, "file")))) {
      write(dataset, out);
    }
  }

  /**
   * Writes a dataset as a document in a string.
   *
   * @param dataset  the dataset, not null
   * @return the document, not null
   */
  public String toJson(Dataset dataset) {
    StringWriter out = new StringWriter();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Opens a writer that streams observations into a document whose catalog is given first. Nothing
   * is validated across observations; the caller writes what a dataset would hold.
   *
   * @param out  where to write UTF-8, not null, not closed by the writer
   * @param catalog  the indicators written before the observations, not null
   * @return the writer, to be closed to end the document, not null
   * @throws IOException if writing fails
   */
  public ObservationWriter openWriter(OutputStream out, IndicatorCatalog catalog) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    return new ObservationWriter(generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out"))), catalog);
  }

  /**
   * Opens a writer that streams observations into a document whose catalog is given first.
   *
   * @param out  where to write, not null, not closed by the writer
   * @param catalog  the indicators written before the observations, not null
   * @return the writer, to be closed to end the document, not null
   * @throws IOException if writing fails
   */
  public ObservationWriter openWriter(Writer out, IndicatorCatalog catalog) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    return new ObservationWriter(generator(MAPPER.createGenerator(Objects.requireNonNull(out, "out"))), catalog);
  }

  private JsonGenerator generator(JsonGenerator gen) {
    return generator(gen, pretty);
  }

  /** Sets up a generator: indented with two spaces and {@code \n} line ends if pretty. */
  static JsonGenerator generator(JsonGenerator gen, boolean pretty) {
    if (pretty) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      gen.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
    }
    return gen;
  }

  static void endDocument(JsonGenerator gen) throws IOException {
    if (gen.getPrettyPrinter() != null) {
      gen.writeRaw('\n'); // a text file ends with a line end
    }
    gen.flush();
  }
}
