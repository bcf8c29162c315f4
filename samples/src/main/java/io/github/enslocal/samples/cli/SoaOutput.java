// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.MeasureApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The categorisation of a valuation and the applicability of every measure to it, as the
 * {@code soa} command prints it.
 *
 * <p>The JSON form is {@code {"category": "MEDIA", "levels": {"C": "MEDIO", …}, "measures": [{"id":
 * "op.acc.6", "applies": true, "reinforcements": ["op.acc.6.r5", …], "oneOf": [["op.acc.6.r1", …]],
 * "reason": "…"}, …]}}: the category by constant name ({@code BASICA}, {@code MEDIA}, {@code ALTA}),
 * the assigned dimensions only, in C, I, T, A, D order, and every measure in catalog order with the
 * reinforcements it requires, the groups it requires one of, and the decision as a sentence.
 *
 * @param applicability the applicability worked out for the valuation
 */
record SoaOutput(Applicability applicability) implements CommandOutput {

    SoaOutput {
        Objects.requireNonNull(applicability, "applicability");
    }

    @Override
    public JsonNode toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("category", applicability.category().name());
        ObjectNode levels = root.putObject("levels");
        levels().levels().forEach((dimension, level) -> levels.put(String.valueOf(dimension.letter()), level.name()));
        ArrayNode measures = root.putArray("measures");
        for (MeasureApplicability measure : applicability.measures()) {
            ObjectNode node = measures.addObject();
            node.put("id", measure.measure().id().toString());
            node.put("applies", measure.applies());
            ArrayNode reinforcements = node.putArray("reinforcements");
            measure.requiredReinforcements().forEach(id -> reinforcements.add(id.toString()));
            ArrayNode oneOf = node.putArray("oneOf");
            for (OneOf group : measure.oneOf()) {
                ArrayNode choices = oneOf.addArray();
                group.choices().forEach(id -> choices.add(id.toString()));
            }
            node.put("reason", measure.describe());
        }
        return root;
    }

    @Override
    public ConsoleDocument toDocument() {
        MeasureCatalog catalog = applicability.catalog();
        List<ConsoleDocument.Fact> facts = new ArrayList<>();
        facts.add(new ConsoleDocument.Fact("Levels", levels().toString().replace(",", ", ")));
        EnumSet<Dimension> unassigned = EnumSet.allOf(Dimension.class);
        unassigned.removeAll(levels().assigned());
        if (!unassigned.isEmpty()) {
            facts.add(new ConsoleDocument.Fact("Not assigned", unassigned.stream()
                    .map(dimension -> String.valueOf(dimension.letter())).collect(Collectors.joining(", "))));
        }
        facts.add(new ConsoleDocument.Fact("Category", applicability.categorization().reason()));
        facts.add(new ConsoleDocument.Fact("Applicable measures",
                applicability.applicable().size() + " of " + applicability.measures().size()));
        facts.add(new ConsoleDocument.Fact("Catalog", "RD 311/2022 Anexo II, data version " + catalog.dataVersion()));
        List<List<Cell>> rows = applicability.measures().stream()
                .map(measure -> List.<Cell>of(
                        Cell.text(measure.measure().id().toString()),
                        Cell.text(measure.measure().name()),
                        Cell.text(measure.applies() ? "yes" : "no"),
                        Cell.text(measure.describe())))
                .toList();
        Table table = new Table("Measures",
                List.of(Column.of("Measure"), Column.of("Name"), Column.of("Applies"), Column.of("Decision")), rows);
        return new ConsoleDocument("ENS categorisation and applicability (RD 311/2022 Anexo I and II)", facts,
                List.of(table));
    }

    private DimensionLevels levels() {
        return applicability.categorization().levels();
    }
}
