// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import java.util.Objects;

/**
 * A breach of the duration limits of a convention, as {@link Convention#legalIssues()} finds it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code what kind of breach it is
 * @param message an English sentence that states the breach with its dates
 */
public record LegalIssue(Code code, String message) {

    /**
     * Creates an issue.
     *
     * @param code what kind of breach it is
     * @param message the sentence that states it
     * @throws NullPointerException if either argument is null
     */
    public LegalIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The kinds of breach of the duration limits the DESIGN reads in Ley 40/2015 art. 49.h.
     */
    public enum Code {
        /** The initial validity lasts more than 4 years. */
        INITIAL_TERM_OVER_FOUR_YEARS,
        /** An extension was agreed after the convention had already ended. */
        EXTENSION_AGREED_AFTER_END,
        /** An extension does not move the end of the convention later. */
        EXTENSION_NOT_AFTER_PREVIOUS_END,
        /** The extensions together add more than 4 years to the initial validity. */
        EXTENSIONS_OVER_FOUR_YEARS
    }
}
