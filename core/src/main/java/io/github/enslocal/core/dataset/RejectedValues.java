// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders rejected values as short, printable text: strings quoted with control characters
 * escaped, containers by their size, everything else by its text form; the {@link Violation}
 * constructor then cuts anything too long.
 */
final class RejectedValues {

    private RejectedValues() {
    }

    static Optional<String> render(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.flatMap(RejectedValues::render);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof CharSequence text) {
            return Optional.of(quote(text));
        }
        if (value instanceof Collection<?> collection) {
            return Optional.of("<" + collection.size() + (collection.size() == 1 ? " element>" : " elements>"));
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of("<" + map.size() + (map.size() == 1 ? " entry>" : " entries>"));
        }
        if (value.getClass().isRecord() && !isValueType(value.getClass())) {
            return Optional.of("<" + value.getClass().getSimpleName() + ">");
        }
        return Optional.of(escape(String.valueOf(value)));
    }

    private static boolean isValueType(Class<?> type) {
        // Value types (IneCode, MeasureId…) have a short text form that parse reads back; the
        // record text of a user aggregate would list every component.
        try {
            type.getMethod("parse", String.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String quote(CharSequence text) {
        // Enough characters to fill the violation's limit, never the whole of a huge string.
        int keep = Math.min(text.length(), Violation.MAX_REJECTED_VALUE_LENGTH + 1);
        String shown = escape(text.subSequence(0, keep).toString());
        return "'" + shown + (keep < text.length() ? "…" : "'");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
