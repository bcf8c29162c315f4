// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a dataset document is not valid: it is not well-formed JSON, breaks a reading limit,
 * does not match the format, breaks a constraint, or breaks a rule between entities.
 *
 * <p>This is the library's one exception for bad datasets. It carries every violation found, not
 * just the first, sorted by JSON path (list indices in numeric order), then by code; the kind of each
 * problem is in its {@link Violation#code() code}, so there are no subclasses to catch. The message
 * lists the first {@value #LISTED_IN_MESSAGE} violations and the total count, in the language chosen
 * when reading ({@link DatasetReadOptions#messageLocale()}); {@link #getMessage(Locale)} gives it in
 * another.
 *
 * <p>The violations are not serialised with the exception.
 */
public final class InvalidDatasetException extends RuntimeException {

    /** The most violations listed in the message; {@link #violations()} has them all. */
    public static final int LISTED_IN_MESSAGE = 20;

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    /** The language of {@link #getMessage()}. */
    private final Locale locale;

    /**
     * Creates an exception with English messages.
     *
     * @param violations the violations, at least one
     * @throws NullPointerException if {@code violations} is or holds null
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidDatasetException(Collection<Violation> violations) {
        this(violations, Locale.ENGLISH);
    }

    /**
     * Creates an exception whose message is in a language.
     *
     * @param violations the violations, at least one
     * @param locale the language of {@link #getMessage()}; Catalan and Spanish are available, any
     *     other locale gives English
     * @throws NullPointerException if an argument is or holds null
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidDatasetException(Collection<Violation> violations, Locale locale) {
        super();
        List<Violation> sorted = new ArrayList<>(List.copyOf(violations));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("An invalid dataset needs at least one violation, got none");
        }
        sorted.sort(ViolationOrder.INSTANCE);
        this.violations = List.copyOf(sorted);
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Returns every violation, sorted by path, then code.
     *
     * @return the violations, never empty (empty only after deserialisation)
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /**
     * Returns the message in the language chosen when reading.
     *
     * @return the count of violations and the first {@value #LISTED_IN_MESSAGE} of them, one a line
     */
    @Override
    public String getMessage() {
        return getMessage(locale);
    }

    /**
     * Returns the message in a language.
     *
     * @param locale the language; Catalan and Spanish are available, any other locale gives English
     * @return the count of violations and the first {@value #LISTED_IN_MESSAGE} of them, one a line
     */
    public String getMessage(Locale locale) {
        List<Violation> all = violations();
        StringBuilder message = new StringBuilder(ViolationMessages.summary(all.size(), locale));
        all.stream().limit(LISTED_IN_MESSAGE).forEach(v -> message.append("\n  ").append(v.describe(locale)));
        if (all.size() > LISTED_IN_MESSAGE) {
            message.append("\n  ").append(ViolationMessages.more(all.size() - LISTED_IN_MESSAGE, locale));
        }
        return message.toString();
    }

    /**
     * Returns the message in the language chosen when reading.
     *
     * @return the same as {@link #getMessage()}
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
