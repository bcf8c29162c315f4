// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.incidents.IncidentCells;
import io.github.enslocal.reporting.incidents.IncidentTables;
import io.github.enslocal.reporting.inventory.AssetTypeCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lays out the tables of a {@link ConventionBalance} in one language. */
final class ConventionTables {

    private final ConventionBalance balance;
    private final IncidentCells cells;
    private final Messages labels;

    ConventionTables(ConventionBalance balance, IncidentCells cells) {
        this.balance = Objects.requireNonNull(balance, "balance");
        this.cells = Objects.requireNonNull(cells, "cells");
        this.labels = cells.labels();
    }

    Table table(ConventionTable which) {
        return switch (Objects.requireNonNull(which, "which")) {
            case SUMMARY -> summary();
            case MUNICIPALITIES -> municipalities();
            case DEDICATION -> dedication();
            case MANAGED_EQUIPMENT -> AssetTypeCount.table(labels.get("convention.table.managedEquipment"),
                    balance.managedEquipment(), labels.language());
            case INCIDENTS_BY_MONTH -> IncidentTables.byMonth(cells, labels.get("convention.table.incidentsByMonth"),
                    balance.incidents() == 0 ? List.of() : balance.incidentsByMonth());
            case INCIDENTS_BY_CATEGORY -> IncidentTables.byCategory(cells,
                    labels.get("convention.table.incidentsByCategory"), balance.incidentsByCategory(),
                    balance.incidents());
            case SLA -> IncidentTables.sla(cells, balance.sla());
            case BUDGET -> budget();
        };
    }

    private Table summary() {
        Budget budget = balance.budget();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("convention.summary.servedAtStart", Cell.number(balance.servedAtStart())));
        rows.add(row("convention.summary.servedAtEnd", Cell.number(balance.servedAtEnd())));
        rows.add(row("convention.summary.committedAtStart", Cell.number(balance.committedHoursAtStart())));
        rows.add(row("convention.summary.committedAtEnd", Cell.number(balance.committedHoursAtEnd())));
        rows.add(row("convention.summary.effort", Cell.number(balance.dedication().stream()
                .map(DedicationYear::effortHours).reduce(BigDecimal.ZERO, BigDecimal::add))));
        rows.add(row("convention.summary.managedEquipment", Cell.number(balance.managedEquipmentTotal())));
        rows.add(row("convention.summary.incidents", Cell.number(balance.incidents())));
        rows.add(row("convention.summary.meanIncidentsPerMonth", Cell.number(balance.meanIncidentsPerMonth())));
        rows.addAll(IncidentTables.resolutionRows(cells, balance.resolutionTimes()));
        rows.add(row("convention.summary.slaResolution", balance.sla()
                .map(sla -> IncidentCells.attainment(sla.total().resolutionMet(), sla.total().resolutionBreached()))
                .orElse(Cell.empty())));
        if (budget.hasFigures()) {
            rows.add(row("convention.summary.maximum", money(budget.maximum())));
            rows.add(row("convention.summary.counted", money(Optional.of(budget.counted()))));
            rows.add(row("convention.summary.countedToDate", money(Optional.of(budget.countedToDate()))));
            rows.add(row("convention.summary.executed", decimal(budget.executedPercent())));
            rows.add(row("convention.summary.remaining", money(budget.remaining())));
        }
        return new Table(labels.get("convention.table.summary"),
                cells.columns("convention.column.indicator", "convention.column.value"), rows);
    }

    private List<Cell> row(String key, Cell value) {
        return List.of(Cell.text(labels.get(key)), value);
    }

    private Table municipalities() {
        return new Table(labels.get("convention.table.municipalities"), cells.columns("common.ineCode",
                        "common.municipality", "convention.column.servedAtStart", "convention.column.servedAtEnd"),
                balance.municipalities().stream().map(m -> List.of(Cell.text(m.municipality().toString()),
                        Cell.text(m.name()), cells.yesNo(m.servedAtStart()), cells.yesNo(m.servedAtEnd()))).toList());
    }

    private Table dedication() {
        return new Table(labels.get("convention.table.dedication"), cells.columns("convention.column.year",
                        "convention.column.committedOn", "convention.column.committedHours",
                        "convention.column.committedGrowth", "convention.column.effortHours"),
                balance.dedication().stream()
                        .filter(year -> year.committedHoursPerYear().signum() != 0 || year.effortHours().signum() != 0)
                        .map(year -> List.of(Cell.text(Integer.toString(year.year())),
                        Cell.date(year.committedOn()), Cell.number(year.committedHoursPerYear()),
                        decimal(year.committedGrowthPercent()), Cell.number(year.effortHours()))).toList());
    }

    private Table budget() {
        Budget budget = balance.budget();
        return new Table(labels.get("convention.table.budget"), cells.columns("convention.column.expenseType",
                "convention.column.counted", "convention.column.percentOfMaximum"),
                budget.hasFigures() ? budgetRows(budget) : List.of());
    }

    /** Returns the rows of a budget that says something: before the period, per type, in it, left. */
    private List<List<Cell>> budgetRows(Budget budget) {
        Optional<Money> maximum = budget.maximum().filter(Money::isPositive);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text(labels.get("convention.summary.countedBefore")),
                Cell.number(budget.countedBefore().amount()),
                decimal(maximum.map(max -> Budget.percent(budget.countedBefore(), max)))));
        for (BudgetLine line : budget.byType()) {
            rows.add(List.of(Cell.text(labels.get("convention.expense." + line.type().name())),
                    Cell.number(line.counted().amount()), decimal(line.percentOfMaximum())));
        }
        rows.add(List.of(Cell.text(labels.get("convention.summary.counted")), Cell.number(budget.counted().amount()),
                decimal(maximum.map(max -> Budget.percent(budget.counted(), max)))));
        budget.remaining().ifPresent(left -> rows.add(List.of(Cell.text(labels.get("convention.summary.remaining")),
                Cell.number(left.amount()), decimal(maximum.map(max -> Budget.percent(left, max))))));
        return rows;
    }

    private static Cell money(Optional<Money> amount) {
        return amount.map(value -> Cell.number(value.amount())).orElse(Cell.empty());
    }

    private static Cell decimal(Optional<BigDecimal> value) {
        return value.map(Cell::number).orElse(Cell.empty());
    }
}
