// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import io.github.enslocal.core.territory.IneCode;
import java.util.List;
import java.util.Objects;

/**
 * The assets one municipality owns, by type. This class is immutable and thread-safe.
 *
 * @param municipality the municipality's INE code
 * @param name the municipality's name in the dataset, or its INE code if the dataset lacks it
 * @param total the assets it owns
 * @param byType the counts per type with assets, in type declaration order
 */
public record MunicipalityAssets(IneCode municipality, String name, long total, List<AssetTypeCount> byType) {

    /**
     * Creates a municipality's counts.
     *
     * @param municipality the INE code
     * @param name the name
     * @param total the total
     * @param byType the counts per type
     * @throws NullPointerException if an argument or element is null
     */
    public MunicipalityAssets {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(name, "name");
        byType = List.copyOf(byType);
    }
}
