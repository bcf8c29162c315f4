// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import java.util.Objects;

/**
 * A record of the dataset that caused a finding, such as an asset or an incident, by kind and id.
 *
 * <p>Subjects sort by kind, then id. This class is immutable and thread-safe.
 *
 * @param kind the kind of record
 * @param id the record's id in the dataset, e.g. {@code "nav-srv-01"}; an INE code for a
 *     municipality
 */
public record Subject(Kind kind, String id) implements Comparable<Subject> {

    /** The kind of record a subject is. */
    public enum Kind {
        /** An information system. */
        SYSTEM,
        /** A municipality, by INE code. */
        MUNICIPALITY,
        /** An asset. */
        ASSET,
        /** An incident. */
        INCIDENT,
        /** A convention. */
        CONVENTION,
        /** A training session. */
        TRAINING_SESSION,
        /** Any other record a host rule reads. */
        OTHER
    }

    /**
     * Creates a subject.
     *
     * @param kind the kind, not null
     * @param id the id, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Invalid subject id '" + id + "' of kind " + kind
                    + ", expected a record id such as 'nav-srv-01'");
        }
    }

    /**
     * Obtains the subject for an asset.
     *
     * @param id the asset id
     * @return the subject
     */
    public static Subject asset(String id) {
        return new Subject(Kind.ASSET, id);
    }

    /**
     * Obtains the subject for an incident.
     *
     * @param id the incident id
     * @return the subject
     */
    public static Subject incident(String id) {
        return new Subject(Kind.INCIDENT, id);
    }

    /**
     * Obtains the subject for a convention.
     *
     * @param id the convention id
     * @return the subject
     */
    public static Subject convention(String id) {
        return new Subject(Kind.CONVENTION, id);
    }

    /**
     * Obtains the subject for an information system.
     *
     * @param id the system id
     * @return the subject
     */
    public static Subject system(String id) {
        return new Subject(Kind.SYSTEM, id);
    }

    @Override
    public int compareTo(Subject other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    /**
     * Returns the id, which is how reports print a subject.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
        return id;
    }
}
