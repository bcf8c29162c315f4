// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Decides the status of one measure, by the rules stated on {@link MeasureResult}. */
final class StatusRule {

    private StatusRule() {
    }

    static MeasureResult decide(StatementOfApplicability.Entry entry, Category category,
            Optional<MeasureAssessment> assessment, List<Finding> findings) {
        MeasureStatus status;
        List<ReinforcementId> missing = List.of();
        List<OneOf> unmet = List.of();
        switch (entry.status()) {
            case NOT_APPLICABLE -> status = MeasureStatus.NOT_APPLICABLE;
            case EXCLUDED -> status = MeasureStatus.EXCLUDED;
            default -> {
                findings = applicable(entry, assessment, findings);
                if (assessment.isEmpty()) {
                    status = MeasureStatus.NOT_ASSESSED;
                } else {
                    Requirement requirement = entry.requirement();
                    MeasureAssessment declared = assessment.get();
                    missing = missing(requirement.reinforcements(), declared.reinforcements());
                    unmet = unmet(requirement.oneOf(), declared.reinforcements());
                    status = entry.status() == StatementOfApplicability.Status.COMPENSATED ? MeasureStatus.COMPENSATED
                            : status(declared.maturity(), category.minimumMaturity(), missing.isEmpty() && unmet.isEmpty(),
                                    findings);
                }
            }
        }
        List<Finding> kept = status.isRequired() ? findings : List.of();
        return new MeasureResult(entry, category, status, assessment, missing, unmet, kept);
    }

    /**
     * Returns the findings whose part of the measure the entry requires: the base requirement
     * whenever the measure applies, a reinforcement only where the adopted requirement lists it or
     * the assessment chose it from a required group. A check belongs to the part that demands it
     * (CCN-STIC 802 §7.1 ¶127), so a finding on a reinforcement the system's levels do not require
     * says nothing about the system.
     */
    static List<Finding> applicable(StatementOfApplicability.Entry entry, Optional<MeasureAssessment> assessment,
            List<Finding> findings) {
        List<Finding> kept = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            boolean applies = finding.part().isEmpty() || requires(entry.requirement(), finding.part().get(), assessment);
            if (!applies && kept == null) {
                kept = new ArrayList<>(findings.subList(0, i));
            } else if (applies && kept != null) {
                kept.add(finding);
            }
        }
        return kept == null ? findings : kept;
    }

    private static boolean requires(Requirement requirement, ReinforcementId part, Optional<MeasureAssessment> assessment) {
        if (requirement.reinforcements().contains(part)) {
            return true;
        }
        return assessment.filter(declared -> declared.reinforcements().contains(part)).isPresent()
                && requirement.oneOf().stream().anyMatch(group -> group.contains(part));
    }

    private static MeasureStatus status(Maturity declared, Maturity required, boolean reinforcementsMet,
            List<Finding> findings) {
        boolean major = false;
        boolean minor = false;
        for (int i = 0; i < findings.size(); i++) {
            FindingGrade grade = findings.get(i).grade();
            major |= grade == FindingGrade.MAJOR;
            minor |= grade == FindingGrade.MINOR;
        }
        if (!declared.isAtLeast(Maturity.L2) || major) {
            return MeasureStatus.NON_COMPLIANT;
        }
        return declared.isAtLeast(required) && reinforcementsMet && !minor
                ? MeasureStatus.COMPLIANT : MeasureStatus.PARTIALLY_COMPLIANT;
    }

    // Indexed loops rather than streams or iterators: this runs for every measure of every system
    // (73 × 8,132 for Spain), and the lists are random access.
    private static List<ReinforcementId> missing(List<ReinforcementId> required, Collection<ReinforcementId> declared) {
        List<ReinforcementId> missing = null;
        for (int i = 0; i < required.size(); i++) {
            ReinforcementId reinforcement = required.get(i);
            if (!declared.contains(reinforcement)) {
                if (missing == null) {
                    missing = new ArrayList<>(required.size());
                }
                missing.add(reinforcement);
            }
        }
        return missing == null ? List.of() : missing;
    }

    private static List<OneOf> unmet(List<OneOf> groups, Collection<ReinforcementId> declared) {
        List<OneOf> unmet = null;
        for (int i = 0; i < groups.size(); i++) {
            OneOf group = groups.get(i);
            if (!declaresAny(declared, group.choices())) {
                if (unmet == null) {
                    unmet = new ArrayList<>(groups.size());
                }
                unmet.add(group);
            }
        }
        return unmet == null ? List.of() : unmet;
    }

    private static boolean declaresAny(Collection<ReinforcementId> declared, List<ReinforcementId> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (declared.contains(choices.get(i))) {
                return true;
            }
        }
        return false;
    }
}
