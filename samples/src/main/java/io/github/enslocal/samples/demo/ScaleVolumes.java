// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.time.DateRange;
import java.util.Objects;

/**
 * The per-municipality volumes of a scale dataset (see
 * {@link DemoDatasetGenerator#forMunicipalities(java.util.List, ScaleVolumes, long)}): how many
 * assets each town hall has, how many incidents it raises a year, and the period the incidents
 * cover. Each municipality also gets one information system with an assessment of every measure
 * of the catalog.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assetsPerMunicipality the number of assets of each municipality, 0 or more, e.g. 60
 * @param incidentsPerYear the mean number of incidents a municipality raises a year, 0 or more,
 *     e.g. 60
 * @param period the days incidents are opened on; its last day is also the date the dataset
 *     describes
 */
public record ScaleVolumes(int assetsPerMunicipality, double incidentsPerYear, DateRange period) {

    private static final ScaleVolumes DEFAULTS = new ScaleVolumes(60, 60, DateRange.parse("2025-01-01/2025-12-31"));

    /**
     * Creates volumes, checking them.
     *
     * @param assetsPerMunicipality the number of assets of each municipality, 0 or more
     * @param incidentsPerYear the mean number of incidents a year, 0 or more and finite
     * @param period the period of the incidents
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if a volume is negative or not finite
     */
    public ScaleVolumes {
        Objects.requireNonNull(period, "period");
        if (assetsPerMunicipality < 0) {
            throw new IllegalArgumentException(
                    "Invalid assets per municipality " + assetsPerMunicipality + ", expected 0 or more, e.g. 60");
        }
        if (!(incidentsPerYear >= 0) || Double.isInfinite(incidentsPerYear)) {
            throw new IllegalArgumentException(
                    "Invalid incidents per year " + incidentsPerYear + ", expected 0 or more, e.g. 60");
        }
    }

    /**
     * Returns the default volumes: 60 assets, 60 incidents a year over 2025.
     *
     * @return the default volumes
     */
    public static ScaleVolumes defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another number of assets per municipality.
     *
     * @param assets the number of assets, 0 or more
     * @return the new volumes
     * @throws IllegalArgumentException if {@code assets} is negative
     */
    public ScaleVolumes withAssetsPerMunicipality(int assets) {
        return new ScaleVolumes(assets, incidentsPerYear, period);
    }

    /**
     * Returns a copy with another mean number of incidents a year.
     *
     * @param incidents the mean number of incidents a year, 0 or more
     * @return the new volumes
     * @throws IllegalArgumentException if {@code incidents} is negative or not finite
     */
    public ScaleVolumes withIncidentsPerYear(double incidents) {
        return new ScaleVolumes(assetsPerMunicipality, incidents, period);
    }

    /**
     * Returns a copy with another incident period.
     *
     * @param newPeriod the period, not null
     * @return the new volumes
     * @throws NullPointerException if {@code newPeriod} is null
     */
    public ScaleVolumes withPeriod(DateRange newPeriod) {
        return new ScaleVolumes(assetsPerMunicipality, incidentsPerYear, newPeriod);
    }
}
