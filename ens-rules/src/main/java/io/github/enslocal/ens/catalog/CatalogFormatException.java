// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a measure catalog, an OSCAL catalog or a compliance profile cannot be read because
 * the document is malformed or its content is inconsistent; it lists every problem found.
 */
public final class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was read, e.g. a file name. */
    private final String source;
    /** Every problem found, each {@code "path: message"}. */
    private final String[] problems;

    /**
     * Creates an exception.
     *
     * @param source what was read, e.g. a file name
     * @param problems every problem found, each {@code "path: message"}; at least one
     * @throws NullPointerException if an argument or problem is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public CatalogFormatException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = problems.toArray(String[]::new);
    }

    /**
     * Creates an exception for a document that could not be parsed at all.
     *
     * @param source what was read
     * @param problem the problem
     * @param cause the parse failure, or null if there is none
     * @throws NullPointerException if {@code source} or {@code problem} is null
     */
    public CatalogFormatException(String source, String problem, Throwable cause) {
        this(source, List.of(problem));
        initCause(cause);
    }

    private static String message(String source, List<String> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A catalog format exception needs at least one problem");
        }
        return "Invalid " + source + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n  - " + String.join("\n  - ", problems);
    }

    /**
     * Returns what was read.
     *
     * @return the source, e.g. a file name
     */
    public String source() {
        return source;
    }

    /**
     * Returns every problem found, in the order found.
     *
     * @return the problems, each {@code "path: message"}
     */
    public List<String> problems() {
        return List.of(problems);
    }
}
