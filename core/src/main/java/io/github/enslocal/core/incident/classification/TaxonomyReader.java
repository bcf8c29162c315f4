// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a taxonomy file of schema version 1 (the format of the bundled
 * {@code incident-taxonomy.json}) and checks that it matches the enums of this package.
 */
final class TaxonomyReader {

    private static final int SCHEMA_VERSION = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private TaxonomyReader() {
    }

    /**
     * Reads and checks a taxonomy.
     *
     * @param in the JSON document, left open
     * @return the taxonomy
     * @throws IOException if the document cannot be read or is not JSON
     * @throws IllegalArgumentException if the document does not have the expected content
     */
    static IncidentTaxonomy read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        int version = field(root, "schemaVersion").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "Unsupported taxonomy schemaVersion " + field(root, "schemaVersion") + ", expected 1");
        }
        requireScale(field(root, "dangerLevels"), "dangerLevels", names(DangerLevel.values()));
        requireScale(field(root, "impactLevels"), "impactLevels", names(ImpactLevel.values()));
        List<IncidentClass> classes = new ArrayList<>();
        for (JsonNode classNode : field(root, "classes")) {
            String classId = text(classNode, "id");
            List<IncidentType> types = new ArrayList<>();
            for (JsonNode typeNode : field(classNode, "types")) {
                types.add(type(typeNode, classId));
            }
            classes.add(new IncidentClass(classId, text(classNode, "name"), types));
        }
        List<CcnCertFollowUp> followUps = new ArrayList<>();
        JsonNode table = field(field(field(root, "notification"), "publicSectorENS"), "ccnCertFollowUpByLevel");
        for (JsonNode row : table) {
            followUps.add(new CcnCertFollowUp(
                    level(text(row, "level")),
                    field(row, "mustNotifyCCN").booleanValue(),
                    field(row, "autoCloseDays").intValue()));
        }
        return IncidentTaxonomy.of(classes, followUps);
    }

    private static IncidentType type(JsonNode node, String classId) {
        String id = text(node, "id");
        Set<TaxonomyEdition> editions = EnumSet.noneOf(TaxonomyEdition.class);
        for (JsonNode edition : field(node, "appearsIn")) {
            editions.add(TaxonomyEdition.fromId(edition.asText()));
        }
        Optional<String> note = Optional.ofNullable(node.get("note")).map(JsonNode::asText);
        return new IncidentType(id, text(node, "name"), classId, level(text(node, "dangerLevel")),
                text(node, "description"), editions, note);
    }

    private static DangerLevel level(String text) {
        try {
            return DangerLevel.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown danger level '" + text + "' in the taxonomy, expected e.g. 'MUY_ALTO'", e);
        }
    }

    private static void requireScale(JsonNode scale, String field, List<String> expected) {
        List<String> ids = new ArrayList<>();
        scale.forEach(level -> ids.add(text(level, "id")));
        if (!ids.equals(expected)) {
            throw new IllegalArgumentException(
                    "The taxonomy's " + field + " are " + ids + ", expected " + expected + " in that order");
        }
    }

    private static List<String> names(Enum<?>[] constants) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        return names;
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("The taxonomy lacks field '" + name + "' in " + abbreviate(node));
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(
                    "The taxonomy's field '" + name + "' must be non-blank text, found " + value);
        }
        return value.asText();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
