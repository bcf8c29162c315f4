// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report labels of one language, read from {@code messages_<tag>.properties} (UTF-8) beside this
 * class.
 *
 * <p>Lookups fail loudly: a key missing in a language throws rather than falling back to another
 * language or to the key, which is why the files are read directly instead of through
 * {@link java.util.ResourceBundle} and its parent chain. Placeholders are {@code {0}}, {@code {1}}…
 * and are replaced literally; unlike {@link java.text.MessageFormat}, an apostrophe is an ordinary
 * character, as Catalan needs ("l'informe"), and arguments are not formatted (format them first
 * with {@link ValueFormat}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<ReportLanguage, Messages> LOADED = load();

    private final ReportLanguage language;
    private final Map<String, String> labels;

    private Messages(ReportLanguage language, Map<String, String> labels) {
        this.language = language;
        this.labels = labels;
    }

    /**
     * Obtains the labels of a language.
     *
     * @param language the language
     * @return its labels
     * @throws NullPointerException if {@code language} is null
     */
    public static Messages of(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        return LOADED.get(language);
    }

    /**
     * Returns the language of these labels.
     *
     * @return the language
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Returns every key, sorted.
     *
     * @return the keys, unmodifiable
     */
    public SortedSet<String> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(labels.keySet()));
    }

    /**
     * Returns a label.
     *
     * @param key the key, e.g. {@code "common.municipality"}
     * @return the label, e.g. {@code "Municipi"}
     * @throws NullPointerException if {@code key} is null
     * @throws MissingResourceException if this language has no such key
     */
    public String get(String key) {
        Objects.requireNonNull(key, "key");
        String label = labels.get(key);
        if (label == null) {
            throw new MissingResourceException("No report label '" + key + "' in language '"
                    + language.tag() + "', expected a key such as 'common.municipality'",
                    Messages.class.getName(), key);
        }
        return label;
    }

    /**
     * Returns a label with its placeholders {@code {0}}, {@code {1}}… replaced by the arguments' text.
     *
     * @param key the key
     * @param arguments the values of the placeholders, already formatted for the language
     * @return the label with every placeholder replaced
     * @throws NullPointerException if {@code key}, {@code arguments} or an argument is null
     * @throws MissingResourceException if this language has no such key
     * @throws IllegalArgumentException if the label uses a placeholder with no argument
     */
    public String format(String key, Object... arguments) {
        String pattern = get(key);
        Objects.requireNonNull(arguments, "arguments");
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= arguments.length) {
                throw new IllegalArgumentException("Label '" + key + "' in language '" + language.tag()
                        + "' uses {" + index + "} but only " + arguments.length + " arguments were given");
            }
            matcher.appendReplacement(text,
                    Matcher.quoteReplacement(Objects.requireNonNull(arguments[index], "argument").toString()));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /**
     * Returns a table column headed by a label.
     *
     * @param key the label's key
     * @return the column
     * @throws java.util.MissingResourceException if there is no such label
     */
    public Column column(String key) {
        return Column.of(get(key));
    }

    /**
     * Returns the cell that says yes or no.
     *
     * @param value the answer
     * @return the cell with {@code common.yes} or {@code common.no}
     */
    public Cell yesNo(boolean value) {
        return Cell.text(get(value ? "common.yes" : "common.no"));
    }

    private static Map<ReportLanguage, Messages> load() {
        Map<ReportLanguage, Messages> loaded = new EnumMap<>(ReportLanguage.class);
        for (ReportLanguage language : ReportLanguage.values()) {
            loaded.put(language, new Messages(language, read("messages_" + language.tag() + ".properties")));
        }
        return Collections.unmodifiableMap(loaded);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing report labels resource '" + resource + "'");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
                properties.load(reader);
            }
            Map<String, String> labels = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> labels.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(labels);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read report labels resource '" + resource + "'", e);
        }
    }
}
