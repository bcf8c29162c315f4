// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The adequacy-plan actions still open, indexed by system and measure, to tell which action
 * addresses a finding and which major findings no action addresses.
 *
 * <p>An action addresses a finding when it belongs to a plan of the finding's system, works on the
 * finding's measure, and is neither done nor cancelled ({@link ActionStatus#PLANNED} or
 * {@link ActionStatus#IN_PROGRESS}); an overdue action still addresses it. Of several, the one due
 * first counts (then by plan id and action id). A finding about the system as a whole (no measure)
 * is addressed by no action, since every action names a measure.
 *
 * <p>A major non-conformity that no open action addresses is a <em>gap</em>: CCN-STIC 802 (June
 * 2025, §6.10) asks for a corrective action plan for the non-conformities of an audit and suspends a
 * certificate while major ones stay open, so a major finding with no action in the adequacy plan is
 * work nobody has planned. This class is immutable and thread-safe.
 */
public final class CorrectiveActions {

    /** The comparator that chooses among several actions: due first, then plan id, then action id. */
    private static final Comparator<Addressing> FIRST_DUE = Comparator
            .comparing((Addressing addressing) -> addressing.action().dueDate())
            .thenComparing(Addressing::planId)
            .thenComparing(addressing -> addressing.action().id());

    private final Map<String, Map<MeasureId, Addressing>> bySystem;

    private CorrectiveActions(Map<String, Map<MeasureId, Addressing>> bySystem) {
        this.bySystem = bySystem;
    }

    /**
     * An open action of an adequacy plan, with the plan it belongs to.
     *
     * @param planId the plan's id
     * @param action the action
     */
    public record Addressing(String planId, PlanAction action) {

        /**
         * Creates an addressing action.
         *
         * @param planId the plan id, not null
         * @param action the action, not null
         * @throws NullPointerException if an argument is null
         */
        public Addressing {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * Indexes the open actions of a dataset's adequacy plans.
     *
     * @param dataset the dataset, not null
     * @return the index
     * @throws NullPointerException if {@code dataset} is null
     */
    public static CorrectiveActions of(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        Map<String, Map<MeasureId, Addressing>> bySystem = new HashMap<>();
        for (AdequacyPlan plan : dataset.plans()) {
            for (PlanAction action : plan.actions()) {
                if (action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.IN_PROGRESS) {
                    bySystem.computeIfAbsent(plan.systemId(), id -> new HashMap<>()).merge(action.measure(),
                            new Addressing(plan.id(), action), (one, other) -> FIRST_DUE.compare(one, other) <= 0 ? one : other);
                }
            }
        }
        return new CorrectiveActions(bySystem);
    }

    /**
     * Returns the open action that addresses a finding of a system.
     *
     * @param systemId the id of the system the finding is about, not null
     * @param finding the finding, not null
     * @return the action due first among those that address it, or empty if none does
     * @throws NullPointerException if an argument is null
     */
    public Optional<Addressing> addressing(String systemId, Finding finding) {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(finding, "finding");
        return finding.measure().flatMap(measure ->
                Optional.ofNullable(bySystem.getOrDefault(systemId, Map.of()).get(measure)));
    }

    /**
     * Returns whether a finding of a system is a gap: a major non-conformity that no open action addresses.
     *
     * @param systemId the id of the system, not null
     * @param finding the finding, not null
     * @return true if the finding is major and unaddressed
     * @throws NullPointerException if an argument is null
     */
    public boolean isGap(String systemId, Finding finding) {
        return finding.grade() == FindingGrade.MAJOR && addressing(systemId, finding).isEmpty();
    }

    /**
     * Returns the gaps of evaluated systems: their major findings that no open action addresses.
     *
     * @param systems the evaluations, not null
     * @return the gaps, system by system in the given order, each system's in finding order
     * @throws NullPointerException if {@code systems} or an element is null
     */
    public List<Finding> gaps(List<SystemEvaluation> systems) {
        List<Finding> gaps = new ArrayList<>();
        for (SystemEvaluation system : systems) {
            system.findings().stream().filter(finding -> isGap(system.systemId(), finding)).forEach(gaps::add);
        }
        return gaps;
    }
}
