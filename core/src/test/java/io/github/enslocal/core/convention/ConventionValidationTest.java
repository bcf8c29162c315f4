// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static io.github.enslocal.core.convention.Conventions.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConventionValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void validate_bagesConvention_hasNoViolations() {
        assertThat(validator.validate(bagesTic())).isEmpty();
    }

    @Test
    void validate_badNestedRecords_reportsEveryViolationWithItsPath() {
        Convention convention = new Convention(" ", "Conveni de suport TIC", "Suport TIC", "cc-bages",
                List.of(new Party("", PartyRole.FUNDER)), Optional.empty(), null,
                List.of(new Extension(date("2024-11-15"), null, Optional.of("x".repeat(501)))), Set.of(),
                Optional.empty(), Set.of(),
                List.of(new Expense("EXP-1", date("2022-01-01"), ExpenseType.EQUIPMENT, null, "Encaminador")),
                List.of(new Adhesion(IneCode.parse("08140"), date("2021-01-01"), Optional.empty(), Set.of(),
                        new BigDecimal("-5"))));

        assertThat(validator.validate(convention)).extracting(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .containsExactlyInAnyOrder(
                        "id",
                        "validity",
                        "parties[0].name",
                        "extensions[0].newEnd",
                        "extensions[0].note",
                        "expenses[0].amount",
                        "adhesions[0].committedHoursPerYear");
    }
}
