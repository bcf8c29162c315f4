// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.categorization.Categorization;
import io.github.enslocal.ens.categorization.Categorizer;
import io.github.enslocal.ens.profile.ComplianceProfile;
import io.github.enslocal.ens.profile.ProfileAdjustment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out which measures of Anexo II, with which reinforcements, apply to a system (RD 311/2022
 * Anexo II, point 2.1, step 5).
 *
 * <ul>
 *   <li>A category-based measure uses the column of the system category.
 *   <li>A dimension-based measure uses the column of the highest level among its listed dimensions
 *       that are assigned (BAJO→BÁSICA, MEDIO→MEDIA, ALTO→ALTA), and does not apply if none of them
 *       is assigned. Taking the highest level when several listed dimensions are assigned is an
 *       interpretation: the table does not state it, it is the usual reading and the only one that
 *       never under-protects (see the project's note on Anexo I and II categorisation).
 *   <li>A profile, when given, is applied afterwards: the adjustments that hold for the system
 *       category, in order.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicabilityEvaluator {

    private final MeasureCatalog catalog;
    private final Optional<ComplianceProfile> profile;

    private ApplicabilityEvaluator(MeasureCatalog catalog, Optional<ComplianceProfile> profile) {
        this.catalog = catalog;
        this.profile = profile;
    }

    /**
     * Obtains an evaluator of the Anexo II table alone.
     *
     * @param catalog the catalog, not null
     * @return the evaluator
     */
    public static ApplicabilityEvaluator of(MeasureCatalog catalog) {
        return new ApplicabilityEvaluator(Objects.requireNonNull(catalog, "catalog"), Optional.empty());
    }

    /**
     * Obtains an evaluator that applies a compliance profile on top of the Anexo II table.
     *
     * @param catalog the catalog, not null
     * @param profile the profile, not null; every target must be in {@code catalog}
     * @return the evaluator
     * @throws IllegalArgumentException if a target of the profile is not in the catalog
     */
    public static ApplicabilityEvaluator of(MeasureCatalog catalog, ComplianceProfile profile) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(profile, "profile");
        List<String> unknown = profile.unknownTargets(catalog);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Compliance profile '" + profile.id() + "' names "
                    + String.join(", ", unknown) + ", not in the catalog " + catalog.dataVersion());
        }
        return new ApplicabilityEvaluator(catalog, Optional.of(profile));
    }

    /**
     * Works out the measures that apply to a system with some levels.
     *
     * @param levels the system's level in each dimension, not null; at least one assigned
     * @return the decision for every measure, in catalog order
     * @throws IllegalArgumentException if no dimension has a level, so the system has no category;
     *     callers that must report that case rather than fail check
     *     {@link Categorizer#categorize(DimensionLevels)} first
     */
    public Applicability evaluate(DimensionLevels levels) {
        return evaluate(Categorizer.categorize(Objects.requireNonNull(levels, "levels")));
    }

    /**
     * Works out the measures that apply to a categorised system.
     *
     * @param categorization the categorisation, not null; must be complete
     * @return the decision for every measure, in catalog order
     * @throws IllegalArgumentException if the categorisation is incomplete
     */
    public Applicability evaluate(Categorization categorization) {
        Objects.requireNonNull(categorization, "categorization");
        if (!categorization.isComplete()) {
            throw new IllegalArgumentException("Cannot work out applicability for levels '" + categorization.levels()
                    + "': " + categorization.reason());
        }
        Category category = categorization.orElseThrow();
        List<ProfileAdjustment> adjustments = profile.map(value -> value.adjustmentsFor(category)).orElse(List.of());
        List<MeasureApplicability> measures = catalog.measures().stream()
                .map(measure -> evaluate(measure, categorization.levels(), category, adjustments))
                .toList();
        return new Applicability(catalog, categorization, profile, measures);
    }

    private static MeasureApplicability evaluate(Measure measure, DimensionLevels levels, Category category,
            List<ProfileAdjustment> adjustments) {
        Map<Dimension, SecurityLevel> decisive = new EnumMap<>(Dimension.class);
        Optional<Column> column;
        if (measure.isCategoryBased()) {
            column = Optional.of(Column.of(category));
        } else {
            Optional<SecurityLevel> highest = levels.highestOf(measure.basis().dimensions());
            highest.ifPresent(level -> measure.basis().dimensions().stream()
                    .filter(dimension -> levels.level(dimension).equals(highest))
                    .forEach(dimension -> decisive.put(dimension, level)));
            column = highest.map(Column::of);
        }
        ApplicabilityReason reason = new ApplicabilityReason(measure.basis(), category, decisive, column,
                measure.lowestApplicableColumn());
        Requirement cell = column.map(measure::requirement).orElse(Requirement.notApplicable());
        List<ProfileAdjustment> own = adjustments.stream()
                .filter(adjustment -> adjustment.measure().equals(measure.id()))
                .toList();
        return new MeasureApplicability(measure, ProfileOverlay.apply(cell, own), reason, own);
    }
}
