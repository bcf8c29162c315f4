// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change to the example dataset, to derive an invalid document from a valid one: the value at
 * a JSON Pointer is replaced by a JSON text, removed ({@code null}), appended to an array (a
 * pointer ending in {@code /-}), or replaced by a copy of another value ({@code @/assets/0}).
 *
 * @param pointer where to change, e.g. {@code /incidents/0/municipality}
 * @param value the new value as JSON, {@code @pointer} to copy a value, or null to remove
 */
record ExampleMutation(String pointer, String value) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the example dataset with every mutation applied, in order. */
    static String apply(ExampleMutation... mutations) {
        try {
            JsonNode root = MAPPER.readTree(ExampleDataset.json());
            for (ExampleMutation mutation : mutations) {
                mutation.applyTo(root);
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid mutation value in " + java.util.Arrays.toString(mutations), e);
        }
    }

    private void applyTo(JsonNode root) throws JsonProcessingException {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        String name = at.last().getMatchingProperty();
        JsonNode replacement = value == null ? null
                : value.startsWith("@") ? root.at(value.substring(1)).deepCopy() : MAPPER.readTree(value);
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (name.equals("-")) {
                array.add(replacement);
            } else if (replacement == null) {
                array.remove(Integer.parseInt(name));
            } else {
                array.set(Integer.parseInt(name), replacement);
            }
        } else {
            throw new IllegalArgumentException("No object or array at the parent of " + pointer);
        }
    }

    @Override
    public String toString() {
        return pointer + " := " + value;
    }
}
