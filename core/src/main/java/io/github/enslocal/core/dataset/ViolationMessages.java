// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.internal.text.MessageTemplates;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message catalogue of dataset violations, {@code DatasetMessages} in this package, in English
 * (the base bundle), Catalan and Spanish.
 *
 * <p>Templates name their arguments in braces, as Jakarta constraint messages do ({@code {max}});
 * there is no expression language and no {@code MessageFormat} quoting.
 */
final class ViolationMessages {

    static final String BUNDLE = "io.github.enslocal.core.dataset.DatasetMessages";

    private static final Locale CATALAN = new Locale("ca");
    private static final Locale SPANISH = new Locale("es");

    private ViolationMessages() {
    }

    static String render(String code, Map<String, String> arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String template = bundle.containsKey(code) ? bundle.getString(code) : code;
        return fill(template, arguments);
    }

    static String rejectedLabel(Locale locale) {
        return bundle(locale).getString("dataset.label.rejected");
    }

    static String positionLabel(Violation.Position position, Locale locale) {
        return fill(bundle(locale).getString("dataset.label.position"),
                Map.of("line", Long.toString(position.line()), "column", Long.toString(position.column())));
    }

    static String summary(int count, Locale locale) {
        return fill(bundle(locale).getString(count == 1 ? "dataset.summary.one" : "dataset.summary.many"),
                Map.of("count", Integer.toString(count)));
    }

    static String more(int count, Locale locale) {
        return fill(bundle(locale).getString("dataset.summary.more"), Map.of("count", Integer.toString(count)));
    }

    /**
     * Returns the catalogue for a supported language. Other locales get the English base bundle
     * directly: asking for them would make {@link ResourceBundle} fall back to the JVM's default
     * locale, so the message would depend on the machine.
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale));
    }

    static Locale supported(Locale locale) {
        String language = Objects.requireNonNull(locale, "locale").getLanguage();
        if (language.equals(CATALAN.getLanguage())) {
            return CATALAN;
        }
        if (language.equals(SPANISH.getLanguage())) {
            return SPANISH;
        }
        return Locale.ROOT;
    }

    private static String fill(String template, Map<String, String> arguments) {
        return MessageTemplates.fill(template, arguments::get);
    }
}
