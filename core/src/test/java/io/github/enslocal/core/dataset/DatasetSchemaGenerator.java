// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.SlaTargets;
import io.github.enslocal.core.sla.WorkingHours;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Generates the JSON Schema (draft 2020-12) of the dataset format from the {@link Dataset} records,
 * as the codec reads them: properties are record components, a component is required when a
 * Jakarta constraint forbids null or blank, {@code Optional}s are optional properties that may be
 * null (the codec reads null as empty and writes empty as absent),
 * unknown properties are forbidden, enums are listed by constant name, and value types are strings
 * with the pattern their {@code parse} accepts.
 */
final class DatasetSchemaGenerator {

    static final String ID = "https://enslocal.github.io/schema/dataset-" + Dataset.CURRENT_FORMAT_VERSION + ".schema.json";

    private static final Set<Class<?>> SELF_CHECKED = Set.of(
            SlaPolicy.class, SlaTargets.class, BusinessCalendar.class, DateRange.class);

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";

    private DatasetSchemaGenerator() {
    }

    /** Returns the schema as pretty-printed JSON ending with a line feed. */
    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // Value types that check themselves in their constructors carry no Jakarta constraints, yet
        // need every component.
        config.forFields().withRequiredCheck(field -> SELF_CHECKED.contains(field.getDeclaringType().getErasedType()));
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        config.forTypesInGeneral().withCustomDefinitionProvider(DatasetSchemaGenerator::valueType);
        config.forTypesInGeneral().withCustomDefinitionProvider(DatasetSchemaGenerator::enumKeyedMap);
        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(Dataset.class);

        ObjectNode schema = generated.objectNode();
        schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        schema.put("$id", ID);
        schema.put("title", "ENS Local dataset, format " + Dataset.CURRENT_FORMAT_VERSION);
        schema.put("description", "One JSON document holding what a support body keeps about the municipalities"
                + " it serves. Generated from the Java records by DatasetSchemaGenerator; do not edit. Rules between"
                + " records (unique ids, references, cross-field rules) are checked by DatasetCodec, not by this"
                + " schema.");
        schema.setAll(generated);
        ((ObjectNode) schema.get("properties")).set("formatVersion", schema.objectNode()
                .put("type", "string").put("const", Dataset.CURRENT_FORMAT_VERSION));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(schema).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CustomDefinition valueType(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        if (raw == DimensionLevels.class) {
            return new CustomDefinition(dimensionLevels(context), CustomDefinition.DefinitionType.STANDARD,
                    CustomDefinition.AttributeInclusion.NO);
        }
        Map<Class<?>, String[]> texts = Map.of(
                IneCode.class, new String[] {"^(0[1-9]|[1-4][0-9]|5[0-2])(?!000)[0-9]{3}$", "08140",
                        "INE municipality code: 2 digits of province (01-52), 3 of municipality"},
                MeasureId.class, new String[] {"^(org\\.[1-9][0-9]?|(op|mp)\\.[a-z]{1,4}\\.[1-9][0-9]?)$", "op.exp.1",
                        "ENS measure id (RD 311/2022, Anexo II)"},
                ReinforcementId.class, new String[] {
                        "^(org\\.[1-9][0-9]?|(op|mp)\\.[a-z]{1,4}\\.[1-9][0-9]?)\\.[rR][1-9][0-9]?$", "op.acc.6.r2",
                        "ENS reinforcement id: a measure id and r1-r99"},
                Money.class, new String[] {"^[0-9]{1,15}(\\.[0-9]{1,2})?$", "1234.56",
                        "Amount in euros as a string, not negative, with a point and at most 2 decimals"},
                WorkingHours.class, new String[] {"^" + TIME + "-(" + TIME + "|24:00)$", "08:00-15:00",
                        "Working hours of one day, start-end in local time; 24:00 ends at midnight"},
                Duration.class, new String[] {null, "PT4H", "ISO-8601 duration, positive and at most 366 days (P366D)"},
                ZoneId.class, new String[] {null, "Europe/Madrid", "Time-zone id of the IANA database"},
                LocalDate.class, new String[] {null, "2025-03-14", "ISO-8601 date, from 1900-01-01 to 2200-12-31"},
                Instant.class, new String[] {null, "2025-03-14T09:30:00Z",
                        "ISO-8601 instant in UTC, from 1900-01-01 to 2200-12-31"});
        String[] text = texts.get(raw);
        if (text == null) {
            return null;
        }
        ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
        if (text[0] != null) {
            node.put("pattern", text[0]);
        }
        if (raw == LocalDate.class) {
            node.put("format", "date");
        } else if (raw == Instant.class) {
            node.put("format", "date-time");
        } else if (raw == Duration.class) {
            node.put("format", "duration");
        }
        node.put("description", text[2]);
        node.putArray("examples").add(text[1]);
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }

    private static ObjectNode dimensionLevels(SchemaGenerationContext context) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "object");
        node.put("description", "Security level per ENS dimension (C, I, T, A, D); a missing dimension is not"
                + " assigned, which is not BAJO");
        ObjectNode properties = node.putObject("properties");
        for (Dimension dimension : Dimension.values()) {
            ArrayNode levels = properties.putObject(String.valueOf(dimension.letter())).put("type", "string")
                    .putArray("enum");
            Arrays.stream(SecurityLevel.values()).map(Enum::name).forEach(levels::add);
        }
        node.put("additionalProperties", false);
        node.putArray("examples").addObject().put("C", "MEDIO").put("D", "BAJO");
        return node;
    }

    /** Maps with enum keys (days of the week, priorities) are objects whose names are the constants. */
    private static CustomDefinition enumKeyedMap(ResolvedType type, SchemaGenerationContext context) {
        if (!type.isInstanceOf(Map.class) || type.getTypeParameters().size() != 2
                || !type.getTypeParameters().get(0).getErasedType().isEnum()) {
            return null;
        }
        ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "object");
        ArrayNode names = node.putObject("propertyNames").putArray("enum");
        Arrays.stream(type.getTypeParameters().get(0).getErasedType().getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).forEach(names::add);
        JsonNode values = context.createDefinitionReference(type.getTypeParameters().get(1));
        node.set("additionalProperties", values);
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }
}
