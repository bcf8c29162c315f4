// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.applicability.StatementOfApplicability.Status;
import io.github.enslocal.ens.catalog.Basis;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad.Entry;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts and tables of one declaration in one language, shared by the CSV, Markdown and HTML
 * writers so that every format says the same thing.
 */
final class SoaContent {

    private final DeclaracionDeAplicabilidad model;
    private final Messages messages;
    private final ValueFormat values;

    SoaContent(DeclaracionDeAplicabilidad model, ReportLanguage language) {
        this.model = model;
        this.messages = Messages.of(language);
        this.values = ValueFormat.of(language);
    }

    String title() {
        return messages.format("soa.documentTitle", model.systemName());
    }

    /** Returns the header as label and value pairs, in print order. */
    List<Map.Entry<String, String>> facts() {
        return List.of(
                Map.entry(messages.get("soa.document"),
                        messages.format("soa.document.value", model.documentId(), model.version())),
                Map.entry(messages.get("soa.stage"), messages.get("soa.stage." + model.stage())),
                Map.entry(messages.get("soa.riskAnalysis"), model.riskAnalysisDate()
                        .map(date -> messages.format("soa.riskAnalysis.approved", values.date(date)))
                        .orElse(messages.get("soa.riskAnalysis.none"))),
                Map.entry(messages.get("soa.entity"), messages.format("soa.entity." + model.entity().kind(),
                        model.entity().name(), model.entity().code())),
                Map.entry(messages.get("soa.system"), model.systemName() + " (" + model.systemId() + ")"),
                Map.entry(messages.get("soa.category"), category(model.category())),
                Map.entry(messages.get("common.date"), values.date(model.asOf())),
                Map.entry(messages.get("soa.signer"), model.securityOfficer()
                        .map(signer -> signer.name() + signer.position().map(position -> ", " + position).orElse(""))
                        .orElse(messages.get("soa.signer.notDesignated"))));
    }

    /** Returns the sentences that must catch the reader's eye: no signer, a differing category. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (model.securityOfficer().isEmpty()) {
            warnings.add(messages.get("soa.signer.notDesignated"));
        }
        if (model.stage() == DeclaracionDeAplicabilidad.Stage.PROVISIONAL) {
            warnings.add(messages.get("soa.stage.provisionalWarning"));
        }
        model.declaredCategory().filter(declared -> declared != model.category()).ifPresent(declared ->
                warnings.add(messages.format("soa.declaredCategory", category(declared), category(model.category()))));
        if (!model.disregardedDecisions().isEmpty()) {
            warnings.add(messages.format("soa.disregarded",
                    model.disregardedDecisions().stream().map(Object::toString).collect(Collectors.joining(", "))));
        }
        return warnings;
    }

    /** Returns the sentences under the title: the legal basis and the catalog. */
    List<String> notes() {
        return List.of(messages.get("soa.legalBasis"), messages.format("soa.catalog", model.catalogVersion()),
                messages.get("common.officialSpanish.measures"));
    }

    Table table(SoaTable table) {
        return switch (table) {
            case MEASURES -> measures(messages.get("soa.measuresTable"), model.entries(), true);
            case VALUATIONS -> valuations();
            case TOTALS -> totals();
        };
    }

    /** Returns the table of one group, without the group column. */
    Table group(Group group) {
        return measures(group.id() + " · " + group.name(), group.measures(), false);
    }

    String framework(Group group) {
        return messages.get("soa.framework") + " " + group.framework().code() + ": " + group.framework().officialName();
    }

    private Table measures(String title, List<Entry> entries, boolean withGroup) {
        List<Column> columns = new ArrayList<>();
        if (withGroup) {
            columns.add(messages.column("soa.column.group"));
        }
        Stream.of("measure", "name", "criterion", "status", "required", "declared", "justification")
                .map(name -> messages.column("soa.column." + name)).forEach(columns::add);
        List<List<Cell>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            List<Cell> row = new ArrayList<>();
            if (withGroup) {
                row.add(Cell.text(entry.group()));
            }
            row.add(Cell.text(entry.id().toString()));
            row.add(Cell.officialSpanish(entry.name()));
            row.add(Cell.text(criterion(entry)));
            row.add(Cell.text(messages.get("soa.status." + entry.status())));
            row.add(text(required(entry)));
            row.add(text(reinforcements(entry.declaredReinforcements())));
            row.add(text(justification(entry)));
            rows.add(row);
        }
        return new Table(title, columns, rows);
    }

    /**
     * Returns the compensating measures, one row per compensated measure in catalog order, each
     * beside the Anexo II measure it replaces (art. 28.3); the measures table holds the same in its
     * justification column, so CSV has no file of its own for it.
     */
    Table compensations() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Entry entry : model.entries()) {
            entry.compensation().ifPresent(compensation -> rows.add(List.of(Cell.text(entry.id().toString()),
                    Cell.officialSpanish(entry.name()), Cell.text(compensation.measure()), Cell.text(compensation.justification()))));
        }
        return new Table(messages.get("soa.compensations"), Stream.of("replaced", "name", "compensating", "justification")
                .map(name -> messages.column("soa.compensations." + name)).toList(), rows);
    }

    private Table valuations() {
        List<Column> columns = new ArrayList<>(List.of(messages.column("soa.valuation.kind"), messages.column("soa.valuation.name")));
        for (Dimension dimension : Dimension.values()) {
            columns.add(Column.of(String.valueOf(dimension.letter())));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (DeclaracionDeAplicabilidad.Valued valued : model.valuations()) {
            rows.add(levelsRow(messages.get("soa.valuation." + valued.kind()), valued.name(), valued.levels()));
        }
        rows.add(levelsRow(messages.get("soa.valuation.system"), "", model.levels()));
        return new Table(messages.get("soa.valuations"), columns, rows);
    }

    private List<Cell> levelsRow(String kind, String name, DimensionLevels levels) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(kind), text(name)));
        for (Dimension dimension : Dimension.values()) {
            row.add(levels.level(dimension).map(level -> Cell.text(level(level))).orElse(Cell.empty()));
        }
        return row;
    }

    private Table totals() {
        DeclaracionDeAplicabilidad.Totals totals = model.totals();
        List<Map.Entry<String, Long>> counts = List.of(
                Map.entry("measures", totals.measures()),
                Map.entry("tableApplicable", totals.tableApplicable()),
                Map.entry("applicable", totals.applicable()),
                Map.entry("added", totals.added()),
                Map.entry("excluded", totals.excluded()),
                Map.entry("compensated", totals.compensated()),
                Map.entry("notApplicable", totals.notApplicable()),
                Map.entry("requiredReinforcements", totals.requiredReinforcements()),
                Map.entry("oneOfChoices", totals.oneOfChoices()));
        return new Table(messages.get("soa.totals"), List.of(messages.column("soa.totals.item"), messages.column("soa.totals.count")),
                counts.stream().map(count -> List.of(Cell.text(messages.get("soa.totals." + count.getKey())),
                        Cell.number(count.getValue()))).toList());
    }

    private String criterion(Entry entry) {
        Basis basis = Basis.parse(entry.basis());
        if (basis.isCategory()) {
            return messages.format("soa.criterion.category", category(model.category()));
        }
        return entry.column()
                .map(column -> messages.format("soa.criterion.dimensions", basis.letters(), level(column.level())))
                .orElse(messages.format("soa.criterion.notAssigned", basis.letters()));
    }

    private String required(Entry entry) {
        List<String> parts = new ArrayList<>();
        if (!entry.requiredReinforcements().isEmpty()) {
            parts.add(reinforcements(entry.requiredReinforcements()));
        }
        for (List<ReinforcementId> choices : entry.oneOf()) {
            parts.add(messages.format("soa.oneOf",
                    choices.stream().map(Reinforcement::label).collect(Collectors.joining(" / "))));
        }
        return String.join("; ", parts);
    }

    private String justification(Entry entry) {
        List<String> lines = new ArrayList<>();
        if (entry.status() == Status.NOT_APPLICABLE) {
            lines.add(notApplicable(entry));
        }
        entry.exclusion().ifPresent(exclusion -> lines.add(messages.format("soa.justification.excluded", exclusion)));
        entry.compensation().ifPresent(compensation ->
                lines.add(messages.format("soa.compensation", compensation.measure(), compensation.justification())));
        for (DeclaracionDeAplicabilidad.AdditionNote addition : entry.additions()) {
            lines.add(addition.reinforcement()
                    .map(reinforcement -> messages.format("soa.addition.reinforcement", Reinforcement.label(reinforcement),
                            addition.justification()))
                    .orElse(messages.format("soa.addition.measure", addition.justification())));
        }
        return String.join("\n", lines);
    }

    /**
     * Returns why the Anexo II table does not apply a measure, from the system's category or levels:
     * "the level of D is LOW; the measure is required only from level HIGH".
     */
    private String notApplicable(Entry entry) {
        Basis basis = Basis.parse(entry.basis());
        String threshold = entry.lowestApplicableColumn()
                .map(lowest -> basis.isCategory()
                        ? messages.format("soa.notApplicable.fromCategory", category(lowest.category()))
                        : messages.format("soa.notApplicable.fromLevel", level(lowest.level())))
                .orElse(messages.get("soa.notApplicable.never"));
        if (basis.isCategory()) {
            return messages.format("soa.notApplicable.category", category(model.category()), threshold);
        }
        return entry.column()
                .map(column -> messages.format(basis.dimensions().size() == 1
                        ? "soa.notApplicable.level" : "soa.notApplicable.highestLevel",
                        basis.letters(), level(column.level()), threshold))
                .orElse(messages.format("soa.notApplicable.notAssigned", basis.letters()));
    }

    String level(SecurityLevel level) {
        return messages.get("soa.level." + level.name());
    }

    String category(Category category) {
        return messages.get("soa.categoryName." + category.name());
    }

    private static String reinforcements(List<ReinforcementId> reinforcements) {
        return reinforcements.stream().map(Reinforcement::label).collect(Collectors.joining(", "));
    }

    private static Cell text(String value) {
        return value.isEmpty() ? Cell.empty() : Cell.text(value);
    }

    /**
     * Returns the lines of the signature block as label and value pairs; a value is empty where the
     * signer fills it in by hand.
     */
    List<Map.Entry<String, String>> signatureLines() {
        return List.of(
                Map.entry(messages.get("soa.document"),
                        messages.format("soa.document.value", model.documentId(), model.version())),
                Map.entry(messages.get("soa.signature.role"),
                        model.securityOfficer().map(DeclaracionDeAplicabilidad.Signer::name).orElse("")),
                Map.entry(messages.get("soa.signature.position"),
                        model.securityOfficer().flatMap(DeclaracionDeAplicabilidad.Signer::position).orElse("")),
                Map.entry(messages.get("soa.signature.place"), ""),
                Map.entry(messages.get("soa.signature.sign"), ""));
    }

    Messages messages() {
        return messages;
    }
}
