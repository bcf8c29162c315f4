// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.ens.internal.text.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the text of a finding comes from: the template of its code in a language.
 *
 * <p>The built-in rules use {@link #builtIn()}, the library's Catalan, Spanish and English
 * catalogue. A host rule supplies its own, e.g. from its own resource bundle:
 * <pre>{@code
 * FindingTexts texts = (code, locale) -> {
 *     ResourceBundle bundle = ResourceBundle.getBundle("com.example.FindingMessages", locale);
 *     return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
 * };
 * }</pre>
 * Templates name the finding's arguments in braces ({@code "{count} servers without a label"});
 * an apostrophe is an ordinary character. A template missing in a language falls back to English,
 * then to the built-in catalogue, then to the code itself.
 *
 * <p>Implementations must be immutable and thread-safe, and should have value equality (a record,
 * an enum constant, or one shared instance per rule), since a finding's equality includes them.
 */
@FunctionalInterface
public interface FindingTexts {

    /**
     * Returns the template of a code in a language.
     *
     * @param code the finding's code, not null
     * @param locale the language, not null
     * @return the template, or empty if this source has none for that code and language
     */
    Optional<String> template(String code, Locale locale);

    /**
     * Returns the library's catalogue, in Catalan, Spanish and English (other locales read English).
     *
     * @return the built-in texts
     */
    static FindingTexts builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Returns texts that give the same sentence for every code and language, for a host rule that
     * writes its message itself.
     *
     * @param message the sentence, not blank
     * @return the texts
     * @throws NullPointerException if {@code message} is null
     * @throws IllegalArgumentException if {@code message} is blank
     */
    static FindingTexts literal(String message) {
        return new Literal(message);
    }

    /** The library's catalogue. */
    enum BuiltIn implements FindingTexts {
        /** The only instance. */
        INSTANCE;

        @Override
        public Optional<String> template(String code, Locale locale) {
            return Texts.of(locale).template(code);
        }
    }

    /**
     * One sentence in every language.
     *
     * @param message the sentence
     */
    record Literal(String message) implements FindingTexts {

        /**
         * Creates the texts.
         *
         * @param message the sentence, not blank
         * @throws NullPointerException if {@code message} is null
         * @throws IllegalArgumentException if {@code message} is blank
         */
        public Literal {
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("A finding's message must not be blank, got '" + message
                        + "', e.g. '2 servers whose responsible is not a person of the staff directory'");
            }
        }

        @Override
        public Optional<String> template(String code, Locale locale) {
            return Optional.of(message);
        }
    }
}
