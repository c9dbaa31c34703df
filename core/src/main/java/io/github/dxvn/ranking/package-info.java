/**
 * Rankings with ties: competition, dense, ordinal and fractional ranking, polarity aware, within groups.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.ranking;

import io.github.dxvn.internal.DxvnStyle;
