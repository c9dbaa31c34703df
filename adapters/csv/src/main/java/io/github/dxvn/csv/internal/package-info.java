/**
 * Internals of the CSV adapter: decoding, dialect detection, cell parsing, diagnostics collection
 * and atomic writing. Not exported.
 */
package io.github.dxvn.csv.internal;
