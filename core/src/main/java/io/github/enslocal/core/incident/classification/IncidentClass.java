// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.util.List;
import java.util.Objects;

/**
 * A class of cyber-incidents in the taxonomy, such as {@code CONTENIDO_DANINO}, with its types in
 * the order of the taxonomy file.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the class id, upper-case with underscores, e.g. {@code "CONTENIDO_DANINO"}
 * @param name the Spanish name, e.g. {@code "Contenido dañino"}
 * @param types the types of the class, each with {@link IncidentType#classId()} equal to {@code id}
 */
public record IncidentClass(String id, String name, List<IncidentType> types) {

    /**
     * Creates a class.
     *
     * @param id the class id
     * @param name the name
     * @param types the types of the class
     * @throws NullPointerException if any argument or type is null
     * @throws IllegalArgumentException if a type names another class
     */
    public IncidentClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        types = List.copyOf(types);
        for (IncidentType type : types) {
            if (!type.classId().equals(id)) {
                throw new IllegalArgumentException("Incident type '" + type.id() + "' belongs to class '"
                        + type.classId() + "', not to '" + id + "'");
            }
        }
    }
}
