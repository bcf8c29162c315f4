// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.BarChart;
import io.github.enslocal.reporting.chart.HeatMap;
import io.github.enslocal.reporting.chart.StackedBarChart;
import io.github.enslocal.reporting.chart.Tone;
import io.github.enslocal.reporting.csv.CsvDialect;
import io.github.enslocal.reporting.csv.CsvTableWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Writes the sample report the way a real report uses the infrastructure, one writer per format. */
public final class SampleReportWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private SampleReportWriters() {
    }

    /**
     * Returns the writer of a format.
     *
     * @param format the format
     * @return the writer
     */
    public static ReportWriter<SampleReport> of(ReportFormat format) {
        return switch (format) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> new Simple(format, (report, language, out) ->
                    CsvTableWriter.of(CsvDialect.of(format)).write(table(report, language), out));
            case MARKDOWN -> new Simple(format, (report, language, out) -> MarkdownDocument.create(language)
                    .heading(1, report.title())
                    .paragraph(Messages.of(language).format("document.asOf",
                            ValueFormat.of(language).date(report.asOf())))
                    .paragraph(report.rows().get(0).note() + "\n" + report.rows().get(2).note())
                    .table(table(report, language))
                    .writeTo(out));
            case HTML -> new Simple(format, (report, language, out) -> HTML.render("sample", Map.of(
                    "title", report.title(),
                    "report", report,
                    "table", table(report, language),
                    "bars", barChart(report, language).toSvg(),
                    "statuses", statusChart(report, language).toSvg(),
                    "heat", heatMap(report, language).toSvg()), language, out));
        };
    }

    /**
     * Returns the sample's table in a language.
     *
     * @param report the report
     * @param language the language
     * @return the table
     */
    public static Table table(SampleReport report, ReportLanguage language) {
        Messages labels = Messages.of(language);
        return new Table(report.title(),
                List.of(Column.of(labels.get("common.ineCode")), Column.of(labels.get("common.municipality")),
                        Column.of(labels.get("common.status")), Column.of(labels.get("common.total")),
                        Column.of("€"), Column.of("%"), Column.of(labels.get("common.date"))),
                report.rows().stream().map(row -> List.of(
                        Cell.text(row.municipality().toString()), Cell.text(row.name()), Cell.text(row.note()),
                        Cell.number(row.openIncidents()), Cell.number(row.budgetBalance()),
                        row.applicable() == 0 ? Cell.empty() : Cell.percent(row.compliant(), row.applicable()),
                        row.lastAudit().map(Cell::date).orElse(Cell.empty()))).toList());
    }

    private static BarChart barChart(SampleReport report, ReportLanguage language) {
        ValueFormat values = ValueFormat.of(language);
        return new BarChart("compliance", report.title(), report.title(), BigDecimal.valueOf(100),
                report.rows().stream().map(row -> new BarChart.Bar(row.name(),
                        row.applicable() == 0 ? BigDecimal.ZERO
                                : ValueFormat.percentage(row.compliant(), row.applicable()),
                        row.applicable() == 0 ? values.empty() : values.percent(row.compliant(), row.applicable())))
                        .toList());
    }

    private static StackedBarChart statusChart(SampleReport report, ReportLanguage language) {
        Messages labels = Messages.of(language);
        long compliant = report.rows().stream().mapToLong(SampleReport.Row::compliant).sum();
        long applicable = report.rows().stream().mapToLong(SampleReport.Row::applicable).sum();
        return new StackedBarChart("statuses", labels.get("common.status"), report.rows().get(1).name(), List.of(
                new StackedBarChart.Segment(labels.get("common.yes"), compliant, Long.toString(compliant), Tone.MET),
                new StackedBarChart.Segment(labels.get("common.no") + " " + SampleFixtures.SCRIPT,
                        applicable - compliant, Long.toString(applicable - compliant), Tone.FAILED)));
    }

    private static HeatMap heatMap(SampleReport report, ReportLanguage language) {
        ValueFormat values = ValueFormat.of(language);
        return new HeatMap("heat", report.title(), report.rows().get(0).note(),
                List.of("org", "op.pl", SampleFixtures.IMG_ONERROR),
                report.rows().stream().map(row -> new HeatMap.Row(row.name(), List.of(
                        row.applicable() == 0 ? HeatMap.Tile.empty(values.empty())
                                : HeatMap.Tile.of(BigDecimal.valueOf(row.compliant())
                                        .divide(BigDecimal.valueOf(row.applicable()), 4, RoundingMode.HALF_UP),
                                        values.percent(row.compliant(), row.applicable())),
                        HeatMap.Tile.of(BigDecimal.ONE, values.percent(1, 1)),
                        HeatMap.Tile.of(BigDecimal.ZERO, row.note())))).toList(),
                List.of(HeatMap.Tile.of(BigDecimal.ZERO, SampleFixtures.SCRIPT), HeatMap.Tile.empty(values.empty())));
    }

    @FunctionalInterface
    private interface Body {
        void write(SampleReport report, ReportLanguage language, Writer out) throws IOException;
    }

    private record Simple(ReportFormat format, Body body) implements ReportWriter<SampleReport> {
        @Override
        public void write(SampleReport model, ReportLanguage language, Writer out) throws IOException {
            body.write(model, language, out);
        }
    }
}
