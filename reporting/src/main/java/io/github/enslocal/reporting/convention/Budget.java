// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.convention.BudgetExecution;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.reporting.i18n.ValueFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A convention's budget execution over a balance's period, as
 * {@link io.github.enslocal.core.convention.Convention#budgetExecution} computes it: eligible
 * expenses consume the maximum in date order and nothing beyond it is counted. This class is
 * immutable and thread-safe.
 *
 * @param maximum the convention's maximum amount, or empty if it sets none
 * @param justifiedEligible the eligible expenses dated in the period, before applying the maximum
 * @param counted the part of them counted within the maximum
 * @param overMaximum the part beyond the maximum, not counted
 * @param countedBefore the amount counted before the period
 * @param countedToDate {@code countedBefore + counted}
 * @param remaining what the maximum leaves at the end of the period, or empty without maximum
 * @param executedPercent {@code countedToDate} as a percentage of the maximum, one decimal rounded
 *     half up, or empty without a positive maximum
 * @param ineligible the expenses dated in the period that do not count
 * @param byType the counted amount per eligible expense type, in type declaration order
 */
public record Budget(Optional<Money> maximum, Money justifiedEligible, Money counted, Money overMaximum,
        Money countedBefore, Money countedToDate, Optional<Money> remaining, Optional<BigDecimal> executedPercent,
        Money ineligible, List<BudgetLine> byType) {

    /**
     * Creates a budget, copying the lines.
     *
     * @param maximum the maximum, or empty
     * @param justifiedEligible the eligible total
     * @param counted the counted amount
     * @param overMaximum the amount over the maximum
     * @param countedBefore the amount counted before the period
     * @param countedToDate the amount counted to the end of the period
     * @param remaining the remaining amount, or empty
     * @param executedPercent the executed percentage, or empty
     * @param ineligible the ineligible total
     * @param byType the lines per type
     * @throws NullPointerException if a non-optional argument or a line is null
     */
    public Budget {
        maximum = maximum == null ? Optional.empty() : maximum;
        Objects.requireNonNull(justifiedEligible, "justifiedEligible");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(overMaximum, "overMaximum");
        Objects.requireNonNull(countedBefore, "countedBefore");
        Objects.requireNonNull(countedToDate, "countedToDate");
        remaining = remaining == null ? Optional.empty() : remaining;
        executedPercent = executedPercent == null ? Optional.empty() : executedPercent;
        Objects.requireNonNull(ineligible, "ineligible");
        byType = List.copyOf(byType);
    }

    /**
     * Obtains the budget of an execution.
     *
     * @param execution the execution
     * @return the budget
     * @throws NullPointerException if {@code execution} is null
     */
    public static Budget of(BudgetExecution execution) {
        Optional<Money> positiveMaximum = execution.maximum().filter(Money::isPositive);
        List<BudgetLine> lines = new ArrayList<>();
        execution.countedByType().forEach((type, amount) ->
                lines.add(new BudgetLine(type, amount, positiveMaximum.map(max -> percent(amount, max)))));
        return new Budget(execution.maximum(), execution.justifiedEligible(), execution.counted(),
                execution.overMaximum(), execution.countedBefore(), execution.countedToDate(), execution.remaining(),
                positiveMaximum.map(max -> percent(execution.countedToDate(), max)), execution.ineligibleTotal(),
                lines);
    }

    /** Returns a part as a percentage of a positive whole, one decimal rounded half up. */
    static BigDecimal percent(Money part, Money whole) {
        return ValueFormat.percentage(cents(part), cents(whole));
    }

    /** Returns an amount in cents. */
    static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    /**
     * Returns whether the budget has figures to show: the convention sets a maximum, or something
     * was counted against it up to the end of the period.
     *
     * @return false for a convention without a maximum and without counted expenses
     */
    public boolean hasFigures() {
        return maximum.isPresent() || countedToDate.isPositive();
    }
}
