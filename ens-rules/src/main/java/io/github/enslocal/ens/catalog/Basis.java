// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.Dimension;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What decides the column of the Anexo II table that applies to a measure: the system category, or
 * the levels of one or more dimensions (the table's "Por categoría o dimensión(es)" column).
 *
 * <p>The text form is {@code category} or the dimension letters in C, I, T, A, D order separated
 * by spaces, as the table prints them (e.g. {@code "C I T A"}). This class is immutable and
 * thread-safe.
 *
 * @param kind whether the category or dimensions decide
 * @param dimensions the dimensions that decide, in C, I, T, A, D order; empty for
 *     {@link Kind#CATEGORY}
 */
public record Basis(Kind kind, Set<Dimension> dimensions) {

    private static final Basis CATEGORY = new Basis(Kind.CATEGORY, Set.of());

    /** The two kinds of basis. */
    public enum Kind {
        /** The system category decides. */
        CATEGORY,
        /** The highest assigned level among the listed dimensions decides. */
        DIMENSIONS
    }

    /**
     * Creates a basis, copying the dimensions.
     *
     * @param kind the kind
     * @param dimensions the deciding dimensions: none for a category basis, at least one otherwise
     * @throws NullPointerException if {@code kind} or a dimension is null
     * @throws IllegalArgumentException if the dimensions do not fit the kind
     */
    public Basis {
        Objects.requireNonNull(kind, "kind");
        EnumSet<Dimension> copy = EnumSet.noneOf(Dimension.class);
        if (dimensions != null) {
            dimensions.forEach(dimension -> copy.add(Objects.requireNonNull(dimension, "dimension")));
        }
        if (kind == Kind.CATEGORY != copy.isEmpty()) {
            throw new IllegalArgumentException("A basis of kind " + kind + " cannot list the dimensions " + copy
                    + ", expected none for CATEGORY and at least one for DIMENSIONS");
        }
        dimensions = Collections.unmodifiableSet(copy);
    }

    /**
     * Returns the basis of the measures tied to the system category.
     *
     * @return the category basis
     */
    public static Basis category() {
        return CATEGORY;
    }

    /**
     * Obtains the basis of a measure tied to some dimensions.
     *
     * @param dimensions the dimensions, at least one
     * @return the basis
     * @throws NullPointerException if {@code dimensions} or an element is null
     * @throws IllegalArgumentException if {@code dimensions} is empty
     */
    public static Basis dimensions(Set<Dimension> dimensions) {
        return new Basis(Kind.DIMENSIONS, Objects.requireNonNull(dimensions, "dimensions"));
    }

    /**
     * Obtains a basis from its text form.
     *
     * @param text {@code "category"}, or dimension letters separated by spaces or commas such as
     *     {@code "C I T A"}; in any case
     * @return the basis
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank, names an unknown dimension or
     *     names one twice
     */
    public static Basis parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.trim().equalsIgnoreCase("category")) {
            return CATEGORY;
        }
        EnumSet<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        for (String letter : text.trim().split("[\\s,]+", -1)) {
            if (letter.isEmpty() || !dimensions.add(Dimension.parse(letter))) {
                throw new IllegalArgumentException(
                        "Invalid measure basis '" + text + "', expected 'category' or dimensions such as 'C I T A'");
            }
        }
        return dimensions(dimensions);
    }

    /**
     * Returns whether the system category decides.
     *
     * @return true for a category basis
     */
    public boolean isCategory() {
        return kind == Kind.CATEGORY;
    }

    /**
     * Returns the dimensions as the table prints them.
     *
     * @return the letters separated by {@code ", "}, e.g. {@code "C, I, T, A"}; empty for a
     *     category basis
     */
    public String letters() {
        StringJoiner joiner = new StringJoiner(", ");
        dimensions.forEach(dimension -> joiner.add(String.valueOf(dimension.letter())));
        return joiner.toString();
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return {@code "category"} or the letters separated by spaces, e.g. {@code "C I T A"}
     */
    @Override
    public String toString() {
        return isCategory() ? "category" : letters().replace(", ", " ");
    }
}
