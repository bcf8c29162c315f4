// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.ens.profile.ComplianceProfile;
import io.github.enslocal.ens.profile.ProfileAdjustment;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.dashboard.DashboardRow;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import io.github.enslocal.reporting.findings.FindingsReport;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Declaración de Aplicabilidad, the dashboard and the findings report of every demo system agree
 * with the evaluation ({@code enslocal evaluate}) under a profile and thresholds that are not the
 * defaults: the reports read the statement, the thresholds and the findings from the evaluation
 * rather than working them out again.
 */
class ReportsAgreeWithEvaluationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** Removed for BÁSICA systems by the test profile: a measure every categorised system needs by the table. */
    private static final MeasureId REMOVED = MeasureId.parse("op.exp.1");
    /** Audits stay current three years here, not the default two. */
    private static final int AUDIT_YEARS = 3;

    private static Dataset dataset;
    private static DatasetEvaluation evaluation;

    @BeforeAll
    static void evaluateTheDemoWithAProfileAndOtherThresholds() {
        dataset = DemoData.dataset();
        ComplianceProfile profile = new ComplianceProfile("test-profile", "Test profile", "this test",
                List.of(new ProfileAdjustment(ProfileAdjustment.Action.REMOVE, REMOVED, Optional.empty(),
                        Set.of(Category.BASICA), "The test drops it.", "this test")));
        evaluation = ComplianceEvaluator.builder().profile(profile)
                .options(EvaluationOptions.defaults().withThresholds(
                        EvidenceThresholds.defaults().withReviewPeriods(12, 12, AUDIT_YEARS)))
                .build().evaluate(dataset, AS_OF);
    }

    @Test
    void declaracion_ofEverySystem_isTheEvaluationsStatement() {
        int basica = 0;
        for (SystemEvaluation system : evaluation.systems()) {
            if (system.category().isEmpty()) {
                continue;
            }
            DeclaracionDeAplicabilidad declaration = DeclaracionDeAplicabilidad.of(evaluation, dataset, system.systemId());
            List<StatementOfApplicability.Entry> statement = system.statement();

            assertThat(declaration.entries()).hasSameSizeAs(statement);
            for (int i = 0; i < statement.size(); i++) {
                assertThat(declaration.entries().get(i).id()).isEqualTo(statement.get(i).applicability().measure().id());
                assertThat(declaration.entries().get(i).status()).as("%s %s", system.systemId(),
                        declaration.entries().get(i).id()).isEqualTo(statement.get(i).status());
            }
            assertThat(declaration.category()).isEqualTo(system.category().orElseThrow());
            assertThat(declaration.asOf()).isEqualTo(evaluation.asOf());
            assertThat(declaration.catalogVersion()).isEqualTo(evaluation.basis().catalogVersion());
            if (system.category().get() == Category.BASICA) {
                basica++;
                assertThat(declaration.entries().stream().filter(entry -> entry.id().equals(REMOVED)))
                        .singleElement().satisfies(entry -> assertThat(entry.adopted()).isFalse());
            }
        }
        assertThat(basica).as("the demo has BÁSICA systems for the profile to change").isPositive();
    }

    @Test
    void dashboard_readsTheThresholdsAndFindingsOfTheEvaluation() {
        EnsDashboard dashboard = EnsDashboard.of(evaluation, dataset, DemoDatasetGenerator.BAGES_ID, AS_OF);

        assertThat(dashboard.auditMaxAgeYears()).isEqualTo(AUDIT_YEARS);
        for (DashboardRow row : dashboard.municipalities()) {
            List<SystemEvaluation> owned = row.systemIds().stream().map(id -> evaluation.system(id).orElseThrow()).toList();
            assertThat(row.figures().majorFindings()).as(row.name())
                    .isEqualTo(owned.stream().mapToInt(system -> system.summary().count(FindingGrade.MAJOR)).sum());
            assertThat(row.nextAuditDue()).isEqualTo(row.lastAudit().map(date -> date.plusYears(AUDIT_YEARS)));
        }
    }

    @Test
    void findingsReport_listsEveryFindingOfTheEvaluationAndAgreesWithTheDashboard() {
        FindingsReport report = FindingsReport.of(evaluation, dataset, DemoDatasetGenerator.BAGES_ID);
        EnsDashboard dashboard = EnsDashboard.of(evaluation, dataset, DemoDatasetGenerator.BAGES_ID, AS_OF);
        var body = dataset.supportBodies().stream()
                .filter(candidate -> candidate.id().equals(DemoDatasetGenerator.BAGES_ID)).findFirst().orElseThrow();
        List<String> inScope = dataset.systems().stream().filter(system -> system.owner().isInScopeOf(body))
                .map(InformationSystem::id).toList();

        for (String systemId : inScope) {
            SystemEvaluation system = evaluation.system(systemId).orElseThrow();
            assertThat(report.findings().stream().filter(finding -> finding.systemId().equals(systemId))
                    .map(finding -> finding.grade() + " " + finding.code() + " " + finding.messages().get("ca")))
                    .as(systemId)
                    .containsExactlyInAnyOrderElementsOf(system.findings().stream()
                            .map(finding -> finding.grade() + " " + finding.code() + " "
                                    + finding.message(ReportLanguage.CA.locale())).toList());
        }
        for (DashboardRow row : dashboard.municipalities()) {
            assertThat(report.byOwner().stream().filter(owner -> owner.code().equals(row.municipality().toString())))
                    .singleElement().satisfies(owner -> {
                        assertThat(owner.counts().major()).isEqualTo(row.figures().majorFindings());
                        assertThat(owner.counts().majorWithoutAction())
                                .isEqualTo(row.figures().unaddressedMajorFindings());
                    });
        }
        assertThat(report.totals().majorWithoutAction()).as("the demo has major findings with no plan action")
                .isPositive();
        assertThat(report.findings()).anySatisfy(finding -> assertThat(finding.action()).isPresent());
    }
}
