/**
 * Composite indices: frameworks (trees of weighted nodes), pipeline steps, results and rank uncertainty.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.index;

import io.github.dxvn.internal.DxvnStyle;
