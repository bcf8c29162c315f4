// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.ens.evaluation.MeasureStatus;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.BarChart;
import io.github.enslocal.reporting.chart.HeatMap;
import io.github.enslocal.reporting.chart.StackedBarChart;
import io.github.enslocal.reporting.chart.StackedBarsChart;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts, tables and charts of one dashboard in one language, shared by the CSV, Markdown and
 * HTML writers so that every format says the same thing.
 *
 * <p>Tables for people show an index as {@code met/required} text next to its percentage, and a
 * count of systems as {@code n/systems}; tables for machines (CSV) split each index into two number
 * columns and give counts as numbers, so that no spreadsheet reads {@code 3/5} as a date.
 */
final class DashboardContent {

    /** The statuses the status chart draws: every one but not applicable, which would dwarf the others. */
    private static final List<MeasureStatus> CHARTED = Arrays.stream(MeasureStatus.values())
            .filter(status -> status != MeasureStatus.NOT_APPLICABLE).toList();

    private final EnsDashboard model;
    private final Messages messages;
    private final ValueFormat values;
    private final boolean machine;

    DashboardContent(EnsDashboard model, ReportLanguage language, boolean machine) {
        this.model = model;
        this.messages = Messages.of(language);
        this.values = ValueFormat.of(language);
        this.machine = machine;
    }

    String title() {
        return messages.format("dashboard.title", model.supportBodyName());
    }

    String asOf() {
        return messages.format("document.asOf", values.date(model.asOf()));
    }

    List<String> notes() {
        return List.of(messages.get("dashboard.note.indices"),
                messages.format("dashboard.note.audit", values.integer(model.auditMaxAgeYears())),
                messages.get("dashboard.note.groups"));
    }

    Table table(DashboardTable table) {
        return switch (table) {
            case SUMMARY -> summary();
            case STATUSES -> statuses();
            case GROUPS -> groups();
        };
    }

    private Table summary() {
        List<String> keys = new ArrayList<>(List.of("common.ineCode", "common.municipality", "dashboard.column.population",
                "dashboard.column.systems", "common.category"));
        keys.addAll(machine ? List.of("dashboard.column.complianceMet", "dashboard.column.complianceRequired")
                : List.of("dashboard.column.compliance"));
        keys.add("dashboard.column.compliancePercent");
        keys.addAll(machine ? List.of("dashboard.column.maturityPoints", "dashboard.column.maturityMaximum")
                : List.of("dashboard.column.maturity"));
        keys.addAll(List.of("dashboard.column.maturityPercent", "dashboard.column.zone", "dashboard.column.policy",
                "dashboard.column.rolesDesignated", "dashboard.column.rolesSegregated", "dashboard.column.lastAudit",
                "dashboard.column.nextAudit", "dashboard.column.auditOverdue", "dashboard.column.overdueActions",
                "dashboard.column.majorFindings", "dashboard.column.unaddressedMajorFindings"));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardRow row : model.municipalities()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.municipality().toString()), Cell.text(row.name()),
                    row.population().map(Cell::number).orElse(Cell.empty())));
            figures(cells, row.figures(), categories(row.categories(), row.figures().uncategorisedSystems()),
                    row.policyApproved().map(Cell::date).orElse(Cell.empty()));
            cells.add(row.lastAudit().map(Cell::date).orElse(Cell.empty()));
            cells.add(row.nextAuditDue().map(Cell::date).orElse(Cell.empty()));
            cells.add(row.figures().systems() == 0 ? Cell.empty() : messages.yesNo(row.auditOverdue()));
            cells.add(Cell.number(row.figures().overdueActions()));
            cells.add(Cell.number(row.figures().majorFindings()));
            cells.add(Cell.number(row.figures().unaddressedMajorFindings()));
            rows.add(cells);
        }
        DashboardTotals totals = model.totals();
        DashboardFigures sum = totals.figures();
        List<Cell> cells = new ArrayList<>(List.of(Cell.empty(), Cell.text(messages.get("common.total")),
                Cell.number(totals.population())));
        figures(cells, sum, categories(model.municipalities().stream().flatMap(row -> row.categories().stream())
                .distinct().sorted().toList(), sum.uncategorisedSystems()), count(sum.policiesApproved(), sum.systems()));
        cells.addAll(List.of(Cell.empty(), Cell.empty(), Cell.number(totals.auditsOverdue()),
                Cell.number(sum.overdueActions()), Cell.number(sum.majorFindings()),
                Cell.number(sum.unaddressedMajorFindings())));
        rows.add(cells);
        return new Table(messages.get("dashboard.table.summary"), keys.stream().map(messages::column).toList(), rows);
    }

    /** Adds the cells from the systems to the roles, which rows and totals share. */
    private void figures(List<Cell> cells, DashboardFigures figures, String categories, Cell policy) {
        cells.add(Cell.number(figures.systems()));
        cells.add(categories.isEmpty() ? Cell.empty() : Cell.text(categories));
        index(cells, figures.compliance());
        index(cells, figures.maturity());
        cells.add(figures.zone().map(zone -> Cell.text(messages.get("dashboard.zone." + zone))).orElse(Cell.empty()));
        cells.add(policy);
        cells.add(count(figures.rolesDesignated(), figures.systems()));
        cells.add(count(figures.rolesSegregated(), figures.systems()));
    }

    private void index(List<Cell> cells, Ratio ratio) {
        if (machine) {
            cells.add(Cell.number(ratio.numerator()));
            cells.add(Cell.number(ratio.denominator()));
        } else {
            cells.add(ratio.isEmpty() ? Cell.empty() : Cell.text(ratio.toString()));
        }
        cells.add(percent(ratio));
    }

    private static Cell percent(Ratio ratio) {
        return ratio.isEmpty() ? Cell.empty() : Cell.percent(ratio.numerator(), ratio.denominator());
    }

    /** Returns a count of systems: for people {@code n/systems}, for machines the number alone. */
    private Cell count(int count, int systems) {
        if (machine) {
            return Cell.number(count);
        }
        return systems == 0 ? Cell.empty() : Cell.text(count + "/" + systems);
    }

    private String categories(List<Category> categories, int uncategorised) {
        Stream<String> named = categories.stream().map(category -> messages.get("soa.categoryName." + category.name()));
        Stream<String> none = uncategorised == 0 ? Stream.empty()
                : Stream.of(messages.format("dashboard.uncategorised", values.integer(uncategorised)));
        return Stream.concat(named, none).collect(Collectors.joining(", "));
    }

    private Table statuses() {
        List<Column> columns = new ArrayList<>(List.of(messages.column("common.ineCode"), messages.column("common.municipality")));
        Arrays.stream(MeasureStatus.values()).map(status -> Column.of(status(status))).forEach(columns::add);
        columns.add(messages.column("common.total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardRow row : model.municipalities()) {
            rows.add(statusRow(Cell.text(row.municipality().toString()), row.name(), row.figures()));
        }
        rows.add(statusRow(Cell.empty(), messages.get("common.total"), model.totals().figures()));
        return new Table(messages.get("dashboard.table.statuses"), columns, rows);
    }

    private List<Cell> statusRow(Cell code, String name, DashboardFigures figures) {
        List<Cell> cells = new ArrayList<>(List.of(code, Cell.text(name)));
        Arrays.stream(MeasureStatus.values()).map(status -> Cell.number(figures.statuses().get(status)))
                .forEach(cells::add);
        cells.add(Cell.number(figures.statuses().values().stream().mapToLong(Integer::longValue).sum()));
        return cells;
    }

    private Table groups() {
        List<Column> columns = new ArrayList<>(List.of(messages.column("common.ineCode"), messages.column("common.municipality")));
        model.totals().figures().groups().forEach(group -> columns.add(Column.of(group.group())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardRow row : model.municipalities()) {
            rows.add(groupRow(Cell.text(row.municipality().toString()), row.name(), row.figures()));
        }
        rows.add(groupRow(Cell.empty(), messages.get("common.total"), model.totals().figures()));
        return new Table(messages.get("dashboard.table.groups"), columns, rows);
    }

    private List<Cell> groupRow(Cell code, String name, DashboardFigures figures) {
        List<Cell> cells = new ArrayList<>(List.of(code, Cell.text(name)));
        for (GroupCompliance group : figures.groups()) {
            Ratio ratio = group.compliance();
            cells.add(ratio.isEmpty() ? Cell.empty() : machine ? percent(ratio) : Cell.text(ratio.toString()));
        }
        return cells;
    }

    /** Returns the bar chart of the compliance index of each municipality, in percent. */
    BarChart complianceChart() {
        return new BarChart("dashboard-compliance", messages.get("dashboard.chart.compliance"),
                messages.format("dashboard.chart.complianceDescription", values.integer(model.municipalities().size()),
                        percentText(model.totals().figures().compliance())),
                BigDecimal.valueOf(100),
                model.municipalities().stream().map(row -> new BarChart.Bar(row.name(),
                        row.figures().compliance().isEmpty() ? BigDecimal.ZERO : ValueFormat.percentage(
                                row.figures().compliance().numerator(), row.figures().compliance().denominator()),
                        percentText(row.figures().compliance()))).toList());
    }

    /** Returns the chart of the measure results of each municipality, split by status. */
    StackedBarsChart statusChart() {
        return new StackedBarsChart("dashboard-statuses", messages.get("dashboard.chart.statuses"),
                model.municipalities().stream().map(row -> row.name() + ": " + describe(row.figures()))
                        .collect(Collectors.joining("; ")),
                CHARTED.stream().map(this::status).toList(),
                model.municipalities().stream().map(row -> new StackedBarsChart.Bar(row.name(),
                        CHARTED.stream().map(status -> segment(status, row.figures())).toList(),
                        values.integer(CHARTED.stream().mapToLong(status -> row.figures().statuses().get(status)).sum())))
                        .toList());
    }

    private StackedBarChart.Segment segment(MeasureStatus status, DashboardFigures figures) {
        int count = figures.statuses().get(status);
        return new StackedBarChart.Segment(status(status), count, values.integer(count));
    }

    private String describe(DashboardFigures figures) {
        return CHARTED.stream().map(status -> status(status) + " " + values.integer(figures.statuses().get(status)))
                .collect(Collectors.joining(", "));
    }

    /** Returns the heat map of the compliance of each municipality, and of the total, per group of measures. */
    HeatMap groupHeatMap() {
        List<HeatMap.Row> rows = new ArrayList<>();
        model.municipalities().forEach(row -> rows.add(heatRow(row.name(), row.figures())));
        rows.add(heatRow(messages.get("common.total"), model.totals().figures()));
        return new HeatMap("dashboard-groups", messages.get("dashboard.chart.groups"),
                messages.get("dashboard.chart.groupsDescription"),
                model.totals().figures().groups().stream().map(GroupCompliance::group).toList(), rows);
    }

    private HeatMap.Row heatRow(String label, DashboardFigures figures) {
        return new HeatMap.Row(label, figures.groups().stream().map(group -> {
            Ratio ratio = group.compliance();
            return ratio.isEmpty() ? HeatMap.Tile.empty(values.empty())
                    : HeatMap.Tile.of(BigDecimal.valueOf(ratio.numerator())
                            .divide(BigDecimal.valueOf(ratio.denominator()), 4, RoundingMode.HALF_UP), percentText(ratio));
        }).toList());
    }

    private String percentText(Ratio ratio) {
        return ratio.isEmpty() ? values.empty() : values.percent(ratio.numerator(), ratio.denominator());
    }

    private String status(MeasureStatus status) {
        return messages.get("dashboard.status." + status.name());
    }

    /** Returns the group names, for the legend of the group table. */
    List<String> groupLegend() {
        return model.totals().figures().groups().stream().map(group -> group.group() + " · " + group.name()).toList();
    }
}
