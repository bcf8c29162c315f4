// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.reporting.dashboard.DashboardFixture;
import io.github.enslocal.reporting.findings.FindingsReport.OpenFinding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings report lists the evaluation's findings in order, with the plan action that addresses each. */
class FindingsReportTest {

    private static final Dataset DATASET = DashboardFixture.dataset();
    private static final DatasetEvaluation EVALUATION = DashboardFixture.evaluation(DATASET);
    private static final FindingsReport REPORT =
            FindingsReport.of(EVALUATION, DATASET, DashboardFixture.SUPPORT_BODY_ID);

    @Test
    void of_fixture_listsEveryFindingOfTheSystemsInScope() {
        long expected = EVALUATION.systems().stream().mapToLong(system -> system.findings().size()).sum();

        assertThat(REPORT.findings()).hasSize((int) expected).isNotEmpty();
        assertThat(REPORT.totals().total()).isEqualTo(expected);
        assertThat(REPORT.bySystem()).extracting(FindingsReport.SystemCounts::systemId)
                .containsExactly("art-registre", "cc-correu", "man-expedients", "man-padro", "nav-seu", "sfb-policia");
    }

    @Test
    void of_fixture_ordersByGradeThenMunicipalityThenMeasure() {
        Comparator<OpenFinding> order = Comparator.comparing(OpenFinding::grade)
                .thenComparing(finding -> finding.ownerCode().equals(DashboardFixture.SUPPORT_BODY_ID))
                .thenComparing(OpenFinding::ownerCode)
                .thenComparing(finding -> finding.measure().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

        assertThat(REPORT.findings()).isSortedAccordingTo(order);
        assertThat(REPORT.findings().get(0).grade()).isEqualTo(FindingGrade.MAJOR);
    }

    @Test
    void of_findingOnAMeasureWithAnOpenAction_namesTheActionDueFirst() {
        List<OpenFinding> onNavarclesPolicy = REPORT.findings().stream()
                .filter(finding -> finding.systemId().equals("nav-seu")
                        && finding.measure().equals(Optional.of(MeasureId.parse("org.1"))))
                .toList();

        assertThat(onNavarclesPolicy).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.action()).hasValueSatisfying(action -> {
                assertThat(action.planId()).isEqualTo("pla-nav-2025");
                assertThat(action.actionId()).isEqualTo("A1");
                assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
                assertThat(action.overdue()).as("due 2025-01-31, reported on 2025-02-28").isTrue();
            });
            assertThat(finding.withoutAction()).isFalse();
        });
    }

    @Test
    void of_everyFinding_isFlaggedExactlyWhenMajorWithoutAction() {
        assertThat(REPORT.findings()).allSatisfy(finding -> assertThat(finding.withoutAction())
                .isEqualTo(finding.grade() == FindingGrade.MAJOR && finding.action().isEmpty()));
        assertThat(REPORT.totals().majorWithoutAction()).isPositive()
                .isEqualTo((int) REPORT.findings().stream().filter(OpenFinding::withoutAction).count());
    }

    @Test
    void of_doneOrCancelledActions_addressNothing() {
        assertThat(REPORT.findings()).allSatisfy(finding -> finding.action().ifPresent(action ->
                assertThat(action.status()).isIn(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)));
    }

    @Test
    void of_byOwner_coversEveryMunicipalityServedAndTheSupportBodyLast() {
        assertThat(REPORT.byOwner()).last().satisfies(owner ->
                assertThat(owner.code()).isEqualTo(DashboardFixture.SUPPORT_BODY_ID));
        assertThat(REPORT.byOwner().stream().mapToInt(owner -> owner.counts().total()).sum())
                .isEqualTo(REPORT.totals().total());
    }

    @Test
    void of_unknownSupportBody_failsListingTheKnownOnes() {
        assertThatThrownBy(() -> FindingsReport.of(EVALUATION, DATASET, "cc-anoia"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown support body 'cc-anoia', expected one of [cc-bages]");
    }
}
