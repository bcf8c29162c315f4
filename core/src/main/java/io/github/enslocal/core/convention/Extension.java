// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement of the parties to extend a convention (pròrroga) to a new last day.
 *
 * <p>The constructor only normalises (a null note becomes empty); constraints are checked when a
 * dataset is validated. This class is immutable and thread-safe.
 *
 * @param agreedOn the date the parties agreed the extension
 * @param newEnd the new last day of the convention's validity
 * @param note a remark, such as the agreement's reference
 */
public record Extension(
        @NotNull LocalDate agreedOn,
        @NotNull LocalDate newEnd,
        Optional<@Size(max = 500) String> note) {

    /**
     * Creates an extension, turning a null note into an empty one.
     *
     * @param agreedOn the date the parties agreed the extension
     * @param newEnd the new last day of the convention's validity
     * @param note a remark, or empty
     */
    public Extension {
        note = Objects.requireNonNullElse(note, Optional.empty());
    }

    /**
     * Obtains an extension without a note.
     *
     * @param agreedOn the date the parties agreed the extension
     * @param newEnd the new last day of the convention's validity
     * @return the extension
     */
    public static Extension of(LocalDate agreedOn, LocalDate newEnd) {
        return new Extension(agreedOn, newEnd, Optional.empty());
    }
}
