// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import static io.github.enslocal.core.assessment.PlanActionTest.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.enslocal.core.ens.MeasureId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AdequacyPlanTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 30);

    private static final PlanAction ENCRYPT_LAPTOPS = action("a1", ActionStatus.IN_PROGRESS, LocalDate.of(2025, 6, 30));
    private static final PlanAction REPLACE_SERVER = action("a2", ActionStatus.PLANNED, LocalDate.of(2024, 12, 31));
    private static final PlanAction APPROVE_POLICY = new PlanAction("a3", MeasureId.parse("org.1"),
            "Aprovar la política de seguretat al Ple", "Montserrat Vilà i Puig", LocalDate.of(2023, 3, 31),
            ActionStatus.DONE, Optional.of(LocalDate.of(2023, 2, 28)));
    private static final PlanAction TEST_RESTORE = action("a4", ActionStatus.PLANNED, LocalDate.of(2026, 3, 31));
    private static final PlanAction MOVE_TO_CLOUD = action("a5", ActionStatus.CANCELLED, LocalDate.of(2024, 1, 31));
    private static final PlanAction TRAIN_STAFF = action("a0", ActionStatus.PLANNED, LocalDate.of(2025, 6, 30));

    private static final AdequacyPlan NAVARCLES_PLAN = new AdequacyPlan("nav-pla-2025", "nav-sis-expedients",
            List.of(ENCRYPT_LAPTOPS, REPLACE_SERVER, APPROVE_POLICY, TEST_RESTORE, MOVE_TO_CLOUD, TRAIN_STAFF));

    @Test
    void constructor_nullActions_becomeEmpty() {
        AdequacyPlan empty = new AdequacyPlan("nav-pla-2026", "nav-sis-expedients", null);

        assertThat(empty.actions()).isEmpty();
        assertThat(empty.overdueActions(AS_OF)).isEmpty();
    }

    @Test
    void overdueActions_longestOverdueFirstThenById() {
        assertThat(NAVARCLES_PLAN.overdueActions(AS_OF)).containsExactly(REPLACE_SERVER, TRAIN_STAFF, ENCRYPT_LAPTOPS);
    }

    @Test
    void overdueActions_beforeAnyDueDate_isEmpty() {
        assertThat(NAVARCLES_PLAN.overdueActions(LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void countsByStatus_hasEveryStatusInOrder() {
        assertThat(NAVARCLES_PLAN.countsByStatus()).containsExactly(
                entry(ActionStatus.PLANNED, 3L), entry(ActionStatus.IN_PROGRESS, 1L),
                entry(ActionStatus.DONE, 1L), entry(ActionStatus.CANCELLED, 1L));
        assertThat(new AdequacyPlan("p", "s", List.of()).countsByStatus())
                .containsOnlyKeys(ActionStatus.values()).allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Property
    void countsByStatus_addUpToTheNumberOfActions(@ForAll("plans") AdequacyPlan plan) {
        assertThat(plan.countsByStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(plan.actions().size());
    }

    @Property
    void overdueActions_areExactlyTheOpenActionsDueBeforeAsOf(@ForAll("plans") AdequacyPlan plan) {
        List<PlanAction> overdue = plan.overdueActions(AS_OF);

        assertThat(overdue).allSatisfy(action -> assertThat(action.isOverdue(AS_OF)).isTrue());
        assertThat(plan.actions()).filteredOn(action -> !overdue.contains(action))
                .allSatisfy(action -> assertThat(action.isOverdue(AS_OF)).isFalse());
        assertThat(overdue).isSortedAccordingTo((a, b) -> a.dueDate().compareTo(b.dueDate()));
    }

    @Provide
    Arbitrary<AdequacyPlan> plans() {
        Arbitrary<PlanAction> actions = Combinators.combine(
                        Arbitraries.strings().alpha().ofLength(3),
                        Arbitraries.of(ActionStatus.class),
                        Arbitraries.integers().between(-400, 400))
                .as((id, status, offset) -> action(id, status, AS_OF.plusDays(offset)));
        return actions.list().ofMaxSize(12).map(list -> new AdequacyPlan("p", "s", list));
    }

    @Test
    void action_findsByIdOrIsEmpty() {
        assertThat(NAVARCLES_PLAN.action("a3")).contains(APPROVE_POLICY);
        assertThat(NAVARCLES_PLAN.action("a9")).isEmpty();
    }

    @Test
    void validate_planWithRepeatedIdAndBadAction_reportsBoth() {
        PlanAction doneDateWhilePlanned = new PlanAction("a1", null, "", "Pau Rovira Casas", null,
                ActionStatus.PLANNED, Optional.of(LocalDate.of(2025, 5, 2)));
        AdequacyPlan plan = new AdequacyPlan("nav-pla-2025", "", List.of(ENCRYPT_LAPTOPS, doneDateWhilePlanned));

        assertThat(NAVARCLES_PLAN.hasUniqueActionIds()).isTrue();
        assertThat(plan.hasUniqueActionIds()).isFalse();
        assertThat(VALIDATOR.validate(plan))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("systemId", "uniqueActionIds", "actions[1].measure",
                        "actions[1].description", "actions[1].dueDate", "actions[1].doneDateOnlyIfDone");
    }

    @Test
    void validate_navarclesPlan_isValid() {
        assertThat(VALIDATOR.validate(NAVARCLES_PLAN)).isEmpty();
    }
}
