// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static io.github.enslocal.core.convention.Conventions.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.enslocal.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConventionStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2020-12-01, DRAFT",      // not signed yet
        "2020-12-18, DRAFT",      // signed, validity not started
        "2020-12-31, DRAFT",
        "2021-01-01, IN_FORCE",
        "2023-06-15, IN_FORCE",
        "2024-11-15, IN_FORCE",   // the day the extension is agreed
        "2024-12-31, IN_FORCE",
        "2025-01-01, EXTENDED",
        "2025-12-31, EXTENDED",
        "2026-01-01, EXPIRED",
        "2030-06-30, EXPIRED",
    })
    void status_bagesConventionOnDate_followsSigningValidityAndExtension(LocalDate asOf, ConventionStatus expected) {
        assertThat(bagesTic().status(asOf)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2020-12-31", "2022-06-01", "2025-06-01", "2027-01-01"})
    void status_neverSigned_isDraftOnAnyDate(LocalDate asOf) {
        Convention draft = ConventionBuilder.from(bagesTic()).signedOn(Optional.empty()).build();

        assertThat(draft.status(asOf)).isEqualTo(ConventionStatus.DRAFT);
        assertThat(draft.isInForce(asOf)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2021-02-28, DRAFT",      // within validity but not signed yet
        "2021-03-01, IN_FORCE",
    })
    void status_signedAfterValidityStarts_isDraftUntilSigned(LocalDate asOf, ConventionStatus expected) {
        Convention lateSigned = ConventionBuilder.from(bagesTic()).signedOn(Optional.of(date("2021-03-01"))).build();

        assertThat(lateSigned.status(asOf)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2025-01-01, EXPIRED",
        "2025-03-01, EXPIRED",
        "2025-12-31, EXPIRED",
    })
    void status_extensionAgreedAfterExpiry_doesNotReviveTheConvention(LocalDate asOf, ConventionStatus expected) {
        Convention lateExtension = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(date("2025-02-01"), date("2025-12-31"))))
                .build();

        assertThat(lateExtension.status(asOf)).isEqualTo(expected);
    }

    @Test
    void effectiveEnd_bagesConvention_isTheExtensionsNewEnd() {
        assertThat(bagesTic().effectiveEnd()).isEqualTo(date("2025-12-31"));
        assertThat(bagesTic().effectiveValidity()).isEqualTo(DateRange.parse("2021-01-01/2025-12-31"));
    }

    @Test
    void effectiveEnd_noExtensions_isTheInitialEnd() {
        Convention unextended = ConventionBuilder.from(bagesTic()).extensions(List.of()).build();

        assertThat(unextended.effectiveEnd()).isEqualTo(date("2024-12-31"));
    }

    @Test
    void effectiveEnd_extensionsGivenOutOfOrder_appliesThemInTheOrderAgreed() {
        Convention twiceExtended = ConventionBuilder.from(bagesTic())
                .extensions(List.of(
                        Extension.of(date("2025-10-01"), date("2026-12-31")),
                        Extension.of(date("2024-11-15"), date("2025-12-31"))))
                .build();

        assertThat(twiceExtended.effectiveEnd()).isEqualTo(date("2026-12-31"));
        assertThat(twiceExtended.status(date("2026-06-30"))).isEqualTo(ConventionStatus.EXTENDED);
    }

    @Test
    void effectiveEnd_extensionThatShortens_isIgnored() {
        Convention shortened = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(date("2024-03-01"), date("2024-06-30"))))
                .build();

        assertThat(shortened.effectiveEnd()).isEqualTo(date("2024-12-31"));
    }

    @Test
    void effectiveEnd_extensionAgreedOnTheLastDay_takesEffect() {
        Convention lastMinute = ConventionBuilder.from(bagesTic())
                .extensions(List.of(Extension.of(date("2024-12-31"), date("2025-12-31"))))
                .build();

        assertThat(lastMinute.status(date("2025-01-01"))).isEqualTo(ConventionStatus.EXTENDED);
    }

    @Test
    void status_nullDate_throwsNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> bagesTic().status(null)).withMessage("asOf");
    }
}
