// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.internal.text;

import java.util.Objects;
import java.util.function.Function;

/**
 * Fills the library's message templates, which name their arguments in braces ({@code {max}}), as
 * Jakarta constraint messages do; there is no expression language and no
 * {@link java.text.MessageFormat} quoting, so an apostrophe is an ordinary character.
 */
public final class MessageTemplates {

    private MessageTemplates() {
    }

    /**
     * Replaces each {@code {name}} of a template by its value; a name without a value stays as it is.
     *
     * @param template the template, not null
     * @param values the value of each name, or null for none
     * @return the text
     */
    public static String fill(String template, Function<String, String> values) {
        Objects.requireNonNull(template, "template");
        StringBuilder out = new StringBuilder(template.length() + 16);
        int from = 0;
        while (from < template.length()) {
            int open = template.indexOf('{', from);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String value = values.apply(template.substring(open + 1, close));
            out.append(template, from, open).append(value != null ? value : template.substring(open, close + 1));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }
}
