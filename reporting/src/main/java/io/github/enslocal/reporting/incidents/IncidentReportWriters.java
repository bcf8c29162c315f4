// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.BarChart;
import io.github.enslocal.reporting.chart.BarChart.Bar;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writers of the {@link IncidentReport}, one per format.
 *
 * <ul>
 *   <li>JSON: the report's components as named in {@link IncidentReport} and the records it holds
 *       (e.g. {@code byMonth[].month}, {@code notifications.late}); months {@code "2025-03"},
 *       instants and durations ISO-8601, enums by constant name.</li>
 *   <li>CSV: one table per file, {@link IncidentTable#SUMMARY} by default; {@link #csv} selects
 *       another.</li>
 *   <li>Markdown and HTML: every table, the HTML with bar charts of incidents per month, per
 *       category and per security class, each followed by its data table.</li>
 * </ul>
 * Writers are immutable and thread-safe.
 */
public final class IncidentReportWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private IncidentReportWriters() {
    }

    /**
     * Returns the writer of a format.
     *
     * @param format the format
     * @return the writer
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<IncidentReport> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, IncidentTable.SUMMARY);
            case MARKDOWN -> new RenderedReportWriter<>(format, IncidentReportWriters::markdown);
            case HTML -> new RenderedReportWriter<>(format, IncidentReportWriters::html);
        };
    }

    /**
     * Returns a CSV writer of one table of the report.
     *
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @param table the table to write
     * @return the writer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static ReportWriter<IncidentReport> csv(ReportFormat format, IncidentTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format,
                (report, language) -> new IncidentTables(report, IncidentCells.forMachines(language)).table(table));
    }

    private static void markdown(IncidentReport report, ReportLanguage language, Writer out) throws IOException {
        Messages labels = Messages.of(language);
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, labels.get("incidents.title"))
                .paragraph(period(report, language))
                .paragraph(notes(report, language));
        for (IncidentTable table : IncidentTable.values()) {
            document.table(report.table(table, language));
        }
        document.writeTo(out);
    }

    private static void html(IncidentReport report, ReportLanguage language, Writer out) throws IOException {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        Map<IncidentTable, Table> tables = new EnumMap<>(IncidentTable.class);
        Arrays.stream(IncidentTable.values()).forEach(table -> tables.put(table, report.table(table, language)));
        IncidentCells cells = IncidentCells.forPeople(language);
        BarChart months = new BarChart("incidents-by-month", labels.get("incidents.table.byMonth"),
                labels.format("incidents.chart.byMonth", values.integer(report.total())),
                BarChart.scale(report.byMonth().stream().mapToLong(MonthCount::count).max().orElse(0)),
                report.byMonth().stream()
                        .map(m -> Bar.ofCount(cells.monthName(m.month()), m.count(), values::integer)).toList());
        BarChart categories = new BarChart("incidents-by-category", labels.get("incidents.table.byCategory"),
                labels.format("incidents.chart.byCategory", values.integer(report.total())),
                BarChart.scale(report.byCategory().stream().mapToLong(CategoryCount::count).max().orElse(0)),
                report.byCategory().stream().map(c -> Bar.ofCount(
                        labels.get("incidents.category." + c.category().name()), c.count(), values::integer)).toList());
        BarChart security = new BarChart("security-by-class", labels.get("incidents.table.securityByClass"),
                labels.format("incidents.chart.securityByClass", values.integer(report.securityIncidents().size())),
                BarChart.scale(report.securityByClassAndDanger().stream().mapToLong(ClassDangerCount::count).max()
                        .orElse(0)),
                report.securityByClassAndDanger().stream().map(c -> Bar.ofCount(
                        c.className() + " · " + c.danger().officialName(), c.count(), values::integer)).toList());
        HTML.render("incident-report", Map.of(
                "title", labels.get("incidents.title"),
                "period", period(report, language),
                "notes", List.of(notes(report, language).split("\n")),
                "report", report,
                "tables", List.copyOf(tables.values()),
                "byMonth", months.toSvg(),
                "byCategory", categories.toSvg(),
                "securityByClass", security.toSvg()), language, out);
    }

    private static String period(IncidentReport report, ReportLanguage language) {
        ValueFormat values = ValueFormat.of(language);
        return Messages.of(language).format("incidents.period", values.date(report.period().start()),
                values.date(report.period().end()), report.zone().getId());
    }

    private static String notes(IncidentReport report, ReportLanguage language) {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        return labels.get("incidents.note.basis." + report.resolutionTimes().basis().name()) + "\n"
                + labels.format("incidents.note.notification",
                        values.decimal(IncidentCells.hours(report.notifications().allowedDelay())),
                        labels.get("incidents.trigger." + report.notifications().trigger().name()))
                + "\n" + labels.get("common.officialSpanish.taxonomy");
    }
}
