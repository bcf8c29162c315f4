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
                if (assessment.isEmpty()) {
                    status = MeasureStatus.NOT_ASSESSED;
                } else {
                    Requirement requirement = entry.requirement();
                    MeasureAssessment declared = assessment.get();
                    missing = requirement.reinforcements().stream()
                            .filter(reinforcement -> !declared.reinforcements().contains(reinforcement)).toList();
                    unmet = requirement.oneOf().stream()
                            .filter(group -> group.choices().stream().noneMatch(declared.reinforcements()::contains)).toList();
                    status = entry.status() == StatementOfApplicability.Status.COMPENSATED ? MeasureStatus.COMPENSATED
                            : status(declared.maturity(), category.minimumMaturity(), missing.isEmpty() && unmet.isEmpty(),
                                    findings);
                }
            }
        }
        List<Finding> kept = status.isRequired() ? findings : List.of();
        return new MeasureResult(entry, category, status, assessment, missing, unmet, kept);
    }

    private static MeasureStatus status(Maturity declared, Maturity required, boolean reinforcementsMet,
            List<Finding> findings) {
        if (!declared.isAtLeast(Maturity.L2) || findings.stream().anyMatch(finding -> finding.grade() == FindingGrade.MAJOR)) {
            return MeasureStatus.NON_COMPLIANT;
        }
        boolean minor = findings.stream().anyMatch(finding -> finding.grade() == FindingGrade.MINOR);
        return declared.isAtLeast(required) && reinforcementsMet && !minor
                ? MeasureStatus.COMPLIANT : MeasureStatus.PARTIALLY_COMPLIANT;
    }
}
