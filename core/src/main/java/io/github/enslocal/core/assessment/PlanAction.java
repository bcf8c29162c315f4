// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import io.github.enslocal.core.ens.MeasureId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action of an adequacy plan: work on one measure, with an owner and a due date.
 *
 * <p>The constructor only normalises; the constraints, including
 * {@link #hasDoneDateOnlyIfDone()}, are checked when a dataset is validated. This class is
 * immutable and thread-safe.
 *
 * @param id the action's id, unique in its plan
 * @param measure the measure the action works towards
 * @param description what is to be done
 * @param owner who is responsible for the action, by name or position
 * @param dueDate the last day by which the action should be done
 * @param status the state of the action
 * @param doneDate the day the action was done; present only when the status is {@link
 *     ActionStatus#DONE}, and may be missing even then
 */
public record PlanAction(
        @NotBlank @Size(max = 64) String id,
        @NotNull MeasureId measure,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueDate,
        @NotNull ActionStatus status,
        Optional<LocalDate> doneDate) {

    /**
     * Creates an action, turning a null done date into an empty one.
     *
     * @param id the action's id
     * @param measure the measure
     * @param description what is to be done
     * @param owner who is responsible
     * @param dueDate the due date
     * @param status the state
     * @param doneDate the day the action was done
     */
    public PlanAction {
        doneDate = Objects.requireNonNullElse(doneDate, Optional.empty());
    }

    /**
     * Returns whether the action is late at a date: it is neither done nor cancelled and its due
     * date is before that date. An action is not overdue on its due date itself.
     *
     * @param asOf the date of the evaluation, not null
     * @return true if the action is still open and {@code dueDate} is before {@code asOf}
     * @throws NullPointerException if {@code asOf} is null
     */
    public boolean isOverdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return !status.isClosed() && dueDate.isBefore(asOf);
    }

    /**
     * Returns whether a done date is recorded only for an action that is done, a condition for a
     * valid action.
     *
     * @return false if a done date is present and the status is not {@link ActionStatus#DONE}
     */
    @AssertTrue(message = "a done date is allowed only when the status is DONE")
    public boolean hasDoneDateOnlyIfDone() {
        return doneDate.isEmpty() || status == ActionStatus.DONE;
    }
}
