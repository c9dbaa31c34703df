/**
 * Reference data shipped with the library: DTI frameworks, national targets, provinces before and after the 2025 merger.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.reference;

import io.github.dxvn.internal.DxvnStyle;
