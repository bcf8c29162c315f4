// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.ens.internal.text.Texts;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdict on one Anexo II measure of a categorised system, with everything that decided it.
 *
 * <p>The status is decided by the first of these rules that holds:
 * <ol>
 *   <li>the Declaración de Aplicabilidad does not require the measure → {@link MeasureStatus#NOT_APPLICABLE};
 *   <li>the assessment excludes it, with a justification → {@link MeasureStatus#EXCLUDED};
 *   <li>there is no assessment dated on or before the evaluation date → {@link MeasureStatus#NOT_ASSESSED}
 *       (whatever the evidence rules say: nothing passes vacuously);
 *   <li>the assessment replaces it by a compensating measure → {@link MeasureStatus#COMPENSATED}
 *       (findings are still listed, but the rules check the replaced measure, so they do not
 *       change the status);
 *   <li>the declared maturity is L0 or L1, or an evidence rule reports a {@link FindingGrade#MAJOR
 *       major} non-conformity → {@link MeasureStatus#NON_COMPLIANT};
 *   <li>the declared maturity reaches the category minimum ({@link Category#minimumMaturity()}:
 *       BÁSICA L2, MEDIA L3, ALTA L4), every required reinforcement and one of each required group
 *       is implemented, and no rule reports a {@link FindingGrade#MINOR minor} non-conformity →
 *       {@link MeasureStatus#COMPLIANT};
 *   <li>otherwise (L2 or more, but below the minimum, or a reinforcement missing, or a minor
 *       non-conformity) → {@link MeasureStatus#PARTIALLY_COMPLIANT}.
 * </ol>
 * Observations never change the status. Findings about a measure that is not applicable or is
 * excluded are dropped, since the measure is not part of the system's statement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entry the measure's entry in the system's Declaración de Aplicabilidad
 * @param category the system's category
 * @param status the verdict
 * @param assessment the assessment the verdict read: the latest dated on or before the evaluation
 *     date, or empty if there is none
 * @param missingReinforcements the required reinforcements the assessment does not declare, sorted;
 *     empty unless the measure is required and assessed
 * @param unmetOneOf the required groups of which the assessment declares no reinforcement; empty
 *     unless the measure is required and assessed
 * @param findings the findings of the evidence rules about the measure, sorted
 */
public record MeasureResult(
        StatementOfApplicability.Entry entry,
        Category category,
        MeasureStatus status,
        Optional<MeasureAssessment> assessment,
        List<ReinforcementId> missingReinforcements,
        List<OneOf> unmetOneOf,
        List<Finding> findings) {

    /**
     * Creates a result, copying and sorting the lists.
     *
     * @param entry the statement entry, not null
     * @param category the category, not null
     * @param status the status, not null
     * @param assessment the assessment; null means empty
     * @param missingReinforcements the missing reinforcements; null means none
     * @param unmetOneOf the unmet groups; null means none
     * @param findings the findings; null means none
     * @throws NullPointerException if a required argument or a list element is null
     */
    public MeasureResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        assessment = assessment == null ? Optional.empty() : assessment;
        missingReinforcements = sorted(missingReinforcements);
        unmetOneOf = unmetOneOf == null ? List.of() : List.copyOf(unmetOneOf);
        findings = sorted(findings);
    }

    /**
     * Returns the measure's id.
     *
     * @return the id
     */
    public MeasureId measure() {
        return entry.applicability().measure().id();
    }

    /**
     * Returns the maturity the category requires of every applicable measure.
     *
     * @return {@link Category#minimumMaturity()}
     */
    public Maturity requiredMaturity() {
        return category.minimumMaturity();
    }

    /**
     * Returns the declared maturity.
     *
     * @return the assessment's maturity, or empty if there is no assessment
     */
    public Optional<Maturity> declaredMaturity() {
        return assessment.map(MeasureAssessment::maturity);
    }

    /**
     * Returns the gap between declared and required maturity, a measure not assessed counting as L0.
     *
     * @return declared minus required maturity, or empty if the measure is not in the required set
     */
    public Optional<Integer> delta() {
        if (!status.isRequired()) {
            return Optional.empty();
        }
        return Optional.of(gap());
    }

    /** Returns the declared maturity level, 0 when not assessed. */
    int declaredLevel() {
        return assessment.isPresent() ? assessment.get().maturity().value() : Maturity.L0.value();
    }

    /** Returns declared minus required maturity, whether or not the measure is required. */
    int gap() {
        return declaredLevel() - requiredMaturity().value();
    }

    /**
     * Returns the CCN-STIC 815 zone of the gap.
     *
     * @return the zone of {@link #delta()}, or empty if the measure is not in the required set
     */
    public Optional<Zone> zone() {
        return delta().map(Zone::of);
    }

    /**
     * Returns the verdict as a sentence with its reasons.
     *
     * @return e.g. {@code "op.exp.4 NON_COMPLIANT: declared L1 below required L2 (BÁSICA); 2 servers out
     *     of vendor support (srv-navarcles-01, srv-navarcles-02)"}
     */
    public String describe() {
        return measure() + " " + status + ": " + reason(Locale.ENGLISH);
    }

    /**
     * Returns the reasons of the verdict, in a language, without the measure id and status.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return e.g. {@code "declared L1 below required L2 (BÁSICA); 2 servers out of vendor support
     *     (srv-navarcles-01, srv-navarcles-02)"} in English
     */
    public String reason(Locale locale) {
        Texts text = Texts.of(locale);
        List<String> reasons = new ArrayList<>();
        Map<String, String> required = Map.of("required", requiredMaturity().toString(),
                "category", category.officialName());
        switch (status) {
            case NOT_APPLICABLE -> {
                String sentence = entry.describe(locale);
                String prefix = text.get("applicability.notApplicable", Map.of("measure", measure().toString(), "why", ""));
                reasons.add(sentence.startsWith(prefix) ? sentence.substring(prefix.length()) : sentence);
            }
            case EXCLUDED -> reasons.add(entry.exclusion()
                    .map(exclusion -> text.get("reason.excluded", Map.of("justification", exclusion.justification())))
                    .orElse(text.get("reason.excluded.unjustified")));
            case NOT_ASSESSED -> reasons.add(text.get("reason.notAssessed", required));
            case COMPENSATED -> reasons.add(text.get("reason.compensated", Map.of("measure",
                    entry.compensation().map(compensation -> compensation.compensatingMeasure()).orElse("?"),
                    "declared", declaredMaturity().orElseThrow().toString())));
            default -> {
                Maturity declared = declaredMaturity().orElseThrow();
                Map<String, String> values = new HashMap<>(required);
                values.put("declared", declared.toString());
                reasons.add(text.get(declared.isAtLeast(requiredMaturity()) ? "reason.meets" : "reason.below", values));
                if (!missingReinforcements.isEmpty()) {
                    reasons.add(text.get("reason.missing", Map.of("reinforcements", missingReinforcements.stream()
                            .map(Reinforcement::label).collect(Collectors.joining(", ")))));
                }
                unmetOneOf.forEach(group -> reasons.add(text.get("reason.oneOfUnmet",
                        Map.of("group", group.describe(locale)))));
                if (status == MeasureStatus.COMPLIANT && findings.stream().noneMatch(f -> f.grade().isNonConformity())) {
                    reasons.add(text.get("reason.noNonConformity"));
                }
            }
        }
        if (status.isRequired()) {
            findings.forEach(finding -> reasons.add(finding.grade() == FindingGrade.OBSERVATION
                    ? text.get("reason.observation", Map.of("finding", finding.explanation(locale)))
                    : finding.explanation(locale)));
        }
        return String.join("; ", reasons);
    }

    /**
     * Returns an unmodifiable sorted copy; most measures have neither findings nor missing
     * reinforcements, so the empty case allocates nothing.
     */
    private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.size() == 1 ? List.of(values.get(0)) : values.stream().sorted().toList();
    }

    /**
     * Returns the verdict as a sentence.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
