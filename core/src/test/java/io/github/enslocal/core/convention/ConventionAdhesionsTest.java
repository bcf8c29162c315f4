// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.CASTELLGALI;
import static io.github.enslocal.core.convention.Conventions.MURA;
import static io.github.enslocal.core.convention.Conventions.NAVARCLES;
import static io.github.enslocal.core.convention.Conventions.SANT_FRUITOS_DE_BAGES;
import static io.github.enslocal.core.convention.Conventions.adhesion;
import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static io.github.enslocal.core.convention.Conventions.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.territory.IneCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConventionAdhesionsTest {

    @ParameterizedTest(name = "{0} → {1}, {2} h/year")
    @CsvSource(delimiter = '|', value = {
        "2020-12-31 | -                       | 0",    // draft: nobody is served yet
        "2021-01-15 | 08139 08140             | 160",
        "2021-03-01 | 08139 08140 08213       | 320",
        "2023-06-30 | 08139 08140 08213       | 320",
        "2023-07-01 | 08140 08213             | 280",  // Mura left on this day
        "2025-01-31 | 08140 08213             | 280",
        "2025-02-01 | 08061 08140 08213       | 360",  // Castellgalí joins during the extension
        "2025-12-31 | 08061 08140 08213       | 360",
        "2026-01-01 | -                       | 0",    // expired
    })
    void municipalitiesServedOn_bagesConvention_followsAdhesionsWhileInForce(LocalDate date, String codes,
            BigDecimal hours) {
        Convention convention = bagesTic();

        assertThat(convention.municipalitiesServedOn(date)).containsExactlyElementsOf(ineCodes(codes));
        assertThat(convention.committedDedicationOn(date)).isEqualByComparingTo(hours);
        assertThat(convention.adhesionsActiveOn(date)).extracting(Adhesion::municipality)
                .containsExactlyElementsOf(ineCodes(codes));
    }

    @Test
    void adhesionsActiveOn_municipalityThatReadhered_listsOnlyTheActiveAdhesion() {
        Adhesion first = adhesion(MURA, "2021-01-01", "2022-01-01", "40", ConventionService.INCIDENT_DESK);
        Adhesion second = adhesion(MURA, "2023-01-01", null, "60", ConventionService.INCIDENT_DESK);
        Convention convention = ConventionBuilder.from(bagesTic()).adhesions(List.of(second, first)).build();

        assertThat(convention.adhesionsActiveOn(date("2021-06-01"))).containsExactly(first);
        assertThat(convention.adhesionsActiveOn(date("2022-06-01"))).isEmpty();
        assertThat(convention.adhesionsActiveOn(date("2023-06-01"))).containsExactly(second);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2021-12-31, false",
        "2022-01-01, true",
        "2023-06-30, true",
        "2023-07-01, false",
    })
    void isActiveOn_fromAdhesionUpToTheDayBeforeLeaving(LocalDate date, boolean expected) {
        Adhesion adhesion = adhesion(NAVARCLES, "2022-01-01", "2023-07-01", "120", ConventionService.TRAINING);

        assertThat(adhesion.isActiveOn(date)).isEqualTo(expected);
    }

    @Test
    void adhesion_nullOptionalAndSet_areNormalisedToEmpty() {
        Adhesion adhesion = new Adhesion(SANT_FRUITOS_DE_BAGES, date("2021-03-01"), null, null, BigDecimal.TEN);

        assertThat(adhesion.leftOn()).isEmpty();
        assertThat(adhesion.services()).isEmpty();
        assertThat(adhesion.isActiveOn(date("2030-01-01"))).isTrue();
    }

    @Test
    void adhesion_services_iterateInDeclarationOrder() {
        Adhesion adhesion = adhesion(CASTELLGALI, "2025-02-01", null, "80",
                ConventionService.TRAINING, ConventionService.CYBERSECURITY, ConventionService.INCIDENT_DESK);

        assertThat(adhesion.services()).containsExactly(
                ConventionService.CYBERSECURITY, ConventionService.INCIDENT_DESK, ConventionService.TRAINING);
    }

    private static List<IneCode> ineCodes(String text) {
        return text.equals("-") ? List.of() : Arrays.stream(text.split("\\s+")).map(IneCode::parse).toList();
    }
}
