// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An expense justified against a convention.
 *
 * <p>Whether the expense counts towards the convention's execution is decided by
 * {@link Convention#budgetExecution(io.github.enslocal.core.time.DateRange)}. The constructor only
 * stores its arguments; constraints are checked when a dataset is validated. This class is
 * immutable and thread-safe.
 *
 * @param id the expense's id, unique within the convention
 * @param date the date the expense was incurred
 * @param type the kind of expense
 * @param amount the amount justified; negative amounts are never counted
 * @param description what the expense was for
 */
public record Expense(
        @NotBlank @Size(max = 64) String id,
        @NotNull LocalDate date,
        @NotNull ExpenseType type,
        @NotNull Money amount,
        @NotBlank @Size(max = 500) String description) {
}
