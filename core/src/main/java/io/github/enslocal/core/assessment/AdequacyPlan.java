// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The adequacy plan of an information system (plan de adecuación): the actions that will bring it
 * into line with the ENS.
 *
 * <p>The constructor only normalises (a null list becomes empty; the actions keep their order);
 * the constraints, including {@link #hasUniqueActionIds()}, are checked when a dataset is
 * validated. This class is immutable and thread-safe.
 *
 * @param id the plan's id, unique in its dataset
 * @param systemId the id of the information system the plan is for
 * @param actions the actions of the plan
 */
public record AdequacyPlan(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 64) String systemId,
        List<@Valid PlanAction> actions) {

    private static final Comparator<PlanAction> BY_DUE_DATE_THEN_ID =
            Comparator.comparing(PlanAction::dueDate).thenComparing(PlanAction::id);

    /**
     * Creates a plan, copying its actions.
     *
     * @param id the plan's id
     * @param systemId the id of the system
     * @param actions the actions; null means none
     * @throws NullPointerException if {@code actions} holds a null element
     */
    public AdequacyPlan {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * Returns the action with an id.
     *
     * @param actionId the id of the action, not null
     * @return the first action with that id, or empty if there is none
     * @throws NullPointerException if {@code actionId} is null
     */
    public Optional<PlanAction> action(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        return actions.stream().filter(action -> actionId.equals(action.id())).findFirst();
    }

    /**
     * Returns the actions that are late at a date; see {@link PlanAction#isOverdue(LocalDate)}.
     *
     * @param asOf the date of the evaluation, not null
     * @return the overdue actions, the longest overdue first and ties in id order
     * @throws NullPointerException if {@code asOf} is null
     */
    public List<PlanAction> overdueActions(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return actions.stream().filter(action -> action.isOverdue(asOf)).sorted(BY_DUE_DATE_THEN_ID).toList();
    }

    /**
     * Returns the number of actions in each state.
     *
     * @return a map with an entry for every {@link ActionStatus}, in declaration order, zero for a
     *     state no action is in
     */
    public Map<ActionStatus, Long> countsByStatus() {
        EnumMap<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0L);
        }
        actions.forEach(action -> counts.merge(action.status(), 1L, Long::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns whether no two actions share an id, a condition for a valid plan.
     *
     * @return true if the action ids are distinct
     */
    @AssertTrue(message = "action ids must be unique within the plan")
    public boolean hasUniqueActionIds() {
        return actions.stream().map(PlanAction::id).distinct().count() == actions.size();
    }
}
