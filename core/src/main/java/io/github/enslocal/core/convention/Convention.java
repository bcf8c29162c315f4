// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A support convention (conveni) by which a supporting body provides services to municipalities,
 * such as the "Conveni de suport TIC Consell Comarcal del Bages 2021–2024".
 *
 * <p><b>Validity.</b> A convention takes effect once signed and from the first day of its initial
 * validity; extensions move its end later. An extension counts only if it was agreed on or before
 * the end it extends and sets a later end; otherwise it has no effect (a convention that has
 * ended cannot be revived) and {@link #legalIssues()} reports it. Extensions are applied in the
 * order they were agreed.
 *
 * <p><b>Duration limits.</b> {@link #legalIssues()} checks the limits that ENS Local's DESIGN
 * reads in Ley 40/2015, de 1 de octubre, de Régimen Jurídico del Sector Público, art. 49.h: the
 * initial validity lasts at most 4 years, and before it ends the parties may extend it by up to 4
 * more years in total. This "4 + 4" rule is the DESIGN's reading of art. 49.h, not a quotation of
 * it, and the day arithmetic is a documented default: 4 years from a first day end on the day
 * before its fourth anniversary (2021-01-01 to 2024-12-31 is exactly 4 years), and the extensions
 * may run up to the fourth anniversary of the initial end (2024-12-31 to 2028-12-31). Extensions
 * beyond the limit still count for {@link #status(LocalDate)}: the status tells what the parties
 * agreed, the issues tell what the law allows.
 *
 * <p><b>Budget.</b> See {@link #budgetExecution(DateRange)}.
 *
 * <p>The constructor only normalises (null optional → empty, null collection → empty, sets in
 * declaration order, lists copied in their given order); constraints are checked when a dataset
 * is validated, and the methods assume a valid convention. This class is immutable and
 * thread-safe.
 *
 * @param id the convention's id
 * @param title the convention's title, e.g. "Conveni de suport TIC Consell Comarcal del Bages
 *     2021–2024"
 * @param subject what the convention is for, as its text states it
 * @param supportBodyId the id of the supporting body that provides the services
 * @param parties the parties that sign it, in the order the text names them
 * @param signedOn the date the last party signed, or empty for a draft
 * @param validity the initial validity, both ends included
 * @param extensions the extensions the parties agreed, in any order
 * @param services the services the convention covers
 * @param maximumAmount the most that can be counted against the convention, or empty if it sets
 *     no maximum
 * @param eligibleExpenseTypes the expense types that may be justified
 * @param expenses the expenses justified against the convention, in any order
 * @param adhesions the municipalities' adhesions, in any order
 */
public record Convention(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String subject,
        @NotBlank @Size(max = 64) String supportBodyId,
        List<@NotNull @Valid Party> parties,
        Optional<LocalDate> signedOn,
        @NotNull DateRange validity,
        List<@NotNull @Valid Extension> extensions,
        Set<@NotNull ConventionService> services,
        Optional<Money> maximumAmount,
        Set<@NotNull ExpenseType> eligibleExpenseTypes,
        List<@NotNull @Valid Expense> expenses,
        List<@NotNull @Valid Adhesion> adhesions) {

    private static final Comparator<Adhesion> BY_MUNICIPALITY =
            Comparator.comparing(Adhesion::municipality).thenComparing(Adhesion::adheredOn);

    /**
     * Creates a convention, normalising its optional and collection components.
     *
     * @param id the convention's id
     * @param title the convention's title
     * @param subject what the convention is for
     * @param supportBodyId the id of the supporting body
     * @param parties the parties; null means none
     * @param signedOn the signing date, or empty
     * @param validity the initial validity
     * @param extensions the extensions; null means none
     * @param services the services covered; null means none
     * @param maximumAmount the maximum amount, or empty
     * @param eligibleExpenseTypes the eligible expense types; null means none
     * @param expenses the justified expenses; null means none
     * @param adhesions the adhesions; null means none
     * @throws NullPointerException if a collection contains null
     */
    public Convention {
        parties = Copies.list(parties);
        signedOn = Objects.requireNonNullElse(signedOn, Optional.empty());
        extensions = Copies.list(extensions);
        services = Copies.enumSet(services, ConventionService.class);
        maximumAmount = Objects.requireNonNullElse(maximumAmount, Optional.empty());
        eligibleExpenseTypes = Copies.enumSet(eligibleExpenseTypes, ExpenseType.class);
        expenses = Copies.list(expenses);
        adhesions = Copies.list(adhesions);
    }

    /**
     * Returns the last day of validity, counting the extensions that take effect.
     *
     * @return the end of the initial validity, or the new end of the last extension that was
     *     agreed in time and moves the end later
     */
    public LocalDate effectiveEnd() {
        return ConventionTerm.effectiveEnd(validity, extensions);
    }

    /**
     * Returns the whole validity, from the first day of the initial validity to
     * {@link #effectiveEnd()}.
     *
     * @return the validity with the extensions that take effect
     */
    public DateRange effectiveValidity() {
        return validity.withEnd(effectiveEnd());
    }

    /**
     * Returns the status of this convention on a date.
     *
     * <p>The convention is a {@link ConventionStatus#DRAFT} on a date if it is not signed, if it
     * is signed later than that date, or if its validity has not started. Otherwise it is
     * {@link ConventionStatus#IN_FORCE} up to the end of the initial validity,
     * {@link ConventionStatus#EXTENDED} up to {@link #effectiveEnd()}, and
     * {@link ConventionStatus#EXPIRED} after. As the date moves later the status only moves
     * forward in that order.
     *
     * @param asOf the date, not null
     * @return the status on {@code asOf}
     * @throws NullPointerException if {@code asOf} is null
     */
    public ConventionStatus status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (signedOn.map(asOf::isBefore).orElse(true) || asOf.isBefore(validity.start())) {
            return ConventionStatus.DRAFT;
        }
        if (!asOf.isAfter(validity.end())) {
            return ConventionStatus.IN_FORCE;
        }
        return asOf.isAfter(effectiveEnd()) ? ConventionStatus.EXPIRED : ConventionStatus.EXTENDED;
    }

    /**
     * Returns whether this convention produces its effects on a date.
     *
     * @param asOf the date, not null
     * @return true if the status on {@code asOf} is {@link ConventionStatus#IN_FORCE} or
     *     {@link ConventionStatus#EXTENDED}
     * @throws NullPointerException if {@code asOf} is null
     */
    public boolean isInForce(LocalDate asOf) {
        return status(asOf).isInForce();
    }

    /**
     * Returns the breaches of the duration limits the DESIGN reads in Ley 40/2015 art. 49.h (see
     * the class comment): an initial validity over 4 years, an extension agreed after the end it
     * would extend, an extension whose end is not after the previous end, and extensions adding
     * more than 4 years in total.
     *
     * @return the issues, empty if there are none: first the initial validity's, then each
     *     extension's in the order they were agreed, then the total's
     */
    public List<LegalIssue> legalIssues() {
        return ConventionTerm.legalIssues(validity, extensions);
    }

    /**
     * Returns the execution of this convention's budget over a period.
     *
     * <p>An expense is eligible if its type is among {@link #eligibleExpenseTypes()}, it is dated
     * within {@link #effectiveValidity()} and its amount is not negative. Eligible expenses
     * consume the maximum amount in date order (then by id), from the start of the convention, so
     * the amount counted in the period is never above what the maximum leaves after earlier
     * expenses; any excess is reported as over the maximum and not counted. Expenses dated within
     * the period that are not eligible are listed with their reasons. A negative maximum is
     * treated as zero.
     *
     * @param period the period, both ends included, not null; it may extend beyond the validity
     * @return the execution, never counting more than the maximum nor less than zero
     * @throws NullPointerException if {@code period} is null
     */
    public BudgetExecution budgetExecution(DateRange period) {
        Objects.requireNonNull(period, "period");
        return BudgetLedger.execute(this, period);
    }

    /**
     * Returns the adhesions through which municipalities are served on a date: those active on
     * that date by their own dates (see {@link Adhesion#isActiveOn(LocalDate)}), provided the
     * convention is in force on it.
     *
     * @param date the date, not null
     * @return the adhesions by municipality, then by adhesion date; empty if the convention is not
     *     in force on {@code date}
     * @throws NullPointerException if {@code date} is null
     */
    public List<Adhesion> adhesionsActiveOn(LocalDate date) {
        if (!isInForce(date)) {
            return List.of();
        }
        return adhesions.stream().filter(adhesion -> adhesion.isActiveOn(date)).sorted(BY_MUNICIPALITY).toList();
    }

    /**
     * Returns the municipalities this convention serves on a date.
     *
     * @param date the date, not null
     * @return the INE codes of the municipalities of {@link #adhesionsActiveOn(LocalDate)}, in
     *     code order, unmodifiable
     * @throws NullPointerException if {@code date} is null
     */
    public SortedSet<IneCode> municipalitiesServedOn(LocalDate date) {
        return Collections.unmodifiableSortedSet(adhesionsActiveOn(date).stream()
                .map(Adhesion::municipality)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * Returns the technical dedication committed on a date, over all the municipalities served.
     *
     * @param date the date, not null
     * @return the sum of the committed hours per year of {@link #adhesionsActiveOn(LocalDate)},
     *     zero if there are none
     * @throws NullPointerException if {@code date} is null
     */
    public BigDecimal committedDedicationOn(LocalDate date) {
        return adhesionsActiveOn(date).stream()
                .map(Adhesion::committedHoursPerYear)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
