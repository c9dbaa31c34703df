/**
 * National digital transformation targets (749/QĐ-TTg, 411/QĐ-TTg and related documents), whether an
 * observation meets a target, progress from a baseline and linear trajectories to a deadline.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.target;

import io.github.dxvn.internal.DxvnStyle;
