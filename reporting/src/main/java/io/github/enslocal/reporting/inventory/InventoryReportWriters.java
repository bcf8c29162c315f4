// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.BarChart;
import io.github.enslocal.reporting.chart.BarChart.Bar;
import io.github.enslocal.reporting.chart.NameOrder;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writers of the {@link InventoryReport}, one per format.
 *
 * <ul>
 *   <li>JSON: the report's components as named in {@link InventoryReport} and the records it holds
 *       (e.g. {@code byMunicipality[].byType[].count}, {@code supportEnded[].endOfSupport}); dates
 *       ISO-8601, enums by constant name, missing values {@code null}.</li>
 *   <li>CSV: one table per file, {@link InventoryTable#SUMMARY} by default; {@link #csv} selects
 *       another.</li>
 *   <li>Markdown and HTML: every table, the HTML with bar charts of assets per type and per
 *       municipality, each followed by its data table.</li>
 * </ul>
 * Writers are immutable and thread-safe.
 */
public final class InventoryReportWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private InventoryReportWriters() {
    }

    /**
     * Returns the writer of a format.
     *
     * @param format the format
     * @return the writer
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<InventoryReport> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, InventoryTable.SUMMARY);
            case MARKDOWN -> new RenderedReportWriter<>(format, InventoryReportWriters::markdown);
            case HTML -> new RenderedReportWriter<>(format, InventoryReportWriters::html);
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
    public static ReportWriter<InventoryReport> csv(ReportFormat format, InventoryTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format, (report, language) -> report.table(table, language));
    }

    private static void markdown(InventoryReport report, ReportLanguage language, Writer out) throws IOException {
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, Messages.of(language).get("inventory.title"))
                .paragraph(asOf(report, language));
        for (InventoryTable table : InventoryTable.values()) {
            document.table(report.table(table, language));
        }
        document.writeTo(out);
    }

    private static void html(InventoryReport report, ReportLanguage language, Writer out) throws IOException {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        BarChart byType = new BarChart("assets-by-type", labels.get("inventory.table.byType"),
                labels.format("inventory.chart.byType", values.integer(report.total())),
                BarChart.scale(report.byType().stream().mapToLong(AssetTypeCount::count).max().orElse(0)),
                report.byType().stream().map(count -> Bar.ofCount(labels.get("inventory.type." + count.type().name()),
                        count.count(), values::integer)).toList()).ranked();
        BarChart byMunicipality = new BarChart("assets-by-municipality", labels.get("inventory.table.byMunicipality"),
                labels.format("inventory.chart.byMunicipality", values.integer(report.byMunicipality().size())),
                BarChart.scale(report.byMunicipality().stream().mapToLong(MunicipalityAssets::total).max().orElse(0)),
                report.byMunicipality().stream().map(m -> Bar.ofCount(m.name(), m.total(), values::integer))
                        .sorted(Comparator.comparing(Bar::label, NameOrder.comparator())).toList()).ranked();
        List<Table> tables = Arrays.stream(InventoryTable.values()).map(table -> report.table(table, language)).toList();
        HTML.render("inventory-report", Map.of(
                "title", labels.get("inventory.title"),
                "asOf", asOf(report, language),
                "tables", tables,
                "byType", byType.toSvg(),
                "byMunicipality", byMunicipality.toSvg()), language, out);
    }

    private static String asOf(InventoryReport report, ReportLanguage language) {
        return Messages.of(language).format("document.asOf", ValueFormat.of(language).date(report.asOf()));
    }
}
