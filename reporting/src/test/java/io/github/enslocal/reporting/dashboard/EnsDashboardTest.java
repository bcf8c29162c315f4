// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import io.github.enslocal.ens.evaluation.MeasureStatus;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.ens.evaluation.Zone;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's figures, counted by hand from {@link DashboardFixture}. */
class EnsDashboardTest {

    private static final EnsDashboard DASHBOARD = DashboardFixture.dashboard();

    private static DashboardRow row(int index) {
        return DASHBOARD.municipalities().get(index);
    }

    @Test
    void of_fixture_hasOneRowPerMunicipalityServedInIneCodeOrder() {
        assertThat(DASHBOARD.municipalities()).extracting(DashboardRow::municipality).containsExactly(
                DashboardFixture.ARTES, DashboardFixture.MANRESA, DashboardFixture.NAVARCLES, DashboardFixture.SANTPEDOR,
                DashboardFixture.SANT_FRUITOS);
        assertThat(DASHBOARD.supportBodyName()).isEqualTo("Consell Comarcal del Bages");
        assertThat(DASHBOARD.auditMaxAgeYears()).isEqualTo(2);
    }

    @Test
    void of_manresa_sumsItsTwoSystems() {
        DashboardRow manresa = row(1);

        assertThat(manresa.population()).contains(79_953);
        assertThat(manresa.systemIds()).containsExactly("man-expedients", "man-padro");
        assertThat(manresa.categories()).containsExactly(Category.BASICA, Category.MEDIA);
        assertThat(manresa.figures().compliance()).isEqualTo(Ratio.of(3, 105));
        assertThat(manresa.figures().maturity()).isEqualTo(Ratio.of(25, 525));
        assertThat(manresa.figures().zone()).contains(Zone.RED);
        assertThat(manresa.policyApproved()).contains(LocalDate.of(2024, 2, 1));
        assertThat(manresa.figures().policiesApproved()).isEqualTo(2);
        assertThat(manresa.figures().rolesDesignated()).isEqualTo(2);
        assertThat(manresa.figures().rolesSegregated()).isEqualTo(1);
        assertThat(manresa.lastAudit()).contains(LocalDate.of(2022, 11, 20));
        assertThat(manresa.nextAuditDue()).contains(LocalDate.of(2024, 11, 20));
        assertThat(manresa.auditOverdue()).isTrue();
        assertThat(manresa.figures().statuses()).containsEntry(MeasureStatus.COMPLIANT, 3)
                .containsEntry(MeasureStatus.PARTIALLY_COMPLIANT, 6).containsEntry(MeasureStatus.NON_COMPLIANT, 1);
        assertThat(manresa.figures().majorFindings()).isEqualTo(1);
    }

    @Test
    void of_navarcles_countsItsOverdueActionsAndMissingGovernance() {
        DashboardRow navarcles = row(2);

        assertThat(navarcles.figures().overdueActions()).isEqualTo(2);
        assertThat(navarcles.figures().maturity()).isEqualTo(Ratio.of(1, 235));
        assertThat(navarcles.policyApproved()).isEmpty();
        assertThat(navarcles.figures().rolesDesignated()).isZero();
        assertThat(navarcles.figures().rolesSegregated()).isZero();
        assertThat(navarcles.lastAudit()).isEmpty();
        assertThat(navarcles.nextAuditDue()).isEmpty();
        assertThat(navarcles.auditOverdue()).isTrue();
    }

    @Test
    void of_santFruitos_countsTheCompensationAsMetAndLeavesTheExclusionOut() {
        DashboardRow santFruitos = row(4);

        assertThat(santFruitos.categories()).containsExactly(Category.ALTA);
        assertThat(santFruitos.figures().compliance()).isEqualTo(Ratio.of(5, 68));
        assertThat(santFruitos.figures().maturity()).isEqualTo(Ratio.of(29, 340));
        assertThat(santFruitos.figures().statuses()).containsEntry(MeasureStatus.COMPENSATED, 1)
                .containsEntry(MeasureStatus.EXCLUDED, 1);
        assertThat(santFruitos.nextAuditDue()).contains(LocalDate.of(2027, 1, 20));
        assertThat(santFruitos.auditOverdue()).isFalse();
        assertThat(santFruitos.figures().overdueActions()).isEqualTo(1);
        GroupCompliance org = santFruitos.figures().groups().get(0);
        assertThat(org).isEqualTo(new GroupCompliance("org", "Marco organizativo", Ratio.of(4, 4)));
    }

    @Test
    void of_municipalityWithoutSystems_hasZerosAndNoAuditDue() {
        DashboardRow santpedor = row(3);

        assertThat(santpedor.figures().systems()).isZero();
        assertThat(santpedor.figures().compliance()).isEqualTo(Ratio.ZERO);
        assertThat(santpedor.figures().zone()).isEmpty();
        assertThat(santpedor.auditOverdue()).isFalse();
        assertThat(santpedor.figures().groups()).hasSize(16).allMatch(group -> group.compliance().isEmpty());
    }

    @Test
    void of_uncategorisedSystem_isCountedApartWithItsMajorFindings() {
        DashboardRow artes = row(0);

        assertThat(artes.categories()).isEmpty();
        assertThat(artes.figures().uncategorisedSystems()).isEqualTo(1);
        assertThat(artes.figures().compliance()).isEqualTo(Ratio.ZERO);
        assertThat(artes.figures().majorFindings()).isEqualTo(6);
    }

    @Test
    void totals_addRatiosTermByTermRatherThanAveragingPercentages() {
        DashboardFigures totals = DASHBOARD.totals().figures();

        assertThat(totals.compliance()).isEqualTo(Ratio.of(3 + 0 + 5, 105 + 47 + 68));
        assertThat(totals.maturity()).isEqualTo(Ratio.of(25 + 1 + 29, 525 + 235 + 340));
        assertThat(totals.compliance().percentage()).contains(new java.math.BigDecimal("3.6"));
        assertThat(DASHBOARD.totals().population()).isEqualTo(6225 + 79_953 + 6276 + 7744 + 9333);
        assertThat(DASHBOARD.totals().municipalities()).isEqualTo(5);
        assertThat(DASHBOARD.totals().auditsOverdue()).isEqualTo(3);
        assertThat(totals.systems()).isEqualTo(5);
        assertThat(totals.overdueActions()).isEqualTo(3);
        assertThat(totals.majorFindings()).isEqualTo(6 + 1 + 3 + 1);
        assertThat(totals.groups().get(0).compliance()).isEqualTo(Ratio.of(2 + 0 + 4, 8 + 4 + 4));
    }

    @Test
    void totals_equalTheSumOfTheRows() {
        DashboardFigures sum = DASHBOARD.municipalities().stream().map(DashboardRow::figures)
                .reduce(DashboardFigures::plus).orElseThrow();

        assertThat(DASHBOARD.totals().figures()).isEqualTo(sum);
    }

    @Test
    void rows_agreeWithTheEvaluatorsOwnMunicipalitySums() {
        Dataset dataset = DashboardFixture.dataset();
        DatasetEvaluation evaluation = DashboardFixture.evaluation(dataset);

        for (DashboardRow row : DASHBOARD.municipalities()) {
            evaluation.municipality(row.municipality()).ifPresent(municipality -> {
                assertThat(row.figures().compliance()).as(row.name()).isEqualTo(municipality.summary().compliance());
                assertThat(row.figures().maturity()).as(row.name()).isEqualTo(municipality.summary().maturity());
                assertThat(row.figures().statuses()).as(row.name()).isEqualTo(municipality.summary().statuses());
            });
        }
    }

    @Test
    void of_supportBodysOwnSystem_isInNoRow() {
        assertThat(DASHBOARD.municipalities()).flatExtracting(DashboardRow::systemIds).doesNotContain("cc-correu");
    }

    @Test
    void of_longerAuditPeriod_movesTheDueDate() {
        Dataset dataset = DashboardFixture.dataset();
        DatasetEvaluation evaluation = ComplianceEvaluator.builder()
                .options(EvaluationOptions.defaults().withThresholds(EvidenceThresholds.defaults().withReviewPeriods(12, 12, 3)))
                .build().evaluate(dataset, DashboardFixture.AS_OF);
        EnsDashboard threeYears = EnsDashboard.of(evaluation, dataset, DashboardFixture.SUPPORT_BODY_ID,
                DashboardFixture.AS_OF);

        assertThat(threeYears.municipalities().get(1).nextAuditDue()).contains(LocalDate.of(2025, 11, 20));
        assertThat(threeYears.municipalities().get(1).auditOverdue()).isFalse();
    }

    @Test
    void of_unknownSupportBody_failsListingTheKnownOnes() {
        Dataset dataset = DashboardFixture.dataset();
        DatasetEvaluation evaluation = DashboardFixture.evaluation(dataset);

        assertThatThrownBy(() -> EnsDashboard.of(evaluation, dataset, "dip-girona", DashboardFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown support body 'dip-girona', expected the id of a support body of the dataset, "
                        + "one of [cc-bages]");
    }

    @Test
    void of_dateOtherThanTheEvaluations_fails() {
        Dataset dataset = DashboardFixture.dataset();
        DatasetEvaluation evaluation = DashboardFixture.evaluation(dataset);

        assertThatThrownBy(() -> EnsDashboard.of(evaluation, dataset, DashboardFixture.SUPPORT_BODY_ID,
                LocalDate.of(2025, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The dashboard date 2025-03-31 differs from the evaluation date 2025-02-28, expected the "
                        + "date the dataset was evaluated on, e.g. 2025-02-28");
    }

    @Test
    void table_summary_showsIndicesAsRatiosForPeopleAndEndsWithTheTotals() {
        Table summary = DASHBOARD.table(DashboardTable.SUMMARY, ReportLanguage.CA);

        List<Cell> manresa = summary.rows().get(1);
        List<Cell> totals = summary.rows().get(summary.rows().size() - 1);
        assertThat(manresa.subList(0, 7)).containsExactly(Cell.text("08113"), Cell.text("Manresa"), Cell.number(79_953),
                Cell.number(2), Cell.text("BÀSICA, MITJANA"), Cell.text("3/105"), Cell.percent(3, 105));
        assertThat(totals.subList(0, 7)).containsExactly(Cell.empty(), Cell.text("Total"), Cell.number(109_531),
                Cell.number(5), Cell.text("BÀSICA, MITJANA, ALTA, sense categoria (1)"), Cell.text("8/220"),
                Cell.percent(8, 220));
        assertThat(summary.rows()).hasSize(6);
    }

    @Test
    void dashboardRow_nullOptionals_becomeEmpty() {
        DashboardRow row = new DashboardRow(DashboardFixture.SANTPEDOR, "Santpedor", null, List.of(), List.of(), null,
                null, null, false, row(3).figures());

        assertThat(row.population()).isEqualTo(Optional.empty());
        assertThat(row.policyApproved()).isEmpty();
        assertThat(row.lastAudit()).isEmpty();
        assertThat(row.nextAuditDue()).isEmpty();
    }
}
