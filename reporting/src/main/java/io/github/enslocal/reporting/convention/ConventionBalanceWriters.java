// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.BarChart;
import io.github.enslocal.reporting.chart.BarChart.Bar;
import io.github.enslocal.reporting.chart.StackedBarChart;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.incidents.IncidentCells;
import io.github.enslocal.reporting.incidents.MonthCount;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The writers of the {@link ConventionBalance}, one per format.
 *
 * <ul>
 *   <li>JSON: the balance's components as named in {@link ConventionBalance} and the records it
 *       holds (e.g. {@code dedication[].committedHoursPerYear}, {@code budget.byType[].counted});
 *       amounts as text with two decimals ({@code "1234.50"}), dates, months, instants and
 *       durations ISO-8601, enums by constant name, missing values {@code null}.</li>
 *   <li>CSV: one table per file, {@link ConventionTable#SUMMARY} by default; {@link #csv} selects
 *       another.</li>
 *   <li>Markdown and HTML: every table, the HTML with charts of the committed dedication per year,
 *       the incidents per month and the budget against the maximum, each followed by its data
 *       table.</li>
 * </ul>
 * Writers are immutable and thread-safe.
 */
public final class ConventionBalanceWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private ConventionBalanceWriters() {
    }

    /**
     * Returns the writer of a format.
     *
     * @param format the format
     * @return the writer
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<ConventionBalance> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, ConventionTable.SUMMARY);
            case MARKDOWN -> new RenderedReportWriter<>(format, ConventionBalanceWriters::markdown);
            case HTML -> new RenderedReportWriter<>(format, ConventionBalanceWriters::html);
        };
    }

    /**
     * Returns a CSV writer of one table of the balance.
     *
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @param table the table to write
     * @return the writer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static ReportWriter<ConventionBalance> csv(ReportFormat format, ConventionTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format,
                (balance, language) -> new ConventionTables(balance, IncidentCells.forMachines(language)).table(table));
    }

    private static void markdown(ConventionBalance balance, ReportLanguage language, Writer out) throws IOException {
        Messages labels = Messages.of(language);
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, labels.get("convention.title"))
                .paragraph(String.join("\n", header(balance, language)))
                .paragraph(String.join("\n", highlights(balance, language)))
                .paragraph(labels.get("convention.note.dedication"));
        for (ConventionTable table : ConventionTable.values()) {
            document.table(balance.table(table, language));
        }
        document.writeTo(out);
    }

    private static void html(ConventionBalance balance, ReportLanguage language, Writer out) throws IOException {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        IncidentCells cells = IncidentCells.forPeople(language);
        BarChart dedication = new BarChart("committed-dedication", labels.get("convention.table.dedication"),
                labels.get("convention.chart.dedication"),
                BarChart.scale(balance.dedication().stream().map(DedicationYear::committedHoursPerYear)
                        .reduce(BigDecimal.ZERO, BigDecimal::max)),
                balance.dedication().stream().map(year -> new Bar(Integer.toString(year.year()),
                        year.committedHoursPerYear(), values.decimal(year.committedHoursPerYear()))).toList());
        BarChart months = new BarChart("incidents-by-month", labels.get("convention.table.incidentsByMonth"),
                labels.format("convention.chart.incidentsByMonth", values.integer(balance.incidents()),
                        values.decimal(balance.meanIncidentsPerMonth())),
                BarChart.scale(balance.incidentsByMonth().stream().mapToLong(MonthCount::count).max().orElse(0)),
                balance.incidentsByMonth().stream()
                        .map(m -> Bar.ofCount(cells.monthName(m.month()), m.count(), values::integer)).toList());
        List<StackedBarChart.Segment> segments = new ArrayList<>();
        Budget budget = balance.budget();
        segments.add(segment(labels.get("convention.summary.countedBefore"), budget.countedBefore().amount(), values));
        budget.byType().forEach(line -> segments.add(segment(labels.get("convention.expense." + line.type().name()),
                line.counted().amount(), values)));
        budget.remaining().ifPresent(left -> segments.add(segment(labels.get("convention.summary.remaining"),
                left.amount(), values)));
        StackedBarChart budgetChart = new StackedBarChart("budget", labels.get("convention.table.budget"),
                budget.maximum().map(max -> labels.format("convention.chart.budget", values.decimal(max.amount())))
                        .orElse(labels.get("convention.chart.budgetNoMaximum")), segments);
        List<Table> tables = Arrays.stream(ConventionTable.values()).map(t -> balance.table(t, language)).toList();
        HTML.render("convention-balance", Map.ofEntries(
                Map.entry("title", labels.get("convention.title") + ": " + balance.conventionTitle()),
                Map.entry("header", header(balance, language)),
                Map.entry("highlights", highlights(balance, language)),
                Map.entry("note", labels.get("convention.note.dedication")),
                Map.entry("balance", balance),
                Map.entry("tables", tables),
                Map.entry("dedication", dedication.toSvg()),
                Map.entry("hasDedication", !tables.get(ConventionTable.DEDICATION.ordinal()).rows().isEmpty()),
                Map.entry("byMonth", months.toSvg()),
                Map.entry("hasIncidents", balance.incidents() > 0),
                Map.entry("budget", budgetChart.toSvg()),
                Map.entry("hasBudget", !tables.get(ConventionTable.BUDGET.ordinal()).rows().isEmpty())), language, out);
    }

    /**
     * Returns the sentences that state what the convention achieved: the growth of the
     * municipalities served and of the committed dedication, the help-desk requests a month and
     * the budget executed against the maximum; a sentence whose figures are all zero is left out.
     */
    private static List<String> highlights(ConventionBalance balance, ReportLanguage language) {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        List<String> lines = new ArrayList<>();
        if (balance.servedAtStart() > 0 || balance.servedAtEnd() > 0) {
            lines.add(labels.format("convention.highlight.served", values.integer(balance.servedAtStart()),
                    values.integer(balance.servedAtEnd()), growth(balance.servedGrowthPercent(), labels, values)));
        }
        if (balance.committedHoursAtStart().signum() > 0 || balance.committedHoursAtEnd().signum() > 0) {
            lines.add(labels.format("convention.highlight.committed", values.decimal(balance.committedHoursAtStart()),
                    values.decimal(balance.committedHoursAtEnd()),
                    growth(balance.committedGrowthPercent(), labels, values)));
        }
        if (balance.servedAtEnd() > 0 || balance.incidents() > 0) {
            lines.add(labels.format("convention.highlight.requests", values.decimal(balance.meanIncidentsPerMonth()),
                    values.integer(balance.incidents())));
        }
        Budget budget = balance.budget();
        Optional<Money> maximum = budget.maximum().filter(Money::isPositive);
        if (maximum.isPresent()) {
            lines.add(labels.format("convention.highlight.budget", values.decimal(budget.countedToDate().amount()),
                    values.decimal(maximum.get().amount()),
                    values.percent(Budget.cents(budget.countedToDate()), Budget.cents(maximum.get())),
                    values.decimal(budget.remaining().orElseThrow().amount())));
        } else if (budget.countedToDate().isPositive()) {
            lines.add(labels.format("convention.highlight.budgetNoMaximum",
                    values.decimal(budget.countedToDate().amount())));
        }
        return lines;
    }

    /** Returns a growth as "+35,3 %", or the sentence saying there is nothing to compare with. */
    private static String growth(Optional<BigDecimal> percent, Messages labels, ValueFormat values) {
        return percent.map(value -> (value.signum() > 0 ? "+" : "")
                + values.percent(value.movePointRight(1).longValueExact(), 1_000))
                .orElse(labels.get("convention.highlight.noGrowth"));
    }

    private static List<String> header(ConventionBalance balance, ReportLanguage language) {
        Messages labels = Messages.of(language);
        ValueFormat values = ValueFormat.of(language);
        return List.of(
                labels.format("convention.header.convention", balance.conventionTitle(), balance.conventionId()),
                labels.format("convention.header.supportBody", balance.supportBodyName()),
                labels.format("convention.header.period", values.date(balance.period().start()),
                        values.date(balance.period().end())),
                labels.format("convention.header.validity", values.date(balance.effectiveValidity().start()),
                        values.date(balance.effectiveValidity().end()),
                        labels.get("convention.status." + balance.statusAtStart().name()),
                        labels.get("convention.status." + balance.statusAtEnd().name())));
    }

    private static StackedBarChart.Segment segment(String label, BigDecimal euros, ValueFormat values) {
        return new StackedBarChart.Segment(label, Math.max(0, euros.movePointRight(2).longValue()),
                values.decimal(euros) + " €");
    }
}
