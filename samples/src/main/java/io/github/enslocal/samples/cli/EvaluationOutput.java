// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.ens.evaluation.ComplianceSummary;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MeasureResult;
import io.github.enslocal.ens.evaluation.MeasureStatus;
import io.github.enslocal.ens.evaluation.MunicipalityEvaluation;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.evaluation.Zone;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.spi.Quantity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance evaluation of a dataset's systems at a date, as the {@code evaluate} command
 * prints it.
 *
 * <p>The JSON form is documented field by field in {@code docs/evaluate-json.md} and in the
 * command's help; its field names and constants are stable, and its sentences (finding messages,
 * reasons, categorisation) are in the chosen language. Text and Markdown give the totals, a table of
 * municipalities, a table of systems, the most serious findings, and for each system its required
 * measures with the reasons of their statuses, all in the chosen language.
 *
 * @param title the dataset's title, if it has one
 * @param evaluation the evaluation
 * @param text the language of the output
 */
record EvaluationOutput(Optional<String> title, DatasetEvaluation evaluation, ConsoleText text) implements CommandOutput {

    /** The number of findings the text form lists as the most serious; JSON has them all. */
    static final int TOP_FINDINGS = 15;

    /** The order of the top findings: most serious first, then by system, then the library's order. */
    private static final Comparator<SystemFinding> MOST_SERIOUS = Comparator
            .comparing((SystemFinding found) -> found.finding().grade())
            .thenComparing(SystemFinding::systemId)
            .thenComparing(SystemFinding::finding);

    EvaluationOutput {
        title = Objects.requireNonNullElse(title, Optional.empty());
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(text, "text");
    }

    private Locale locale() {
        return text.language().locale();
    }

    @Override
    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asOf", evaluation.asOf().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("systems", evaluation.systems().size());
        figures(summary, evaluation.summary());
        ArrayNode municipalities = root.putArray("municipalities");
        for (MunicipalityEvaluation municipality : evaluation.municipalities()) {
            ObjectNode node = municipalities.addObject();
            node.put("code", municipality.municipality().toString());
            node.put("name", municipality.name().orElse(null));
            ArrayNode systems = node.putArray("systems");
            municipality.systemIds().forEach(systems::add);
            figures(node, municipality.summary());
        }
        ArrayNode systems = root.putArray("systems");
        for (SystemEvaluation system : evaluation.systems()) {
            ObjectNode node = systems.addObject();
            node.put("id", system.systemId());
            node.put("name", system.systemName());
            node.put("municipality", system.owner().municipality().map(Object::toString).orElse(null));
            node.put("supportBody", system.owner().supportBody().orElse(null));
            node.put("category", system.category().map(Category::name).orElse(null));
            node.put("categorization", system.categorization().reason(locale()));
            figures(node, system.summary());
            findings(node.putArray("systemFindings"), system.systemFindings());
            ArrayNode measures = node.putArray("measures");
            system.measures().forEach(measure -> measure(measures.addObject(), measure));
        }
        return root;
    }

    private static void figures(ObjectNode node, ComplianceSummary summary) {
        ratio(node.putObject("complianceIndex"), summary.compliance());
        ratio(node.putObject("maturityIndex"), summary.maturity());
        node.put("zone", summary.zone().map(Zone::name).orElse(null));
        counts(node.putObject("statusCounts"), summary.statuses());
        counts(node.putObject("findingCounts"), summary.findings());
    }

    private static void ratio(ObjectNode node, Ratio ratio) {
        node.put("numerator", ratio.numerator());
        node.put("denominator", ratio.denominator());
        node.put("percentage", ratio.percentage().orElse(null));
    }

    private static <K extends Enum<K>> void counts(ObjectNode node, Map<K, Integer> counts) {
        counts.forEach((key, count) -> node.put(key.name(), count));
    }

    private void measure(ObjectNode node, MeasureResult measure) {
        node.put("id", measure.measure().toString());
        node.put("status", measure.status().name());
        node.put("requiredMaturity", measure.status().isRequired() ? measure.requiredMaturity().name() : null);
        node.put("declaredMaturity", measure.declaredMaturity().map(Maturity::name).orElse(null));
        ArrayNode missing = node.putArray("missingReinforcements");
        measure.missingReinforcements().forEach(id -> missing.add(id.toString()));
        ArrayNode unmet = node.putArray("unmetOneOf");
        measure.unmetOneOf().forEach(group -> {
            ArrayNode choices = unmet.addArray();
            group.choices().forEach(id -> choices.add(id.toString()));
        });
        findings(node.putArray("findings"), measure.findings());
        node.put("reason", measure.reason(locale()));
    }

    private void findings(ArrayNode array, List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("rule", finding.ruleId());
            node.put("part", finding.part().map(ReinforcementId::toString).orElse(null));
            node.put("grade", finding.grade().name());
            node.put("code", finding.code());
            arguments(node.putObject("arguments"), finding);
            node.put("message", finding.message(locale()));
            ArrayNode subjects = node.putArray("subjects");
            for (Subject subject : finding.subjects()) {
                subjects.addObject().put("kind", subject.kind().name()).put("id", subject.id());
            }
        }
    }

    /**
     * Writes a finding's arguments for machines: numbers as numbers, a quantity as {@code {"count",
     * "unit"}}, dates in ISO-8601, anything else as its text.
     */
    private static void arguments(ObjectNode node, Finding finding) {
        finding.arguments().forEach((name, value) -> {
            if (value instanceof Integer number) {
                node.put(name, number);
            } else if (value instanceof Long number) {
                node.put(name, number);
            } else if (value instanceof Quantity quantity) {
                node.putObject(name).put("count", quantity.count()).put("unit", quantity.unit());
            } else if (value instanceof LocalDate || value instanceof Duration) {
                node.put(name, value.toString());
            } else if (value instanceof Category category) {
                node.put(name, category.name());
            } else {
                node.put(name, value.toString());
            }
        });
    }

    @Override
    public ConsoleDocument toDocument() {
        ComplianceSummary total = evaluation.summary();
        List<ConsoleDocument.Fact> facts = new ArrayList<>();
        title.ifPresent(value -> facts.add(new ConsoleDocument.Fact(text.format("evaluate.dataset"), value)));
        facts.add(new ConsoleDocument.Fact(text.format("evaluate.systems"), String.valueOf(evaluation.systems().size())));
        facts.add(new ConsoleDocument.Fact(text.format("evaluate.compliance"), index(total.compliance())));
        facts.add(new ConsoleDocument.Fact(text.format("evaluate.maturity"), index(total.maturity())));
        facts.add(new ConsoleDocument.Fact(text.format("evaluate.zone"), zone(total)));
        facts.add(new ConsoleDocument.Fact(text.format("evaluate.findings"), text.format("evaluate.findingsValue",
                total.count(FindingGrade.MAJOR), total.count(FindingGrade.MINOR), total.count(FindingGrade.OBSERVATION))));
        List<Table> tables = new ArrayList<>();
        tables.add(municipalityTable());
        tables.add(systemTable());
        tables.add(topFindings());
        evaluation.systems().forEach(system -> tables.add(measureTable(system)));
        return new ConsoleDocument(text.format("evaluate.title", evaluation.asOf()), facts, tables);
    }

    private Table municipalityTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (MunicipalityEvaluation municipality : evaluation.municipalities()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(municipality.municipality().toString()),
                    Cell.text(municipality.name().orElse("")),
                    Cell.number(municipality.systemIds().size())));
            row.addAll(figureCells(municipality.summary()));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(column("ine"), column("municipality"), column("systems")));
        columns.addAll(figureColumns());
        return new Table(text.format("evaluate.municipalities"), columns, rows);
    }

    private Table systemTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (SystemEvaluation system : evaluation.systems()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(system.systemId()),
                    Cell.text(owner(system)),
                    Cell.text(system.category().map(Category::officialName).orElse(text.format("evaluate.notCategorised")))));
            row.addAll(figureCells(system.summary()));
            row.add(Cell.number(system.summary().count(FindingGrade.MAJOR)));
            row.add(Cell.number(system.summary().count(FindingGrade.MINOR)));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(column("system"), column("owner"), column("category")));
        columns.addAll(figureColumns());
        columns.add(column("major"));
        columns.add(column("minor"));
        return new Table(text.format("evaluate.systemsTable"), columns, rows);
    }

    /**
     * Returns the non-conformities of an evaluation, most serious first, then by system, then in the
     * library's order.
     *
     * @param evaluation the evaluation
     * @return the major and minor findings of every system with the system's id
     */
    static List<SystemFinding> nonConformities(DatasetEvaluation evaluation) {
        return evaluation.systems().stream()
                .flatMap(system -> system.findings().stream().map(finding -> new SystemFinding(system.systemId(), finding)))
                .filter(found -> found.finding().grade().isNonConformity())
                .sorted(MOST_SERIOUS)
                .toList();
    }

    private Table topFindings() {
        List<SystemFinding> all = nonConformities(evaluation);
        List<List<Cell>> rows = all.stream().limit(TOP_FINDINGS).map(found -> List.of(
                Cell.text(found.finding().grade().officialName()),
                Cell.text(found.systemId()),
                Cell.text(where(found.finding())),
                Cell.text(found.finding().ruleId()),
                Cell.text(found.finding().explanation(locale())))).toList();
        return new Table(text.format("evaluate.topFindings", rows.size(), all.size()),
                List.of(column("grade"), column("system"), column("measure"), column("rule"), column("finding")),
                rows);
    }

    /**
     * Returns where a finding is: its measure and part, e.g. {@code "mp.eq.3 R1"}, or the word for
     * the system as a whole.
     *
     * @param finding the finding
     * @param text the language
     * @return the text
     */
    static String where(Finding finding, ConsoleText text) {
        return finding.measure().map(Object::toString).orElse(text.format("evaluate.wholeSystem"))
                + finding.part().map(part -> " R" + part.number()).orElse("");
    }

    private String where(Finding finding) {
        return where(finding, text);
    }

    private Table measureTable(SystemEvaluation system) {
        Messages labels = Messages.of(text.language());
        List<List<Cell>> rows = new ArrayList<>();
        system.systemFindings().forEach(finding -> rows.add(List.of(Cell.text(where(finding)),
                Cell.text(finding.grade().officialName()), Cell.text(finding.explanation(locale())))));
        long notApplicable = system.measures().stream().filter(m -> m.status() == MeasureStatus.NOT_APPLICABLE).count();
        system.measures().stream().filter(measure -> measure.status() != MeasureStatus.NOT_APPLICABLE)
                .forEach(measure -> rows.add(List.of(Cell.text(measure.measure().toString()),
                        Cell.text(labels.get("dashboard.status." + measure.status().name())),
                        Cell.text(measure.reason(locale())))));
        String heading = system.systemId() + " (" + system.systemName() + "), "
                + system.category().map(Category::officialName)
                        .orElse(text.format("evaluate.notCategorisedBecause", system.categorization().reason(locale())))
                + (notApplicable == 0 ? "" : text.format("evaluate.notApplicableOmitted", notApplicable));
        return new Table(heading, List.of(column("measure"), column("status"), column("reason")), rows);
    }

    private Column column(String key) {
        return Column.of(text.format("evaluate.column." + key));
    }

    private String zone(ComplianceSummary summary) {
        return summary.zone().map(zone -> Messages.of(text.language()).get("dashboard.zone." + zone.name()))
                .orElse(text.format("evaluate.noZone"));
    }

    private static String owner(SystemEvaluation system) {
        return system.owner().municipality().map(Object::toString)
                .or(() -> system.owner().supportBody()).orElse("");
    }

    private List<Column> figureColumns() {
        return List.of(column("compliance"), column("compliancePercent"), column("maturity"), column("maturityPercent"),
                column("zone"));
    }

    private List<Cell> figureCells(ComplianceSummary summary) {
        return List.of(
                Cell.text(summary.compliance().toString()), percentage(summary.compliance()),
                Cell.text(summary.maturity().toString()), percentage(summary.maturity()),
                Cell.text(summary.zone().map(zone -> Messages.of(text.language()).get("dashboard.zone." + zone.name()))
                        .orElse("")));
    }

    private static Cell percentage(Ratio ratio) {
        return ratio.percentage().map(Cell::number).orElse(Cell.empty());
    }

    private static String index(Ratio ratio) {
        return ratio + ratio.percentage().map(percentage -> " (" + percentage.toPlainString() + " %)").orElse("");
    }

    /**
     * A finding with the system it was found on.
     *
     * @param systemId the system's id
     * @param finding the finding
     */
    record SystemFinding(String systemId, Finding finding) {
    }
}
