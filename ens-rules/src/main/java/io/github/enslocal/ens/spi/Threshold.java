// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import java.util.Objects;

/**
 * A threshold an evidence rule applies, as data a report can print: its name, its value and where
 * the value comes from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name of the threshold, e.g. {@code "patchMaxAgeDays"}
 * @param value the value in text, e.g. {@code "90"} or {@code "P2Y"}
 * @param basis where the value comes from: a source such as {@code "RD 311/2022 art. 31.1"},
 *     {@value #LIBRARY_DEFAULT} when no source fixes it, or {@value #HOST_SETTING} when the host
 *     changed it
 */
public record Threshold(String name, String value, String basis) {

    /** The basis of a value the library chose because no source fixes one. */
    public static final String LIBRARY_DEFAULT = "library default, not fixed by the ENS";

    /** The basis of a value the host set. */
    public static final String HOST_SETTING = "set by the host";

    /**
     * Creates a threshold.
     *
     * @param name the name, not blank
     * @param value the value, not blank
     * @param basis the basis, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public Threshold {
        check(name, "name");
        check(value, "value");
        check(basis, "basis");
    }

    private static void check(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("Invalid threshold " + what + " '" + text
                    + "', expected e.g. 'patchMaxAgeDays = 90 (" + LIBRARY_DEFAULT + ")'");
        }
    }

    /**
     * Returns whether the value is the library's own choice rather than one a source fixes or the
     * host set.
     *
     * @return true if {@link #basis()} is {@value #LIBRARY_DEFAULT}
     */
    public boolean isLibraryDefault() {
        return LIBRARY_DEFAULT.equals(basis);
    }

    /**
     * Returns the threshold as reports print it.
     *
     * @return e.g. {@code "auditMaxAgeYears = 2 (RD 311/2022 art. 31.1)"}
     */
    @Override
    public String toString() {
        return name + " = " + value + " (" + basis + ")";
    }
}
