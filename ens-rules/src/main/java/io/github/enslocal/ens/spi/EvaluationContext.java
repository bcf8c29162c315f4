// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.training.TrainingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an evidence rule reads when it judges one information system: the system, the date of the
 * evaluation and the records of the dataset that concern the system, looked up in indices the
 * evaluator builds once per dataset.
 *
 * <p>The lists are in dataset order and unmodifiable. Implementations are immutable and
 * thread-safe; rules must not assume any other implementation than the evaluator's.
 */
public interface EvaluationContext {

    /**
     * Returns the system being evaluated.
     *
     * @return the system
     */
    InformationSystem system();

    /**
     * Returns the whole dataset the system belongs to, for rules that read records the other
     * methods do not offer. Scanning it for every system costs time in proportion to the dataset;
     * prefer the other methods.
     *
     * @return the dataset
     */
    Dataset dataset();

    /**
     * Returns the date of the evaluation; rules judge ages and validity at this date and ignore
     * what is dated after it.
     *
     * @return the date
     */
    LocalDate asOf();

    /**
     * Returns the last instant of {@link #asOf()} in Europe/Madrid, exclusive: incidents and
     * notifications at or after it have not happened yet as of the evaluation.
     *
     * @return the start of the day after {@code asOf} in Europe/Madrid
     */
    Instant cutOff();

    /**
     * Returns the system's category from the valuations of its information and services.
     *
     * @return the category, or empty when no dimension has a level
     */
    Optional<Category> category();

    /**
     * Returns the municipality that owns the system.
     *
     * @return the INE code, or empty if a supporting body owns it
     */
    Optional<IneCode> municipality();

    /**
     * Returns the assets the system runs on, as its {@link InformationSystem#assetIds()} name them.
     *
     * @return the assets in id order; ids that resolve to no asset are left out
     */
    List<Asset> assets();

    /**
     * Returns the system's assets in service on the evaluation date: those acquired on or before
     * {@link #asOf()}, and those whose acquisition date is not recorded.
     *
     * @return the assets in id order, a subset of {@link #assets()}
     */
    default List<Asset> assetsInService() {
        LocalDate asOf = asOf();
        return assets().stream().filter(asset -> asset.acquisitionDate().map(day -> !day.isAfter(asOf)).orElse(true))
                .toList();
    }

    /**
     * Returns the incidents that concern the system: those raised by the owner municipality, or,
     * for a system a supporting body owns, those that affect one of its assets.
     *
     * @return the incidents in dataset order
     */
    List<Incident> incidents();

    /**
     * Returns the conventions in which the owner municipality has an adhesion, in force or not.
     *
     * @return the conventions in dataset order; empty for a system a supporting body owns
     */
    List<Convention> conventions();

    /**
     * Returns the owner municipality's adhesions to a convention.
     *
     * @param convention the convention, not null; normally one of {@link #conventions()}
     * @return its adhesions of {@link #municipality()}, in the convention's order; empty for a
     *     system a supporting body owns
     */
    default List<Adhesion> adhesions(Convention convention) {
        return municipality().map(code -> convention.adhesions().stream()
                .filter(adhesion -> adhesion != null && code.equals(adhesion.municipality())).toList()).orElse(List.of());
    }

    /**
     * Returns the training sessions attended by staff of the owner municipality.
     *
     * @return the sessions in dataset order; empty for a system a supporting body owns
     */
    List<TrainingSession> trainingSessions();

    /**
     * Returns the assessment of a measure for this system that the evaluation uses: the latest
     * dated on or before {@link #asOf()}.
     *
     * @param measure the measure, not null
     * @return the assessment, or empty if there is none
     */
    Optional<MeasureAssessment> assessment(MeasureId measure);

    /**
     * Returns the incident taxonomy security classifications are read against.
     *
     * @return the taxonomy
     */
    IncidentTaxonomy taxonomy();
}
