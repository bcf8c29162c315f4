// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an incident's status history: the incident entered a status at an instant.
 *
 * <p>This record is immutable and thread-safe; its constructor only normalises.
 *
 * @param at when the incident entered the status
 * @param status the status entered
 * @param technician the technician who made or received the change (e.g. the assignee), or empty
 * @param note a free-text note, or empty
 */
public record StatusChange(
        @NotNull Instant at,
        @NotNull IncidentStatus status,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 100) String> technician,
        Optional<@Size(max = 2000) String> note) {

    /**
     * Creates a change, turning null optional values into empty ones.
     *
     * @param at the instant
     * @param status the status entered
     * @param technician the technician, or empty
     * @param note the note, or empty
     */
    public StatusChange {
        technician = technician == null ? Optional.empty() : technician;
        note = note == null ? Optional.empty() : note;
    }

    /**
     * Obtains a change with no technician and no note.
     *
     * @param at the instant, not null
     * @param status the status entered, not null
     * @return the change
     */
    public static StatusChange of(Instant at, IncidentStatus status) {
        return new StatusChange(at, status, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy naming the technician.
     *
     * @param name the technician, not null
     * @return the copy
     */
    public StatusChange withTechnician(String name) {
        return new StatusChange(at, status, Optional.of(name), note);
    }

    /**
     * Returns a copy with a note.
     *
     * @param text the note, not null
     * @return the copy
     */
    public StatusChange withNote(String text) {
        return new StatusChange(at, status, technician, Optional.of(text));
    }
}
