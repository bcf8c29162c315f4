// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which open plan action addresses a finding, and which major findings no action addresses. */
class CorrectiveActionsTest {

    private static final MeasureId POLICY = MeasureId.parse("org.1");
    private static final Finding MAJOR_ON_POLICY = Finding.of("test-rule", POLICY, FindingGrade.MAJOR, "no policy", List.of());

    private static PlanAction action(String id, MeasureId measure, LocalDate due, ActionStatus status) {
        return new PlanAction(id, measure, "Aprovar la política", "Secretaria", due, status,
                status == ActionStatus.DONE ? Optional.of(due) : Optional.empty());
    }

    private static CorrectiveActions of(String systemId, PlanAction... actions) {
        Dataset dataset = Dataset.empty();
        return CorrectiveActions.of(new Dataset(dataset.formatVersion(), dataset.title(), dataset.notice(),
                dataset.supportBodies(), dataset.municipalities(), dataset.conventions(), dataset.incidents(),
                dataset.assets(), dataset.systems(), dataset.assessments(),
                List.of(new AdequacyPlan("pla-1", systemId, List.of(actions))), dataset.trainingSessions(),
                dataset.slaPolicy()));
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"PLANNED", "IN_PROGRESS"})
    void addressing_openActionOnTheMeasure_addressesTheFinding(ActionStatus status) {
        CorrectiveActions actions = of("sys-1", action("A1", POLICY, LocalDate.of(2025, 3, 31), status));

        assertThat(actions.addressing("sys-1", MAJOR_ON_POLICY)).hasValueSatisfying(addressing -> {
            assertThat(addressing.planId()).isEqualTo("pla-1");
            assertThat(addressing.action().id()).isEqualTo("A1");
        });
        assertThat(actions.isGap("sys-1", MAJOR_ON_POLICY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "CANCELLED"})
    void addressing_closedAction_addressesNothingAndTheMajorFindingIsAGap(ActionStatus status) {
        CorrectiveActions actions = of("sys-1", action("A1", POLICY, LocalDate.of(2025, 3, 31), status));

        assertThat(actions.addressing("sys-1", MAJOR_ON_POLICY)).isEmpty();
        assertThat(actions.isGap("sys-1", MAJOR_ON_POLICY)).isTrue();
    }

    @Test
    void addressing_severalOpenActions_choosesTheOneDueFirst() {
        CorrectiveActions actions = of("sys-1", action("A2", POLICY, LocalDate.of(2025, 6, 30), ActionStatus.PLANNED),
                action("A1", POLICY, LocalDate.of(2025, 3, 31), ActionStatus.IN_PROGRESS));

        assertThat(actions.addressing("sys-1", MAJOR_ON_POLICY)).map(addressing -> addressing.action().id())
                .contains("A1");
    }

    @Test
    void addressing_actionOfAnotherSystemOrMeasure_addressesNothing() {
        CorrectiveActions actions = of("sys-2", action("A1", POLICY, LocalDate.of(2025, 3, 31), ActionStatus.PLANNED),
                action("A2", MeasureId.parse("op.pl.1"), LocalDate.of(2025, 3, 31), ActionStatus.PLANNED));

        assertThat(actions.addressing("sys-1", MAJOR_ON_POLICY)).isEmpty();
        assertThat(of("sys-1", action("A2", MeasureId.parse("op.pl.1"), LocalDate.of(2025, 3, 31),
                ActionStatus.PLANNED)).addressing("sys-1", MAJOR_ON_POLICY)).isEmpty();
    }

    @Test
    void isGap_minorFindingOrSystemWideFinding_followsTheGradeAndTheMissingMeasure() {
        CorrectiveActions none = of("sys-1");
        Finding minor = Finding.of("test-rule", POLICY, FindingGrade.MINOR, "roles missing", List.of());
        Finding systemWide = Finding.ofSystem("test-rule", FindingGrade.MAJOR, "no audit", List.of());

        assertThat(none.isGap("sys-1", minor)).isFalse();
        assertThat(none.addressing("sys-1", systemWide)).isEmpty();
        assertThat(none.isGap("sys-1", systemWide)).isTrue();
    }
}
