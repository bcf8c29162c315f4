// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes any report model as JSON, the stable machine format of the reports.
 *
 * <p>The output is language-neutral (the language argument is ignored) and byte-stable:
 * <ul>
 *   <li>properties sorted by name, map entries by key; lists keep the model's order, which reports
 *       sort deterministically;</li>
 *   <li>two-space indentation, {@code "name": value}, {@code \n} line ends (never the platform's),
 *       and one final {@code \n};</li>
 *   <li>{@code java.time} values as ISO-8601 text ({@code 2025-03-07}, {@code 2025-03-07T09:30:00Z});</li>
 *   <li>ENS Local value types (types of {@code io.github.enslocal.core} with a {@code parse(String)}
 *       factory, such as {@code IneCode} and {@code MeasureId}) as their text form,
 *       {@code "08113"}, {@code "op.exp.1"};</li>
 *   <li>enums by constant name; {@code BigDecimal} in plain notation with its scale; an empty
 *       {@code Optional} as {@code null}, so every property is always present.</li>
 * </ul>
 * Models are read through their public record accessors or getters; on the module path their
 * packages must be exported (or opened) to {@code com.fasterxml.jackson.databind}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <M> the report model
 */
public final class JsonReportWriter<M> implements ReportWriter<M> {

    private static final ObjectWriter WRITER = createWriter();

    private JsonReportWriter() {
    }

    /**
     * Obtains a writer.
     *
     * @param <M> the report model
     * @return the writer
     */
    public static <M> JsonReportWriter<M> create() {
        return new JsonReportWriter<>();
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public void write(M model, ReportLanguage language, Writer out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        WRITER.writeValue(out, model);
        out.write('\n');
        out.flush();
    }

    private static ObjectWriter createWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(ValueTypeSerializers.module())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
        return mapper.writer(printer);
    }
}
