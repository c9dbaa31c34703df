/**
 * Implementation details shared by the packages of {@code dxvn-core}; not exported, not API.
 */
package io.github.dxvn.internal;
