/**
 * The official provincial digital transformation index (DTI) of Vietnam: its frameworks
 * (1726/QĐ-BTTTT, 922/QĐ-BTTTT, 405/QĐ-BKHCN) as data, the scoring of provinces from their main
 * indicators, ranks with ties, and the rule for provinces merged in 2025.
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}; optional values are
 * {@link java.util.Optional}, absent collections are empty.
 */
@DxvnStyle
package io.github.dxvn.dti;

import io.github.dxvn.internal.DxvnStyle;
