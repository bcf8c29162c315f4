// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.incidents.IncidentReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The inventory report at a date: the assets by type and by municipality, the assets whose vendor
 * support has ended, the portable devices known not to be encrypted, and the records that lack
 * their responsible person or location.
 *
 * <p>The inventory at a date holds the dataset's assets acquired on or before it (or with no
 * acquisition date recorded). Support has ended when the date is after the last day of support
 * ({@link Asset#isSupportEnded}); assets without a recorded end of support are not listed. A
 * portable device (laptop, mobile, tablet) is listed as unencrypted only when its disk encryption
 * is known to be {@code NO} ({@link Asset#isUnencryptedPortable()}). Lists are sorted as each
 * component says. This class is immutable and thread-safe; it holds no text in any language.
 *
 * @param asOf the date of the inventory
 * @param total the assets in the inventory
 * @param byType the counts per type with assets, in type declaration order
 * @param byMunicipality the counts per owner municipality, in INE code order
 * @param supportEnded the assets out of vendor support, by end of support then id
 * @param unencryptedPortables the portable devices known not to be encrypted, by owner then id
 * @param missingResponsible the assets without a responsible person, by owner then id
 * @param missingLocation the assets without a location, by owner then id
 */
public record InventoryReport(LocalDate asOf, long total, List<AssetTypeCount> byType,
        List<MunicipalityAssets> byMunicipality, List<AssetEntry> supportEnded, List<AssetEntry> unencryptedPortables,
        List<AssetEntry> missingResponsible, List<AssetEntry> missingLocation) {

    private static final Comparator<Asset> BY_OWNER = Comparator.comparing(Asset::owner).thenComparing(Asset::id);

    /**
     * Creates a report, copying the lists.
     *
     * @param asOf the date
     * @param total the assets
     * @param byType the counts per type
     * @param byMunicipality the counts per municipality
     * @param supportEnded the assets out of support
     * @param unencryptedPortables the unencrypted portable devices
     * @param missingResponsible the assets without a responsible person
     * @param missingLocation the assets without a location
     * @throws NullPointerException if an argument or element is null
     */
    public InventoryReport {
        Objects.requireNonNull(asOf, "asOf");
        byType = List.copyOf(byType);
        byMunicipality = List.copyOf(byMunicipality);
        supportEnded = List.copyOf(supportEnded);
        unencryptedPortables = List.copyOf(unencryptedPortables);
        missingResponsible = List.copyOf(missingResponsible);
        missingLocation = List.copyOf(missingLocation);
    }

    /**
     * Builds the inventory report of a dataset at a date.
     *
     * @param dataset the dataset, valid
     * @param asOf the date of the inventory
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public static InventoryReport of(Dataset dataset, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        List<Asset> assets = inventoryOn(dataset.assets(), asOf);
        Function<IneCode, String> names = IncidentReport.municipalityNames(dataset);
        Map<IneCode, List<Asset>> byOwner = assets.stream()
                .collect(Collectors.groupingBy(Asset::owner, TreeMap::new, Collectors.toList()));
        List<MunicipalityAssets> municipalities = new ArrayList<>();
        byOwner.forEach((code, owned) -> municipalities.add(
                new MunicipalityAssets(code, names.apply(code), owned.size(), AssetTypeCount.tally(owned))));
        return new InventoryReport(asOf, assets.size(), AssetTypeCount.tally(assets), municipalities,
                entries(assets, asset -> asset.isSupportEnded(asOf),
                        Comparator.comparing((Asset asset) -> asset.endOfSupport().orElseThrow())
                                .thenComparing(Asset::id), names),
                entries(assets, Asset::isUnencryptedPortable, BY_OWNER, names),
                entries(assets, asset -> asset.responsible().isEmpty(), BY_OWNER, names),
                entries(assets, asset -> asset.location().isEmpty(), BY_OWNER, names));
    }

    /**
     * Returns the assets in the inventory at a date: those acquired on or before it, or with no
     * acquisition date recorded.
     *
     * @param assets the assets
     * @param asOf the date
     * @return the assets held on {@code asOf}, by id
     * @throws NullPointerException if an argument is null
     */
    public static List<Asset> inventoryOn(List<Asset> assets, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return assets.stream()
                .filter(asset -> asset.acquisitionDate().map(date -> !date.isAfter(asOf)).orElse(true))
                .sorted(Comparator.comparing(Asset::id))
                .toList();
    }

    /**
     * Returns one of the report's tables, labelled in a language.
     *
     * @param which the table
     * @param language the language of the labels
     * @return the table
     * @throws NullPointerException if an argument is null
     */
    public Table table(InventoryTable which, ReportLanguage language) {
        return new InventoryTables(this, language).table(which);
    }

    private static List<AssetEntry> entries(List<Asset> assets, Predicate<Asset> filter, Comparator<Asset> order,
            Function<IneCode, String> names) {
        return assets.stream().filter(filter).sorted(order)
                .map(asset -> AssetEntry.of(asset, names.apply(asset.owner())))
                .toList();
    }
}
