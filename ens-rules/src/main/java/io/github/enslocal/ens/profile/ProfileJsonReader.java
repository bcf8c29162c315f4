// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.CatalogFormatException;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.internal.json.HardenedJson;
import io.github.enslocal.ens.internal.json.Problems;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the JSON form of a compliance profile, reporting every problem at once. */
final class ProfileJsonReader {

    private final String source;
    private final MeasureCatalog catalog;
    private final Problems problems = new Problems();

    ProfileJsonReader(String source, MeasureCatalog catalog) {
        this.source = source;
        this.catalog = catalog;
    }

    ComplianceProfile read(InputStream in) {
        JsonNode root = HardenedJson.readTree(in, (problem, cause) -> new CatalogFormatException(source, problem, cause));
        Optional<String> id = problems.text(root, "id", "");
        Optional<String> name = problems.text(root, "name", "");
        Optional<String> reference = problems.text(root, "sourceReference", "");
        List<ProfileAdjustment> adjustments = new ArrayList<>();
        List<JsonNode> nodes = problems.array(root, "adjustments", "");
        for (int i = 0; i < nodes.size(); i++) {
            readAdjustment(nodes.get(i), "adjustments[" + i + "]").ifPresent(adjustments::add);
        }
        if (problems.isEmpty()) {
            Optional<ComplianceProfile> profile = problems.parse(id.orElseThrow(), "",
                    ignored -> new ComplianceProfile(id.orElseThrow(), name.orElseThrow(), reference.orElseThrow(), adjustments));
            profile.ifPresent(value -> value.unknownTargets(catalog).forEach(target ->
                    problems.add("adjustments", "the target " + target + " is not in the catalog " + catalog.dataVersion())));
            if (problems.isEmpty()) {
                return profile.orElseThrow();
            }
        }
        throw new CatalogFormatException(source, problems.list());
    }

    private Optional<ProfileAdjustment> readAdjustment(JsonNode node, String path) {
        Optional<ProfileAdjustment.Action> action = problems.text(node, "action", path)
                .flatMap(text -> problems.parse(text, Problems.join(path, "action"), ProfileJsonReader::action));
        Optional<String> target = problems.text(node, "target", path);
        Optional<ReinforcementId> reinforcement = target.filter(text -> text.matches(".*\\.[rR][0-9]+"))
                .flatMap(text -> problems.parse(text, Problems.join(path, "target"), ReinforcementId::parse));
        Optional<MeasureId> measure = reinforcement.map(ReinforcementId::measure).or(() -> target
                .filter(text -> !text.matches(".*\\.[rR][0-9]+"))
                .flatMap(text -> problems.parse(text, Problems.join(path, "target"), MeasureId::parse)));
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (JsonNode category : problems.array(node, "categories", path)) {
            problems.parse(category.asText(), Problems.join(path, "categories"), ProfileJsonReader::category)
                    .ifPresent(categories::add);
        }
        Optional<String> reason = problems.text(node, "reason", path);
        Optional<String> where = problems.text(node, "source", path);
        if (action.isEmpty() || measure.isEmpty() || reason.isEmpty() || where.isEmpty()) {
            return Optional.empty();
        }
        return problems.parse(target.orElseThrow(), path, ignored -> new ProfileAdjustment(action.get(), measure.get(),
                reinforcement, categories, reason.get(), where.get()));
    }

    private static ProfileAdjustment.Action action(String text) {
        for (ProfileAdjustment.Action action : ProfileAdjustment.Action.values()) {
            if (action.name().equals(text)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Invalid action '" + text + "', expected ADD or REMOVE");
    }

    private static Category category(String text) {
        for (Category category : Category.values()) {
            if (category.name().equals(text)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Invalid category '" + text + "', expected one of BASICA, MEDIA, ALTA");
    }
}
