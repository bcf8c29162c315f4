// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lays out the tables of an {@link InventoryReport} in one language. */
final class InventoryTables {

    private final InventoryReport report;
    private final Messages labels;

    InventoryTables(InventoryReport report, ReportLanguage language) {
        this.report = Objects.requireNonNull(report, "report");
        this.labels = Messages.of(language);
    }

    Table table(InventoryTable which) {
        return switch (Objects.requireNonNull(which, "which")) {
            case SUMMARY -> summary();
            case BY_MUNICIPALITY -> byMunicipality();
            case BY_TYPE -> AssetTypeCount.table(labels.get("inventory.table.byType"), report.byType(), labels.language());
            case SUPPORT_ENDED -> assets("inventory.table.supportEnded", report.supportEnded());
            case UNENCRYPTED_PORTABLES -> assets("inventory.table.unencryptedPortables", report.unencryptedPortables());
            case MISSING_RESPONSIBLE -> assets("inventory.table.missingResponsible", report.missingResponsible());
            case MISSING_LOCATION -> assets("inventory.table.missingLocation", report.missingLocation());
        };
    }

    private Table summary() {
        return new Table(labels.get("inventory.table.summary"),
                List.of(Column.of(labels.get("inventory.column.indicator")),
                        Column.of(labels.get("inventory.column.assets"))),
                List.of(row("inventory.summary.total", report.total()),
                        row("inventory.summary.municipalities", report.byMunicipality().size()),
                        row("inventory.summary.supportEnded", report.supportEnded().size()),
                        row("inventory.summary.unencryptedPortables", report.unencryptedPortables().size()),
                        row("inventory.summary.missingResponsible", report.missingResponsible().size()),
                        row("inventory.summary.missingLocation", report.missingLocation().size())));
    }

    private List<Cell> row(String key, long value) {
        return List.of(Cell.text(labels.get(key)), Cell.number(value));
    }

    private Table byMunicipality() {
        List<AssetType> types = report.byType().stream().map(AssetTypeCount::type).toList();
        List<Column> columns = new ArrayList<>(List.of(Column.of(labels.get("common.ineCode")),
                Column.of(labels.get("common.municipality"))));
        types.forEach(type -> columns.add(Column.of(labels.get("inventory.type." + type.name()))));
        columns.add(Column.of(labels.get("common.total")));
        List<List<Cell>> rows = new ArrayList<>();
        for (MunicipalityAssets municipality : report.byMunicipality()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(municipality.municipality().toString()),
                    Cell.text(municipality.name())));
            for (AssetType type : types) {
                row.add(Cell.number(municipality.byType().stream().filter(count -> count.type() == type)
                        .mapToLong(AssetTypeCount::count).sum()));
            }
            row.add(Cell.number(municipality.total()));
            rows.add(row);
        }
        return new Table(labels.get("inventory.table.byMunicipality"), columns, rows);
    }

    private Table assets(String titleKey, List<AssetEntry> entries) {
        List<Column> columns = List.of("inventory.column.id", "common.municipality", "inventory.column.type",
                        "inventory.column.name", "inventory.column.location", "inventory.column.responsible",
                        "inventory.column.managedBy", "inventory.column.endOfSupport").stream()
                .map(key -> Column.of(labels.get(key))).toList();
        return new Table(labels.get(titleKey), columns, entries.stream().map(entry -> List.of(
                Cell.text(entry.id()), Cell.text(entry.ownerName()),
                Cell.text(labels.get("inventory.type." + entry.type().name())), Cell.text(entry.name()),
                entry.location().map(Cell::text).orElse(Cell.empty()),
                entry.responsible().map(Cell::text).orElse(Cell.empty()),
                Cell.text(labels.get("inventory.managedBy." + entry.managedBy().name())),
                entry.endOfSupport().map(Cell::date).orElse(Cell.empty()))).toList());
    }
}
