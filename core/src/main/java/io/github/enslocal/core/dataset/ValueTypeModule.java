// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.sla.WorkingHours;
import io.github.enslocal.core.territory.IneCode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the core value types to JSON: text types through their {@code parse(String)} and
 * {@code toString()} (as values and as map keys), and {@link DimensionLevels} as an object such as
 * {@code {"C": "MEDIO", "D": "BAJO"}}.
 *
 * <p>The text types are {@link IneCode} ({@code "08140"}), {@link MeasureId} ({@code "op.exp.1"}),
 * {@link ReinforcementId} ({@code "op.acc.6.r2"}), {@link Money} ({@code "1234.56"}: a string, so
 * that no reader turns cents into binary floating point) and {@link WorkingHours}
 * ({@code "08:00-15:00"}). {@code DateRange} is deliberately not one: it stays an object with
 * {@code start} and {@code end}, which reads better and names its parts.
 *
 * <p>A {@code parse} that throws {@link IllegalArgumentException} becomes an
 * {@link InvalidFormatException} whose message is the exception's, at the path of the value, so
 * that the reader reports it as a violation. Another value type is one line in {@link #core()}.
 *
 * <p>The {@code java.time} values ({@link Instant}, {@link LocalDate}, {@link Duration},
 * {@link ZoneId}) are read from ISO-8601 JSON strings only, through their own {@code parse}:
 * Jackson's deserializers also take a number or a string of digits as epoch seconds and an array
 * such as {@code [2025, 3, 14]} as a date, none of which the format allows. They are still written
 * by Jackson's serializers, which give the same ISO-8601 text.
 */
final class ValueTypeModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final transient Set<Class<?>> textTypes = new HashSet<>();

    private ValueTypeModule() {
        super("enslocal-value-types");
    }

    /** Returns the module for the value types of {@code core}. */
    static ValueTypeModule core() {
        return new ValueTypeModule()
                .text(IneCode.class, IneCode::parse)
                .text(MeasureId.class, MeasureId::parse)
                .text(ReinforcementId.class, ReinforcementId::parse)
                .text(Money.class, Money::parse)
                .text(WorkingHours.class, WorkingHours::parse)
                .isoTime(Instant.class, IsoTimes::instant)
                .isoTime(LocalDate.class, IsoTimes::localDate)
                .isoTime(Duration.class, Duration::parse)
                .isoTime(ZoneId.class, ZoneId::of)
                .dimensionLevels();
    }

    /** Maps a type to a JSON string through its text form, as a value and as a map key. */
    <T> ValueTypeModule text(Class<T> type, Function<String, T> parse) {
        Objects.requireNonNull(parse, "parse");
        textTypes.add(type);
        addSerializer(type, new TextSerializer<>(type, false));
        addDeserializer(type, new TextDeserializer<>(type, parse));
        addKeySerializer(type, new TextSerializer<>(type, true));
        addKeyDeserializer(type, new TextKeyDeserializer<>(type, parse));
        return this;
    }

    /** Reads a {@code java.time} type from a JSON string only, through its ISO-8601 {@code parse}. */
    private <T> ValueTypeModule isoTime(Class<T> type, Function<String, T> parse) {
        textTypes.add(type);
        addDeserializer(type, new TextDeserializer<>(type, parse));
        return this;
    }

    /** Returns whether values of a type are read from JSON strings only by this module. */
    boolean isText(Class<?> type) {
        return textTypes.contains(type);
    }

    private ValueTypeModule dimensionLevels() {
        addSerializer(DimensionLevels.class, new DimensionLevelsSerializer());
        addDeserializer(DimensionLevels.class, new DimensionLevelsDeserializer());
        return this;
    }

    private static InvalidFormatException invalid(JsonParser parser, IllegalArgumentException cause,
            String value, Class<?> type) {
        InvalidFormatException exception = InvalidFormatException.from(parser, cause.getMessage(), value, type);
        exception.initCause(cause);
        return exception;
    }

    /**
     * Refuses surrounding white space: the value types' {@code parse} forgives it for people typing
     * at a prompt, but in a data file it is a data-entry error that would otherwise be rewritten
     * silently.
     */
    private static String canonicalSpacing(String text) {
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException("Invalid value '" + text
                    + "': surrounding white space is not allowed, expected '" + text.strip() + "'");
        }
        return text;
    }

    /** Writes a value's text form, as a JSON string or as the name of a map entry. */
    private static final class TextSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final boolean asKey;

        TextSerializer(Class<T> type, boolean asKey) {
            super(type);
            this.asKey = asKey;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (asKey) {
                generator.writeFieldName(value.toString());
            } else {
                generator.writeString(value.toString());
            }
        }
    }

    private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.reportInputMismatch(this, "Expected a JSON string for %s", handledType().getSimpleName());
            }
            String text = parser.getText();
            try {
                return parse.apply(canonicalSpacing(text));
            } catch (IllegalArgumentException e) {
                throw invalid(parser, e, text, handledType());
            } catch (DateTimeException e) {
                // Without an IllegalArgumentException cause, the reader reports it with the
                // ISO-8601 example of the type rather than the parser's message.
                throw InvalidFormatException.from(parser, e.getMessage(), text, handledType());
            }
        }
    }

    private static final class TextKeyDeserializer<T> extends KeyDeserializer {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            try {
                return parse.apply(canonicalSpacing(key));
            } catch (IllegalArgumentException e) {
                throw invalid(context.getParser(), e, key, type);
            }
        }
    }

    private static final class DimensionLevelsSerializer extends StdSerializer<DimensionLevels> {
        private static final long serialVersionUID = 1L;

        DimensionLevelsSerializer() {
            super(DimensionLevels.class);
        }

        @Override
        public void serialize(DimensionLevels value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject(value);
            for (Map.Entry<Dimension, SecurityLevel> entry : value.levels().entrySet()) {
                generator.writeStringField(String.valueOf(entry.getKey().letter()), entry.getValue().name());
            }
            generator.writeEndObject();
        }
    }

    /** Reads the object form strictly: keys are the letters C, I, T, A, D and values level names. */
    private static final class DimensionLevelsDeserializer extends StdScalarDeserializer<DimensionLevels> {
        private static final long serialVersionUID = 1L;

        DimensionLevelsDeserializer() {
            super(DimensionLevels.class);
        }

        @Override
        public DimensionLevels deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartObjectToken()) {
                return context.reportInputMismatch(this, "Expected a JSON object for DimensionLevels");
            }
            Map<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                try {
                    Dimension dimension = dimension(key);
                    if (token != JsonToken.VALUE_STRING) {
                        return context.reportInputMismatch(SecurityLevel.class,
                                "Expected a JSON string for the level of dimension %s", key);
                    }
                    levels.put(dimension, level(parser, parser.getText()));
                } catch (MismatchedInputException e) {
                    e.prependPath(levels, key);
                    throw e;
                } catch (IllegalArgumentException e) {
                    InvalidFormatException exception = invalid(parser, e, key, DimensionLevels.class);
                    exception.prependPath(levels, key);
                    throw exception;
                }
            }
            return DimensionLevels.of(levels);
        }

        private static Dimension dimension(String key) {
            for (Dimension dimension : Dimension.values()) {
                if (key.length() == 1 && key.charAt(0) == dimension.letter()) {
                    return dimension;
                }
            }
            throw new IllegalArgumentException("Invalid dimension '" + key + "', expected one of C, I, T, A, D");
        }

        private static SecurityLevel level(JsonParser parser, String text) throws InvalidFormatException {
            for (SecurityLevel level : SecurityLevel.values()) {
                if (level.name().equals(text)) {
                    return level;
                }
            }
            throw InvalidFormatException.from(parser, "Invalid security level", text, SecurityLevel.class);
        }
    }
}
