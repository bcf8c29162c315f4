// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.ReinforcementId;
import java.util.Objects;

/**
 * A reinforcement (refuerzo) of an Anexo II measure.
 *
 * <p>A reinforcement that no cell of the table requires or offers as a choice is optional
 * ("potestativo", CCN-STIC 808 §4.2): the organisation adopts it when its risk analysis or another
 * rule calls for it. This class is immutable and thread-safe.
 *
 * @param id the id, e.g. {@code op.acc.6.r2}
 * @param name the official Spanish name, e.g. {@code "Contraseña + otro factor de autenticación"}
 * @param referencedInTable whether some cell of the table requires it or offers it as a choice
 */
public record Reinforcement(ReinforcementId id, String name, boolean referencedInTable) {

    /**
     * Creates a reinforcement.
     *
     * @param id the id
     * @param name the official name, not blank
     * @param referencedInTable whether some cell of the table mentions it
     * @throws NullPointerException if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Reinforcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Reinforcement " + id + " has a blank name");
        }
    }

    /**
     * Returns whether the table never requires this reinforcement, so it is optional.
     *
     * @return true if optional ("potestativo")
     */
    public boolean isOptional() {
        return !referencedInTable;
    }

    /**
     * Returns the short label the Anexo II table uses for this reinforcement.
     *
     * @return e.g. {@code "R2"}
     */
    public String label() {
        return label(id);
    }

    /**
     * Returns the short label the Anexo II table uses for a reinforcement.
     *
     * @param id the reinforcement id, not null
     * @return e.g. {@code "R2"} for {@code op.acc.6.r2}
     */
    public static String label(ReinforcementId id) {
        return "R" + id.number();
    }
}
