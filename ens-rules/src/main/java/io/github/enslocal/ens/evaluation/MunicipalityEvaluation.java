// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.territory.IneCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of the systems a municipality owns, summed: indices as ratios, the worst zone,
 * counts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param municipality the municipality's INE code
 * @param name the municipality's name in its natural form ({@link io.github.enslocal.core.territory.Municipality#naturalName()}), if the dataset lists it
 * @param systemIds the ids of the systems it owns, sorted; empty if it owns none
 * @param summary the sum of the systems' summaries; {@link ComplianceSummary#empty()} if it owns none
 */
public record MunicipalityEvaluation(IneCode municipality, Optional<String> name, List<String> systemIds,
        ComplianceSummary summary) {

    /**
     * Creates an evaluation, sorting the system ids.
     *
     * @param municipality the INE code, not null
     * @param name the name; null means empty
     * @param systemIds the system ids; null means none
     * @param summary the summary, not null
     * @throws NullPointerException if a required argument is null
     */
    public MunicipalityEvaluation {
        Objects.requireNonNull(municipality, "municipality");
        name = name == null ? Optional.empty() : name;
        systemIds = systemIds == null ? List.of() : systemIds.stream().sorted().toList();
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Returns the evaluation as a sentence.
     *
     * @return e.g. {@code "08140 Navarcles, 2 systems: compliance 30/104, maturity …"}
     */
    public String describe() {
        return municipality + name.map(value -> " " + value).orElse("") + ", " + systemIds.size()
                + (systemIds.size() == 1 ? " system: " : " systems: ") + summary.describe();
    }
}
