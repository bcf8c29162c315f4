// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureAssessmentTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private static final MeasureId MFA = MeasureId.parse("op.acc.6");
    private static final Exclusion NO_ELECTRONIC_SIGNATURE = new Exclusion("El sistema no usa firma electrónica");
    private static final Compensation ADMIN_LOGGING = new Compensation(
            "Registre de totes les accions dels administradors, revisat mensualment",
            "Personal insuficient per segregar funcions (CCN-STIC 883D, op.acc.3)");

    /** Navarcles's MFA measure: L3, with two reinforcements recorded out of order. */
    private static final MeasureAssessment NAVARCLES_MFA = assessment(MFA, Set.of("op.acc.6.r2", "op.acc.6.r1"),
            null, null);

    private static MeasureAssessment assessment(MeasureId measure, Set<String> reinforcements,
            Exclusion exclusion, Compensation compensation) {
        return new MeasureAssessment("nav-sis-expedients", measure, Maturity.L3,
                reinforcements.stream().map(ReinforcementId::parse).collect(Collectors.toSet()),
                Optional.ofNullable(exclusion), Optional.ofNullable(compensation),
                List.of("Política d'accés v2 (2025-03-12)", "Captura de la consola de Microsoft Entra"),
                LocalDate.of(2025, 3, 12), "Montserrat Vilà i Puig");
    }

    @Test
    void constructor_nullCollectionsAndOptionals_becomeEmpty() {
        MeasureAssessment bare = new MeasureAssessment("nav-sis-expedients", MFA, Maturity.L1, null, null, null,
                null, LocalDate.of(2025, 3, 12), "Pau Rovira Casas");

        assertThat(bare.reinforcements()).isEmpty();
        assertThat(bare.exclusion()).isEmpty();
        assertThat(bare.compensation()).isEmpty();
        assertThat(bare.evidence()).isEmpty();
        assertThat(VALIDATOR.validate(bare)).isEmpty();
    }

    @Test
    void constructor_reinforcements_areKeptSorted() {
        assertThat(NAVARCLES_MFA.reinforcements())
                .containsExactly(ReinforcementId.parse("op.acc.6.r1"), ReinforcementId.parse("op.acc.6.r2"));
    }

    @Test
    void foreignReinforcements_listsThoseOfOtherMeasuresInOrder() {
        MeasureAssessment mixed = assessment(MFA, Set.of("op.acc.6.r1", "op.acc.5.r1", "mp.info.6.r1"), null, null);

        assertThat(mixed.foreignReinforcements())
                .containsExactly(ReinforcementId.parse("op.acc.5.r1"), ReinforcementId.parse("mp.info.6.r1"));
        assertThat(mixed.hasOnlyOwnReinforcements()).isFalse();
    }

    @Test
    void foreignReinforcements_ownOnly_isEmpty() {
        assertThat(NAVARCLES_MFA.foreignReinforcements()).isEmpty();
        assertThat(NAVARCLES_MFA.hasOnlyOwnReinforcements()).isTrue();
    }

    @Test
    void foreignReinforcements_measureMissing_isEmptyBecauseTheMissingMeasureIsReportedInstead() {
        MeasureAssessment noMeasure = assessment(null, Set.of("op.acc.6.r1"), null, null);

        assertThat(noMeasure.foreignReinforcements()).isEmpty();
        assertThat(VALIDATOR.validate(noMeasure)).singleElement()
                .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("measure"));
    }

    @ParameterizedTest(name = "excluded={0}, compensated={1}: both={2}")
    @CsvSource({"false, false, false", "true, false, false", "false, true, false", "true, true, true"})
    void hasBothExclusionAndCompensation(boolean excluded, boolean compensated, boolean both) {
        MeasureAssessment assessment = assessment(MeasureId.parse("op.acc.3"), Set.of(),
                excluded ? NO_ELECTRONIC_SIGNATURE : null, compensated ? ADMIN_LOGGING : null);

        assertThat(assessment.hasBothExclusionAndCompensation()).isEqualTo(both);
        assertThat(VALIDATOR.validate(assessment)).hasSize(both ? 1 : 0);
    }

    @Test
    void validate_everyProblem_isReportedWithItsPathAndMessage() {
        MeasureAssessment broken = new MeasureAssessment(" ", MFA, null,
                Set.of(ReinforcementId.parse("op.acc.5.r1")),
                Optional.of(new Exclusion("")), Optional.of(new Compensation("Registre d'accions", " ")),
                List.of(""), null, "");

        assertThat(VALIDATOR.validate(broken))
                .extracting(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .containsExactlyInAnyOrderElementsOf(Stream.of(
                        "systemId: must not be blank",
                        "maturity: must not be null",
                        "exclusion.justification: must not be blank",
                        "compensation.justification: must not be blank",
                        "evidence[0].<list element>: must not be blank",
                        "assessedOn: must not be null",
                        "assessedBy: must not be blank",
                        "onlyOwnReinforcements: every reinforcement must belong to the assessed measure",
                        "bothExclusionAndCompensation: a measure cannot be both excluded and compensated").toList());
    }
}
