// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.CharConversionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into violations: parse errors with their line and column, mapping
 * errors with their JSON path and a code for the kind of mismatch.
 */
final class JacksonViolations {

    /** What is left at the end of a message cut before Jackson's names: {@code ", from"}, {@code ": "}. */
    private static final Pattern TRAILING_CONNECTIVES = Pattern.compile("(?:[\\s(,:;]+(?:from|or|to))?[\\s(,:;]*$");

    private final DatasetReadOptions options;
    private final ValueTypeModule valueTypes;

    JacksonViolations(DatasetReadOptions options, ValueTypeModule valueTypes) {
        this.options = options;
        this.valueTypes = valueTypes;
    }

    /**
     * Returns the violation for a document that could not be parsed, at the path and position the
     * parser had reached.
     *
     * @param exception what the parser or databind threw
     * @param reading the parser of the document, or null if it could not be opened; used when the
     *     exception does not carry one, as a reading limit's does not
     */
    Violation ofParsing(JsonProcessingException exception, JsonParser reading) {
        JsonParser parser = exception.getProcessor() instanceof JsonParser p ? p : reading;
        String path = parser == null ? JsonPaths.ROOT : JsonPaths.of(parser.getParsingContext());
        boolean inName = Objects.requireNonNullElse(exception.getOriginalMessage(), "").startsWith("Name length");
        if (inName && parser != null && parser.getParsingContext().getCurrentName() != null) {
            // Reading a new key, the parser still names the previous one: the key is in the object.
            path = parentOf(path);
        }
        JsonLocation location = exception.getLocation() != null || parser == null
                ? exception.getLocation()
                : parser.currentLocation();
        Violation violation = exception instanceof StreamConstraintsException
                ? limit(path, exception.getOriginalMessage())
                : parseError(path, exception);
        return new Violation(violation.path(), violation.code(), violation.arguments(), Optional.empty(),
                position(location));
    }

    /**
     * Returns the violation for a byte document that is not well-formed in its encoding: UTF-8
     * checked by {@link StrictUtf8InputStream}, or UTF-32 decoded by Jackson, which reports it
     * outside its own exceptions.
     */
    Violation ofEncoding(CharConversionException exception) {
        if (exception instanceof StrictUtf8InputStream.NotUtf8Exception other) {
            return Violation.of(JsonPaths.ROOT, "dataset.json.encoding", Map.of("encoding", other.encoding()));
        }
        Optional<Violation.Position> position = exception instanceof StrictUtf8InputStream.MalformedUtf8Exception utf8
                ? Optional.of(new Violation.Position(utf8.line(), Math.max(1, utf8.column())))
                : Optional.empty();
        return new Violation(JsonPaths.ROOT, "dataset.json.malformed",
                Map.of("detail", firstLine(Objects.requireNonNullElse(exception.getMessage(), "invalid encoding"))),
                Optional.empty(), position);
    }

    /** Returns the violation for a document longer than the limit, found before reading it. */
    Violation documentTooLong() {
        return limitViolation(JsonPaths.ROOT, "documentLength", options.maxDocumentLength());
    }

    /**
     * Returns the violation for a reading limit, by the wording of Jackson's message, which names
     * no limit in any other way; a limit not recognised keeps the message's first sentence only,
     * without Jackson's names and advice.
     */
    private Violation limit(String path, String message) {
        String text = Objects.requireNonNullElse(message, "");
        if (text.startsWith("Document length")) {
            return limitViolation(path, "documentLength", options.maxDocumentLength());
        }
        if (text.startsWith("Name length")) {
            return limitViolation(path, "nameLength", StreamReadConstraints.DEFAULT_MAX_NAME_LEN);
        }
        if (text.startsWith("Document nesting depth") || text.startsWith("Depth")) {
            return limitViolation(path, "nestingDepth", options.maxNestingDepth());
        }
        if (text.startsWith("String value length")) {
            return limitViolation(path, "stringLength", options.maxStringLength());
        }
        if (text.startsWith("Number value length")) {
            return limitViolation(path, "numberLength", options.maxNumberLength());
        }
        return Violation.of(path, "dataset.json.limit", Map.of("detail", withoutJacksonNames(text)));
    }

    /**
     * Cuts a message of Jackson's before its own names and advice, which a user cannot act on:
     * {@code (…, from `StreamReadConstraints.getMaxNameLength()`)}, {@code enable `JsonReadFeature…`}.
     */
    static String withoutJacksonNames(String text) {
        int cut = text.length();
        for (String marker : new String[] {"`", "enable "}) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return firstLine(TRAILING_CONNECTIVES.matcher(text.substring(0, cut)).replaceFirst(""));
    }

    private static Violation limitViolation(String path, String limit, long value) {
        return Violation.of(path, "dataset.json.limit." + limit, Map.of("limit", Long.toString(value)));
    }

    private static Violation parseError(String path, JsonProcessingException exception) {
        String detail = Objects.requireNonNullElse(exception.getOriginalMessage(), "");
        if (detail.startsWith("Duplicate field '")) {
            String name = detail.substring("Duplicate field '".length(), detail.lastIndexOf('\''));
            return Violation.of(JsonPaths.property(parentOf(path), name), "dataset.json.duplicateKey",
                    Map.of("name", name));
        }
        return Violation.of(path, "dataset.json.malformed", Map.of("detail", withoutJacksonNames(detail)));
    }

    /** The parser's context names the previous key when it meets a duplicate; drop that key. */
    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? JsonPaths.ROOT : path.substring(0, cut);
    }

    private static Optional<Violation.Position> position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return Optional.empty();
        }
        return Optional.of(new Violation.Position(location.getLineNr(), location.getColumnNr()));
    }

    /**
     * Returns the violation for a value that could not be converted, at its path below
     * {@code base}.
     *
     * @throws IllegalStateException if the exception reveals a defect of the model rather than of
     *     the document
     */
    Violation ofMapping(String base, JsonProcessingException exception) {
        if (exception instanceof InvalidDefinitionException definition) {
            throw new IllegalStateException("The dataset model cannot be mapped to JSON: "
                    + definition.getOriginalMessage(), definition);
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            return Violation.of(base, "dataset.json.invalidValue", Map.of("detail", detailOf(exception)));
        }
        String path = pathOf(base, mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return Violation.of(path, "dataset.json.unknownProperty", Map.of(
                    "name", unknown.getPropertyName(), "allowed", list(unknown.getKnownPropertyIds())));
        }
        if (mapping instanceof InvalidNullException) {
            return Violation.of(path, "dataset.json.nullElement", Map.of());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != Duration.class) {
            return invalidFormat(path, format).rejecting(format.getValue());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() == Duration.class) {
            return Violation.of(path, "dataset.json.invalidDuration", Map.of());
        }
        if (mapping instanceof ValueInstantiationException || mapping.getCause() instanceof IllegalArgumentException) {
            Throwable cause = mapping.getCause() != null ? mapping.getCause() : mapping;
            return Violation.of(path, "dataset.json.invalidValue", Map.of("detail", detailOf(cause)));
        }
        if (mapping.getCause() instanceof InputCoercionException) {
            return Violation.of(path, "dataset.json.numberOutOfRange", Map.of());
        }
        if (detailOf(mapping).startsWith("Cannot map `null` into type")) {
            return Violation.of(path, "dataset.json.required", Map.of());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Violation.of(path, "dataset.json.expected." + expectedKind(mismatch.getTargetType()), Map.of());
        }
        return Violation.of(path, "dataset.json.invalidValue", Map.of("detail", detailOf(mapping)));
    }

    private Violation invalidFormat(String path, InvalidFormatException format) {
        Class<?> target = format.getTargetType();
        if (format.getCause() instanceof IllegalArgumentException cause) {
            return Violation.of(path, "dataset.json.invalidValue", Map.of("detail", detailOf(cause)));
        }
        if (target != null && detailOf(format).startsWith("Cannot coerce")) {
            return Violation.of(path, "dataset.json.expected." + expectedKind(target), Map.of());
        }
        if (target != null && target.isEnum()) {
            return Violation.of(path, "dataset.json.invalidEnum", Map.of("allowed", Arrays.stream(
                    target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return Violation.of(path, "dataset.json.invalidTemporal", Map.of("example", temporalExample(target)));
        }
        return Violation.of(path, "dataset.json.invalidValue", Map.of("detail", detailOf(format)));
    }

    private static String temporalExample(Class<?> type) {
        if (type == LocalDate.class) {
            return "2025-03-14";
        }
        if (type == Instant.class) {
            return "2025-03-14T09:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "2025-03-14T09:30:00";
        }
        if (type == OffsetDateTime.class) {
            return "2025-03-14T09:30:00+01:00";
        }
        return type.getSimpleName();
    }

    private String expectedKind(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || Temporal.class.isAssignableFrom(type)
                || valueTypes.isText(type)) {
            return "string";
        }
        return "object";
    }

    private static String pathOf(String base, JsonMappingException exception) {
        String path = base;
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path = JsonPaths.property(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = JsonPaths.index(path, reference.getIndex());
            }
        }
        return path;
    }

    private static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String detailOf(Throwable throwable) {
        String message = throwable instanceof JsonProcessingException json ? json.getOriginalMessage()
                : throwable.getMessage();
        return firstLine(Objects.requireNonNullElse(message, throwable.getClass().getSimpleName()));
    }

    /** Keeps the first line of a message, without the location Jackson sometimes puts in it. */
    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        int location = line.indexOf(" (for ");
        line = location < 0 ? line : line.substring(0, location);
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
