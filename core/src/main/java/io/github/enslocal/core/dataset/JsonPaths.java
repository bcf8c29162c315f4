// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds JSON paths in the dotted form violations use: {@code $} for the document, {@code .name}
 * for a property whose name is an identifier, {@code ['a name']} for any other, {@code [3]} for a
 * list index.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private JsonPaths() {
    }

    static String property(String parent, String name) {
        if (isIdentifier(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether a name matches {@code [A-Za-z_][A-Za-z0-9_]*}, without a regular expression. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Returns the path of the value a parser was reading, from the document root. */
    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push(index("", Math.max(0, at.getCurrentIndex())));
            } else if (at.getCurrentName() != null) {
                segments.push(property("", at.getCurrentName()));
            }
        }
        return ROOT + String.join("", segments);
    }
}
