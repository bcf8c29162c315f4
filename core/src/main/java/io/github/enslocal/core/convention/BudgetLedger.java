// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Computes a convention's budget execution: eligible expenses consume the maximum in date order. */
final class BudgetLedger {

    private static final Comparator<Expense> CHRONOLOGICAL =
            Comparator.comparing(Expense::date).thenComparing(Expense::id);
    private static final int FRACTION_SCALE = 4;

    private BudgetLedger() {
    }

    static BudgetExecution execute(Convention convention, DateRange period) {
        DateRange validity = convention.effectiveValidity();
        Set<ExpenseType> eligibleTypes = convention.eligibleExpenseTypes();
        Optional<Money> cap = convention.maximumAmount().map(maximum -> maximum.max(Money.zero()));
        Map<ExpenseType, Money> countedByType = new EnumMap<>(ExpenseType.class);
        eligibleTypes.forEach(type -> countedByType.put(type, Money.zero()));
        List<IneligibleExpense> ineligible = new ArrayList<>();
        Money countedBefore = Money.zero();
        Money justified = Money.zero();
        Money counted = Money.zero();
        for (Expense expense : convention.expenses().stream().sorted(CHRONOLOGICAL).toList()) {
            if (expense.date().isAfter(period.end())) {
                break;
            }
            boolean inPeriod = !expense.date().isBefore(period.start());
            List<IneligibilityReason> reasons = reasons(expense, eligibleTypes, validity);
            if (!reasons.isEmpty()) {
                if (inPeriod) {
                    ineligible.add(new IneligibleExpense(expense, reasons));
                }
                continue;
            }
            Money alreadyCounted = countedBefore.plus(counted);
            Money share = cap.map(maximum -> expense.amount().min(maximum.minus(alreadyCounted)))
                    .orElse(expense.amount());
            if (inPeriod) {
                justified = justified.plus(expense.amount());
                counted = counted.plus(share);
                countedByType.merge(expense.type(), share, Money::plus);
            } else {
                countedBefore = countedBefore.plus(share);
            }
        }
        Money toDate = countedBefore.plus(counted);
        return new BudgetExecution(period, cap, justified, counted, justified.minus(counted), countedBefore,
                countedByType, ineligible, cap.map(maximum -> maximum.minus(toDate)),
                cap.filter(Money::isPositive).map(maximum -> fraction(toDate, maximum)));
    }

    private static List<IneligibilityReason> reasons(Expense expense, Set<ExpenseType> eligibleTypes, DateRange validity) {
        List<IneligibilityReason> reasons = new ArrayList<>(IneligibilityReason.values().length);
        if (!eligibleTypes.contains(expense.type())) {
            reasons.add(IneligibilityReason.TYPE_NOT_ELIGIBLE);
        }
        if (!validity.contains(expense.date())) {
            reasons.add(IneligibilityReason.OUTSIDE_VALIDITY);
        }
        if (expense.amount().isNegative()) {
            reasons.add(IneligibilityReason.NEGATIVE_AMOUNT);
        }
        return reasons;
    }

    private static BigDecimal fraction(Money part, Money whole) {
        return part.amount().divide(whole.amount(), FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }
}
