// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.catalog.Basis;
import io.github.enslocal.ens.catalog.CatalogFormatException;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Framework;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.MeasureGroup;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.internal.json.HardenedJson;
import io.github.enslocal.ens.internal.json.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OSCAL 1.1.x {@code catalog} of RD 311/2022 Anexo II, such as the AEAD catalogue
 * {@code ENS_Anexo_II_rev_10.json}, into a {@link MeasureCatalog}.
 *
 * <p>The catalogue encodes applicability in props of namespace {@code urn:es:ens}:
 * {@code aplicacion-por} ({@code categoria} or {@code nivel-dimension}) gives the basis,
 * {@code dimension} the dimensions, and {@code categoria} ({@code BASICA}, {@code MEDIA},
 * {@code ALTA}) or {@code nivel} ({@code BAJO}, {@code MEDIO}, {@code ALTO}) is repeated for each
 * column where the measure, or a reinforcement, is required. Choices "[R1 o R2]" are params with
 * prop {@code tipo-param=seleccion-refuerzo}, the column's {@code categoria}/{@code nivel} and
 * {@code select.how-many=one}. A reinforcement is referenced in the table if some column requires
 * it or a choice offers it; the others are optional. Measure groups are the OSCAL families
 * ({@code org}) and subfamilies ({@code op.acc}, …); the catalog's data version is the OSCAL
 * {@code metadata.version}.
 *
 * <p>Names are taken from the control titles without their trailing full stop; reinforcement titles
 * lose their {@code "Refuerzo Rn-"} prefix. The OSCAL titles sometimes word a measure differently
 * from the Anexo II table (e.g. capitalisation); the bundled catalog records those wordings as
 * {@link Measure#alternativeNames()}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OscalCatalogReader {

    private static final String NAMESPACE = "urn:es:ens";
    private static final Pattern REINFORCEMENT_TITLE = Pattern.compile("Refuerzo R([1-9][0-9]?)\\s*[-–]\\s*(.+?)\\.?");

    private OscalCatalogReader() {
    }

    /**
     * Reads an OSCAL catalog of Anexo II from a file.
     *
     * @param file the OSCAL JSON file, UTF-8
     * @return the catalog
     * @throws NullPointerException if {@code file} is null
     * @throws CatalogFormatException if the file is not acceptable JSON or not a consistent OSCAL
     *     catalog of Anexo II; the exception lists every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static MeasureCatalog read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OSCAL catalog " + file, e);
        }
    }

    /**
     * Reads an OSCAL catalog of Anexo II from a stream.
     *
     * @param in the OSCAL JSON document, UTF-8; not closed
     * @param source what is read, for messages, e.g. a file name
     * @return the catalog
     * @throws NullPointerException if an argument is null
     * @throws CatalogFormatException if the document is not acceptable JSON or not a consistent
     *     OSCAL catalog of Anexo II; the exception lists every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static MeasureCatalog read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return new Reading(source).read(in);
    }

    /** One read of one document, collecting its problems. */
    private static final class Reading {

        private final String source;
        private final Problems problems = new Problems();
        private final List<MeasureGroup> groups = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        MeasureCatalog read(InputStream in) {
            JsonNode root = HardenedJson.readTree(in, (problem, cause) -> new CatalogFormatException(source, problem, cause));
            Optional<JsonNode> catalog = problems.object(root, "catalog", "");
            Optional<String> version = Optional.empty();
            Optional<String> reference = Optional.empty();
            if (catalog.isPresent()) {
                Optional<JsonNode> metadata = problems.object(catalog.get(), "metadata", "catalog");
                version = metadata.flatMap(node -> problems.text(node, "version", "catalog.metadata"));
                reference = metadata.flatMap(this::sourceReference);
                List<JsonNode> families = problems.array(catalog.get(), "groups", "catalog");
                for (int i = 0; i < families.size(); i++) {
                    readFamily(families.get(i), "catalog.groups[" + i + "]");
                }
            }
            if (problems.isEmpty()) {
                try {
                    return MeasureCatalog.of(version.orElseThrow(), reference.orElseThrow(), groups, measures);
                } catch (IllegalArgumentException e) {
                    problems.add("catalog", e.getMessage());
                }
            }
            throw new CatalogFormatException(source, problems.list());
        }

        private Optional<String> sourceReference(JsonNode metadata) {
            Optional<String> title = problems.text(metadata, "title", "catalog.metadata");
            List<String> sources = values(metadata, "source");
            return title.map(text -> text + (sources.isEmpty() ? "" : " (" + String.join(", ", sources) + ")"));
        }

        private void readFamily(JsonNode family, String path) {
            Optional<Framework> framework = problems.text(family, "id", path)
                    .flatMap(id -> problems.parse(id, Problems.join(path, "id"), Framework::parse));
            Optional<String> title = problems.text(family, "title", path);
            if (framework.isEmpty() || title.isEmpty()) {
                return;
            }
            if (framework.get() == Framework.ORG) {
                readGroup(family, path, framework.get());
            } else {
                List<JsonNode> subfamilies = family.has("groups") ? problems.array(family, "groups", path) : List.of();
                for (int i = 0; i < subfamilies.size(); i++) {
                    readGroup(subfamilies.get(i), Problems.join(path, "groups[" + i + "]"), framework.get());
                }
            }
        }

        private void readGroup(JsonNode node, String path, Framework framework) {
            Optional<MeasureGroup> group = problems.text(node, "id", path).flatMap(id -> problems.text(node, "title", path)
                    .flatMap(title -> problems.parse(id, Problems.join(path, "id"),
                            ignored -> new MeasureGroup(id, framework, title))));
            if (group.isEmpty()) {
                return;
            }
            groups.add(group.get());
            List<JsonNode> controls = problems.array(node, "controls", path);
            for (int i = 0; i < controls.size(); i++) {
                readMeasure(controls.get(i), Problems.join(path, "controls[" + i + "]"), group.get())
                        .ifPresent(measures::add);
            }
        }

        private Optional<Measure> readMeasure(JsonNode control, String path, MeasureGroup group) {
            Optional<MeasureId> id = problems.text(control, "id", path)
                    .flatMap(text -> problems.parse(text, Problems.join(path, "id"), MeasureId::parse));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            String at = path + " (" + id.get() + ")";
            Optional<String> name = problems.text(control, "title", at).map(Reading::withoutFullStop);
            Optional<Basis> basis = basis(control, at);
            Set<Column> applies = columns(control, at);
            Map<ReinforcementId, Set<Column>> requiredAt = new LinkedHashMap<>();
            Map<ReinforcementId, String> names = new LinkedHashMap<>();
            List<JsonNode> children = control.has("controls") ? problems.array(control, "controls", at) : List.of();
            for (int i = 0; i < children.size(); i++) {
                String childPath = Problems.join(at, "controls[" + i + "]");
                JsonNode child = children.get(i);
                problems.text(child, "id", childPath)
                        .flatMap(text -> problems.parse(text, Problems.join(childPath, "id"), ReinforcementId::parse))
                        .ifPresent(reinforcement -> {
                            reinforcementName(child, childPath, reinforcement).ifPresent(n -> names.put(reinforcement, n));
                            requiredAt.put(reinforcement, columns(child, childPath));
                        });
            }
            Map<Column, List<OneOf>> choices = choices(control, at);
            Set<ReinforcementId> offered = new HashSet<>();
            choices.values().forEach(list -> list.forEach(oneOf -> offered.addAll(oneOf.choices())));
            List<Reinforcement> reinforcements = new ArrayList<>();
            names.forEach((reinforcement, reinforcementName) -> reinforcements.add(new Reinforcement(reinforcement,
                    reinforcementName, !requiredAt.get(reinforcement).isEmpty() || offered.contains(reinforcement))));
            Map<Column, Requirement> requirements = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                List<ReinforcementId> required = requiredAt.entrySet().stream()
                        .filter(entry -> entry.getValue().contains(column)).map(Map.Entry::getKey).toList();
                List<OneOf> oneOf = choices.getOrDefault(column, List.of());
                problems.parse(column.name(), at + " column " + column,
                        ignored -> new Requirement(applies.contains(column), required, oneOf))
                        .ifPresent(requirement -> requirements.put(column, requirement));
            }
            if (name.isEmpty() || basis.isEmpty() || requirements.size() != Column.values().length
                    || names.size() != children.size()) {
                return Optional.empty();
            }
            return problems.parse(id.get().toString(), at, ignored -> new Measure(id.get(), group, name.get(), List.of(),
                    basis.get(), requirements, reinforcements));
        }

        private Optional<String> reinforcementName(JsonNode control, String path, ReinforcementId id) {
            return problems.text(control, "title", path).flatMap(title -> problems.parse(title, Problems.join(path, "title"),
                    text -> {
                        Matcher matcher = REINFORCEMENT_TITLE.matcher(text);
                        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != id.number()) {
                            throw new IllegalArgumentException("'" + text + "' is not the title of " + id
                                    + ", expected e.g. 'Refuerzo R" + id.number() + "-Name.'");
                        }
                        return matcher.group(2).trim();
                    }));
        }

        private Optional<Basis> basis(JsonNode control, String path) {
            List<String> kinds = values(control, "aplicacion-por");
            EnumSet<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
            for (String name : values(control, "dimension")) {
                problems.parse(name, path + " prop dimension", Reading::dimension).ifPresent(dimensions::add);
            }
            if (kinds.equals(List.of("categoria"))) {
                return Optional.of(Basis.category());
            }
            if (kinds.equals(List.of("nivel-dimension"))) {
                return problems.parse(dimensions.toString(), path + " prop dimension", ignored -> Basis.dimensions(dimensions));
            }
            problems.add(path, "expected one prop aplicacion-por of categoria or nivel-dimension, got " + kinds);
            return Optional.empty();
        }

        private Set<Column> columns(JsonNode node, String path) {
            EnumSet<Column> columns = EnumSet.noneOf(Column.class);
            for (String category : values(node, "categoria")) {
                problems.parse(category, path + " prop categoria", Column::valueOf).ifPresent(columns::add);
            }
            for (String level : values(node, "nivel")) {
                problems.parse(level, path + " prop nivel",
                        text -> Column.of(SecurityLevel.valueOf(text))).ifPresent(columns::add);
            }
            return columns;
        }

        private Map<Column, List<OneOf>> choices(JsonNode control, String path) {
            Map<Column, List<OneOf>> choices = new EnumMap<>(Column.class);
            List<JsonNode> params = control.has("params") ? problems.array(control, "params", path) : List.of();
            for (int i = 0; i < params.size(); i++) {
                JsonNode param = params.get(i);
                String at = Problems.join(path, "params[" + i + "]");
                if (!values(param, "tipo-param").equals(List.of("seleccion-refuerzo"))) {
                    continue;
                }
                JsonNode select = param.path("select");
                if (!select.path("how-many").asText().equals("one")) {
                    problems.add(Problems.join(at, "select.how-many"), "expected \"one\" for a choice of reinforcements");
                    continue;
                }
                List<ReinforcementId> members = new ArrayList<>();
                for (JsonNode choice : problems.array(select, "choice", Problems.join(at, "select"))) {
                    problems.parse(choice.asText(), Problems.join(at, "select.choice"), ReinforcementId::parse)
                            .ifPresent(members::add);
                }
                Set<Column> columns = columns(param, at);
                if (columns.size() != 1) {
                    problems.add(at, "expected exactly one categoria or nivel for a choice, got " + columns);
                    continue;
                }
                problems.parse(members.toString(), Problems.join(at, "select.choice"), ignored -> new OneOf(members))
                        .ifPresent(oneOf -> choices.computeIfAbsent(columns.iterator().next(), key -> new ArrayList<>())
                                .add(oneOf));
            }
            return choices;
        }

        private static List<String> values(JsonNode node, String name) {
            List<String> values = new ArrayList<>();
            node.path("props").forEach(prop -> {
                if (NAMESPACE.equals(prop.path("ns").asText()) && name.equals(prop.path("name").asText())) {
                    values.add(prop.path("value").asText());
                }
            });
            return values;
        }

        private static Dimension dimension(String officialName) {
            for (Dimension dimension : Dimension.values()) {
                if (dimension.officialName().equals(officialName)) {
                    return dimension;
                }
            }
            throw new IllegalArgumentException("Unknown dimension '" + officialName + "', expected e.g. 'Confidencialidad'");
        }

        private static String withoutFullStop(String title) {
            return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
        }
    }
}
