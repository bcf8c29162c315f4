// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One problem found in a dataset document: where it is, what kind of problem it is, and the value
 * that was rejected.
 *
 * <p>The {@code code} names the kind of problem and is stable across versions, so hosts can react
 * to it; it is also the key of the message in the library's message catalogue (English, Catalan and
 * Spanish), which {@link #message(Locale)} fills in with the {@code arguments}. Codes of problems
 * found by the codec start with {@code dataset.}; those of Jakarta constraints are the constraint's
 * message key, such as {@code jakarta.validation.constraints.NotBlank.message}. A code that is not a
 * key of the catalogue (a constraint with a literal message) is rendered as it stands, with its
 * arguments substituted.
 *
 * <p>The rejected value is rendered for people, not for machines: strings are quoted, control
 * characters escaped, and anything longer than {@value #MAX_REJECTED_VALUE_LENGTH} characters is
 * cut, so that a huge or hostile value cannot flood a log.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.assets[12].supportEndsOn};
 *     {@code $} is the whole document
 * @param code the kind of problem, e.g. {@code dataset.json.unknownProperty}
 * @param arguments the values the message refers to by name, e.g. {@code max=64}; sorted by name
 * @param rejectedValue the rejected value as safe, shortened text, if there was one
 * @param position the line and column in the document, for problems found while parsing it
 */
public record Violation(
        String path,
        String code,
        Map<String, String> arguments,
        Optional<String> rejectedValue,
        Optional<Violation.Position> position) {

    /** The longest rejected value kept, in characters, before it is cut. */
    public static final int MAX_REJECTED_VALUE_LENGTH = 80;

    /**
     * A place in a JSON document, as a parser reports it.
     *
     * @param line the line, 1 for the first
     * @param column the column, 1 for the first character of a line
     */
    public record Position(long line, long column) {

        /**
         * Creates a position.
         *
         * @param line the line, 1 or more
         * @param column the column, 1 or more
         * @throws IllegalArgumentException if either is less than 1
         */
        public Position {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException(
                        "Invalid position line " + line + ", column " + column + ", expected e.g. line 3, column 14");
            }
        }

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /**
     * Creates a violation, copying the arguments and cutting an over-long rejected value.
     *
     * @param path the JSON path, starting with {@code $}
     * @param code the kind of problem, not blank
     * @param arguments the message arguments; null means none
     * @param rejectedValue the rejected value as text; null means none
     * @param position the place in the document; null means none
     * @throws NullPointerException if {@code path} or {@code code} is null, or an argument name or
     *     value is null
     * @throws IllegalArgumentException if {@code path} does not start with {@code $} or
     *     {@code code} is blank
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("Invalid JSON path '" + path + "', expected e.g. '$.assets[12].type'");
        }
        if (code.isBlank()) {
            throw new IllegalArgumentException("Invalid violation code '" + code + "', expected e.g. 'dataset.json.unknownProperty'");
        }
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(arguments));
        rejectedValue = rejectedValue == null ? Optional.empty() : rejectedValue.map(Violation::cut);
        position = position == null ? Optional.empty() : position;
    }

    /**
     * Obtains a violation with no rejected value and no position.
     *
     * @param path the JSON path, starting with {@code $}
     * @param code the kind of problem, not blank
     * @param arguments the message arguments
     * @return the violation
     */
    static Violation of(String path, String code, Map<String, String> arguments) {
        return new Violation(path, code, arguments, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy of this violation with a rejected value, rendered safely.
     *
     * @param value the rejected value; null leaves the violation without one
     * @return the new violation
     */
    Violation rejecting(Object value) {
        return new Violation(path, code, arguments, RejectedValues.render(value), position);
    }

    /**
     * Returns the message in English.
     *
     * @return the message, e.g. {@code "must not be blank"}
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * Returns the message in a language.
     *
     * @param locale the language: Catalan ({@code ca}) and Spanish ({@code es}) are available;
     *     any other locale gives English
     * @return the message
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return ViolationMessages.render(code, arguments, locale);
    }

    /**
     * Returns one line describing this violation in a language, as the exception lists it.
     *
     * @param locale the language, as for {@link #message(Locale)}
     * @return e.g. {@code "$.things[2].ine: Invalid INE code… (rejected '8113')"}
     */
    public String describe(Locale locale) {
        StringBuilder line = new StringBuilder(path).append(": ").append(message(locale));
        rejectedValue.ifPresent(value -> line.append(" (").append(ViolationMessages.rejectedLabel(locale))
                .append(' ').append(value).append(')'));
        position.ifPresent(at -> line.append(" [").append(ViolationMessages.positionLabel(at, locale)).append(']'));
        return line.toString();
    }

    /**
     * Returns this violation as one line in English.
     *
     * @return the line, as {@link #describe(Locale)} gives it in English
     */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }

    private static String cut(String value) {
        return value.length() <= MAX_REJECTED_VALUE_LENGTH
                ? value
                : value.substring(0, MAX_REJECTED_VALUE_LENGTH - 1) + "…";
    }
}
