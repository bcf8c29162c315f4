// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The measure catalog of RD 311/2022 Anexo II, as the {@code catalog} command prints it.
 *
 * <p>The JSON form is {@code {"dataVersion", "sourceReference", "measures": [{"id", "group",
 * "groupName", "name", "basis", "dimensions", "requirements", "reinforcements"}, …]}} with the
 * measures in catalog order. {@code basis} is {@code "category"} or {@code "dimensions"};
 * {@code dimensions} lists the letters of a dimension-based measure's dimensions (empty for a
 * category-based one); {@code requirements} has one entry per column of the Anexo II table,
 * {@code BASICA}, {@code MEDIA} and {@code ALTA} (the BAJO, MEDIO and ALTO columns of a
 * dimension-based measure), each {@code {"applies", "reinforcements", "oneOf"}} with full
 * reinforcement ids; {@code reinforcements} lists every reinforcement the measure defines as
 * {@code {"id", "name", "referencedInTable"}}.
 *
 * @param catalog the catalog
 */
record CatalogOutput(MeasureCatalog catalog) implements CommandOutput {

    CatalogOutput {
        Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("dataVersion", catalog.dataVersion());
        root.put("sourceReference", catalog.sourceReference());
        ArrayNode measures = root.putArray("measures");
        for (Measure measure : catalog.measures()) {
            ObjectNode node = measures.addObject();
            node.put("id", measure.id().toString());
            node.put("group", measure.group().id());
            node.put("groupName", measure.groupName());
            node.put("name", measure.name());
            node.put("basis", measure.isCategoryBased() ? "category" : "dimensions");
            ArrayNode dimensions = node.putArray("dimensions");
            measure.basis().dimensions().forEach(dimension -> dimensions.add(String.valueOf(dimension.letter())));
            ObjectNode requirements = node.putObject("requirements");
            for (Column column : Column.values()) {
                Requirement requirement = measure.requirement(column);
                ObjectNode cell = requirements.putObject(column.name());
                cell.put("applies", requirement.applies());
                ids(cell.putArray("reinforcements"), requirement.reinforcements());
                ArrayNode oneOf = cell.putArray("oneOf");
                for (OneOf group : requirement.oneOf()) {
                    ids(oneOf.addArray(), group.choices());
                }
            }
            ArrayNode reinforcements = node.putArray("reinforcements");
            for (Reinforcement reinforcement : measure.reinforcements()) {
                reinforcements.addObject()
                        .put("id", reinforcement.id().toString())
                        .put("name", reinforcement.name())
                        .put("referencedInTable", reinforcement.referencedInTable());
            }
        }
        return root;
    }

    private static void ids(ArrayNode array, List<ReinforcementId> ids) {
        ids.forEach(id -> array.add(id.toString()));
    }

    @Override
    public ConsoleDocument toDocument() {
        List<io.github.enslocal.reporting.Column> measureColumns = new ArrayList<>(List.of(
                heading("Measure"), heading("Group"), heading("Name"), heading("Basis")));
        Arrays.stream(Column.values())
                .map(column -> heading(column.category().officialName() + " / " + column.level().name()))
                .forEach(measureColumns::add);
        List<List<Cell>> measureRows = new ArrayList<>();
        List<List<Cell>> reinforcementRows = new ArrayList<>();
        for (Measure measure : catalog.measures()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(measure.id().toString()),
                    Cell.text(measure.group().id()),
                    Cell.text(measure.name()),
                    Cell.text(measure.basis().toString())));
            Arrays.stream(Column.values()).map(column -> Cell.text(cell(measure.requirement(column)))).forEach(row::add);
            measureRows.add(row);
            measure.reinforcements().forEach(reinforcement -> reinforcementRows.add(List.of(
                    Cell.text(reinforcement.id().toString()),
                    Cell.text(reinforcement.name()),
                    Cell.text(reinforcement.referencedInTable() ? "yes" : "no (optional)"))));
        }
        int reinforcementCount = reinforcementRows.size();
        List<ConsoleDocument.Fact> facts = List.of(
                new ConsoleDocument.Fact("Source", catalog.sourceReference()),
                new ConsoleDocument.Fact("Data version", catalog.dataVersion()),
                new ConsoleDocument.Fact("Measures", String.valueOf(catalog.measures().size())),
                new ConsoleDocument.Fact("Reinforcements", String.valueOf(reinforcementCount)),
                new ConsoleDocument.Fact("Cells", "'applies' is the base measure alone; '+ R5' adds a reinforcement;"
                        + " 'one of [R1, R2]' requires one of a group; 'n.a.' means the measure does not apply"));
        return new ConsoleDocument("ENS measure catalog (RD 311/2022 Anexo II)", facts, List.of(
                new Table("Measures", measureColumns, measureRows),
                new Table("Reinforcements", List.of(heading("Reinforcement"), heading("Name"), heading("In the table")),
                        reinforcementRows)));
    }

    /** Returns a column of a printed table; the catalog's {@link Column} has the simple name here. */
    private static io.github.enslocal.reporting.Column heading(String label) {
        return io.github.enslocal.reporting.Column.of(label);
    }

    private static String cell(Requirement requirement) {
        return requirement.applies() ? ("applies " + requirement).strip() : "n.a.";
    }
}
