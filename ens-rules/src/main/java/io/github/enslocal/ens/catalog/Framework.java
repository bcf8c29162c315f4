// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import java.util.Objects;

/**
 * The three frameworks (marcos) into which Anexo II groups its measures, in the order of the Anexo.
 */
public enum Framework {
    /** {@code org}: Marco organizativo. */
    ORG("org", "Marco organizativo"),
    /** {@code op}: Marco operacional. */
    OP("op", "Marco operacional"),
    /** {@code mp}: Medidas de protección. */
    MP("mp", "Medidas de protección");

    private final String code;
    private final String officialName;

    Framework(String code, String officialName) {
        this.code = code;
        this.officialName = officialName;
    }

    /**
     * Returns the code that prefixes the ids of this framework's measures.
     *
     * @return {@code "org"}, {@code "op"} or {@code "mp"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the official Spanish name of this framework.
     *
     * @return the name, e.g. {@code "Marco operacional"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Obtains the framework with a code.
     *
     * @param code {@code "org"}, {@code "op"} or {@code "mp"}, in any case
     * @return the framework
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} names no framework
     */
    public static Framework parse(String code) {
        Objects.requireNonNull(code, "code");
        for (Framework framework : values()) {
            if (framework.code.equalsIgnoreCase(code.trim())) {
                return framework;
            }
        }
        throw new IllegalArgumentException("Invalid framework '" + code + "', expected one of org, op, mp");
    }

    /**
     * Returns the code of this framework.
     *
     * @return the code, which {@link #parse(String)} accepts
     */
    @Override
    public String toString() {
        return code;
    }
}
