/**
 * Community digital technology teams (tổ công nghệ số cộng đồng) and rosters that aggregate them.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.community;

import io.github.dxvn.internal.DxvnStyle;
