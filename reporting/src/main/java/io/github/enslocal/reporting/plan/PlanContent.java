// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.StackedBarChart;
import io.github.enslocal.reporting.chart.StackedBarsChart;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus.ActionLine;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts, tables and charts of one plan status report in one language, shared by the CSV,
 * Markdown and HTML writers so that every format says the same thing.
 */
final class PlanContent {

    private final AdequacyPlanStatus model;
    private final Messages messages;
    private final ValueFormat values;

    PlanContent(AdequacyPlanStatus model, ReportLanguage language) {
        this.model = model;
        this.messages = Messages.of(language);
        this.values = ValueFormat.of(language);
    }

    String title() {
        return messages.get("plan.title");
    }

    String asOf() {
        return messages.format("document.asOf", values.date(model.asOf()));
    }

    /** Returns the note that the measure and group names in italics are official Spanish terms. */
    String officialTerms() {
        return messages.get("common.officialSpanish.measures");
    }

    String overdueSummary() {
        return messages.format("plan.overdueSummary", values.integer(model.totals().overdue()));
    }

    Table table(PlanTable table) {
        return switch (table) {
            case ACTIONS -> actions(messages.get("plan.actions"), model.actions(), true);
            case OVERDUE -> actions(messages.get("plan.overdue"), model.overdue(), false);
            case BY_STATUS -> byStatus();
            case BY_GROUP -> tallies(messages.get("plan.byGroup"), "plan.column.group", model.byGroup(),
                    group -> Cell.officialSpanish(group.id() + " " + group.name()), AdequacyPlanStatus.GroupTally::tally);
            case BY_OWNER -> tallies(messages.get("plan.byOwner"), "plan.column.owner", model.byOwner(),
                    owner -> Cell.text(owner.owner()), AdequacyPlanStatus.OwnerTally::tally);
            case PLANS -> plans();
        };
    }

    private Table actions(String title, List<ActionLine> actions, boolean all) {
        List<String> names = all
                ? List.of("plan", "action", "measure", "description", "owner", "dueDate", "status", "doneDate", "daysOverdue")
                : List.of("plan", "action", "measure", "description", "owner", "dueDate", "status", "daysOverdue");
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionLine action : actions) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(action.planId()), Cell.text(action.id()),
                    measure(action), Cell.text(action.description()),
                    Cell.text(action.owner()), Cell.date(action.dueDate()), Cell.text(status(action.status()))));
            if (all) {
                row.add(action.doneDate().map(Cell::date).orElse(Cell.empty()));
            }
            row.add(action.late() ? Cell.number(action.daysOverdue()) : Cell.empty());
            rows.add(row);
        }
        return new Table(title, names.stream().map(name -> messages.column("plan.column." + name)).toList(), rows);
    }

    private Table byStatus() {
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            rows.add(List.of(Cell.text(status(status)), Cell.number(model.totals().count(status))));
        }
        rows.add(List.of(Cell.text(messages.get("common.total")), Cell.number(model.totals().total())));
        rows.add(List.of(Cell.text(messages.get("plan.column.overdue")), Cell.number(model.totals().overdue())));
        return new Table(messages.get("plan.byStatus"),
                List.of(messages.column("plan.column.status"), messages.column("plan.column.actions")), rows);
    }

    /** Returns the measure of an action with its official Spanish name, or its id alone when the catalog lacks it. */
    private static Cell measure(ActionLine action) {
        return action.measureName().isEmpty() ? Cell.text(action.measure().toString())
                : Cell.officialSpanish(action.measure() + " " + action.measureName());
    }

    private <T> Table tallies(String title, String labelKey, List<T> items, Function<T, Cell> label,
            Function<T, Tally> tally) {
        List<Column> columns = new ArrayList<>();
        columns.add(messages.column(labelKey));
        Arrays.stream(ActionStatus.values()).map(status -> Column.of(status(status))).forEach(columns::add);
        columns.add(messages.column("common.total"));
        columns.add(messages.column("plan.column.overdue"));
        List<List<Cell>> rows = items.stream().map(item -> {
            Tally counts = tally.apply(item);
            return Stream.concat(Stream.of(label.apply(item)),
                    Stream.concat(Arrays.stream(ActionStatus.values()).map(status -> Cell.number(counts.count(status))),
                            Stream.of(Cell.number(counts.total()), Cell.number(counts.overdue())))).toList();
        }).toList();
        return new Table(title, columns, rows);
    }

    private Table plans() {
        return new Table(messages.get("plan.plans"),
                List.of(messages.column("plan.column.plan"), messages.column("plan.column.system"), messages.column("plan.column.actions")),
                model.plans().stream().map(plan -> List.of(Cell.text(plan.id()),
                        Cell.text(plan.systemName() + " (" + plan.systemId() + ")"), Cell.number(plan.actions()))).toList());
    }

    /** Returns the chart of the totals by state: one bar split by state. */
    StackedBarChart statusChart() {
        Tally totals = model.totals();
        return new StackedBarChart("plan-status", messages.get("plan.chart.byStatus"), describe(totals),
                Arrays.stream(ActionStatus.values()).map(status -> new StackedBarChart.Segment(status(status),
                        totals.count(status), values.integer(totals.count(status)))).toList());
    }

    /** Returns the chart of the groups: one bar per group of measures, split by state. */
    StackedBarsChart groupChart() {
        return new StackedBarsChart("plan-groups", messages.get("plan.chart.byGroup"),
                model.byGroup().stream().map(group -> group.id() + " " + group.name() + ": " + describe(group.tally()))
                        .collect(Collectors.joining("; ")),
                Arrays.stream(ActionStatus.values()).map(this::status).toList(),
                model.byGroup().stream().map(group -> new StackedBarsChart.Bar(group.id() + " " + group.name(),
                        Arrays.stream(ActionStatus.values()).map(status -> new StackedBarChart.Segment(status(status),
                                group.tally().count(status), values.integer(group.tally().count(status)))).toList(),
                        values.integer(group.tally().total()))).toList());
    }

    /** Returns the text alternative of some counts, e.g. "Planned 2, In progress 1, Done 0, Cancelled 0". */
    private String describe(Tally tally) {
        return Arrays.stream(ActionStatus.values())
                .map(status -> status(status) + " " + values.integer(tally.count(status)))
                .collect(Collectors.joining(", "));
    }

    private String status(ActionStatus status) {
        return messages.get("plan.status." + status);
    }

}
