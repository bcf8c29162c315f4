// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sentences the {@code demo} and {@code report} commands print for people, in one language,
 * read from {@code console_<tag>.properties} (UTF-8) beside this class.
 *
 * <p>A missing key fails loudly instead of falling back to another language. Placeholders are
 * {@code {0}}, {@code {1}}… and are replaced literally, so an apostrophe is an ordinary character
 * ("d'informació"). This class is immutable and thread-safe.
 */
final class ConsoleText {

    private static final Map<ReportLanguage, ConsoleText> LOADED = load();

    private final ReportLanguage language;
    private final Map<String, String> sentences;

    private ConsoleText(ReportLanguage language, Map<String, String> sentences) {
        this.language = language;
        this.sentences = sentences;
    }

    /**
     * Obtains the sentences of a language.
     *
     * @param language the language
     * @return its sentences
     */
    static ConsoleText of(ReportLanguage language) {
        return LOADED.get(Objects.requireNonNull(language, "language"));
    }

    /**
     * Returns the language of these sentences.
     *
     * @return the language
     */
    ReportLanguage language() {
        return language;
    }

    /**
     * Returns the keys, for the test that keeps the three languages in step.
     *
     * @return the keys, sorted
     */
    SortedSet<String> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(sentences.keySet()));
    }

    /**
     * Returns a count with its noun, from a key whose text is the singular and the plural form
     * separated by {@code |}, e.g. {@code 1 record|{0} records}.
     *
     * @param key the key, e.g. {@code count.record}
     * @param count the count, 0 or more
     * @return e.g. {@code "24 records"}
     * @throws IllegalArgumentException if the key is missing
     */
    String count(String key, int count) {
        String[] forms = format(key, count).split("\\|", 2);
        return count == 1 || forms.length == 1 ? forms[0] : forms[1];
    }

    /**
     * Returns a sentence with its placeholders replaced.
     *
     * @param key the key, e.g. {@code "summary.openFirst"}
     * @param arguments the values of {@code {0}}, {@code {1}}…, already formatted
     * @return the sentence
     * @throws IllegalArgumentException if the language has no such key
     */
    String format(String key, Object... arguments) {
        String sentence = sentences.get(key);
        if (sentence == null) {
            throw new IllegalArgumentException("No console text '" + key + "' in " + language
                    + ", expected a key of console_" + language.tag() + ".properties, e.g. 'summary.openFirst'");
        }
        for (int i = 0; i < arguments.length; i++) {
            sentence = sentence.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return sentence;
    }

    private static Map<ReportLanguage, ConsoleText> load() {
        Map<ReportLanguage, ConsoleText> loaded = new EnumMap<>(ReportLanguage.class);
        for (ReportLanguage language : ReportLanguage.values()) {
            String name = "console_" + language.tag() + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Objects.requireNonNull(ConsoleText.class.getResourceAsStream(name), name);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
            Map<String, String> sentences = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> sentences.put(key, properties.getProperty(key)));
            loaded.put(language, new ConsoleText(language, Map.copyOf(sentences)));
        }
        return loaded;
    }
}
