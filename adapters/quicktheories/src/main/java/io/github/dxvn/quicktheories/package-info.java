/**
 * QuickTheories generators of dxvn domain values: start at {@link io.github.dxvn.quicktheories.DxvnGens}.
 *
 * <p>Every generator is built from QuickTheories' own shrinkable sources (integers, lists, picks),
 * so a falsified property is reported with a small counterexample. No method returns null, and no
 * generated value is null.
 */
package io.github.dxvn.quicktheories;
