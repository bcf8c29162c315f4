// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import java.util.Objects;

/**
 * A security dimension of RD 311/2022 Anexo I point 2, in the order the BOE lists them (C, I, T, A, D).
 *
 * <p>Each dimension is identified by its capital initial, as in the dimension column of the Anexo II
 * table ("C I T A", "I A", "D").
 */
public enum Dimension {
    /** Confidencialidad (C). */
    CONFIDENTIALITY('C', "Confidencialidad"),
    /** Integridad (I). */
    INTEGRITY('I', "Integridad"),
    /** Trazabilidad (T). */
    TRACEABILITY('T', "Trazabilidad"),
    /** Autenticidad (A). */
    AUTHENTICITY('A', "Autenticidad"),
    /** Disponibilidad (D). */
    AVAILABILITY('D', "Disponibilidad");

    private final char letter;
    private final String officialName;

    Dimension(char letter, String officialName) {
        this.letter = letter;
        this.officialName = officialName;
    }

    /**
     * Returns the capital initial that identifies this dimension in the ENS texts.
     *
     * @return one of {@code C, I, T, A, D}
     */
    public char letter() {
        return letter;
    }

    /**
     * Returns the official Spanish name of this dimension.
     *
     * @return the name, e.g. {@code "Confidencialidad"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Obtains the dimension identified by a letter or by its enum name.
     *
     * @param text a letter such as {@code "C"} or an enum name such as {@code "CONFIDENTIALITY"},
     *     in any case
     * @return the dimension
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} names no dimension
     */
    public static Dimension parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        for (Dimension dimension : values()) {
            if (trimmed.length() == 1 && Character.toUpperCase(trimmed.charAt(0)) == dimension.letter
                    || trimmed.equalsIgnoreCase(dimension.name())) {
                return dimension;
            }
        }
        throw new IllegalArgumentException(
                "Invalid dimension '" + text + "', expected one of C, I, T, A, D");
    }
}
