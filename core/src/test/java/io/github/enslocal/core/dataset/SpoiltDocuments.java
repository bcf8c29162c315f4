// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Derives invalid documents from valid dataset documents: every way of spoiling one is a
 * {@link Spoiling}, applied to the document's JSON tree or to its text, at a place and with a value
 * chosen by two generated numbers, so that a failing case shrinks and can be replayed. Each spoiling
 * is built to give an invalid document whatever the valid seed; where a seed has no place for it
 * (no reference to dangle, say), the type of its format version is spoilt instead.
 */
final class SpoiltDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP_MARKER = "@@deep-nesting@@";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Set<String> ENUM_PROPERTIES = Set.of("kind", "role", "type", "priority", "status", "channel",
            "category", "managedBy", "mfa", "logging", "diskEncryption", "antiMalware", "maturity", "result",
            "declaredCategory", "impact", "manualDanger", "services", "eligibleExpenseTypes", "C", "I", "T", "A", "D");
    private static final Pattern MUNICIPALITY_REFERENCE = Pattern.compile("/incidents/\\d+/municipality"
            + "|/assets/\\d+/owner|/systems/\\d+/owner/municipality|/conventions/\\d+/adhesions/\\d+/municipality"
            + "|/trainingSessions/\\d+/municipalities/\\d+|/supportBodies/\\d+/municipalities/\\d+");
    private static final Pattern ID_REFERENCE = Pattern.compile("/incidents/\\d+/affectedAssetIds/\\d+"
            + "|/systems/\\d+/assetIds/\\d+|/systems/\\d+/owner/supportBody|/conventions/\\d+/supportBodyId"
            + "|/assessments/\\d+/systemId|/plans/\\d+/systemId");
    private static final Pattern LISTS_WITH_IDS = Pattern.compile("/(supportBodies|municipalities|conventions"
            + "|incidents|assets|systems|assessments|plans|trainingSessions)|/conventions/\\d+/expenses"
            + "|/plans/\\d+/actions");
    /** Valid INE codes of municipalities the seeds never hold (Lleida, Girona, Tarragona, Reus). */
    private static final List<String> ABSENT_CODES = List.of("25120", "17079", "43148", "43123");

    /** Values that break a value type or a constraint, by the JSON Pointer pattern of where they go. */
    private static final Map<Pattern, List<String>> OUT_OF_RANGE = Map.ofEntries(
            Map.entry(Pattern.compile("/municipalities/\\d+/population"),
                    List.of("-1", "-2147483648", "-9333")),
            Map.entry(Pattern.compile("/municipalities/\\d+/populationYear"),
                    List.of("0", "-2025")),
            Map.entry(Pattern.compile("/municipalities/\\d+/code"),
                    List.of("\"99999\"", "\"0811\"", "\"08A13\"", "\"53001\"",
                    "\"00001\"", "\"\"", "\" 08140\"", "\"08140 \"")),
            Map.entry(Pattern.compile("/assessments/\\d+/measure|/plans/\\d+/actions/\\d+/measure"),
                    List.of("\"op.x\"",
                    "\"op..1\"", "\"OP.EXP.1\"", "\"op.exp.1 \"", "\"\"", "\"op.exp\"")),
            Map.entry(Pattern.compile("/conventions/\\d+/maximumAmount|/conventions/\\d+/expenses/\\d+/amount"),
                    List.of("\"12,50\"", "\"1.234\"", "\"€100\"", "\"1e3\"", "\"-0.01\"", "\"-1500.00\"")),
            Map.entry(Pattern.compile("/title"),
                    List.of("\"\"", "\"   \"", "\"" + "t".repeat(301) + "\"")),
            Map.entry(Pattern.compile("/notice"),
                    List.of("\"" + "n".repeat(2001) + "\"")),
            Map.entry(Pattern.compile("/trainingSessions/\\d+/(attendeeCount|hours)"),
                    List.of("0", "-3")),
            Map.entry(Pattern.compile("/incidents/\\d+/effortMinutes"),
                    List.of("-1", "-60", "525601", "9223372036854775807")),
            Map.entry(Pattern.compile("/slaPolicy/targets/[A-Z]+/(firstResponse|resolution)"),
                    List.of("\"PT-1H\"", "\"4 hours\"", "\"P1X\"", "\"PT0S\"", "\"PT999999999H\"", "\"P367D\"")));

    /** Malformed dates, and well-formed ones outside the years 1900 to 2200 that the format allows. */
    private static final List<String> BAD_DATES = List.of("2025-02-30", "2025-13-01", "2025-00-10", "2025-1-5",
            "20250101", "2025-02-29", "2025-04-31", "2025/03/14", "1899-12-31", "2201-01-01", "0001-01-01",
            "-999999999-01-01", "+999999999-12-31", "9999-12-31");
    private static final List<String> BAD_INSTANTS = List.of("2025-03-14T09:30:00", "2025-03-14 09:30:00Z",
            "2025-03-14", "2025-03-14T25:00:00Z", "1736755500", "2025-02-30T09:30:00Z", "2025-03-14T09:30",
            "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59Z", "0001-01-01T00:00:00Z");
    /** Lone low surrogates, which nothing before them can pair with; as JSON escapes, since UTF-8 cannot hold them. */
    private static final List<String> LONE_SURROGATES = List.of("\\udfff", "\\udc00", "\\ud800");
    /** The encodings other than UTF-8 that JSON parsers detect. */
    private static final List<String> OTHER_ENCODINGS = List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");
    private static final List<String> STRAY_CHARACTERS = List.of("}", "]", "{", "[", ",", ":", "#", "'", "@", "x",
            "\\", ";", "=");
    private static final List<String> BAD_ESCAPES = List.of("\\q", "\\u12G4", "\\x41", "\\'", "\\u00\"", "\\U0041");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE});
    private static final List<JsonNode> OTHER_TYPES = List.of(NODES.textNode("spoilt"), NODES.numberNode(42),
            NODES.objectNode().put("spoilt", true), NODES.arrayNode().add("spoilt"), NODES.booleanNode(true),
            NODES.numberNode(-1.5));

    private static final ObjectMapper UNCHECKED = DatasetJson.mapper(DatasetReadOptions.defaults(),
            ValueTypeModule.core());

    private SpoiltDocuments() {
    }

    /**
     * Builds a dataset from a document as a host would build one in code: converted, but neither
     * validated nor checked.
     *
     * @throws UncheckedIOException if a value cannot be converted at all
     */
    static Dataset withoutValidation(String json) {
        try {
            return UNCHECKED.readValue(json, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An invalid document and how it was made. */
    record SpoiltDocument(String description, byte[] bytes, boolean bytesOnly) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return description + " (" + bytes.length + " bytes)";
        }
    }

    /** One spoiling at a place and with a value chosen by {@code pick} and {@code variant}. */
    record Spoiler(Spoiling how, int pick, int variant) {

        SpoiltDocument apply(String validDocument) {
            try {
                return how.apply(MAPPER.readTree(validDocument), Math.abs(pick), Math.abs(variant));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The seed document is not JSON", e);
            }
        }
    }

    /** Returns spoilers of every kind. */
    static Arbitrary<Spoiler> spoilers() {
        return spoilers(Arbitraries.of(Spoiling.class));
    }

    /** Returns spoilers of the kinds given. */
    static Arbitrary<Spoiler> spoilers(Arbitrary<Spoiling> kinds) {
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000)).as(Spoiler::new);
    }

    /** The ways of spoiling a valid document. */
    enum Spoiling {
        /** The text cut short anywhere, down to nothing. */
        TRUNCATION {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                byte[] bytes = bytes(tree);
                int cut = pick % bytes.length;
                return text("truncated to " + cut + " bytes", java.util.Arrays.copyOf(bytes, cut));
            }
        },
        /** A structural or foreign character outside any string. */
        STRAY_CHARACTER {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                String stray = STRAY_CHARACTERS.get(variant % STRAY_CHARACTERS.size());
                return insertAt(tree, SpoiltDocuments::positionsOutsideStrings, pick, "'" + stray + "'",
                        stray.getBytes(StandardCharsets.UTF_8), false);
            }
        },
        /** A bracket removed, or one added at either end. */
        UNBALANCED_BRACKETS {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                byte[] bytes = bytes(tree);
                List<Integer> brackets = positionsOutsideStrings(bytes).stream()
                        .filter(i -> i < bytes.length && "{}[]".indexOf(bytes[i]) >= 0).toList();
                switch (variant % 4) {
                    case 0 -> {
                        return text("'{' added at the start", insert(bytes, 0, new byte[] {'{'}));
                    }
                    case 1 -> {
                        return text("']' added at the end", insert(bytes, bytes.length, new byte[] {']'}));
                    }
                    default -> {
                        int at = brackets.get(pick % brackets.size());
                        byte[] removed = new byte[bytes.length - 1];
                        System.arraycopy(bytes, 0, removed, 0, at);
                        System.arraycopy(bytes, at + 1, removed, at, bytes.length - at - 1);
                        return text("'" + (char) bytes[at] + "' removed at byte " + at, removed);
                    }
                }
            }
        },
        /** A bad escape sequence at the start of a string. */
        BAD_ESCAPE {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                String escape = BAD_ESCAPES.get(variant % BAD_ESCAPES.size());
                return insertAt(tree, SpoiltDocuments::stringStarts, pick, "escape " + escape,
                        escape.getBytes(StandardCharsets.UTF_8), false);
            }
        },
        /** Bytes that are not UTF-8 at the start of a string: only a byte source can carry them. */
        INVALID_UTF8 {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                byte[] bad = BAD_UTF8.get(variant % BAD_UTF8.size());
                return insertAt(tree, SpoiltDocuments::stringStarts, pick,
                        "bytes " + java.util.HexFormat.of().formatHex(bad), bad, true);
            }
        },
        /** Half a character (a lone surrogate, escaped) at the start of a string: no UTF-8 file can hold it. */
        LONE_SURROGATE {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                String escape = LONE_SURROGATES.get(variant % LONE_SURROGATES.size());
                return insertAt(tree, SpoiltDocuments::stringStarts, pick, "escape " + escape,
                        escape.getBytes(StandardCharsets.UTF_8), false);
            }
        },
        /** The whole document in UTF-16 or UTF-32, with or without a byte order mark: the format is UTF-8. */
        NOT_UTF8 {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                String encoding = OTHER_ENCODINGS.get(variant % OTHER_ENCODINGS.size());
                boolean mark = pick % 2 == 0;
                String text = (mark ? "\uFEFF" : "") + new String(bytes(tree), StandardCharsets.UTF_8);
                return new SpoiltDocument("encoded in " + encoding + (mark ? " with" : " without") + " a byte order mark",
                        text.getBytes(java.nio.charset.Charset.forName(encoding)), true);
            }
        },
        /** A scalar property repeated in its object. */
        DUPLICATE_KEY {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                String text = new String(bytes(tree), StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                Pattern scalar = Pattern.compile("\\s*\"(?:[^\"\\\\]|\\\\.)*\" : (?:\"(?:[^\"\\\\]|\\\\.)*\"|[-0-9.eE+]+"
                        + "|true|false|null),?");
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (scalar.matcher(lines.get(i)).matches()) {
                        candidates.add(i);
                    }
                }
                int line = candidates.get(pick % candidates.size());
                String copy = lines.get(line).endsWith(",") ? lines.get(line) : lines.get(line) + ",";
                lines.add(line, copy);
                return text("line " + (line + 1) + " repeated: " + copy.strip(),
                        String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            }
        },
        /** A value replaced by one of another JSON type; null only where a value is required. */
        WRONG_TYPE {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> locations = locations(tree, location -> true);
                Location location = locations.get(pick % locations.size());
                JsonNode replacement = otherType(location, variant);
                if (location.pointer().isEmpty()) {
                    return tree("the document replaced by " + replacement, replacement);
                }
                location.replace(replacement);
                return tree(location.pointer() + " := " + replacement, tree);
            }
        },
        /** A property that the format does not have, in any object, maps included. */
        UNKNOWN_PROPERTY {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> objects = locations(tree, location -> location.node().isObject());
                Location location = objects.get(pick % objects.size());
                String name = List.of("spoilt", "Id", "formatversion", "@type", "$ref", "id ").get(variant % 6);
                if (location.node().has(name)) {
                    name = name + variant;
                }
                ((ObjectNode) location.node()).put(name, "unexpected");
                return tree(location.pointer() + "/" + name + " added", tree);
            }
        },
        /** A reference to a municipality or an entity that the document does not hold. */
        DANGLING_REFERENCE {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> references = locations(tree, location -> location.node().isTextual()
                        && (MUNICIPALITY_REFERENCE.matcher(location.pointer()).matches()
                                || ID_REFERENCE.matcher(location.pointer()).matches()));
                if (references.isEmpty()) {
                    return fallback(tree, pick, variant);
                }
                Location location = references.get(pick % references.size());
                String missing;
                if (MUNICIPALITY_REFERENCE.matcher(location.pointer()).matches()) {
                    Set<String> present = new HashSet<>(tree.findValuesAsText("code"));
                    missing = ABSENT_CODES.stream().filter(code -> !present.contains(code)).findFirst().orElseThrow();
                } else {
                    missing = "missing-" + variant;
                }
                location.replace(NODES.textNode(missing));
                return tree(location.pointer() + " := \"" + missing + "\"", tree);
            }
        },
        /** An element with an id copied into its own list. */
        DUPLICATE_ID {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> lists = locations(tree, location -> location.node().isArray() && !location.node().isEmpty()
                        && LISTS_WITH_IDS.matcher(location.pointer()).matches());
                Location list = lists.get(pick % lists.size());
                ArrayNode array = (ArrayNode) list.node();
                int copied = variant % array.size();
                int at = (variant / array.size()) % (array.size() + 1);
                array.insert(at, array.get(copied).deepCopy());
                return tree(list.pointer() + "/" + copied + " copied to index " + at, tree);
            }
        },
        /** A value out of its range or form: a negative count, a bad code, measure, enum or date. */
        OUT_OF_RANGE {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> locations = locations(tree, location -> badValuesFor(location).size() > 0);
                Location location = locations.get(pick % locations.size());
                List<String> bad = badValuesFor(location);
                JsonNode replacement = parse(bad.get(variant % bad.size()));
                location.replace(replacement);
                return tree(location.pointer() + " := " + replacement, tree);
            }
        },
        /** Two dates of one record put in the wrong order. */
        DATES_OUT_OF_ORDER {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> records = locations(tree, location -> outOfOrder(location.node(), 1).isPresent());
                if (records.isEmpty()) {
                    return fallback(tree, pick, variant);
                }
                Location location = records.get(pick % records.size());
                String change = outOfOrder(location.node(), 1 + variant % 400).orElseThrow().get();
                return tree(location.pointer() + ": " + change, tree);
            }
        },
        /** A string longer than the default string limit. */
        HUGE_STRING {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> strings = locations(tree, location -> location.node().isTextual());
                Location location = strings.get(pick % strings.size());
                int length = DatasetReadOptions.DEFAULT_MAX_STRING_LENGTH + 1 + variant;
                location.replace(NODES.textNode("x".repeat(length)));
                return tree(location.pointer() + " := a string of " + length + " characters", tree);
            }
        },
        /** Arrays and objects nested deeper than the default nesting limit. */
        DEEP_NESTING {
            @Override
            SpoiltDocument apply(JsonNode tree, int pick, int variant) {
                List<Location> locations = locations(tree, location -> !location.pointer().isEmpty());
                Location location = locations.get(pick % locations.size());
                location.replace(NODES.textNode(DEEP_MARKER));
                int depth = DatasetReadOptions.DEFAULT_MAX_NESTING_DEPTH + 1 + variant % 5000;
                StringBuilder deep = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    deep.append(i % 2 == 0 ? "[" : "{\"a\":");
                }
                deep.append("1");
                for (int i = depth - 1; i >= 0; i--) {
                    deep.append(i % 2 == 0 ? "]" : "}");
                }
                String text = new String(bytes(tree), StandardCharsets.UTF_8)
                        .replace("\"" + DEEP_MARKER + "\"", deep);
                return text(location.pointer() + " := nested " + depth + " deep",
                        text.getBytes(StandardCharsets.UTF_8));
            }
        };

        abstract SpoiltDocument apply(JsonNode tree, int pick, int variant);
    }

    // ---- the tree ----------------------------------------------------------------------------

    /** A node of the tree, its JSON Pointer and how to replace it in its parent. */
    private record Location(String pointer, String name, JsonNode node, JsonNode parent) {

        void replace(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(name), replacement);
            } else {
                throw new IllegalStateException("Cannot replace the root here");
            }
        }

        boolean inArray() {
            return parent instanceof ArrayNode;
        }
    }

    private static List<Location> locations(JsonNode tree, Predicate<Location> filter) {
        List<Location> found = new ArrayList<>();
        collect(new Location("", "", tree, null), filter, found);
        return found;
    }

    private static void collect(Location location, Predicate<Location> filter, List<Location> found) {
        if (filter.test(location)) {
            found.add(location);
        }
        JsonNode node = location.node();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String escaped = field.getKey().replace("~", "~0").replace("/", "~1");
                collect(new Location(location.pointer() + "/" + escaped, field.getKey(), field.getValue(), node),
                        filter, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(new Location(location.pointer() + "/" + i, Integer.toString(i), node.get(i), node), filter, found);
            }
        }
    }

    private static JsonNode otherType(Location location, int variant) {
        boolean required = location.inArray() || location.name().equals("id") || location.name().equals("code");
        List<JsonNode> choices = new ArrayList<>(OTHER_TYPES.stream()
                .filter(candidate -> candidate.getNodeType() != location.node().getNodeType()).toList());
        if (required) {
            choices.add(NODES.nullNode());
        }
        return choices.get(variant % choices.size());
    }

    private static List<String> badValuesFor(Location location) {
        for (Map.Entry<Pattern, List<String>> entry : OUT_OF_RANGE.entrySet()) {
            if (entry.getKey().matcher(location.pointer()).matches()) {
                return entry.getValue();
            }
        }
        JsonNode node = location.node();
        if (!node.isTextual()) {
            return List.of();
        }
        String value = node.textValue();
        if (DATE.matcher(value).matches()) {
            return BAD_DATES.stream().map(SpoiltDocuments::quoted).toList();
        }
        if (INSTANT.matcher(value).matches()) {
            return BAD_INSTANTS.stream().map(SpoiltDocuments::quoted).toList();
        }
        String property = location.inArray() ? location.pointer().replaceAll("^.*/([^/]+)/\\d+$", "$1") : location.name();
        if (ENUM_NAME.matcher(value).matches() && ENUM_PROPERTIES.contains(property)) {
            return List.of(quoted(value.toLowerCase(Locale.ROOT)), quoted(value + "_SPOILT"), quoted(" " + value),
                    quoted(""), "3");
        }
        return List.of();
    }

    /**
     * Returns the change that puts two dates of a record out of order, if it has any, to apply by
     * calling the supplier.
     */
    private static java.util.Optional<java.util.function.Supplier<String>> outOfOrder(JsonNode node, int days) {
        if (!(node instanceof ObjectNode record)) {
            return java.util.Optional.empty();
        }
        if (isDate(record.get("start")) && isDate(record.get("end")) && record.size() == 2) {
            return java.util.Optional.of(() -> {
                String end = LocalDate.parse(record.get("start").textValue()).minusDays(days).toString();
                record.put("end", end);
                return "end := " + end;
            });
        }
        if (isDate(record.get("acquisitionDate")) && record.has("securityFacts")) {
            return java.util.Optional.of(() -> {
                String end = LocalDate.parse(record.get("acquisitionDate").textValue()).minusDays(days).toString();
                record.put("endOfSupport", end);
                return "endOfSupport := " + end;
            });
        }
        if (isDate(record.get("adheredOn"))) {
            return java.util.Optional.of(() -> {
                String left = LocalDate.parse(record.get("adheredOn").textValue()).minusDays(days - 1).toString();
                record.put("leftOn", left);
                return "leftOn := " + left;
            });
        }
        if (record.has("openedAt") && record.get("history") instanceof ArrayNode history && !history.isEmpty()) {
            return java.util.Optional.of(() -> {
                String at = Instant.parse(record.get("openedAt").textValue()).minus(days, ChronoUnit.MINUTES).toString();
                ((ObjectNode) history.get(history.size() - 1)).put("at", at);
                return "history/" + (history.size() - 1) + "/at := " + at;
            });
        }
        return java.util.Optional.empty();
    }

    private static boolean isDate(JsonNode node) {
        return node != null && node.isTextual() && DATE.matcher(node.textValue()).matches();
    }

    /** Spoils the type of the format version, for a seed without a place for the spoiling asked. */
    private static SpoiltDocument fallback(JsonNode tree, int pick, int variant) {
        JsonNode replacement = OTHER_TYPES.get(1 + variant % (OTHER_TYPES.size() - 1));
        ((ObjectNode) tree).set("formatVersion", replacement);
        return tree("(no place in this seed) /formatVersion := " + replacement, tree);
    }

    // ---- the text ----------------------------------------------------------------------------

    /** Inserts bytes at one of the positions that {@code positions} finds in the document. */
    private static SpoiltDocument insertAt(JsonNode tree, java.util.function.Function<byte[], List<Integer>> positions,
            int pick, String what, byte[] inserted, boolean bytesOnly) {
        byte[] bytes = bytes(tree);
        List<Integer> candidates = positions.apply(bytes);
        int at = candidates.get(pick % candidates.size());
        return new SpoiltDocument(what + " inserted at byte " + at, insert(bytes, at, inserted), bytesOnly);
    }

    private static List<Integer> positionsOutsideStrings(byte[] bytes) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        boolean escaped = false;
        positions.add(0);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            }
            if (!inString) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    /** Returns the positions just after the opening quote of each string, keys included. */
    private static List<Integer> stringStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> outside = positionsOutsideStrings(bytes);
        for (int position : outside) {
            if (position < bytes.length && bytes[position] == '"') {
                starts.add(position + 1);
            }
        }
        return starts;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON in a bad-value table: " + json, e);
        }
    }

    private static String quoted(String text) {
        return NODES.textNode(text).toString();
    }

    private static SpoiltDocument text(String description, byte[] bytes) {
        return new SpoiltDocument(description, bytes, false);
    }

    private static SpoiltDocument tree(String description, JsonNode tree) {
        return text(description, bytes(tree));
    }
}
