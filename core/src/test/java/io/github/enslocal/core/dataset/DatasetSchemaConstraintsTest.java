// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The schema and the validation agree (issue 17): every constraint the JSON Schema states
 * ({@code maxLength}, {@code minLength}, {@code pattern}, {@code format}, {@code enum},
 * {@code const}, {@code required}, {@code additionalProperties}, {@code propertyNames},
 * {@code minimum}, {@code exclusiveMinimum}, {@code maximum}, {@code minItems}, {@code type}) is broken in turn at
 * every place of valid documents where it applies, and the codec must reject each result. Every
 * constraint of the schema must be reached this way, so that a constraint stated but not enforced
 * cannot hide in a property the documents leave out.
 */
class DatasetSchemaConstraintsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> CHECKED = Set.of("maxLength", "minLength", "pattern", "format", "enum", "const",
            "required", "additionalProperties", "propertyNames", "minimum", "exclusiveMinimum", "maximum", "minItems", "type");
    /** Candidates for a text that breaks a pattern; the first that does not match is used. */
    private static final List<String> NOT_MATCHING = List.of("", " ", "spoilt value", "-1", "99999-x");

    private final JsonNode schema = readSchema();
    private final DatasetCodec codec = DatasetCodec.create();
    /** The constraints reached, as {@code schema pointer keyword}. */
    private final Set<String> reached = new TreeSet<>();
    private final List<String> accepted = new ArrayList<>();
    private final Map<String, Integer> broken = new java.util.HashMap<>();
    private static final int PLACES_PER_CONSTRAINT = 3;

    private static JsonNode readSchema() {
        try (InputStream in = DatasetSchemaConstraintsTest.class.getResourceAsStream("dataset.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyConstraintOfTheSchema_isEnforcedWhereverItApplies() throws IOException {
        // The example, and the example with what it lacks: an EMD with its parent, a convention's extension,
        // an adhesion that ended, a manual danger level, a system of the support body's; the generated
        // documents add places, not constraints.
        String completed = ExampleMutation.apply(
                new ExampleMutation("/municipalities/-", "{\"code\": \"08901\", \"name\": \"Entitat de prova\","
                        + " \"province\": \"Barcelona\", \"comarca\": \"Bages\", \"population\": 120,"
                        + " \"populationYear\": 2025, \"kind\": \"EMD\", \"parent\": \"08038\"}"),
                new ExampleMutation("/conventions/0/extensions/-", "{\"agreedOn\": \"2027-06-01\","
                        + " \"newEnd\": \"2029-12-31\", \"note\": \"Pròrroga de prova\"}"),
                new ExampleMutation("/conventions/0/adhesions/0/leftOn", "\"2027-06-30\""),
                new ExampleMutation("/incidents/5/security/manualDanger", "\"CRITICO\""),
                new ExampleMutation("/systems/2/owner", "{\"supportBody\": \"cc-bages\"}"));
        assertThat(codec.validate(codec.read(completed))).isEmpty();
        List<JsonNode> documents = new ArrayList<>(List.of(MAPPER.readTree(ExampleDataset.json()), MAPPER.readTree(completed)));
        Arbitrary<Dataset> generated = DatasetArbitraries.datasets();
        generated.sampleStream().limit(20).map(codec::toJson).map(DatasetSchemaConstraintsTest::tree)
                .forEach(documents::add);

        Set<String> reachedByTheSeeds = null;
        for (JsonNode document : documents) {
            walk(document, document, "", schema, "#");
            if (document == documents.get(1)) {
                // Coverage must not depend on what the generator happened to produce.
                reachedByTheSeeds = new TreeSet<>(reached);
            }
        }

        assertThat(accepted).as("documents breaking a schema constraint that the codec accepted").isEmpty();
        assertThat(constraintsOf(schema, "#", new TreeSet<>())).as("schema constraints never reached")
                .isSubsetOf(reachedByTheSeeds);
    }

    /** Breaks each constraint of {@code at}'s schema at {@code pointer}, then goes down into its children. */
    private void walk(JsonNode document, JsonNode node, String pointer, JsonNode schemaNode, String schemaPointer) {
        JsonNode resolved = schemaNode;
        String where = schemaPointer;
        while (resolved.has("$ref") || resolved.has("anyOf")) {
            if (resolved.has("$ref")) {
                where = resolved.get("$ref").textValue();
                resolved = schema.at(where.substring(1));
            } else {
                JsonNode chosen = null;
                int index = 0;
                for (JsonNode branch : resolved.get("anyOf")) {
                    boolean isNull = branch.path("type").asText().equals("null");
                    if (isNull == node.isNull()) {
                        chosen = branch;
                        where = where + "/anyOf/" + index;
                        break;
                    }
                    index++;
                }
                if (chosen == null) {
                    return;
                }
                resolved = chosen;
            }
        }
        if (node.isNull()) {
            return;
        }
        breakEach(document, node, pointer, resolved, where);
        if (node.isObject()) {
            JsonNode properties = resolved.path("properties");
            JsonNode additional = resolved.path("additionalProperties");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (properties.has(field.getKey())) {
                    walk(document, field.getValue(), child, properties.get(field.getKey()),
                            where + "/properties/" + field.getKey());
                } else if (additional.isObject()) {
                    walk(document, field.getValue(), child, additional, where + "/additionalProperties");
                }
            }
        } else if (node.isArray() && resolved.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), pointer + "/" + i, resolved.get("items"), where + "/items");
            }
        }
    }

    private void breakEach(JsonNode document, JsonNode node, String pointer, JsonNode constraints, String where) {
        for (Map.Entry<String, JsonNode> constraint : constraints.properties()) {
            String keyword = constraint.getKey();
            JsonNode value = constraint.getValue();
            Optional<Consumer<JsonNode>> change = switch (keyword) {
                case "maxLength" -> Optional.of(replace(pointer, NODES.textNode("x".repeat(value.intValue() + 1))));
                case "minLength" -> value.intValue() < 1 ? Optional.empty()
                        : Optional.of(replace(pointer, NODES.textNode("x".repeat(value.intValue() - 1))));
                case "pattern" -> NOT_MATCHING.stream()
                        .filter(text -> !Pattern.compile(value.textValue()).matcher(text).find())
                        .findFirst().map(text -> replace(pointer, NODES.textNode(text)));
                case "format" -> Optional.ofNullable(switch (value.textValue()) {
                    case "date" -> "2025-02-30";
                    case "date-time" -> "2025-03-14T25:00:00Z";
                    case "duration" -> "P1X";
                    default -> null;
                }).map(text -> replace(pointer, NODES.textNode(text)));
                case "enum" -> Optional.of(replace(pointer, NODES.textNode("NOT_IN_THE_ENUM")));
                case "const" -> Optional.of(replace(pointer, NODES.textNode("0.0")));
                case "minimum" -> Optional.of(replace(pointer, NODES.numberNode(value.longValue() - 1)));
                case "maximum" -> Optional.of(replace(pointer, NODES.numberNode(value.longValue() + 1)));
                case "exclusiveMinimum" -> Optional.of(replace(pointer, NODES.numberNode(value.decimalValue())));
                case "minItems" -> value.intValue() < 1 ? Optional.empty()
                        : Optional.of(replace(pointer, NODES.arrayNode()));
                case "type" -> Optional.of(replace(pointer, otherType(value)));
                case "required" -> value.isEmpty() ? Optional.empty()
                        : Optional.of(tree -> value.forEach(name -> ((ObjectNode) at(tree, pointer)).remove(name.textValue())));
                case "additionalProperties" -> value.isBoolean() && !value.booleanValue()
                        ? Optional.of(tree -> ((ObjectNode) at(tree, pointer)).put("spoilt", 1)) : Optional.empty();
                case "propertyNames" -> Optional.of(tree -> ((ObjectNode) at(tree, pointer)).set("spoilt key",
                        node.isEmpty() ? NODES.nullNode() : node.elements().next()));
                default -> Optional.empty();
            };
            // Each constraint is broken at its first places only: the documents repeat them many times.
            if (broken.merge(where + " " + keyword, 1, Integer::sum) > PLACES_PER_CONSTRAINT) {
                continue;
            }
            change.ifPresent(apply -> {
                reached.add(where + " " + keyword);
                // The document itself cannot be replaced in place: it is replaced by a JSON value of another type.
                JsonNode spoilt = pointer.isEmpty() && keyword.equals("type") ? otherType(value) : document.deepCopy();
                apply.accept(spoilt);
                if (isAccepted(spoilt)) {
                    accepted.add(pointer + " breaking " + where + " " + keyword + " = " + value);
                }
            });
        }
    }

    /** Lists the constraints the schema states, as {@code schema pointer keyword}. */
    private static Set<String> constraintsOf(JsonNode node, String pointer, Set<String> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String keyword = field.getKey();
                boolean stated = CHECKED.contains(keyword) && !(keyword.equals("additionalProperties")
                        && !field.getValue().isBoolean()) && !(keyword.equals("type") && pointer.endsWith("/anyOf/0"))
                        && !(keyword.equals("minLength") && field.getValue().intValue() < 1)
                        && !(keyword.equals("required") && field.getValue().isEmpty())
                        && !(keyword.equals("format") && !Set.of("date", "date-time", "duration")
                                .contains(field.getValue().textValue()));
                if (stated && !pointer.contains("/properties/" + keyword + "/") && !isPropertyName(pointer)) {
                    found.add(pointer + " " + keyword);
                }
                if (!Set.of("enum", "required", "examples", "const", "description").contains(keyword)) {
                    constraintsOf(field.getValue(), pointer + "/" + keyword, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                constraintsOf(node.get(i), pointer + "/" + i, found);
            }
        }
        return found;
    }

    /** Whether a pointer is a property's schema itself ({@code …/properties}), whose keys are names. */
    private static boolean isPropertyName(String pointer) {
        return pointer.endsWith("/properties") || pointer.endsWith("/$defs") || pointer.contains("/propertyNames");
    }

    private boolean isAccepted(JsonNode document) {
        try {
            codec.read(MAPPER.writeValueAsString(document));
            return true;
        } catch (InvalidDatasetException e) {
            assertThat(e.violations()).isNotEmpty();
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Consumer<JsonNode> replace(String pointer, JsonNode replacement) {
        return tree -> {
            if (pointer.isEmpty()) {
                return;
            }
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = at(tree, pointer.substring(0, slash));
            String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(name), replacement);
            } else {
                ((ObjectNode) parent).set(name, replacement);
            }
        };
    }

    private static JsonNode at(JsonNode tree, String pointer) {
        return pointer.isEmpty() ? tree : tree.at(pointer);
    }

    private static JsonNode otherType(JsonNode type) {
        Set<String> allowed = new TreeSet<>();
        if (type.isArray()) {
            type.forEach(name -> allowed.add(name.textValue()));
        } else {
            allowed.add(type.textValue());
        }
        if (!allowed.contains("boolean")) {
            return NODES.booleanNode(true);
        }
        return NODES.textNode("spoilt");
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
