/**
 * Observations as CSV: the long layout (one observation per row, {@link io.github.dxvn.csv.LongCsv}),
 * the wide layout (one column per indicator, {@link io.github.dxvn.csv.WideCsv}) and SDMX-CSV 1.0 and
 * 2.0 ({@link io.github.dxvn.csv.SdmxCsv}), in the RFC 4180 and Vietnamese Excel dialects
 * ({@link io.github.dxvn.csv.CsvDialect}), with every problem of a file reported by file, line and
 * column ({@link io.github.dxvn.csv.CsvDiagnostic}).
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
package io.github.dxvn.csv;
