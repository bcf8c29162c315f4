// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class ConventionPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final DateRange ALL_TIME = DateRange.parse("2000-01-01/2099-12-31");

    @Property
    void status_neverGoesBackAsTimePasses(@ForAll("conventions") Convention convention,
            @ForAll("dates") LocalDate one, @ForAll("dates") LocalDate other) {
        LocalDate earlier = one.isBefore(other) ? one : other;
        LocalDate later = one.isBefore(other) ? other : one;

        assertThat(convention.status(earlier)).isLessThanOrEqualTo(convention.status(later));
    }

    @Property
    void isInForce_onlyWithinTheEffectiveValidity(@ForAll("conventions") Convention convention,
            @ForAll("dates") LocalDate date) {
        if (convention.isInForce(date)) {
            assertThat(convention.effectiveValidity().contains(date)).isTrue();
        }
        assertThat(convention.effectiveEnd()).isAfterOrEqualTo(convention.validity().end());
    }

    @Property
    void legalIssues_none_meansAtMostEightYears(@ForAll("conventions") Convention convention) {
        if (convention.legalIssues().isEmpty()) {
            assertThat(convention.effectiveEnd()).isBefore(convention.validity().start().plusYears(8));
            assertThat(convention.validity().end()).isBefore(convention.validity().start().plusYears(4));
        }
    }

    @Property
    void budgetExecution_countedIsNeverNegativeNorAboveTheMaximum(@ForAll("budgets") Convention convention,
            @ForAll("ranges") DateRange period) {
        BudgetExecution execution = convention.budgetExecution(period);

        assertThat(execution.counted().isNegative()).isFalse();
        assertThat(execution.countedBefore().isNegative()).isFalse();
        assertThat(execution.overMaximum().isNegative()).isFalse();
        assertThat(execution.counted().plus(execution.overMaximum())).isEqualTo(execution.justifiedEligible());
        assertThat(execution.countedByType().values().stream().reduce(Money.zero(), Money::plus))
                .isEqualTo(execution.counted());
        execution.maximum().ifPresent(maximum -> {
            assertThat(execution.countedToDate()).isLessThanOrEqualTo(maximum);
            assertThat(execution.remaining()).contains(maximum.minus(execution.countedToDate()));
            assertThat(execution.remaining().orElseThrow().isNegative()).isFalse();
        });
        execution.executedFraction().ifPresent(fraction -> assertThat(fraction).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Property
    void budgetExecution_overAllTime_countsTheEligibleSumUpToTheMaximum(@ForAll("budgets") Convention convention) {
        List<Expense> eligible = convention.expenses().stream()
                .filter(expense -> convention.eligibleExpenseTypes().contains(expense.type()))
                .filter(expense -> convention.effectiveValidity().contains(expense.date()))
                .filter(expense -> !expense.amount().isNegative())
                .toList();
        Money eligibleSum = eligible.stream().map(Expense::amount).reduce(Money.zero(), Money::plus);
        Money expected = convention.maximumAmount()
                .map(maximum -> eligibleSum.min(maximum.max(Money.zero())))
                .orElse(eligibleSum);

        BudgetExecution execution = convention.budgetExecution(ALL_TIME);

        assertThat(execution.justifiedEligible()).isEqualTo(eligibleSum);
        assertThat(execution.counted()).isEqualTo(expected);
        assertThat(execution.ineligible()).hasSize(convention.expenses().size() - eligible.size());
    }

    @Property
    void budgetExecution_adjacentPeriods_addUp(@ForAll("budgets") Convention convention,
            @ForAll("splitRanges") Tuple2<DateRange, LocalDate> rangeAndSplit) {
        DateRange whole = rangeAndSplit.get1();
        LocalDate split = rangeAndSplit.get2();
        BudgetExecution first = convention.budgetExecution(DateRange.of(whole.start(), split.minusDays(1)));
        BudgetExecution second = convention.budgetExecution(DateRange.of(split, whole.end()));

        BudgetExecution both = convention.budgetExecution(whole);

        assertThat(first.counted().plus(second.counted())).isEqualTo(both.counted());
        assertThat(second.countedBefore()).isEqualTo(first.countedToDate());
        assertThat(second.remaining()).isEqualTo(both.remaining());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 9 * 366).map(FIRST_DAY::plusDays);
    }

    @Provide
    Arbitrary<DateRange> ranges() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 6 * 366))
                .as((start, days) -> DateRange.of(start, start.plusDays(days)));
    }

    /** A range of two days or more, and a day after its first day on which to split it. */
    @Provide
    Arbitrary<Tuple2<DateRange, LocalDate>> splitRanges() {
        return ranges().filter(range -> range.lengthInDays() >= 2)
                .flatMap(range -> Arbitraries.longs().between(1, range.lengthInDays() - 1)
                        .map(offset -> Tuple.of(range, range.start().plusDays(offset))));
    }

    @Provide
    Arbitrary<Convention> conventions() {
        Arbitrary<Extension> extensions = Combinators.combine(dates(), dates()).as(Extension::of);
        return Combinators.combine(ranges(), dates().optional(), extensions.list().ofMaxSize(3))
                .as((validity, signedOn, extensionList) -> ConventionBuilder.from(Conventions.bagesTic())
                        .validity(validity)
                        .signedOn(signedOn)
                        .extensions(extensionList)
                        .build());
    }

    @Provide
    Arbitrary<Convention> budgets() {
        Arbitrary<Money> amounts = Arbitraries.longs().between(-50_000L, 8_000_000L)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
        Arbitrary<Expense> expenses = Combinators.combine(
                        Arbitraries.integers().between(1, 999).map(n -> "EXP-" + n),
                        dates(), Arbitraries.of(ExpenseType.class), amounts)
                .as((id, date, type, amount) -> new Expense(id, date, type, amount, "Despesa justificada"));
        Arbitrary<Optional<Money>> maximums = Arbitraries.longs().between(-10_000L, 30_000_000L)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2))).optional();
        return Combinators.combine(conventions(), maximums, Arbitraries.of(ExpenseType.class).set(),
                        expenses.list().ofMaxSize(12))
                .as((convention, maximum, types, expenseList) -> ConventionBuilder.from(convention)
                        .maximumAmount(maximum)
                        .eligibleExpenseTypes(types)
                        .expenses(expenseList)
                        .build());
    }
}
