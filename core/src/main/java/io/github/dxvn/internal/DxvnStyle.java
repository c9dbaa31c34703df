package io.github.dxvn.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: generated {@code Immutable*} classes are package-private and never
 * appear in a signature; the hand-written abstract type, with its {@code of}/{@code builder()}
 * factories, is the API. Builders are created with {@code new X.Builder()} (a public constructor, so
 * frameworks need no {@code opens}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builder = "new",
    defaults = @Value.Immutable(copy = false))
public @interface DxvnStyle {}
