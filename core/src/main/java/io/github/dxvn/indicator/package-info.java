/**
 * Indicators: codes, definitions, the catalog, pillars and areas, polarity and aggregation rules.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.indicator;

import io.github.dxvn.internal.DxvnStyle;
