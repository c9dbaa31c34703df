/**
 * Digital platforms deployed by a province: category, level and attributes.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.platform;

import io.github.dxvn.internal.DxvnStyle;
