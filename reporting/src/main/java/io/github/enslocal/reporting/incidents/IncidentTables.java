// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays out the tables of an {@link IncidentReport}, and the incident tables other operations reports
 * share (by month, by category, SLA, resolution times). This class is immutable and thread-safe.
 */
public final class IncidentTables {

    private final IncidentReport report;
    private final Messages labels;
    private final IncidentCells cells;

    IncidentTables(IncidentReport report, IncidentCells cells) {
        this.report = Objects.requireNonNull(report, "report");
        this.cells = Objects.requireNonNull(cells, "cells");
        this.labels = cells.labels();
    }

    Table table(IncidentTable which) {
        Objects.requireNonNull(which, "which");
        return switch (which) {
            case SUMMARY -> summary();
            case BY_MONTH -> byMonth(cells, labels.get("incidents.table.byMonth"), report.byMonth());
            case BY_CATEGORY -> byCategory(cells, labels.get("incidents.table.byCategory"),
                    report.byCategory(), report.total());
            case BY_MUNICIPALITY -> byMunicipality();
            case SLA -> sla(cells, report.sla());
            case SECURITY_BY_CLASS -> securityByClass();
            case SECURITY_INCIDENTS -> securityIncidents();
        };
    }

    private Table summary() {
        ResolutionTimes times = report.resolutionTimes();
        NotificationSummary notifications = report.notifications();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("incidents.summary.total", Cell.number(report.total())));
        rows.add(row("incidents.summary.meanPerMonth", Cell.number(report.meanPerMonth())));
        rows.addAll(resolutionRows(cells, times));
        rows.add(row("incidents.summary.slaResolution",
                report.sla().map(sla -> IncidentCells.attainment(sla.total().resolutionMet(),
                        sla.total().resolutionBreached())).orElse(Cell.empty())));
        rows.add(row("incidents.summary.security", Cell.number(report.securityIncidents().size())));
        rows.add(row("incidents.summary.notificationsDue", Cell.number(notifications.due())));
        rows.add(row("incidents.summary.notificationsDone", Cell.number(notifications.done())));
        rows.add(row("incidents.summary.notificationsLate", Cell.number(notifications.late())));
        rows.add(row("incidents.summary.notificationsPending", Cell.number(notifications.pending())));
        return new Table(labels.get("incidents.table.summary"),
                cells.columns("incidents.column.indicator", "incidents.column.value"), rows);
    }

    private List<Cell> row(String key, Cell value) {
        return List.of(Cell.text(labels.get(key)), value);
    }

    /**
     * Returns the rows of resolution times for a two-column indicator table: resolved count, median
     * and 90th percentile in hours, each label saying whether the hours are business or calendar
     * hours.
     *
     * @param cells the cells of the language
     * @param times the resolution times
     * @return three rows of label and value
     */
    public static List<List<Cell>> resolutionRows(IncidentCells cells, ResolutionTimes times) {
        Messages labels = cells.labels();
        String basis = labels.get("incidents.basis." + times.basis().name());
        return List.of(
                List.of(Cell.text(labels.get("incidents.summary.resolved")), Cell.number(times.resolved())),
                List.of(Cell.text(labels.format("incidents.summary.median", basis)),
                        times.median().map(d -> Cell.number(IncidentCells.hours(d))).orElse(Cell.empty())),
                List.of(Cell.text(labels.format("incidents.summary.percentile90", basis)),
                        times.percentile90().map(d -> Cell.number(IncidentCells.hours(d))).orElse(Cell.empty())));
    }

    /**
     * Returns a table of incidents per month.
     *
     * @param cells the cells of the language
     * @param title the table's caption
     * @param months the counts per month
     * @return the table: month, incidents
     */
    public static Table byMonth(IncidentCells cells, String title, List<MonthCount> months) {
        return new Table(title, cells.columns("incidents.column.month", "incidents.column.incidents"),
                months.stream().map(m -> List.of(cells.month(m.month()), Cell.number(m.count()))).toList());
    }

    /**
     * Returns a table of incidents per category.
     *
     * @param cells the cells of the language
     * @param title the table's caption
     * @param categories the counts per category
     * @param total all incidents, for the share column
     * @return the table: category, incidents, mean per month, share
     */
    public static Table byCategory(IncidentCells cells, String title, List<CategoryCount> categories,
            long total) {
        return new Table(title, cells.columns("incidents.column.category", "incidents.column.incidents",
                        "incidents.column.meanPerMonth", "incidents.column.share"),
                categories.stream().map(c -> List.of(cells.category(c.category()), Cell.number(c.count()),
                        Cell.number(c.meanPerMonth()), Cell.percent(c.count(), total))).toList());
    }

    /**
     * Returns a table of SLA attainment per priority and in total; it has no rows without an SLA
     * policy.
     *
     * @param cells the cells of the language
     * @param attainment the attainment, or empty
     * @return the table
     */
    public static Table sla(IncidentCells cells, Optional<SlaAttainment> attainment) {
        Messages labels = cells.labels();
        List<List<Cell>> rows = new ArrayList<>();
        attainment.ifPresent(sla -> {
            sla.byPriority().forEach(line -> rows.add(slaRow(labels, cells, line)));
            rows.add(slaRow(labels, cells, sla.total()));
        });
        return new Table(labels.get("incidents.table.sla"), cells.columns("incidents.column.priority",
                "incidents.column.incidents", "incidents.column.firstResponseMet",
                "incidents.column.firstResponseBreached", "incidents.column.firstResponseAttainment",
                "incidents.column.resolutionMet", "incidents.column.resolutionBreached",
                "incidents.column.resolutionAttainment", "incidents.column.running",
                "incidents.column.notApplicable"), rows);
    }

    private static List<Cell> slaRow(Messages labels, IncidentCells cells, SlaLine line) {
        return List.of(line.priority().map(cells::priority).orElse(Cell.text(labels.get("common.total"))),
                Cell.number(line.incidents()),
                Cell.number(line.firstResponseMet()), Cell.number(line.firstResponseBreached()),
                IncidentCells.attainment(line.firstResponseMet(), line.firstResponseBreached()),
                Cell.number(line.resolutionMet()), Cell.number(line.resolutionBreached()),
                IncidentCells.attainment(line.resolutionMet(), line.resolutionBreached()),
                Cell.number(line.resolutionRunning()), Cell.number(line.resolutionNotApplicable()));
    }

    private Table byMunicipality() {
        return new Table(labels.get("incidents.table.byMunicipality"), cells.columns("common.ineCode",
                        "common.municipality", "incidents.column.incidents", "incidents.column.security"),
                report.byMunicipality().stream().map(m -> List.of(Cell.text(m.municipality().toString()),
                        Cell.text(m.name()), Cell.number(m.count()), Cell.number(m.security()))).toList());
    }

    private Table securityByClass() {
        return new Table(labels.get("incidents.table.securityByClass"), cells.columns("incidents.column.class",
                        "incidents.column.danger", "incidents.column.incidents"),
                report.securityByClassAndDanger().stream().map(c -> List.of(Cell.officialSpanish(c.className()),
                        Cell.text(c.danger().officialName()), Cell.number(c.count()))).toList());
    }

    private Table securityIncidents() {
        return new Table(labels.get("incidents.table.securityIncidents"), cells.columns("incidents.column.id",
                        "common.date", "common.municipality", "incidents.column.summary", "incidents.column.class",
                        "incidents.column.type", "incidents.column.danger", "incidents.column.impact",
                        "incidents.column.notificationDue", "incidents.column.notifiedOn",
                        "incidents.column.notificationLate"),
                report.securityIncidents().stream().map(s -> List.of(Cell.text(s.id()),
                        Cell.date(LocalDate.ofInstant(s.openedAt(), report.zone())), Cell.text(s.municipalityName()),
                        Cell.text(s.summary()), Cell.officialSpanish(s.className()), Cell.officialSpanish(s.typeName()),
                        Cell.text(s.danger().officialName()), Cell.text(s.impact().officialName()),
                        cells.yesNo(s.notificationDue()),
                        s.notifiedAt().map(at -> Cell.date(LocalDate.ofInstant(at, report.zone()))).orElse(Cell.empty()),
                        s.notificationDue() ? cells.yesNo(s.notificationLate()) : Cell.empty())).toList());
    }

}
