// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.categorization;

import io.github.enslocal.core.ens.DimensionLevels;
import java.util.Collection;
import java.util.Objects;

/**
 * Categorises information systems under RD 311/2022 Anexo I.
 *
 * <p>A system's level in each dimension is the highest level set for any of its information types
 * or services in that dimension; a dimension with no level anywhere stays unassigned (Anexo I
 * point 3). The category is then the highest level of any dimension (point 4.1).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Categorizer {

    private Categorizer() {
    }

    /**
     * Categorises a system from its aggregated levels.
     *
     * @param levels the system's level in each dimension, not null
     * @return the categorisation, incomplete if no dimension has a level
     */
    public static Categorization categorize(DimensionLevels levels) {
        return new Categorization(levels);
    }

    /**
     * Categorises a system from the valuations of its information types and services, taking the
     * highest level per dimension.
     *
     * @param valuations the valuation of each information type and service, not null; may be empty
     * @return the categorisation, incomplete if no valuation assigns any level
     * @throws NullPointerException if {@code valuations} or an element is null
     */
    public static Categorization categorize(Collection<DimensionLevels> valuations) {
        return new Categorization(aggregate(valuations));
    }

    /**
     * Returns the per-dimension maximum of some valuations (Anexo I point 3).
     *
     * @param valuations the valuations, not null; may be empty
     * @return the aggregated levels; a dimension is assigned if some valuation assigns it
     * @throws NullPointerException if {@code valuations} or an element is null
     */
    public static DimensionLevels aggregate(Collection<DimensionLevels> valuations) {
        DimensionLevels aggregated = DimensionLevels.none();
        for (DimensionLevels valuation : Objects.requireNonNull(valuations, "valuations")) {
            aggregated = aggregated.max(Objects.requireNonNull(valuation, "valuation"));
        }
        return aggregated;
    }
}
