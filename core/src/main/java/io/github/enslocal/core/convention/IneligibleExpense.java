// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import java.util.List;
import java.util.Objects;

/**
 * A justified expense that does not count towards a convention's execution, with every reason why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param expense the expense
 * @param reasons the reasons, at least one, in declaration order of {@link IneligibilityReason}
 */
public record IneligibleExpense(Expense expense, List<IneligibilityReason> reasons) {

    /**
     * Creates an ineligible expense, copying its reasons in declaration order.
     *
     * @param expense the expense
     * @param reasons the reasons, at least one
     * @throws NullPointerException if an argument or a reason is null
     * @throws IllegalArgumentException if {@code reasons} is empty
     */
    public IneligibleExpense {
        Objects.requireNonNull(expense, "expense");
        reasons = List.copyOf(Copies.enumSet(Objects.requireNonNull(reasons, "reasons"), IneligibilityReason.class));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("Ineligible expense '" + expense.id() + "' needs at least one reason");
        }
    }
}
