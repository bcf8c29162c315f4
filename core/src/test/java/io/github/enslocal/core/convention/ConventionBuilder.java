// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds test conventions from a fixture, changing only what a test is about. */
final class ConventionBuilder {

    private final Convention base;
    private Optional<LocalDate> signedOn;
    private DateRange validity;
    private List<Extension> extensions;
    private Optional<Money> maximumAmount;
    private Set<ExpenseType> eligibleExpenseTypes;
    private List<Expense> expenses;
    private List<Adhesion> adhesions;

    private ConventionBuilder(Convention base) {
        this.base = base;
        this.signedOn = base.signedOn();
        this.validity = base.validity();
        this.extensions = base.extensions();
        this.maximumAmount = base.maximumAmount();
        this.eligibleExpenseTypes = base.eligibleExpenseTypes();
        this.expenses = base.expenses();
        this.adhesions = base.adhesions();
    }

    static ConventionBuilder from(Convention base) {
        return new ConventionBuilder(base);
    }

    ConventionBuilder signedOn(Optional<LocalDate> date) {
        this.signedOn = date;
        return this;
    }

    ConventionBuilder validity(DateRange range) {
        this.validity = range;
        return this;
    }

    ConventionBuilder extensions(List<Extension> list) {
        this.extensions = list;
        return this;
    }

    ConventionBuilder maximumAmount(Optional<Money> amount) {
        this.maximumAmount = amount;
        return this;
    }

    ConventionBuilder eligibleExpenseTypes(Set<ExpenseType> types) {
        this.eligibleExpenseTypes = types;
        return this;
    }

    ConventionBuilder expenses(List<Expense> list) {
        this.expenses = list;
        return this;
    }

    ConventionBuilder adhesions(List<Adhesion> list) {
        this.adhesions = list;
        return this;
    }

    Convention build() {
        return new Convention(base.id(), base.title(), base.subject(), base.supportBodyId(), base.parties(),
                signedOn, validity, extensions, base.services(), maximumAmount, eligibleExpenseTypes, expenses,
                adhesions);
    }
}
