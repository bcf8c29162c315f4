// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.util.Objects;

/**
 * A published edition of the cyber-incident taxonomy that an {@link IncidentType} may appear in.
 */
public enum TaxonomyEdition {
    /**
     * The Guía Nacional de Notificación y Gestión de Ciberincidentes, approved 21-02-2020: 38 types
     * in 10 classes.
     */
    GN_2020("GN2020"),
    /**
     * CCN-STIC 817 ENS. Gestión de ciberincidentes, abril 2020: 36 types in 10 classes.
     */
    CCN_STIC_817_2020("CCN-STIC-817-2020");

    private final String id;

    TaxonomyEdition(String id) {
        this.id = id;
    }

    /**
     * Returns the id the bundled taxonomy file uses for this edition.
     *
     * @return the id, e.g. {@code "GN2020"}
     */
    public String id() {
        return id;
    }

    /**
     * Obtains an edition from the id the taxonomy file uses.
     *
     * @param id the id, {@code "GN2020"} or {@code "CCN-STIC-817-2020"}
     * @return the edition
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no edition
     */
    public static TaxonomyEdition fromId(String id) {
        Objects.requireNonNull(id, "id");
        for (TaxonomyEdition edition : values()) {
            if (edition.id.equals(id)) {
                return edition;
            }
        }
        throw new IllegalArgumentException(
                "Unknown taxonomy edition '" + id + "', expected e.g. 'GN2020' or 'CCN-STIC-817-2020'");
    }
}
