// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.util.Locale;
import java.util.Objects;

/**
 * A language the reports are written in. Official ENS measure names stay in Spanish whatever the
 * language, as RD 311/2022 gives them.
 */
public enum ReportLanguage {
    /** Catalan. */
    CA("ca"),
    /** Spanish (Castilian). */
    ES("es"),
    /** English. */
    EN("en");

    private final String tag;
    private final Locale locale;

    ReportLanguage(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /**
     * Obtains a language from its IETF BCP 47 tag.
     *
     * @param tag {@code "ca"}, {@code "es"} or {@code "en"}, in any case
     * @return the language
     * @throws NullPointerException if {@code tag} is null
     * @throws IllegalArgumentException if {@code tag} names no supported language
     */
    public static ReportLanguage fromTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        for (ReportLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException(
                "Unsupported report language '" + tag + "', expected one of 'ca', 'es', 'en'");
    }

    /**
     * Returns the IETF BCP 47 tag of this language, as the HTML {@code lang} attribute takes it.
     *
     * @return {@code "ca"}, {@code "es"} or {@code "en"}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale of this language, with no country.
     *
     * @return the locale, e.g. {@code ca}
     */
    public Locale locale() {
        return locale;
    }
}
