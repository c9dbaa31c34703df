package io.github.dxvn.csv;

import io.github.dxvn.indicator.IndicatorCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * How CSV files are read and written: the dialect (or automatic detection), how strict number and
 * indicator checks are, whether a file with errors still yields its valid rows, and how many
 * diagnostics are kept.
 *
 * <p>{@link #defaults()}: automatic dialect on reading ({@link CsvDialect#RFC_4180} on writing),
 * strict numbers, a file with any error yields no dataset, unknown indicator codes are warnings, at
 * most 100 diagnostics, the standard catalog.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvOptions {

  /** The default maximum number of diagnostics kept. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 100;

  private static final CsvOptions DEFAULTS = new CsvOptions(null, false, false, false, DEFAULT_MAX_DIAGNOSTICS, null);

  private final CsvDialect dialect;
  private final boolean lenientNumbers;
  private final boolean keepValidRows;
  private final boolean strictIndicators;
  private final int maxDiagnostics;
  private final IndicatorCatalog catalog;

  private CsvOptions(CsvDialect dialect, boolean lenientNumbers, boolean keepValidRows, boolean strictIndicators,
      int maxDiagnostics, IndicatorCatalog catalog) {
    this.dialect = dialect;
    this.lenientNumbers = lenientNumbers;
    this.keepValidRows = keepValidRows;
    this.strictIndicators = strictIndicators;
    this.maxDiagnostics = maxDiagnostics;
    this.catalog = catalog;
  }

  /**
   * Returns the default options.
   *
   * @return the defaults, not null
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default options with a fixed dialect.
   *
   * @param dialect  the dialect, not null
   * @return the options, not null
   */
  public static CsvOptions of(CsvDialect dialect) {
    return DEFAULTS.withDialect(dialect);
  }

  /**
   * Returns the dialect fixed by the caller; when empty, reading detects it and writing uses
   * {@link CsvDialect#RFC_4180}.
   *
   * @return the dialect, or empty for automatic detection
   */
  public Optional<CsvDialect> dialect() {
    return Optional.ofNullable(dialect);
  }

  /**
   * Returns the dialect a writer uses.
   *
   * @return the fixed dialect, or {@link CsvDialect#RFC_4180}, not null
   */
  public CsvDialect writeDialect() {
    return dialect == null ? CsvDialect.RFC_4180 : dialect;
  }

  /**
   * Tells whether a number in the wrong notation for the dialect (such as {@code 95.22} in the
   * Vietnamese dialect, not a valid thousands grouping) is read with the other decimal mark and a
   * warning, rather than rejected.
   *
   * @return true if lenient
   */
  public boolean lenientNumbers() {
    return lenientNumbers;
  }

  /**
   * Tells whether a file with errors still yields its valid rows (with every diagnostic) rather than
   * failing with a {@link CsvFormatException}.
   *
   * @return true if valid rows are kept
   */
  public boolean keepValidRows() {
    return keepValidRows;
  }

  /**
   * Tells whether an indicator code the catalog does not know is an error rather than a warning.
   *
   * @return true if unknown codes are errors
   */
  public boolean strictIndicators() {
    return strictIndicators;
  }

  /**
   * Returns the maximum number of diagnostics kept; further ones are counted, not kept.
   *
   * @return the maximum, at least 1
   */
  public int maxDiagnostics() {
    return maxDiagnostics;
  }

  /**
   * Returns the catalog that observations are checked against, and whose units fill empty unit cells.
   *
   * @return the catalog, not null
   */
  public IndicatorCatalog catalog() {
    return catalog == null ? IndicatorCatalog.standard() : catalog;
  }

  /**
   * Returns a copy with a fixed dialect; a fixed dialect always wins over detection.
   *
   * @param dialect  the dialect, not null
   * @return the options, not null
   */
  public CsvOptions withDialect(CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return new CsvOptions(dialect, lenientNumbers, keepValidRows, strictIndicators, maxDiagnostics, catalog);
  }

  /**
   * Returns a copy that detects the dialect of each file read.
   *
   * @return the options, not null
   */
  public CsvOptions withAutoDialect() {
    return new CsvOptions(null, lenientNumbers, keepValidRows, strictIndicators, maxDiagnostics, catalog);
  }

  /**
   * Returns a copy with lenient or strict number reading.
   *
   * @param lenient  true to read numbers in the other notation with a warning
   * @return the options, not null
   */
  public CsvOptions withLenientNumbers(boolean lenient) {
    return new CsvOptions(dialect, lenient, keepValidRows, strictIndicators, maxDiagnostics, catalog);
  }

  /**
   * Returns a copy that keeps, or does not keep, the valid rows of a file with errors.
   *
   * @param keep  true to keep valid rows and report the errors as diagnostics
   * @return the options, not null
   */
  public CsvOptions withKeepValidRows(boolean keep) {
    return new CsvOptions(dialect, lenientNumbers, keep, strictIndicators, maxDiagnostics, catalog);
  }

  /**
   * Returns a copy where unknown indicator codes are errors, or warnings.
   *
   * @param strict  true to make unknown codes errors
   * @return the options, not null
   */
  public CsvOptions withStrictIndicators(boolean strict) {
    return new CsvOptions(dialect, lenientNumbers, keepValidRows, strict, maxDiagnostics, catalog);
  }

  /**
   * Returns a copy keeping at most a number of diagnostics.
   *
   * @param max  the maximum, at least 1
   * @return the options, not null
   * @throws IllegalArgumentException if the maximum is below 1
   */
  public CsvOptions withMaxDiagnostics(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("Invalid value for maxDiagnostics (valid values 1 - ...): " + max);
    }
    return new CsvOptions(dialect, lenientNumbers, keepValidRows, strictIndicators, max, catalog);
  }

  /**
   * Returns a copy checking against another catalog.
   *
   * @param catalog  the catalog, not null
   * @return the options, not null
   */
  public CsvOptions withCatalog(IndicatorCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return new CsvOptions(dialect, lenientNumbers, keepValidRows, strictIndicators, maxDiagnostics, catalog);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CsvOptions)) {
      return false;
    }
    CsvOptions other = (CsvOptions) obj;
    return Objects.equals(dialect, other.dialect) && lenientNumbers == other.lenientNumbers
        && keepValidRows == other.keepValidRows && strictIndicators == other.strictIndicators
        && maxDiagnostics == other.maxDiagnostics && catalog().equals(other.catalog());
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialect, lenientNumbers, keepValidRows, strictIndicators, maxDiagnostics);
  }

  @Override
  public String toString() {
    return "CsvOptions[dialect " + (dialect == null ? "auto" : dialect) + (lenientNumbers ? ", lenient numbers" : "")
        + (keepValidRows ? ", keep valid rows" : "") + (strictIndicators ? ", strict indicators" : "")
        + ", max " + maxDiagnostics + " diagnostics]";
  }
}
