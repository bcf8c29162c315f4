// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.sla.WorkingHours;
import io.github.enslocal.core.territory.IneCode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The floor of the read benchmark: a plain Jackson databind read of a dataset document into
 * {@link Dataset}, with only what the types need — java.time and Optional modules, exact decimals,
 * and the value types through their {@code parse} — and none of the codec's hardening, per-element
 * error collection or validation.
 */
public final class BareJackson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // The only hardening kept: without it Jackson refuses a document of this size.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(ScaleDataset.MAX_DOCUMENT_LENGTH).build())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(valueTypes())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private BareJackson() {
    }

    /**
     * Reads a dataset document.
     *
     * @param json the document, UTF-8
     * @return the dataset, unvalidated
     * @throws IOException if the document cannot be read into a dataset
     */
    public static Dataset read(byte[] json) throws IOException {
        return MAPPER.readValue(json, Dataset.class);
    }

    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("bare-value-types");
        text(module, IneCode.class, IneCode::parse);
        text(module, MeasureId.class, MeasureId::parse);
        text(module, ReinforcementId.class, ReinforcementId::parse);
        text(module, Money.class, Money::parse);
        text(module, WorkingHours.class, WorkingHours::parse);
        module.addDeserializer(DimensionLevels.class, new LevelsDeserializer());
        return module;
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addDeserializer(type, new TextDeserializer<>(type, parse));
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
            return parse.apply(parser.getValueAsString());
        }
    }

    private static final class LevelsDeserializer extends StdScalarDeserializer<DimensionLevels> {
        private static final long serialVersionUID = 1L;
        private static final TypeReference<Map<String, SecurityLevel>> LEVELS = new TypeReference<>() {
        };

        LevelsDeserializer() {
            super(DimensionLevels.class);
        }

        @Override
        public DimensionLevels deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Map<String, SecurityLevel> read = parser.readValueAs(LEVELS);
            Map<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
            read.forEach((letter, level) -> levels.put(Dimension.parse(letter), level));
            return DimensionLevels.of(levels);
        }
    }
}
