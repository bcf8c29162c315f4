// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * Builds the one {@link JsonMapper} configuration of the dataset format, hardened for reading files
 * from outside and deterministic for writing them.
 *
 * <p>Reading: the limits of {@link DatasetReadOptions}; duplicate keys, unknown properties, trailing
 * content, null for a primitive, null as an element of a list or a value of a map (compact
 * constructors copy them with {@code List.copyOf}, which would fail without saying where), numbers
 * for enums and coercion between JSON types (a number for a string, a string for a number, a float
 * for an integer, an empty string for an object) are all rejected; decimals are read as exact
 * {@code BigDecimal}s with their scale; enums are read by their exact constant name, untrimmed;
 * dates and times are ISO-8601 strings read strictly. There is no default typing and the
 * polymorphic type validator allows no subtype at all, so a document can never choose a class to
 * instantiate.
 *
 * <p>Writing: two-space indentation with {@code \n} line ends, {@code "name": value}, record
 * components in declaration order, map entries sorted by key, unordered sets sorted by their
 * elements' natural order, dates as ISO-8601 strings, decimals in plain notation. Absent values
 * ({@code null} and {@code Optional.empty()}) are omitted; empty lists and strings are written,
 * because reading {@code ""} back must give {@code ""}, not an absent value.
 */
final class DatasetJson {

    private DatasetJson() {
    }

    static JsonMapper mapper(DatasetReadOptions options, ValueTypeModule valueTypes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(options.maxDocumentLength())
                        .maxNestingDepth(options.maxNestingDepth())
                        .maxStringLength(options.maxStringLength())
                        .maxNumberLength(options.maxNumberLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(valueTypes)
                .addModule(sortedSets())
                .addModule(exactEnumNames())
                .deactivateDefaultTyping()
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        // Decimals (hours, amounts) keep every digit and their scale: 8515.00 reads
                        // back as 8515.00, never through a double.
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                        MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Record components are read and written through their fields, so that a derived
                // public method such as isExpired() or getDisplayName() never becomes a property.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .defaultLeniency(false)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(config -> config
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .defaultPrettyPrinter(printer())
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static SimpleModule sortedSets() {
        SimpleModule module = new SimpleModule("enslocal-sorted-sets");
        module.setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                    BeanDescription description, JsonSerializer<?> serializer) {
                Class<?> raw = type.getRawClass();
                boolean ordered = SortedSet.class.isAssignableFrom(raw) || LinkedHashSet.class.isAssignableFrom(raw);
                return Set.class.isAssignableFrom(raw) && !ordered ? new SortedSetSerializer() : serializer;
            }
        });
        return module;
    }

    /**
     * Reads enums by their exact constant name: Jackson trims the text first, so that
     * {@code " HIGH"} would read as {@code HIGH}.
     */
    private static SimpleModule exactEnumNames() {
        SimpleModule module = new SimpleModule("enslocal-exact-enum-names");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumNames(deserializer);
            }
        });
        return module;
    }

    private static final class ExactEnumNames extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        ExactEnumNames(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumNames(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    throw context.weirdStringException(text, handledType(), "not an exact constant name");
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    /**
     * Writes a set in its elements' natural order (by text for elements that are not comparable),
     * because the iteration order of {@code Set.copyOf} changes from one JVM run to the next.
     */
    private static final class SortedSetSerializer extends StdSerializer<Set<?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        SortedSetSerializer() {
            super((Class<Set<?>>) (Class) Set.class);
        }

        @Override
        public void serialize(Set<?> set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<Object> elements = new ArrayList<>(set);
            elements.sort(DatasetJson::naturally);
            generator.writeStartArray(set, elements.size());
            for (Object element : elements) {
                provider.defaultSerializeValue(element, generator);
            }
            generator.writeEndArray();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int naturally(Object a, Object b) {
        if (a instanceof Comparable && b != null && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return Comparator.nullsFirst(Comparator.comparing(String::valueOf)).compare(a, b);
    }
}
