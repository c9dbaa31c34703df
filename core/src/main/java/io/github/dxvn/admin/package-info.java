/**
 * Administrative units: provinces, districts, communes and villages with codes, names, levels and validity dates; regions, lineage and re-basing across the 2025 reorganisation.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.admin;

import io.github.dxvn.internal.DxvnStyle;
