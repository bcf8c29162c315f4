// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The evaluation of every information system of a dataset at a date, with the figures per
 * municipality and in total.
 *
 * <p>Municipalities are those the dataset lists plus any that own a system without being listed,
 * in code order; systems a supporting body owns count in the total only. This class is immutable
 * and thread-safe.
 *
 * @param asOf the date of the evaluation
 * @param systems one evaluation per system, in system id order (the constructor sorts them)
 * @param municipalities one evaluation per municipality, in INE code order (the constructor sorts them)
 * @param summary the sum of every system's summary
 * @param basis the catalog, profile and options the evaluation was worked out from, which every
 *     report of the evaluation reads
 */
public record DatasetEvaluation(LocalDate asOf, List<SystemEvaluation> systems,
        List<MunicipalityEvaluation> municipalities, ComplianceSummary summary, EvaluationBasis basis) {

    /**
     * Creates an evaluation, copying the lists sorted by system id and INE code; elements with the
     * same key keep their order.
     *
     * @param asOf the date, not null
     * @param systems the system evaluations; null means none
     * @param municipalities the municipality evaluations; null means none
     * @param summary the summary, not null
     * @param basis the basis, not null
     * @throws NullPointerException if {@code asOf}, {@code summary} or {@code basis} is null
     */
    public DatasetEvaluation {
        Objects.requireNonNull(asOf, "asOf");
        systems = sorted(systems, SystemEvaluation::systemId);
        municipalities = sorted(municipalities, MunicipalityEvaluation::municipality);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Returns the evaluation of a system.
     *
     * @param systemId the system id, not null
     * @return the evaluation, or empty if the dataset has no such system
     */
    public Optional<SystemEvaluation> system(String systemId) {
        Objects.requireNonNull(systemId, "systemId");
        return first(systems, SystemEvaluation::systemId, systemId);
    }

    /**
     * Returns the evaluation of a municipality.
     *
     * @param code the INE code, not null
     * @return the evaluation, or empty if the municipality is neither listed nor owns a system
     */
    public Optional<MunicipalityEvaluation> municipality(IneCode code) {
        Objects.requireNonNull(code, "code");
        return first(municipalities, MunicipalityEvaluation::municipality, code);
    }

    private static <T, K extends Comparable<? super K>> List<T> sorted(List<T> values, Function<T, K> key) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(key));
        return List.copyOf(copy);
    }

    /**
     * Finds the first element with a key by binary search, the lists being sorted: a report that
     * looks up each of the 8,132 systems of Spain would otherwise scan them all each time.
     */
    private static <T, K extends Comparable<? super K>> Optional<T> first(List<T> sorted, Function<T, K> key, K wanted) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (key.apply(sorted.get(middle)).compareTo(wanted) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < sorted.size() && key.apply(sorted.get(low)).equals(wanted) ? Optional.of(sorted.get(low))
                : Optional.empty();
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
