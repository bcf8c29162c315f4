// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static io.github.enslocal.core.convention.Conventions.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.time.DateRange;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConventionLegalIssuesTest {

    @Test
    void legalIssues_bagesConvention_hasNone() {
        assertThat(bagesTic().legalIssues()).isEmpty();
    }

    /**
     * Extensions are written {@code agreedOn>newEnd}, separated by spaces; expected codes by
     * spaces, {@code -} for none.
     */
    @ParameterizedTest(name = "{0} + [{1}] → {2}")
    @CsvSource(delimiter = '|', value = {
        "2021-01-01/2024-12-31 |                                               | -",
        "2021-01-01/2025-01-01 |                                               | INITIAL_TERM_OVER_FOUR_YEARS",
        "2021-01-01/2025-12-31 |                                               | INITIAL_TERM_OVER_FOUR_YEARS",
        "2020-02-29/2024-02-28 |                                               | -",
        "2020-02-29/2024-02-29 |                                               | INITIAL_TERM_OVER_FOUR_YEARS",
        "2021-01-01/2024-12-31 | 2024-12-31>2025-12-31                         | -",
        "2021-01-01/2024-12-31 | 2025-01-01>2025-12-31                         | EXTENSION_AGREED_AFTER_END",
        "2021-01-01/2024-12-31 | 2025-02-01>2025-12-31                         | EXTENSION_AGREED_AFTER_END",
        "2021-01-01/2024-12-31 | 2024-03-01>2024-06-30                         | EXTENSION_NOT_AFTER_PREVIOUS_END",
        "2021-01-01/2024-12-31 | 2024-03-01>2024-12-31                         | EXTENSION_NOT_AFTER_PREVIOUS_END",
        "2021-01-01/2024-12-31 | 2024-11-15>2028-12-31                         | -",
        "2021-01-01/2024-12-31 | 2024-11-15>2029-01-01                         | EXTENSIONS_OVER_FOUR_YEARS",
        "2021-01-01/2024-12-31 | 2024-11-15>2026-12-31 2026-10-01>2028-12-31   | -",
        "2021-01-01/2024-12-31 | 2024-11-15>2026-12-31 2026-10-01>2029-06-30   | EXTENSIONS_OVER_FOUR_YEARS",
        "2021-01-01/2024-12-31 | 2024-11-15>2026-12-31 2027-02-01>2029-06-30   | EXTENSION_AGREED_AFTER_END",
        "2021-01-01/2025-12-31 | 2025-11-15>2030-12-31                         | INITIAL_TERM_OVER_FOUR_YEARS EXTENSIONS_OVER_FOUR_YEARS",
    })
    void legalIssues_termAndExtensions_reportsEachBreach(String validity, String extensions, String expectedCodes) {
        Convention convention = ConventionBuilder.from(bagesTic())
                .validity(DateRange.parse(validity))
                .extensions(extensions(extensions))
                .build();

        assertThat(convention.legalIssues()).extracting(LegalIssue::code).containsExactlyElementsOf(codes(expectedCodes));
    }

    @Test
    void legalIssues_fiveYearInitialTerm_statesTheLatestAllowedEnd() {
        Convention fiveYears = ConventionBuilder.from(bagesTic())
                .validity(DateRange.parse("2021-01-01/2025-12-31"))
                .extensions(List.of())
                .build();

        assertThat(fiveYears.legalIssues()).containsExactly(new LegalIssue(LegalIssue.Code.INITIAL_TERM_OVER_FOUR_YEARS,
                "The initial validity 2021-01-01/2025-12-31 lasts more than 4 years; starting on 2021-01-01"
                        + " it may end on 2024-12-31 at the latest."));
    }

    @Test
    void legalIssues_extensionAgreedAfterExpiry_statesBothDates() {
        Convention late = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(date("2025-02-01"), date("2025-12-31"))))
                .build();

        assertThat(late.legalIssues()).containsExactly(new LegalIssue(LegalIssue.Code.EXTENSION_AGREED_AFTER_END,
                "The extension agreed on 2025-02-01 was agreed after the convention ended on 2024-12-31,"
                        + " so it cannot extend it."));
    }

    @Test
    void legalIssues_extensionNotLater_statesThePreviousEnd() {
        Convention shortened = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(date("2024-03-01"), date("2024-06-30"))))
                .build();

        assertThat(shortened.legalIssues()).containsExactly(new LegalIssue(
                LegalIssue.Code.EXTENSION_NOT_AFTER_PREVIOUS_END,
                "The extension agreed on 2024-03-01 sets the end to 2024-06-30, which is not after the previous"
                        + " end 2024-12-31."));
    }

    @Test
    void legalIssues_extensionsOverFourYears_statesTheLatestAllowedEnd() {
        Convention tooLong = ConventionBuilder.from(bagesTic())
                .extensions(List.of(
                        Extension.of(date("2024-11-15"), date("2026-12-31")),
                        Extension.of(date("2026-10-01"), date("2029-06-30"))))
                .build();

        assertThat(tooLong.legalIssues()).containsExactly(new LegalIssue(LegalIssue.Code.EXTENSIONS_OVER_FOUR_YEARS,
                "The extensions run the convention to 2029-06-30, more than 4 years after its initial end 2024-12-31;"
                        + " they may run it to 2028-12-31 at the latest."));
    }

    private static List<Extension> extensions(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+"))
                .map(pair -> pair.split(">"))
                .map(pair -> Extension.of(date(pair[0]), date(pair[1])))
                .toList();
    }

    private static List<LegalIssue.Code> codes(String text) {
        if (text.equals("-")) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s+")).map(LegalIssue.Code::valueOf).toList();
    }
}
