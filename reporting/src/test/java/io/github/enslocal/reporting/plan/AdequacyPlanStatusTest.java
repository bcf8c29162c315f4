// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus.ActionLine;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus.Tally;
import io.github.enslocal.reporting.soa.EnsFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdequacyPlanStatusTest {

    private static final List<String> MEASURES = List.of("org.1", "op.pl.1", "op.exp.1", "op.exp.4", "mp.eq.3", "mp.s.1");

    private static AdequacyPlanStatus fixture() {
        return AdequacyPlanStatus.forSystem(EnsFixture.dataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF);
    }

    @Test
    void forSystem_navarclesPlan_countsActionsByStatus() {
        assertThat(fixture().totals()).isEqualTo(new Tally(6, 2, 3, 1, 12, 4));
    }

    @Test
    void forSystem_navarclesPlan_listsOverdueActionsLongestFirstWithDaysLate() {
        List<ActionLine> overdue = fixture().overdue();

        // A07 is due on the report's date itself, so it is not overdue yet.
        assertThat(overdue).extracting(ActionLine::id).containsExactly("A05", "A04", "A02", "A06");
        assertThat(overdue).extracting(ActionLine::daysOverdue).containsExactly(107L, 92L, 15L, 1L);
    }

    @Test
    void forSystem_navarclesPlan_countsByOwnerAndByCatalogGroup() {
        AdequacyPlanStatus status = fixture();

        assertThat(status.byOwner()).extracting(AdequacyPlanStatus.OwnerTally::owner)
                .containsExactly("Consell Comarcal del Bages", "Jordi Soler i Casals", "Montserrat Vila i Puig");
        assertThat(status.byOwner()).extracting(owner -> owner.tally().total()).containsExactly(4L, 5L, 3L);
        assertThat(status.byOwner()).extracting(owner -> owner.tally().overdue()).containsExactly(1L, 2L, 1L);
        assertThat(status.byGroup()).extracting(AdequacyPlanStatus.GroupTally::id)
                .containsExactly("org", "op.pl", "op.acc", "op.exp", "op.ext", "mp.per", "mp.eq", "mp.info", "mp.s");
        assertThat(status.byGroup().get(3)).isEqualTo(new AdequacyPlanStatus.GroupTally("op.exp", "Explotación",
                new Tally(3, 0, 0, 0, 3, 2)));
    }

    @Test
    void forSystem_navarclesPlan_ordersActionsByDueDateWithCatalogNames() {
        List<ActionLine> actions = fixture().actions();

        assertThat(actions).extracting(ActionLine::dueDate).isSorted();
        assertThat(actions.get(0)).isEqualTo(new ActionLine(EnsFixture.PLAN, EnsFixture.SYSTEM, "A01",
                MeasureId.parse("org.1"), "Política de seguridad", "org",
                "Aprovar la política de seguretat per acord del Ple", "Montserrat Vila i Puig",
                LocalDate.of(2025, 3, 31), ActionStatus.DONE, Optional.of(LocalDate.of(2025, 3, 27)), 0));
    }

    @Test
    void forSystem_systemWithoutPlan_isAnEmptyReport() {
        AdequacyPlanStatus status = AdequacyPlanStatus.forSystem(EnsFixture.dataset(), EnsFixture.UNSIGNED_SYSTEM,
                EnsFixture.AS_OF);

        assertThat(status.plans()).isEmpty();
        assertThat(status.actions()).isEmpty();
        assertThat(status.totals()).isEqualTo(new Tally(0, 0, 0, 0, 0, 0));
    }

    @Test
    void forPlans_samePlanAsForSystem_givesTheSameReport() {
        assertThat(AdequacyPlanStatus.forPlans(EnsFixture.dataset(), List.of(EnsFixture.PLAN, EnsFixture.PLAN),
                EnsFixture.AS_OF)).isEqualTo(fixture());
        assertThat(AdequacyPlanStatus.forDataset(EnsFixture.dataset(), EnsFixture.AS_OF)).isEqualTo(fixture());
    }

    @Test
    void forPlans_unknownPlan_throwsNamingIt() {
        assertThatThrownBy(() -> AdequacyPlanStatus.forPlans(EnsFixture.dataset(), List.of("pla-x", EnsFixture.PLAN),
                EnsFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown adequacy plan 'pla-x', expected the id of a plan of the dataset, "
                        + "e.g. 'pla-expedients-2025'");
    }

    @Test
    void forPlans_noPlan_throws() {
        assertThatThrownBy(() -> AdequacyPlanStatus.forPlans(EnsFixture.dataset(), Set.of(), EnsFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No adequacy plan given, expected at least one plan id, e.g. 'plan-2025'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sys-x", ""})
    void forSystem_unknownSystem_throwsNamingIt(String systemId) {
        assertThatThrownBy(() -> AdequacyPlanStatus.forSystem(EnsFixture.dataset(), systemId, EnsFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown information system '" + systemId + "', expected the id of a system of the "
                        + "dataset, e.g. 'sys-expedients'");
    }

    @Property
    void forDataset_anyActions_countsAgreeWithTheActions(@ForAll("actions") List<PlanAction> actions,
            @ForAll("asOf") LocalDate asOf) {
        Dataset dataset = withPlan(actions);

        AdequacyPlanStatus status = AdequacyPlanStatus.forDataset(dataset, asOf);

        Tally totals = status.totals();
        assertThat(totals.planned() + totals.inProgress() + totals.done() + totals.cancelled())
                .isEqualTo(totals.total()).isEqualTo(actions.size());
        assertThat(totals.overdue()).isEqualTo(actions.stream().filter(action -> action.isOverdue(asOf)).count())
                .isEqualTo(status.overdue().size());
        assertThat(status.actions()).allSatisfy(line -> assertThat(line.daysOverdue() > 0)
                .isEqualTo(!line.status().isClosed() && line.dueDate().isBefore(asOf)));
        assertThat(status.byOwner().stream().mapToLong(owner -> owner.tally().total()).sum()).isEqualTo(actions.size());
        assertThat(status.byGroup().stream().mapToLong(group -> group.tally().overdue()).sum()).isEqualTo(totals.overdue());
        assertThat(status.overdue()).extracting(ActionLine::daysOverdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Provide
    Arbitrary<List<PlanAction>> actions() {
        Arbitrary<PlanAction> action = Combinators.combine(
                Arbitraries.of(MEASURES), Arbitraries.of("Jordi Soler i Casals", "Montserrat Vila i Puig"),
                Arbitraries.integers().between(0, 800), Arbitraries.of(ActionStatus.class))
                .as((measure, owner, day, status) -> new PlanAction("A", MeasureId.parse(measure), "Acció", owner,
                        LocalDate.of(2024, 1, 1).plusDays(day), status, Optional.empty()));
        return action.list().ofMaxSize(30).map(list -> {
            List<PlanAction> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PlanAction value = list.get(i);
                numbered.add(new PlanAction(String.format("A%02d", i), value.measure(), value.description(),
                        value.owner(), value.dueDate(), value.status(), value.doneDate()));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<LocalDate> asOf() {
        return Arbitraries.integers().between(0, 900).map(day -> LocalDate.of(2024, 1, 1).plusDays(day));
    }

    private static Dataset withPlan(List<PlanAction> actions) {
        Dataset base = EnsFixture.dataset();
        return new Dataset(base.formatVersion(), base.title(), base.notice(), base.supportBodies(), base.municipalities(),
                base.conventions(), base.incidents(), base.assets(), base.systems(), base.assessments(),
                List.of(new AdequacyPlan("pla-prova", EnsFixture.SYSTEM, actions)), base.trainingSessions(),
                base.slaPolicy());
    }
}
