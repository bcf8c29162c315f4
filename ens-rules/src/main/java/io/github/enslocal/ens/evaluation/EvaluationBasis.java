// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.ens.profile.ComplianceProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluation was worked out from, besides the dataset and the date: the measure catalog,
 * the compliance profile and the options that change results, the thresholds of the built-in rules
 * (the other option, parallelism, changes only the speed). Every report reads these from the
 * evaluation rather than assuming the bundled catalog or the default thresholds, so that reports
 * and verdicts cannot disagree.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param catalog the measure catalog the statements of applicability were worked out from
 * @param profile the compliance profile applied on top of the Anexo II table, or empty for none
 * @param thresholds the thresholds that configured the built-in rules
 */
public record EvaluationBasis(MeasureCatalog catalog, Optional<ComplianceProfile> profile,
        EvidenceThresholds thresholds) {

    /**
     * Creates a basis.
     *
     * @param catalog the catalog, not null
     * @param profile the profile; null means none
     * @param thresholds the thresholds, not null
     * @throws NullPointerException if {@code catalog} or {@code thresholds} is null
     */
    public EvaluationBasis {
        Objects.requireNonNull(catalog, "catalog");
        profile = profile == null ? Optional.empty() : profile;
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Returns the data version of the catalog.
     *
     * @return e.g. {@code "1.0.0"}
     */
    public String catalogVersion() {
        return catalog.dataVersion();
    }
}
