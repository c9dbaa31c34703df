/**
 * dxvn CSV: observations in long, wide and SDMX-CSV layouts, in the RFC 4180 and Vietnamese Excel
 * dialects, with every problem of a file reported by file, line and column. Built on FastCSV.
 */
module io.github.dxvn.csv {
  requires transitive io.github.dxvn.core;
  requires de.siegmar.fastcsv;

  exports io.github.dxvn.csv;
}
