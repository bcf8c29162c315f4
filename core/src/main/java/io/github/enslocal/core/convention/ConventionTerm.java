// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The term of a convention: how its extensions move its end, and the DESIGN's reading of the
 * duration limits of Ley 40/2015 art. 49.h.
 */
final class ConventionTerm {

    /** The most years of the initial validity, and the most years all extensions may add. */
    static final int MAX_YEARS = 4;

    private static final Comparator<Extension> AGREED_ORDER =
            Comparator.comparing(Extension::agreedOn).thenComparing(Extension::newEnd);

    private ConventionTerm() {
    }

    static LocalDate effectiveEnd(DateRange initial, List<Extension> extensions) {
        return effectiveEnd(initial, extensions, issue -> { });
    }

    static List<LegalIssue> legalIssues(DateRange initial, List<Extension> extensions) {
        List<LegalIssue> issues = new ArrayList<>();
        LocalDate latestInitialEnd = lastDayOf(MAX_YEARS, initial.start());
        if (initial.end().isAfter(latestInitialEnd)) {
            issues.add(new LegalIssue(LegalIssue.Code.INITIAL_TERM_OVER_FOUR_YEARS, "The initial validity "
                    + initial + " lasts more than " + MAX_YEARS + " years; starting on " + initial.start()
                    + " it may end on " + latestInitialEnd + " at the latest."));
        }
        LocalDate end = effectiveEnd(initial, extensions, issues::add);
        LocalDate latestExtendedEnd = lastDayOf(MAX_YEARS, initial.end().plusDays(1));
        if (end.isAfter(latestExtendedEnd)) {
            issues.add(new LegalIssue(LegalIssue.Code.EXTENSIONS_OVER_FOUR_YEARS, "The extensions run the"
                    + " convention to " + end + ", more than " + MAX_YEARS + " years after its initial end "
                    + initial.end() + "; they may run it to " + latestExtendedEnd + " at the latest."));
        }
        return List.copyOf(issues);
    }

    /**
     * Folds the extensions in the order they were agreed. An extension agreed after the end it
     * would extend, or that does not move that end later, has no effect and is reported.
     */
    private static LocalDate effectiveEnd(DateRange initial, List<Extension> extensions, Consumer<LegalIssue> rejected) {
        LocalDate end = initial.end();
        for (Extension extension : extensions.stream().sorted(AGREED_ORDER).toList()) {
            if (extension.agreedOn().isAfter(end)) {
                rejected.accept(new LegalIssue(LegalIssue.Code.EXTENSION_AGREED_AFTER_END, "The extension agreed on "
                        + extension.agreedOn() + " was agreed after the convention ended on " + end
                        + ", so it cannot extend it."));
            } else if (!extension.newEnd().isAfter(end)) {
                rejected.accept(new LegalIssue(LegalIssue.Code.EXTENSION_NOT_AFTER_PREVIOUS_END, "The extension agreed on "
                        + extension.agreedOn() + " sets the end to " + extension.newEnd()
                        + ", which is not after the previous end " + end + "."));
            } else {
                end = extension.newEnd();
            }
        }
        return end;
    }

    /** Returns the last day of a period of whole years starting on a day: 2021-01-01 → 2024-12-31. */
    private static LocalDate lastDayOf(int years, LocalDate firstDay) {
        return firstDay.plusYears(years).minusDays(1);
    }
}
