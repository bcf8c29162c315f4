// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;

/**
 * A type of cyber-incident in the taxonomy, such as {@code PHISHING} in the class {@code FRAUDE}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the type id, upper-case with underscores, e.g. {@code "PHISHING"}
 * @param name the Spanish name the sources give the type, e.g. {@code "Phishing"}
 * @param classId the id of the {@link IncidentClass} the type belongs to, e.g. {@code "FRAUDE"}
 * @param defaultDanger the danger level the taxonomy assigns to the type
 * @param description a paraphrased English description
 * @param editions the editions of the taxonomy the type appears in, never empty
 * @param note a remark on the sources, if the taxonomy file has one
 */
public record IncidentType(
        String id,
        String name,
        String classId,
        DangerLevel defaultDanger,
        String description,
        Set<TaxonomyEdition> editions,
        Optional<String> note) {

    /**
     * Creates a type.
     *
     * @param id the type id
     * @param name the name
     * @param classId the id of its class
     * @param defaultDanger the default danger level
     * @param description the description
     * @param editions the editions it appears in
     * @param note the remark, or empty; null is taken as empty
     * @throws NullPointerException if any other argument is null
     * @throws IllegalArgumentException if {@code editions} is empty
     */
    public IncidentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(defaultDanger, "defaultDanger");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(editions, "editions");
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("Incident type '" + id + "' appears in no edition");
        }
        editions = Collections.unmodifiableSet(EnumSet.copyOf(editions));
        note = note == null ? Optional.empty() : note;
    }

    /**
     * Returns whether this type appears in an edition of the taxonomy.
     *
     * @param edition the edition, not null
     * @return true if the edition lists this type
     */
    public boolean appearsIn(TaxonomyEdition edition) {
        return editions.contains(edition);
    }
}
