/**
 * Observations: periods, statuses, comparators, rank positions, observations and datasets, with validation across observations and derived indicators.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.observation;

import io.github.dxvn.internal.DxvnStyle;
