// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One asset listed by the inventory report. This class is immutable and thread-safe.
 *
 * @param id the asset id
 * @param owner the owner municipality's INE code
 * @param ownerName the owner municipality's name, or its INE code if the dataset lacks it
 * @param type the asset type
 * @param name the asset's identifying name, as typed
 * @param location where the asset is, as typed, or empty if not recorded
 * @param responsible the person responsible, as typed, or empty if not recorded
 * @param managedBy who manages it
 * @param endOfSupport the last day of vendor support, or empty if not recorded
 */
public record AssetEntry(String id, IneCode owner, String ownerName, AssetType type, String name,
        Optional<String> location, Optional<String> responsible, Management managedBy,
        Optional<LocalDate> endOfSupport) {

    /**
     * Creates an entry.
     *
     * @param id the id
     * @param owner the owner
     * @param ownerName the owner's name
     * @param type the type
     * @param name the name
     * @param location the location, or empty
     * @param responsible the responsible person, or empty
     * @param managedBy who manages it
     * @param endOfSupport the end of support, or empty
     * @throws NullPointerException if a non-optional argument is null
     */
    public AssetEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        location = location == null ? Optional.empty() : location;
        responsible = responsible == null ? Optional.empty() : responsible;
        Objects.requireNonNull(managedBy, "managedBy");
        endOfSupport = endOfSupport == null ? Optional.empty() : endOfSupport;
    }

    static AssetEntry of(Asset asset, String ownerName) {
        return new AssetEntry(asset.id(), asset.owner(), ownerName, asset.type(), asset.name(), asset.location(),
                asset.responsible(), asset.managedBy(), asset.endOfSupport());
    }
}
