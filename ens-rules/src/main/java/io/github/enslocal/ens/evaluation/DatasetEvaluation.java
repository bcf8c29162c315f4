// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of every information system of a dataset at a date, with the figures per
 * municipality and in total.
 *
 * <p>Municipalities are those the dataset lists plus any that own a system without being listed,
 * in code order; systems a supporting body owns count in the total only. This class is immutable
 * and thread-safe.
 *
 * @param asOf the date of the evaluation
 * @param systems one evaluation per system, in system id order
 * @param municipalities one evaluation per municipality, in INE code order
 * @param summary the sum of every system's summary
 */
public record DatasetEvaluation(LocalDate asOf, List<SystemEvaluation> systems,
        List<MunicipalityEvaluation> municipalities, ComplianceSummary summary) {

    /**
     * Creates an evaluation, copying the lists.
     *
     * @param asOf the date, not null
     * @param systems the system evaluations; null means none
     * @param municipalities the municipality evaluations; null means none
     * @param summary the summary, not null
     * @throws NullPointerException if {@code asOf} or {@code summary} is null
     */
    public DatasetEvaluation {
        Objects.requireNonNull(asOf, "asOf");
        systems = systems == null ? List.of() : List.copyOf(systems);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Returns the evaluation of a system.
     *
     * @param systemId the system id, not null
     * @return the evaluation, or empty if the dataset has no such system
     */
    public Optional<SystemEvaluation> system(String systemId) {
        Objects.requireNonNull(systemId, "systemId");
        return systems.stream().filter(system -> system.systemId().equals(systemId)).findFirst();
    }

    /**
     * Returns the evaluation of a municipality.
     *
     * @param code the INE code, not null
     * @return the evaluation, or empty if the municipality is neither listed nor owns a system
     */
    public Optional<MunicipalityEvaluation> municipality(IneCode code) {
        Objects.requireNonNull(code, "code");
        return municipalities.stream().filter(municipality -> municipality.municipality().equals(code)).findFirst();
    }

    /**
     * Returns the number of measure results over every system.
     *
     * @return the count
     */
    public long measureResultCount() {
        return systems.stream().mapToLong(system -> system.measures().size()).sum();
    }
}
