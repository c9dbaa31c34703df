package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Factories of Jackson objects configured for dxvn: the {@link DxvnModule} registered, safe limits on
 * what a document may hold, strict reading.
 *
 * <p>The limits ({@link StreamReadConstraints}) of {@link #jsonFactory()} and {@link #mapper()}:
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH} (a dataset document needs 5);
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters (a note or a source fits easily);
 *   <li>a member name at most {@value #MAX_NAME_LENGTH} characters;
 *   <li>a number at most {@value #MAX_NUMBER_LENGTH} characters, both as written and in plain
 *       notation (so that {@code 1e100000000} cannot make a reader build a huge integer, and anything
 *       read can be written in plain notation and read again);
 *   <li>the document's length is not limited, so that millions of observations stream through.
 * </ul>
 * Duplicate member names fail ({@code STRICT_DUPLICATE_DETECTION}), as do unknown members and tokens
 * after the value. Floating-point numbers read into untyped targets are {@code BigDecimal}s. No
 * default typing is ever enabled: no class name is read from input. Error locations do not quote the
 * input ({@code INCLUDE_SOURCE_IN_LOCATION} stays off), so that error messages do not leak data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DxvnJson {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest member name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 1_000;
  /**
   * The name of the context attribute that gives a mapper the {@link io.github.dxvn.indicator.IndicatorCatalog}
   * a {@link io.github.dxvn.observation.DerivedValue} is read against, {@value}: {@code
   * mapper.readerFor(DerivedValue.class).withAttribute(CATALOG_ATTRIBUTE, catalog).readValue(json)}.
   * Without it, the standard catalog is used.
   */
  public static final String CATALOG_ATTRIBUTE = "io.github.dxvn.json.catalog";

  private static final List<String> SCHEMAS =
      List.of(DatasetFormat.FORMAT, IndexJson.FRAMEWORK_FORMAT, IndexJson.RESULTS_FORMAT);

  private DxvnJson() {}

  /**
   * Returns the read limits of dxvn's factories.
   *
   * @return the constraints, not null
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(-1L)
        .build();
  }

  /**
   * Creates a JSON factory with dxvn's read limits, strict duplicate detection and plain decimals.
   * Parsers and generators from it do not close the streams they are given.
   *
   * @return a new factory, not null
   */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(readConstraints())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Creates a mapper on {@link #jsonFactory()} with the {@link DxvnModule} registered, failing on
   * unknown members and trailing tokens, and reading untyped floating-point numbers as
   * {@code BigDecimal}.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder(jsonFactory())
        .addModule(new DxvnModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .build();
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of a document format.
   *
   * @param format  the format's name: {@code "dxvn-dataset"}, {@code "dxvn-framework"} or
   *     {@code "dxvn-results"}, not null
   * @return the schema, to be closed by the caller, not null
   * @throws IllegalArgumentException if dxvn has no such format
   */
  public static InputStream openSchema(String format) {
    Objects.requireNonNull(format, "format");
    if (!SCHEMAS.contains(format)) {
      throw new IllegalArgumentException("Invalid value for format (valid values " + String.join(", ", SCHEMAS)
          + "): " + format);
    }
    InputStream schema = DxvnJson.class.getResourceAsStream("schema/" + format + ".schema.json");
    if (schema == null) {
      throw new IllegalStateException("JSON Schema of " + format + " missing from the jar");
    }
    return schema;
  }
}
