// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.training.TrainingSession;
import io.github.enslocal.ens.spi.EvaluationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The evaluator's view of one system for the evidence rules, read from the dataset's index. */
final class SystemContext implements EvaluationContext {

    static final ZoneId MADRID = BusinessCalendar.EUROPE_MADRID;

    /**
     * The assessment that counts among several of one measure: the latest date wins; on the same
     * day the lower maturity, then the assessor's name, so that the choice never depends on the
     * order of the dataset and never favours the measure.
     */
    static final Comparator<MeasureAssessment> PRECEDENCE = Comparator.comparing(MeasureAssessment::assessedOn)
            .thenComparing(MeasureAssessment::maturity, Comparator.reverseOrder())
            .thenComparing(MeasureAssessment::assessedBy, Comparator.reverseOrder())
            .thenComparing(assessment -> assessment.reinforcements().toString(), Comparator.reverseOrder());

    private final DatasetIndex index;
    private final InformationSystem system;
    private final LocalDate asOf;
    private final Instant cutOff;
    private final Optional<Category> category;
    private final IncidentTaxonomy taxonomy;
    /** Presized for the 73 measures of Anexo II. */
    private final Map<MeasureId, MeasureAssessment> assessments = new HashMap<>(128);
    private final List<Asset> assets;
    private final List<Asset> assetsInService;
    /** Worked out once: two built-in rules read them, and a support body's are gathered by asset. */
    private final List<Incident> incidents;

    SystemContext(DatasetIndex index, InformationSystem system, LocalDate asOf, Optional<Category> category,
            IncidentTaxonomy taxonomy) {
        this.index = index;
        this.system = system;
        this.asOf = asOf;
        this.cutOff = asOf.plusDays(1).atStartOfDay(MADRID).toInstant();
        this.category = category;
        this.taxonomy = taxonomy;
        this.assets = index.assets(system.assetIds());
        this.assetsInService = EvaluationContext.super.assetsInService();
        this.incidents = system.owner().municipality().map(index::incidents)
                .orElseGet(() -> index.incidentsAffecting(system.assetIds()));
        for (MeasureAssessment assessment : index.assessments(system.id())) {
            if (assessment.measure() != null && assessment.assessedOn() != null && !assessment.assessedOn().isAfter(asOf)) {
                assessments.merge(assessment.measure(), assessment, (a, b) -> PRECEDENCE.compare(a, b) >= 0 ? a : b);
            }
        }
    }

    @Override
    public InformationSystem system() {
        return system;
    }

    @Override
    public Dataset dataset() {
        return index.dataset;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public Instant cutOff() {
        return cutOff;
    }

    @Override
    public Optional<Category> category() {
        return category;
    }

    @Override
    public Optional<IneCode> municipality() {
        return system.owner().municipality();
    }

    @Override
    public List<Asset> assets() {
        return assets;
    }

    /** Worked out once: most built-in rules start from it. */
    @Override
    public List<Asset> assetsInService() {
        return assetsInService;
    }

    @Override
    public List<Incident> incidents() {
        return incidents;
    }

    @Override
    public List<Convention> conventions() {
        return municipality().map(index::conventions).orElse(List.of());
    }

    /** From the index; a convention that is not the dataset's own object is scanned as the default does. */
    @Override
    public List<Adhesion> adhesions(Convention convention) {
        Optional<IneCode> municipality = municipality();
        if (municipality.isEmpty()) {
            return List.of();
        }
        return index.adhesions(municipality.get(), convention).orElseGet(() -> EvaluationContext.super.adhesions(convention));
    }

    @Override
    public List<TrainingSession> trainingSessions() {
        return municipality().map(index::trainingSessions).orElse(List.of());
    }

    @Override
    public Optional<MeasureAssessment> assessment(MeasureId measure) {
        return Optional.ofNullable(assessments.get(measure));
    }

    @Override
    public IncidentTaxonomy taxonomy() {
        return taxonomy;
    }
}
