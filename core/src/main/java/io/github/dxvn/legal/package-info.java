/**
 * Legal documents: Vietnamese document numbers, issuers, dates, and observance days such as Digital Transformation Day.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.legal;

import io.github.dxvn.internal.DxvnStyle;
