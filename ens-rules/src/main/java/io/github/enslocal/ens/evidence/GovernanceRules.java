// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.AuditKind;
import io.github.enslocal.core.system.AuditResult;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.SystemRole;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules on a system's security governance: its policy, roles, risk analysis, categorisation
 * and conformity audit. Dates after the evaluation date count as not yet recorded.
 */
final class GovernanceRules {

    private GovernanceRules() {
    }

    /**
     * org.1 Política de seguridad: a security policy covering the system was approved (major if
     * not: CCN-STIC 802 §7 names a missing policy as a major non-conformity).
     */
    static CheckRule policyApproval() {
        return new CheckRule("policy-approval", List.of("org.1"), "A security policy covering the system has been approved",
                List.of(), (context, findings) -> {
                    if (recordedBy(context, context.system().policyApprovalDate()).isEmpty()) {
                        findings.add("org.1", FindingGrade.MAJOR, "policy.none", Map.of(), List.of(system(context)));
                    }
                });
    }

    /**
     * org.1 Política de seguridad, the roles it designates (RD 311/2022 art. 13): a security officer
     * is designated (major if not, per CCN-STIC 802 §7); the other three roles are designated
     * (minor for each missing); and the security officer is not the system officer (minor: art.
     * 13.3 requires it but allows exceptions with compensating measures, which are not recorded).
     */
    static CheckRule roleSegregation() {
        return new CheckRule("role-segregation", List.of("org.1"),
                "The four roles are designated and the security officer is not the system officer (art. 13)",
                List.of(), (context, findings) -> {
                    SystemRoles roles = context.system().roles();
                    if (roles.securityOfficer().isEmpty()) {
                        findings.add("org.1", FindingGrade.MAJOR, "roles.no-security-officer",
                                Map.of("role", SystemRole.SECURITY_OFFICER.officialName()), List.of(system(context)));
                    }
                    String others = roles.unassigned().stream().filter(role -> role != SystemRole.SECURITY_OFFICER)
                            .map(SystemRole::officialName).collect(Collectors.joining(", "));
                    if (!others.isEmpty()) {
                        findings.add("org.1", FindingGrade.MINOR, "roles.not-designated", Map.of("roles", others),
                                List.of(system(context)));
                    }
                    Optional<Person> security = roles.securityOfficer();
                    if (security.isPresent() && roles.systemOfficer().filter(security.get()::isSamePersonAs).isPresent()) {
                        findings.add("org.1", FindingGrade.MINOR, "roles.same-person", Map.of("person", security.get().name()),
                                List.of(system(context)));
                    }
                });
    }

    /**
     * op.pl.1 Análisis de riesgos: a risk analysis was approved (major if not) within
     * {@code riskAnalysisMaxAgeMonths} (minor if older).
     */
    static CheckRule riskAnalysis(EvidenceThresholds thresholds) {
        int months = thresholds.riskAnalysisMaxAgeMonths();
        return new CheckRule("risk-analysis", List.of("op.pl.1"), "A risk analysis was approved and reviewed within the year",
                thresholds.describe("riskAnalysisMaxAgeMonths"), (context, findings) -> {
                    Optional<LocalDate> date = recordedBy(context, context.system().riskAnalysisDate());
                    if (date.isEmpty()) {
                        findings.add("op.pl.1", FindingGrade.MAJOR, "risk.none", Map.of(), List.of(system(context)));
                    } else if (date.get().plusMonths(months).isBefore(context.asOf())) {
                        findings.add("op.pl.1", FindingGrade.MINOR, "risk.stale", Map.of("date", date.get(), "maxAgeMonths", months),
                                List.of(system(context)));
                    }
                });
    }

    /**
     * The annual re-categorisation (RD 311/2022 Anexo I.1), a system-wide rule: the valuations and
     * category were reviewed within {@code categorisationReviewMaxAgeMonths} (minor if older or never);
     * a declared category below the one the valuations give is a major non-conformity (it
     * under-protects; CCN-STIC 802 §7 counts categorisation failures as major), one above is an
     * observation.
     */
    static CheckRule categorisationReview(EvidenceThresholds thresholds) {
        int months = thresholds.categorisationReviewMaxAgeMonths();
        return new CheckRule("categorisation-review", List.of(),
                "The category is reviewed yearly and the declared category matches the valuations (Anexo I)",
                thresholds.describe("categorisationReviewMaxAgeMonths"), (context, findings) -> {
                    InformationSystem system = context.system();
                    Optional<LocalDate> date = recordedBy(context, system.categorisationReviewDate());
                    if (date.isEmpty()) {
                        findings.system(FindingGrade.MINOR, "categorisation.unreviewed", Map.of(), system(context));
                    } else if (date.get().plusMonths(months).isBefore(context.asOf())) {
                        findings.system(FindingGrade.MINOR, "categorisation.stale",
                                Map.of("date", date.get(), "maxAgeMonths", months), system(context));
                    }
                    if (system.declaredCategory().isPresent() && context.category().isPresent()) {
                        Category declared = system.declaredCategory().get();
                        Category computed = context.category().get();
                        if (declared.compareTo(computed) != 0) {
                            findings.system(declared.compareTo(computed) < 0 ? FindingGrade.MAJOR : FindingGrade.OBSERVATION,
                                    "categorisation.mismatch", Map.of("declared", declared, "computed", computed),
                                    system(context));
                        }
                    }
                });
    }

    /**
     * The conformity audit (RD 311/2022 art. 31.1 and 38.1), a system-wide rule: an audit was done
     * within {@code auditMaxAgeYears} (major if never or older); a MEDIA or ALTA system needs a
     * certification audit, while a BÁSICA one may rely on a self-assessment (major if a MEDIA or ALTA
     * system's last audit was a self-assessment); an unfavourable result is major, a favourable one
     * with non-conformities an observation.
     */
    static CheckRule conformityAudit(EvidenceThresholds thresholds) {
        int years = thresholds.auditMaxAgeYears();
        return new CheckRule("conformity-audit", List.of(),
                "A conformity audit was done within two years: self-assessment for BÁSICA, certification for MEDIA and ALTA",
                thresholds.describe("auditMaxAgeYears"), (context, findings) -> {
                    Optional<Audit> audit = context.system().lastAudit().filter(last -> !last.date().isAfter(context.asOf()));
                    if (audit.isEmpty()) {
                        findings.system(FindingGrade.MAJOR, "audit.none", Map.of(), system(context));
                        return;
                    }
                    Audit last = audit.get();
                    if (last.date().plusYears(years).isBefore(context.asOf())) {
                        findings.system(FindingGrade.MAJOR, "audit.stale", Map.of("date", last.date(), "maxAgeYears", years),
                                system(context));
                    }
                    context.category().filter(category -> category != Category.BASICA)
                            .filter(category -> last.kind() == AuditKind.SELF_ASSESSMENT)
                            .ifPresent(category -> findings.system(FindingGrade.MAJOR, "audit.self-assessment",
                                    Map.of("category", category), system(context)));
                    if (last.result() == AuditResult.UNFAVORABLE) {
                        findings.system(FindingGrade.MAJOR, "audit.unfavourable", Map.of("date", last.date()), system(context));
                    } else if (last.result() == AuditResult.FAVORABLE_WITH_NON_CONFORMITIES) {
                        findings.system(FindingGrade.OBSERVATION, "audit.non-conformities", Map.of("date", last.date()),
                                system(context));
                    }
                });
    }

    private static Optional<LocalDate> recordedBy(EvaluationContext context, Optional<LocalDate> date) {
        return BuiltInRule.recordedBy(date, context.asOf());
    }

    private static Subject system(EvaluationContext context) {
        return Subject.system(context.system().id());
    }
}
