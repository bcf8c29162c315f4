// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The number of assets of one type. This class is immutable and thread-safe.
 *
 * @param type the asset type
 * @param count the assets of that type, one or more
 */
public record AssetTypeCount(AssetType type, long count) {

    /**
     * Creates a count.
     *
     * @param type the type
     * @param count the count
     * @throws NullPointerException if {@code type} is null
     */
    public AssetTypeCount {
        Objects.requireNonNull(type, "type");
    }

    /**
     * Counts assets by type, leaving out the types without assets.
     *
     * @param assets the assets
     * @return the counts in type declaration order
     * @throws NullPointerException if {@code assets} is null
     */
    public static List<AssetTypeCount> tally(Collection<Asset> assets) {
        Map<AssetType, Long> counts = new EnumMap<>(AssetType.class);
        assets.forEach(asset -> counts.merge(asset.type(), 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> new AssetTypeCount(entry.getKey(), entry.getValue())).toList();
    }

    /**
     * Returns a table of asset counts per type.
     *
     * @param title the table's caption
     * @param counts the counts
     * @param language the language of the labels
     * @return the table: type, assets
     * @throws NullPointerException if an argument is null
     */
    public static Table table(String title, List<AssetTypeCount> counts, ReportLanguage language) {
        Messages labels = Messages.of(language);
        return new Table(title, List.of(Column.of(labels.get("inventory.column.type")),
                        Column.of(labels.get("inventory.column.assets"))),
                counts.stream().map(count -> List.of(Cell.text(labels.get("inventory.type." + count.type().name())),
                        Cell.number(count.count()))).toList());
    }
}
