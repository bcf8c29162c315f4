// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.categorization.Categorization;
import io.github.enslocal.ens.profile.ComplianceProfile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which measures of Anexo II apply to a system, measure by measure in catalog order, with the
 * categorisation and the profile it was worked out from.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Applicability {

    private final MeasureCatalog catalog;
    private final Categorization categorization;
    private final Optional<ComplianceProfile> profile;
    private final List<MeasureApplicability> measures;
    private final List<MeasureApplicability> applicable;
    /**
     * The decisions by measure id, built on the first lookup rather than for every result (a
     * racy single check: threads that race build equal immutable maps, and any of them will do).
     */
    private volatile Map<MeasureId, MeasureApplicability> byId;

    Applicability(MeasureCatalog catalog, Categorization categorization, Optional<ComplianceProfile> profile,
            List<MeasureApplicability> measures) {
        this.catalog = catalog;
        this.categorization = categorization;
        this.profile = profile;
        this.measures = List.copyOf(measures);
        this.applicable = this.measures.stream().filter(MeasureApplicability::applies).toList();
    }

    /**
     * Returns the catalog the result was worked out from.
     *
     * @return the catalog
     */
    public MeasureCatalog catalog() {
        return catalog;
    }

    /**
     * Returns the categorisation of the system, which is complete.
     *
     * @return the categorisation
     */
    public Categorization categorization() {
        return categorization;
    }

    /**
     * Returns the system category.
     *
     * @return the category
     */
    public Category category() {
        return categorization.orElseThrow();
    }

    /**
     * Returns the compliance profile applied on top of the Anexo II table.
     *
     * @return the profile, or empty if none was
     */
    public Optional<ComplianceProfile> profile() {
        return profile;
    }

    /**
     * Returns the decision for every measure of the catalog.
     *
     * @return the decisions, in catalog order
     */
    public List<MeasureApplicability> measures() {
        return measures;
    }

    /**
     * Returns the decisions for the measures that apply.
     *
     * @return the applicable measures, in catalog order
     */
    public List<MeasureApplicability> applicable() {
        return applicable;
    }

    /**
     * Returns the decision for one measure.
     *
     * @param id the measure id, not null
     * @return the decision, or empty if the catalog has no such measure
     */
    public Optional<MeasureApplicability> find(MeasureId id) {
        Objects.requireNonNull(id, "id");
        Map<MeasureId, MeasureApplicability> index = byId;
        if (index == null) {
            index = measures.stream().collect(Collectors.toUnmodifiableMap(measure -> measure.measure().id(),
                    Function.identity()));
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    /**
     * Returns the decision for a measure that must exist.
     *
     * @param id the measure id, not null
     * @return the decision
     * @throws IllegalArgumentException if the catalog has no such measure
     */
    public MeasureApplicability get(MeasureId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown measure '" + id + "', expected a measure of Anexo II such as 'op.acc.6'"));
    }
}
