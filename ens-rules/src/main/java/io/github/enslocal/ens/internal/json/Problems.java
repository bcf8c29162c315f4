// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every problem found while reading a JSON tree, each prefixed with the path of the node
 * at fault, so that a reader can report them all at once.
 *
 * <p>Instances are mutable and meant for one read on one thread.
 */
public final class Problems {

    private final List<String> problems = new ArrayList<>();

    /** Creates an empty collector. */
    public Problems() {
    }

    /**
     * Records a problem.
     *
     * @param path the path of the node at fault, e.g. {@code measures[3].id}
     * @param message what is wrong, as a sentence fragment
     */
    public void add(String path, String message) {
        problems.add(path + ": " + message);
    }

    /**
     * Returns a required, non-blank string member, recording a problem if it is missing.
     *
     * @param parent the object holding the member
     * @param field the member name
     * @param path the path of {@code parent}
     * @return the trimmed text, or empty after recording a problem
     */
    public Optional<String> text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            add(join(path, field), "expected a non-blank string");
            return Optional.empty();
        }
        return Optional.of(node.asText().trim());
    }

    /**
     * Returns a required boolean member, recording a problem if it is missing.
     *
     * @param parent the object holding the member
     * @param field the member name
     * @param path the path of {@code parent}
     * @return the value, or empty after recording a problem
     */
    public Optional<Boolean> bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            add(join(path, field), "expected true or false");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /**
     * Returns the elements of a required array member, recording a problem if it is missing.
     *
     * @param parent the object holding the member
     * @param field the member name
     * @param path the path of {@code parent}
     * @return the elements, or no elements after recording a problem
     */
    public List<JsonNode> array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            add(join(path, field), "expected an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /**
     * Returns a required object member, recording a problem if it is missing.
     *
     * @param parent the object holding the member
     * @param field the member name
     * @param path the path of {@code parent}
     * @return the object, or empty after recording a problem
     */
    public Optional<JsonNode> object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            add(join(path, field), "expected an object");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /**
     * Parses a text with a value-type factory, recording the factory's message as a problem if it
     * rejects the text.
     *
     * @param <T> the value type
     * @param text the text to parse
     * @param path the path of the node holding the text
     * @param parser the factory, throwing {@link IllegalArgumentException} for bad text
     * @return the value, or empty after recording a problem
     */
    public <T> Optional<T> parse(String text, String path, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Returns the problems recorded so far, in the order found.
     *
     * @return the problems, each {@code "path: message"}
     */
    public List<String> list() {
        return List.copyOf(problems);
    }

    /**
     * Returns whether no problem has been recorded.
     *
     * @return true if nothing is wrong so far
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Returns the path of a member of an object.
     *
     * @param path the path of the object, or the empty string for the root
     * @param field the member name
     * @return the joined path
     */
    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
