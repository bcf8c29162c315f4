// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Builds JSON paths in the dotted form violations use: {@code $} for the document, {@code .name}
 * for a property whose name is an identifier, {@code ['a name']} for any other, {@code [3]} for a
 * list index.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    static String property(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
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
