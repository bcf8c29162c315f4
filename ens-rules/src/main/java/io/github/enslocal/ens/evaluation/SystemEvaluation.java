// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.categorization.Categorization;
import io.github.enslocal.ens.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of one information system at a date.
 *
 * <p>A system whose valuations give no category is a result too, not an exception: it has a major
 * finding with rule id {@value #CATEGORISATION_RULE_ID}, no measure results, and
 * the evidence rules' findings are all kept, since it is unknown which measures apply.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param systemId the system's id
 * @param systemName the system's name
 * @param owner the municipality or supporting body that owns it
 * @param asOf the date of the evaluation
 * @param categorization the categorisation from the system's valuations
 * @param measures one result per measure of the catalog, in catalog order; empty if the system
 *     has no category
 * @param findings every finding kept: those about the system as a whole and those of the measure
 *     results, sorted
 * @param summary the indices, zone and counts
 */
public record SystemEvaluation(
        String systemId,
        String systemName,
        SystemOwner owner,
        LocalDate asOf,
        Categorization categorization,
        List<MeasureResult> measures,
        List<Finding> findings,
        ComplianceSummary summary) {

    /** The rule id of the finding an evaluator adds when a system has no category. */
    public static final String CATEGORISATION_RULE_ID = "categorisation";

    /**
     * Creates an evaluation, copying the lists and sorting the findings.
     *
     * @param systemId the id, not null
     * @param systemName the name, not null
     * @param owner the owner, not null
     * @param asOf the date, not null
     * @param categorization the categorisation, not null
     * @param measures the measure results; null means none
     * @param findings the findings; null means none
     * @param summary the summary, not null
     * @throws NullPointerException if a required argument is null
     */
    public SystemEvaluation {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(systemName, "systemName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(categorization, "categorization");
        measures = measures == null ? List.of() : List.copyOf(measures);
        findings = findings == null ? List.of() : findings.stream().sorted().toList();
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Returns the system's category.
     *
     * @return the category, or empty if the valuations give none
     */
    public Optional<Category> category() {
        return categorization.category();
    }

    /**
     * Returns the Declaración de Aplicabilidad the verdicts were reached on: the applicability of
     * the Anexo II table (and profile) with the exclusions and compensations of the system's
     * assessments.
     *
     * @return one entry per measure, in catalog order; empty if the system has no category
     */
    public List<StatementOfApplicability.Entry> statement() {
        return measures.stream().map(MeasureResult::entry).toList();
    }

    /**
     * Returns the result for one measure.
     *
     * @param id the measure id, not null
     * @return the result, or empty if the system has no category or the catalog no such measure
     */
    public Optional<MeasureResult> measure(MeasureId id) {
        Objects.requireNonNull(id, "id");
        return measures.stream().filter(result -> result.measure().equals(id)).findFirst();
    }

    /**
     * Returns the findings about the system as a whole rather than one measure.
     *
     * @return the findings without a measure, sorted
     */
    public List<Finding> systemFindings() {
        return findings.stream().filter(finding -> finding.measure().isEmpty()).toList();
    }

    /**
     * Returns the evaluation as a sentence.
     *
     * @return e.g. {@code "nav-sis-expedients (Gestió d'expedients) MEDIA on 2025-06-30: compliance
     *     12/60, maturity 150/300, zone RED; 3 major, 5 minor, 2 observations"}, or with {@code "not
     *     categorised"} and the reason in place of the category
     */
    public String describe() {
        return systemId + " (" + systemName + ") " + category().map(Category::officialName)
                .orElse("not categorised (" + categorization.reason() + ")") + " on " + asOf + ": " + summary.describe();
    }

    /**
     * Returns the evaluation as a sentence.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
