// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private static final IneCode MANRESA = IneCode.parse("08113");
    private static final IneCode NAVARCLES = IneCode.parse("08140");
    private static final IneCode SANT_FRUITOS = IneCode.parse("08213");

    /** A phishing awareness session the Consell Comarcal del Bages gave to three town halls. */
    private static final TrainingSession PHISHING_AWARENESS = new TrainingSession("ccbages-form-2025-04",
            LocalDate.of(2025, 4, 24), "Pesca electrònica i contrasenyes segures", TrainingKind.AWARENESS,
            Set.of(SANT_FRUITOS, NAVARCLES, MANRESA), 12, new BigDecimal("1.5"),
            Optional.of("Consell Comarcal del Bages"));

    @Test
    void constructor_municipalities_areKeptInCodeOrder() {
        assertThat(PHISHING_AWARENESS.municipalities()).containsExactly(MANRESA, NAVARCLES, SANT_FRUITOS);
    }

    @Test
    void constructor_nullValues_becomeEmpty() {
        TrainingSession session = new TrainingSession("s", LocalDate.of(2025, 10, 7), "Còpies de seguretat",
                TrainingKind.TECHNICAL_TRAINING, null, 3, BigDecimal.TEN, null);

        assertThat(session.municipalities()).isEmpty();
        assertThat(session.provider()).isEmpty();
    }

    @Test
    void wasAttendedBy_listedMunicipality() {
        assertThat(PHISHING_AWARENESS.wasAttendedBy(NAVARCLES)).isTrue();
        assertThat(PHISHING_AWARENESS.wasAttendedBy(IneCode.parse("08187"))).isFalse();
        assertThatNullPointerException().isThrownBy(() -> PHISHING_AWARENESS.wasAttendedBy(null))
                .withMessage("municipality");
    }

    @Test
    void attendeeHours_multipliesHoursByAttendees() {
        assertThat(PHISHING_AWARENESS.attendeeHours()).isEqualByComparingTo("18");
    }

    @Property
    void attendeeHours_isHoursAddedOncePerAttendee(
            @ForAll @IntRange(min = 1, max = 500) int attendees, @ForAll @IntRange(min = 1, max = 4000) int centiHours) {
        BigDecimal hours = BigDecimal.valueOf(centiHours, 2);
        TrainingSession session = new TrainingSession("s", LocalDate.of(2025, 4, 24), "T", TrainingKind.AWARENESS,
                Set.of(NAVARCLES), attendees, hours, null);

        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < attendees; i++) {
            sum = sum.add(hours);
        }
        assertThat(session.attendeeHours()).isEqualByComparingTo(sum);
    }

    @Test
    void validate_phishingAwareness_isValid() {
        assertThat(VALIDATOR.validate(PHISHING_AWARENESS)).isEmpty();
    }

    @Test
    void validate_everyProblem_isReportedWithItsPath() {
        TrainingSession broken = new TrainingSession("", null, " ", null, Set.of(), 0,
                new BigDecimal("1.125"), Optional.of(""));

        assertThat(VALIDATOR.validate(broken))
                .extracting(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .containsExactlyInAnyOrder(
                        "id: must not be blank",
                        "date: must not be null",
                        "title: must not be blank",
                        "kind: must not be null",
                        "municipalities: must not be empty",
                        "attendeeCount: must be greater than 0",
                        "hours: numeric value out of bounds (<3 digits>.<2 digits> expected)",
                        "provider: must not be blank");
    }

    @Test
    void validate_missingOrNegativeHours_isReported() {
        TrainingSession noHours = new TrainingSession("s", LocalDate.of(2025, 4, 24), "T", TrainingKind.AWARENESS,
                Set.of(NAVARCLES), 5, null, null);
        TrainingSession negative = new TrainingSession("s", LocalDate.of(2025, 4, 24), "T", TrainingKind.AWARENESS,
                Set.of(NAVARCLES), 5, new BigDecimal("-2"), null);

        assertThat(VALIDATOR.validate(noHours)).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("hours");
        assertThat(VALIDATOR.validate(negative)).extracting(violation -> violation.getMessage())
                .containsExactly("must be greater than 0");
    }
}
