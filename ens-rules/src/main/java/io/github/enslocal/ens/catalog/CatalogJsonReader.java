// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.internal.json.HardenedJson;
import io.github.enslocal.ens.internal.json.Problems;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the ENS Local catalog format, checking every id, reference and the counts the file states,
 * and reporting every problem at once.
 */
final class CatalogJsonReader {

    private static final Pattern REINFORCEMENT_LABEL = Pattern.compile("R([1-9][0-9]?)");

    private final String source;
    private final Problems problems = new Problems();

    CatalogJsonReader(String source) {
        this.source = source;
    }

    MeasureCatalog read(InputStream in) {
        JsonNode root = HardenedJson.readTree(in, (problem, cause) -> new CatalogFormatException(source, problem, cause));
        Optional<String> dataVersion = problems.text(root, "dataVersion", "");
        Optional<String> sourceReference = problems.text(root, "sourceReference", "");
        checkFrameworks(root);
        Map<String, MeasureGroup> groups = readGroups(root);
        List<Measure> measures = readMeasures(root, groups);
        problems.object(root, "counts", "").ifPresent(counts -> checkCounts(counts, measures));
        if (problems.isEmpty()) {
            try {
                return MeasureCatalog.of(dataVersion.orElseThrow(), sourceReference.orElseThrow(),
                        List.copyOf(groups.values()), measures);
            } catch (IllegalArgumentException e) {
                problems.add("measures", e.getMessage());
            }
        }
        throw new CatalogFormatException(source, problems.list());
    }

    private void checkFrameworks(JsonNode root) {
        problems.object(root, "frameworks", "").ifPresent(frameworks -> {
            for (Framework framework : Framework.values()) {
                String path = Problems.join("frameworks", framework.code());
                JsonNode name = frameworks.get(framework.code());
                if (name == null || !framework.officialName().equals(name.asText())) {
                    problems.add(path, "expected \"" + framework.officialName() + "\"");
                }
            }
            if (frameworks.size() != Framework.values().length) {
                problems.add("frameworks", "expected exactly the frameworks org, op and mp");
            }
        });
    }

    private Map<String, MeasureGroup> readGroups(JsonNode root) {
        Map<String, MeasureGroup> groups = new LinkedHashMap<>();
        problems.object(root, "groups", "").ifPresent(node -> node.properties().forEach(entry -> {
            String path = Problems.join("groups", entry.getKey());
            String id = entry.getKey();
            problems.parse(id.split("\\.")[0], path, Framework::parse)
                    .flatMap(framework -> problems.parse(entry.getValue().asText(), path,
                            name -> new MeasureGroup(id, framework, name)))
                    .ifPresent(group -> groups.put(id, group));
        }));
        return groups;
    }

    private List<Measure> readMeasures(JsonNode root, Map<String, MeasureGroup> groups) {
        List<Measure> measures = new ArrayList<>();
        Set<MeasureId> seen = new HashSet<>();
        List<JsonNode> nodes = problems.array(root, "measures", "");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "measures[" + i + "]";
            readMeasure(nodes.get(i), path, groups).ifPresent(measure -> {
                if (seen.add(measure.id())) {
                    measures.add(measure);
                } else {
                    problems.add(path, "measure " + measure.id() + " appears twice");
                }
            });
        }
        return measures;
    }

    private Optional<Measure> readMeasure(JsonNode node, String path, Map<String, MeasureGroup> groups) {
        Optional<MeasureId> id = problems.text(node, "id", path)
                .flatMap(text -> problems.parse(text, Problems.join(path, "id"), MeasureId::parse));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        MeasureId measureId = id.get();
        String at = path + " (" + measureId + ")";
        Optional<MeasureGroup> group = readGroupReference(node, at, measureId, groups);
        Optional<String> name = problems.text(node, "name", at);
        Optional<Basis> basis = readBasis(node.get("basis"), Problems.join(at, "basis"));
        List<String> alternativeNames = new ArrayList<>();
        if (node.has("altNames")) {
            problems.array(node, "altNames", at).forEach(alternative -> alternativeNames.add(alternative.asText()));
        }
        List<Reinforcement> reinforcements = readReinforcements(node, at, measureId);
        Map<Column, Requirement> requirements = readRequirements(node, at, measureId);
        if (group.isEmpty() || name.isEmpty() || basis.isEmpty() || requirements.size() != Column.values().length) {
            return Optional.empty();
        }
        return problems.parse(measureId.toString(), at, ignored -> new Measure(measureId, group.get(), name.get(),
                alternativeNames, basis.get(), requirements, reinforcements));
    }

    private Optional<MeasureGroup> readGroupReference(JsonNode node, String path, MeasureId id,
            Map<String, MeasureGroup> groups) {
        problems.text(node, "framework", path).filter(framework -> !framework.equals(id.framework()))
                .ifPresent(framework -> problems.add(Problems.join(path, "framework"),
                        "'" + framework + "' does not match the id, expected '" + id.framework() + "'"));
        Optional<String> groupId = problems.text(node, "group", path);
        if (groupId.isEmpty()) {
            return Optional.empty();
        }
        if (!groupId.get().equals(id.group())) {
            problems.add(Problems.join(path, "group"), "'" + groupId.get() + "' does not match the id, expected '"
                    + id.group() + "'");
            return Optional.empty();
        }
        MeasureGroup group = groups.get(groupId.get());
        if (group == null) {
            problems.add(Problems.join(path, "group"), "'" + groupId.get() + "' is not listed in groups");
            return Optional.empty();
        }
        problems.text(node, "groupName", path).filter(groupName -> !groupName.equals(group.name()))
                .ifPresent(groupName -> problems.add(Problems.join(path, "groupName"),
                        "'" + groupName + "' differs from the name in groups, '" + group.name() + "'"));
        return Optional.of(group);
    }

    private Optional<Basis> readBasis(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            return problems.parse(node.asText(), path, text -> {
                if (!text.equals("category")) {
                    throw new IllegalArgumentException("'" + text + "' is not a basis, expected \"category\" or an array of dimension letters");
                }
                return Basis.category();
            });
        }
        if (node != null && node.isArray() && node.size() > 0) {
            List<String> letters = new ArrayList<>();
            node.forEach(letter -> letters.add(letter.asText()));
            return problems.parse(String.join(" ", letters), path, Basis::parse)
                    .filter(basis -> {
                        boolean inOrder = basis.toString().equals(String.join(" ", letters));
                        if (!inOrder) {
                            problems.add(path, letters + " is not in table order C, I, T, A, D");
                        }
                        return inOrder;
                    });
        }
        problems.add(path, "expected \"category\" or a non-empty array of dimension letters");
        return Optional.empty();
    }

    private List<Reinforcement> readReinforcements(JsonNode node, String path, MeasureId measure) {
        List<Reinforcement> reinforcements = new ArrayList<>();
        List<JsonNode> nodes = problems.array(node, "reinforcements", path);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode reinforcement = nodes.get(i);
            String at = Problems.join(path, "reinforcements[" + i + "]");
            Optional<ReinforcementId> id = problems.text(reinforcement, "id", at)
                    .flatMap(label -> reinforcementId(measure, label, Problems.join(at, "id")));
            Optional<String> name = problems.text(reinforcement, "name", at);
            Optional<Boolean> referenced = problems.bool(reinforcement, "referencedInTable", at);
            if (id.isPresent() && name.isPresent() && referenced.isPresent()) {
                reinforcements.add(new Reinforcement(id.get(), name.get(), referenced.get()));
            }
        }
        return reinforcements;
    }

    private Map<Column, Requirement> readRequirements(JsonNode node, String path, MeasureId measure) {
        Map<Column, Requirement> requirements = new EnumMap<>(Column.class);
        Optional<JsonNode> requires = problems.object(node, "requires", path);
        if (requires.isEmpty()) {
            return requirements;
        }
        String requiresPath = Problems.join(path, "requires");
        for (Iterator<String> keys = requires.get().fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (problems.parse(key, Problems.join(requiresPath, key), CatalogJsonReader::column).isEmpty()) {
                continue;
            }
            String at = Problems.join(requiresPath, key);
            JsonNode cell = requires.get().get(key);
            Optional<Boolean> applies = problems.bool(cell, "applies", at);
            List<ReinforcementId> required = labels(problems.array(cell, "reinforcements", at),
                    Problems.join(at, "reinforcements"), measure);
            List<OneOf> oneOf = new ArrayList<>();
            List<JsonNode> groups = problems.array(cell, "anyOf", at);
            for (int i = 0; i < groups.size(); i++) {
                String groupPath = Problems.join(at, "anyOf[" + i + "]");
                List<ReinforcementId> choices = labels(elements(groups.get(i)), groupPath, measure);
                problems.parse(groupPath, groupPath, ignored -> new OneOf(choices)).ifPresent(oneOf::add);
            }
            applies.flatMap(value -> problems.parse(key, at, ignored -> new Requirement(value, required, oneOf)))
                    .ifPresent(requirement -> requirements.put(column(key), requirement));
        }
        for (Column column : Column.values()) {
            if (!requires.get().has(column.name())) {
                problems.add(requiresPath, "the column " + column + " is missing");
            }
        }
        return requirements;
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    private List<ReinforcementId> labels(List<JsonNode> nodes, String path, MeasureId measure) {
        List<ReinforcementId> ids = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            reinforcementId(measure, nodes.get(i).asText(), path + "[" + i + "]").ifPresent(ids::add);
        }
        return ids;
    }

    private Optional<ReinforcementId> reinforcementId(MeasureId measure, String label, String path) {
        return problems.parse(label, path, text -> {
            Matcher matcher = REINFORCEMENT_LABEL.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Invalid reinforcement label '" + text + "', expected e.g. 'R2'");
            }
            return measure.reinforcement(Integer.parseInt(matcher.group(1)));
        });
    }

    private static Column column(String key) {
        try {
            return Column.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid column '" + key + "', expected one of BASICA, MEDIA, ALTA", e);
        }
    }

    private void checkCounts(JsonNode counts, List<Measure> measures) {
        checkCount(counts.get("total"), "counts.total", measures.size());
        checkCount(counts.get("reinforcements"), "counts.reinforcements",
                measures.stream().mapToInt(measure -> measure.reinforcements().size()).sum());
        checkCount(counts.get("reinforcementsReferencedInTable"), "counts.reinforcementsReferencedInTable",
                measures.stream().flatMap(measure -> measure.reinforcements().stream())
                        .filter(Reinforcement::referencedInTable).count());
        checkCountsBy(counts.get("byFramework"), "counts.byFramework", measures, measure -> measure.framework().code());
        checkCountsBy(counts.get("byGroup"), "counts.byGroup", measures, measure -> measure.group().id());
        checkCountsBy(counts.get("byBasis"), "counts.byBasis", measures,
                measure -> measure.isCategoryBased() ? "category" : "dimension");
    }

    private void checkCountsBy(JsonNode stated, String path, List<Measure> measures, Function<Measure, String> key) {
        Map<String, Long> actual = measures.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        Map<String, Long> declared = new TreeMap<>();
        if (stated != null) {
            stated.properties().forEach(entry -> declared.put(entry.getKey(), entry.getValue().asLong()));
        }
        if (!declared.equals(actual)) {
            problems.add(path, "states " + declared + " but the measures give " + actual);
        }
    }

    private void checkCount(JsonNode stated, String path, long actual) {
        if (stated == null || !stated.canConvertToLong() || stated.asLong() != actual) {
            problems.add(path, "states " + stated + " but the measures give " + actual);
        }
    }
}
