/**
 * Vietnamese text conventions: number parsing and formatting, Unicode normalisation.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.text;

import io.github.dxvn.internal.DxvnStyle;
