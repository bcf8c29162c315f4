// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A group of Anexo II measures: the organisational framework as a whole ({@code org}), or a
 * subgroup of the operational or protection framework such as {@code op.acc} (Control de acceso).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the group id as measure ids carry it, e.g. {@code "op.acc"} or {@code "org"}
 * @param framework the framework the group belongs to
 * @param name the official Spanish name of the group, e.g. {@code "Control de acceso"}
 */
public record MeasureGroup(String id, Framework framework, String name) {

    private static final Pattern FORM = Pattern.compile("org|(op|mp)\\.[a-z]{1,4}");

    /**
     * Creates a group, checking that the id has the form of a group id of its framework.
     *
     * @param id the group id, e.g. {@code "op.acc"}
     * @param framework the framework, which must prefix the id
     * @param name the official name, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is malformed, is not of {@code framework}, or
     *     the name is blank
     */
    public MeasureGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(name, "name");
        if (!FORM.matcher(id).matches() || !id.split("\\.")[0].equals(framework.code())) {
            throw new IllegalArgumentException("Invalid measure group '" + id + "' of framework " + framework
                    + ", expected e.g. 'op.acc' or 'org'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("Measure group '" + id + "' has a blank name");
        }
    }
}
