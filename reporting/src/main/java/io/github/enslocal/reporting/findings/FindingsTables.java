// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.findings.FindingsReport.Counts;
import io.github.enslocal.reporting.findings.FindingsReport.OpenFinding;
import io.github.enslocal.reporting.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lays out the tables of a {@link FindingsReport} in one language. */
final class FindingsTables {

    private final FindingsReport report;
    private final Messages labels;

    FindingsTables(FindingsReport report, ReportLanguage language) {
        this.report = Objects.requireNonNull(report, "report");
        this.labels = Messages.of(language);
    }

    Table table(FindingsTable which) {
        return switch (Objects.requireNonNull(which, "which")) {
            case SUMMARY -> summary();
            case BY_MUNICIPALITY -> new Table(labels.get("findings.table.byMunicipality"),
                    counted("common.ineCode", "common.municipality"), report.byOwner().stream()
                            .map(owner -> counts(List.of(Cell.text(owner.code()), Cell.text(owner.name())),
                                    owner.counts()))
                            .toList());
            case BY_SYSTEM -> new Table(labels.get("findings.table.bySystem"),
                    counted("findings.column.system", "findings.column.systemName", "common.municipality"),
                    report.bySystem().stream()
                            .map(system -> counts(List.of(Cell.text(system.systemId()), Cell.text(system.systemName()),
                                    Cell.text(system.ownerName())), system.counts()))
                            .toList());
            case FINDINGS -> findings();
        };
    }

    private Table summary() {
        Counts totals = report.totals();
        return new Table(labels.get("findings.table.summary"),
                List.of(labels.column("findings.column.indicator"), labels.column("findings.column.findings")),
                List.of(row(labels.get("findings.grade.MAJOR"), totals.major()),
                        row(labels.get("findings.grade.MINOR"), totals.minor()),
                        row(labels.get("findings.grade.OBSERVATION"), totals.observations()),
                        row(labels.get("findings.summary.majorWithoutAction"), totals.majorWithoutAction())));
    }

    private static List<Cell> row(String label, long value) {
        return List.of(Cell.text(label), Cell.number(value));
    }

    private List<Column> counted(String... keys) {
        List<Column> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(labels.column(key));
        }
        for (FindingGrade grade : FindingGrade.values()) {
            columns.add(Column.of(labels.get("findings.grade." + grade.name())));
        }
        columns.add(labels.column("findings.column.majorWithoutAction"));
        return columns;
    }

    private static List<Cell> counts(List<Cell> head, Counts counts) {
        List<Cell> cells = new ArrayList<>(head);
        cells.addAll(List.of(Cell.number(counts.major()), Cell.number(counts.minor()),
                Cell.number(counts.observations()), Cell.number(counts.majorWithoutAction())));
        return cells;
    }

    private Table findings() {
        List<Column> columns = List.of("findings.column.grade", "common.municipality", "findings.column.system",
                        "findings.column.measure", "findings.column.finding", "findings.column.subjects",
                        "findings.column.since", "findings.column.action", "findings.column.due", "common.status",
                        "findings.column.gap")
                .stream().map(labels::column).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (OpenFinding finding : report.findings()) {
            rows.add(List.of(Cell.text(labels.get("findings.grade." + finding.grade().name())),
                    Cell.text(finding.ownerName()), Cell.text(finding.systemId()), measure(finding),
                    Cell.text(finding.messages().get(labels.language().tag())),
                    subjects(finding),
                    finding.since().map(Cell::date).orElse(Cell.empty()),
                    finding.action().map(action -> Cell.text(action.planId() + "/" + action.actionId() + ": "
                            + action.description())).orElse(Cell.text(labels.get("findings.noAction"))),
                    finding.action().map(action -> Cell.date(action.dueDate())).orElse(Cell.empty()),
                    finding.action().map(action -> Cell.text(labels.get("plan.status." + action.status().name())
                            + (action.overdue() ? " (" + labels.get("findings.overdue") + ")" : "")))
                            .orElse(Cell.empty()),
                    finding.withoutAction() ? Cell.text(labels.get("findings.gap")) : Cell.empty()));
        }
        return new Table(labels.get("findings.table.findings"), columns, rows);
    }

    /** Returns the measure with its official name and the part checked, e.g. {@code "mp.eq.3 R1 Protección..."}. */
    private Cell measure(OpenFinding finding) {
        if (finding.measure().isEmpty()) {
            return Cell.text(labels.get("findings.wholeSystem"));
        }
        return Cell.text(finding.measure().get() + finding.part().map(part -> " R" + part.number()).orElse("")
                + finding.measureName().map(name -> " " + name).orElse(""));
    }

    /** Returns the subjects and people grouped by kind, e.g. {@code "Actius: pc-1, pc-2; Incidències: inc-7"}. */
    private Cell subjects(OpenFinding finding) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Subject subject : finding.subjects()) {
            byKind.computeIfAbsent(labels.get("findings.subject." + subject.kind().name()), kind -> new ArrayList<>())
                    .add(subject.id());
        }
        if (!finding.people().isEmpty()) {
            byKind.put(labels.get("findings.subject.PEOPLE"), finding.people());
        }
        return byKind.isEmpty() ? Cell.empty() : Cell.text(byKind.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                .collect(Collectors.joining("; ")));
    }
}
