// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.internal.text;

import io.github.enslocal.core.internal.text.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The sentences of the rules library in one language, from {@code messages_<tag>.properties} in
 * this package, and the formats of the values they quote.
 *
 * <p>Catalan ({@code ca}) and Spanish ({@code es}) are available; every other locale reads English.
 * The catalogue is read with {@link Properties}, not {@link java.util.ResourceBundle}, so that the
 * JVM's default locale never decides the language. Templates name their arguments in braces
 * ({@code {count}}); an apostrophe is an ordinary character, unlike in {@link java.text.MessageFormat}.
 *
 * <p>Values are formatted as the reports format them, fixed here rather than taken from the JDK's
 * locale data so that the text is the same on every JDK: Catalan and Spanish write dates
 * {@code 07/03/2025} and group digits with a point from five digits on ({@code 12.345}); English
 * writes {@code 7 March 2025} and groups with a comma from four digits on ({@code 1,234}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Texts {

    private static final Texts ENGLISH = load("en", ',', 4, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    private static final Texts CATALAN = load("ca", '.', 5, DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));
    private static final Texts SPANISH = load("es", '.', 5, DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));

    private final String tag;
    private final Map<String, String> templates;
    private final char grouping;
    private final int minimumGroupedDigits;
    private final DateTimeFormatter dates;

    private Texts(String tag, Map<String, String> templates, char grouping, int minimumGroupedDigits,
            DateTimeFormatter dates) {
        this.tag = tag;
        this.templates = templates;
        this.grouping = grouping;
        this.minimumGroupedDigits = minimumGroupedDigits;
        this.dates = dates;
    }

    /**
     * Obtains the sentences of a language.
     *
     * @param locale the language, not null; other than Catalan or Spanish means English
     * @return the sentences
     */
    public static Texts of(Locale locale) {
        return switch (Objects.requireNonNull(locale, "locale").getLanguage()) {
            case "ca" -> CATALAN;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }

    /**
     * Returns the language tag of these sentences.
     *
     * @return {@code "ca"}, {@code "es"} or {@code "en"}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the keys of the catalogue, for the test that keeps the languages in step.
     *
     * @return the keys
     */
    public java.util.Set<String> keys() {
        return templates.keySet();
    }

    /**
     * Returns the template of a key, if the catalogue has it.
     *
     * @param key the key, e.g. {@code "patching.out-of-support"}
     * @return the template
     */
    public Optional<String> template(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    /**
     * Returns the template of a key with its arguments filled in, already formatted.
     *
     * @param key the key
     * @param arguments the argument texts by name
     * @return the sentence
     * @throws IllegalArgumentException if the catalogue has no such key
     */
    public String get(String key, Map<String, String> arguments) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("No text '" + key + "' in messages_" + tag
                    + ".properties, expected a key such as 'patching.out-of-support'");
        }
        return MessageTemplates.fill(template, arguments::get);
    }

    /**
     * Returns the template of a key without arguments.
     *
     * @param key the key
     * @return the sentence
     * @throws IllegalArgumentException if the catalogue has no such key
     */
    public String get(String key) {
        return get(key, Map.of());
    }

    /**
     * Formats a whole number.
     *
     * @param value the number
     * @return e.g. {@code "12.345"} in Catalan, {@code "12,345"} in English
     */
    public String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder(value < 0 ? "-" : "");
        if (digits.length() < minimumGroupedDigits) {
            return text.append(digits).toString();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(grouping);
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    /**
     * Formats a date.
     *
     * @param value the date, not null
     * @return e.g. {@code "07/03/2025"} in Catalan, {@code "7 March 2025"} in English
     */
    public String date(LocalDate value) {
        return dates.format(Objects.requireNonNull(value, "value"));
    }

    /**
     * Formats a duration: as hours when it is a whole number of them, otherwise in ISO-8601.
     *
     * @param value the duration, not null
     * @return e.g. {@code "24 h"} or {@code "PT90M"}
     */
    public String duration(Duration value) {
        Objects.requireNonNull(value, "value");
        return value.toSeconds() % 3600 == 0 ? integer(value.toHours()) + " h" : value.toString();
    }

    private static Texts load(String tag, char grouping, int minimumGroupedDigits, DateTimeFormatter dates) {
        String name = "messages_" + tag + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(Texts.class.getResourceAsStream(name), name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        Map<String, String> templates = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(key -> templates.put(key, properties.getProperty(key)));
        return new Texts(tag, Map.copyOf(templates), grouping, minimumGroupedDigits, dates);
    }
}
