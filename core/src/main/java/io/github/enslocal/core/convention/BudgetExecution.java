// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The execution of a convention's budget over a period, as
 * {@link Convention#budgetExecution(DateRange)} computes it.
 *
 * <p>The maximum amount applies to the whole convention: eligible expenses consume it in date
 * order, so expenses justified before the period may already have used part of it
 * ({@code countedBefore}). Whatever an eligible expense in the period would add beyond the
 * maximum is reported as {@code overMaximum} and not counted. Hence
 * {@code justifiedEligible = counted + overMaximum} and, with a maximum,
 * {@code countedBefore + counted + remaining = maximum}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period reported on, both ends included
 * @param maximum the convention's maximum amount, or empty if it has none
 * @param justifiedEligible the total of the eligible expenses dated within the period, before
 *     applying the maximum
 * @param counted the part of {@code justifiedEligible} counted within the maximum; never negative
 *     and never above the maximum
 * @param overMaximum the part of {@code justifiedEligible} beyond the maximum, not counted
 * @param countedBefore the amount counted for eligible expenses dated before the period
 * @param countedByType the counted amount per eligible expense type of the convention (zero for a
 *     type without expenses), in declaration order; the values add up to {@code counted}
 * @param ineligible the expenses dated within the period that do not count, by date and id
 * @param remaining what is left of the maximum at the end of the period, or empty if there is no
 *     maximum
 * @param executedFraction the share of the maximum counted by the end of the period
 *     ({@code (countedBefore + counted) / maximum}, 0 to 1, 4 decimals rounded
 *     {@link java.math.RoundingMode#HALF_EVEN}), or empty if there is no maximum or it is zero
 */
public record BudgetExecution(
        DateRange period,
        Optional<Money> maximum,
        Money justifiedEligible,
        Money counted,
        Money overMaximum,
        Money countedBefore,
        Map<ExpenseType, Money> countedByType,
        List<IneligibleExpense> ineligible,
        Optional<Money> remaining,
        Optional<BigDecimal> executedFraction) {

    /**
     * Creates a budget execution, copying its collections.
     *
     * @param period the period reported on
     * @param maximum the maximum amount, or empty
     * @param justifiedEligible the eligible total in the period
     * @param counted the counted part of it
     * @param overMaximum the part beyond the maximum
     * @param countedBefore the amount counted before the period
     * @param countedByType the counted amount per type
     * @param ineligible the ineligible expenses in the period
     * @param remaining what is left of the maximum, or empty
     * @param executedFraction the share of the maximum counted, or empty
     * @throws NullPointerException if an argument, or a key or value of {@code countedByType}, is
     *     null
     */
    public BudgetExecution {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(justifiedEligible, "justifiedEligible");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(overMaximum, "overMaximum");
        Objects.requireNonNull(countedBefore, "countedBefore");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(executedFraction, "executedFraction");
        Map<ExpenseType, Money> byType = new EnumMap<>(ExpenseType.class);
        byType.putAll(Objects.requireNonNull(countedByType, "countedByType"));
        byType.values().forEach(amount -> Objects.requireNonNull(amount, "countedByType value"));
        countedByType = Collections.unmodifiableMap(byType);
        ineligible = List.copyOf(ineligible);
    }

    /**
     * Returns the amount counted from the start of the convention to the end of the period.
     *
     * @return {@code countedBefore + counted}
     */
    public Money countedToDate() {
        return countedBefore.plus(counted);
    }

    /**
     * Returns the total of the ineligible expenses dated within the period.
     *
     * @return the sum of their amounts, zero if there are none
     */
    public Money ineligibleTotal() {
        return ineligible.stream().map(e -> e.expense().amount()).reduce(Money.zero(), Money::plus);
    }
}
