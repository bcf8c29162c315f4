// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static io.github.enslocal.core.convention.Conventions.expense;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetExecutionTest {

    @ParameterizedTest(name = "{0}: counted {2} of {1}, over {3}")
    @CsvSource({
        // period,               justified, counted,   over,     before,    remaining, fraction
        "2021-01-01/2021-12-31,  60500.00,  60500.00,  0.00,     0.00,      179500.00, 0.2521",
        "2023-01-01/2023-12-31,  66000.00,  66000.00,  0.00,     113500.00, 60500.00,  0.7479",
        "2021-01-01/2024-12-31,  234500.00, 234500.00, 0.00,     0.00,      5500.00,   0.9771",
        "2025-01-01/2025-12-31,  56000.00,  5500.00,   50500.00, 234500.00, 0.00,      1.0000",
        "2021-01-01/2025-12-31,  290500.00, 240000.00, 50500.00, 0.00,      0.00,      1.0000",
        "2026-01-01/2026-12-31,  0.00,      0.00,      0.00,     240000.00, 0.00,      1.0000",
        "2020-01-01/2020-12-31,  0.00,      0.00,      0.00,     0.00,      240000.00, 0.0000",
    })
    void budgetExecution_bagesConventionOverPeriod_countsWithinTheMaximum(DateRange period, Money justified,
            Money counted, Money over, Money before, Money remaining, BigDecimal fraction) {
        BudgetExecution execution = bagesTic().budgetExecution(period);

        assertThat(execution.period()).isEqualTo(period);
        assertThat(execution.maximum()).contains(Money.parse("240000.00"));
        assertThat(execution.justifiedEligible()).isEqualTo(justified);
        assertThat(execution.counted()).isEqualTo(counted);
        assertThat(execution.overMaximum()).isEqualTo(over);
        assertThat(execution.countedBefore()).isEqualTo(before);
        assertThat(execution.remaining()).contains(remaining);
        assertThat(execution.executedFraction()).contains(fraction);
    }

    @Test
    void budgetExecution_year2021_splitsTheCountedAmountByEligibleType() {
        BudgetExecution execution = bagesTic().budgetExecution(DateRange.parse("2021-01-01/2021-12-31"));

        assertThat(execution.countedByType()).containsExactly(
                Map.entry(ExpenseType.PERSONNEL_ASSIGNED, Money.parse("52000.00")),
                Map.entry(ExpenseType.CONTRACTED_SERVICES, Money.zero()),
                Map.entry(ExpenseType.EQUIPMENT, Money.parse("8500.00")));
    }

    @Test
    void budgetExecution_yearOverTheMaximum_countsByTypeOnlyWhatFits() {
        BudgetExecution execution = bagesTic().budgetExecution(DateRange.parse("2025-01-01/2025-12-31"));

        assertThat(execution.countedByType()).containsEntry(ExpenseType.PERSONNEL_ASSIGNED, Money.parse("5500.00"));
        assertThat(execution.countedToDate()).isEqualTo(Money.parse("240000.00"));
    }

    @Test
    void budgetExecution_periodWithIneligibleExpenses_listsThemWithTheirReasonsByDate() {
        BudgetExecution execution = bagesTic().budgetExecution(DateRange.parse("2020-01-01/2026-12-31"));

        assertThat(execution.ineligible()).extracting(e -> e.expense().id(), IneligibleExpense::reasons).containsExactly(
                tuple("EXP-2020-001", List.of(IneligibilityReason.OUTSIDE_VALIDITY)),
                tuple("EXP-2022-002", List.of(IneligibilityReason.TYPE_NOT_ELIGIBLE)));
        assertThat(execution.ineligibleTotal()).isEqualTo(Money.parse("3640.00"));
        assertThat(execution.justifiedEligible()).isEqualTo(Money.parse("290500.00"));
    }

    @Test
    void budgetExecution_expenseWithEveryFault_listsEveryReason() {
        Convention convention = ConventionBuilder.from(bagesTic())
                .expenses(List.of(expense("EXP-2026-001", "2026-02-10", ExpenseType.TRAVEL, "-120.00",
                        "Correcció de desplaçaments")))
                .build();

        BudgetExecution execution = convention.budgetExecution(DateRange.parse("2026-01-01/2026-12-31"));

        assertThat(execution.ineligible()).singleElement().extracting(IneligibleExpense::reasons)
                .isEqualTo(List.of(IneligibilityReason.TYPE_NOT_ELIGIBLE, IneligibilityReason.OUTSIDE_VALIDITY,
                        IneligibilityReason.NEGATIVE_AMOUNT));
        assertThat(execution.counted()).isEqualTo(Money.zero());
    }

    @Test
    void budgetExecution_expenseInTheExtension_isWithinValidity() {
        Convention convention = ConventionBuilder.from(bagesTic())
                .expenses(List.of(expense("EXP-2025-007", "2025-07-01", ExpenseType.EQUIPMENT, "1200.00",
                        "Portàtils per a l'equip de suport")))
                .build();

        assertThat(convention.budgetExecution(DateRange.parse("2025-01-01/2025-12-31")).counted())
                .isEqualTo(Money.parse("1200.00"));
    }

    @Test
    void budgetExecution_expenseAfterAnExtensionAgreedTooLate_isOutsideValidity() {
        Convention convention = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(Conventions.date("2025-02-01"), Conventions.date("2025-12-31"))))
                .build();

        BudgetExecution execution = convention.budgetExecution(DateRange.parse("2025-01-01/2025-12-31"));

        assertThat(execution.counted()).isEqualTo(Money.zero());
        assertThat(execution.ineligible()).extracting(e -> e.expense().id()).containsExactly("EXP-2025-001");
    }

    @Test
    void budgetExecution_noMaximum_countsEverythingEligibleAndHasNoRemainderOrFraction() {
        Convention convention = ConventionBuilder.from(bagesTic()).maximumAmount(Optional.empty()).build();

        BudgetExecution execution = convention.budgetExecution(DateRange.parse("2021-01-01/2025-12-31"));

        assertThat(execution.counted()).isEqualTo(Money.parse("290500.00"));
        assertThat(execution.overMaximum()).isEqualTo(Money.zero());
        assertThat(execution.maximum()).isEmpty();
        assertThat(execution.remaining()).isEmpty();
        assertThat(execution.executedFraction()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0.00", "-100.00"})
    void budgetExecution_zeroOrNegativeMaximum_countsNothingAndReportsEverythingAsOver(Money maximum) {
        Convention convention = ConventionBuilder.from(bagesTic()).maximumAmount(Optional.of(maximum)).build();

        BudgetExecution execution = convention.budgetExecution(DateRange.parse("2021-01-01/2021-12-31"));

        assertThat(execution.counted()).isEqualTo(Money.zero());
        assertThat(execution.overMaximum()).isEqualTo(Money.parse("60500.00"));
        assertThat(execution.maximum()).contains(Money.zero());
        assertThat(execution.remaining()).contains(Money.zero());
        assertThat(execution.executedFraction()).isEmpty();
    }

    @Test
    void budgetExecution_expensesOnTheSameDate_consumeTheMaximumInIdOrder() {
        Convention convention = ConventionBuilder.from(bagesTic())
                .maximumAmount(Optional.of(Money.parse("1000.00")))
                .eligibleExpenseTypes(EnumSet.of(ExpenseType.EQUIPMENT, ExpenseType.CONTRACTED_SERVICES))
                .expenses(List.of(
                        expense("EXP-B", "2022-05-10", ExpenseType.EQUIPMENT, "800.00", "Commutador"),
                        expense("EXP-A", "2022-05-10", ExpenseType.CONTRACTED_SERVICES, "700.00", "Cablejat")))
                .build();

        BudgetExecution execution = convention.budgetExecution(DateRange.parse("2022-01-01/2022-12-31"));

        assertThat(execution.countedByType()).containsExactly(
                Map.entry(ExpenseType.CONTRACTED_SERVICES, Money.parse("700.00")),
                Map.entry(ExpenseType.EQUIPMENT, Money.parse("300.00")));
        assertThat(execution.overMaximum()).isEqualTo(Money.parse("500.00"));
    }

    @Test
    void budgetExecution_nullPeriod_throwsNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> bagesTic().budgetExecution(null)).withMessage("period");
    }

    @Test
    void ineligibleExpense_withoutReasons_throws() {
        Expense expense = expense("EXP-X", "2022-01-01", ExpenseType.OTHER, "1.00", "Prova");

        assertThatIllegalArgumentException().isThrownBy(() -> new IneligibleExpense(expense, List.of()))
                .withMessage("Ineligible expense 'EXP-X' needs at least one reason");
    }
}
