// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.register.MunicipalityRegister;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated datasets satisfy every Bean Validation constraint of the domain model. */
class DatasetConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    private static List<String> violations(Dataset dataset) {
        return validator.validate(dataset).stream()
                .map(DatasetConstraintsTest::describe)
                .sorted()
                .toList();
    }

    private static String describe(ConstraintViolation<Dataset> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage() + ": " + violation.getInvalidValue();
    }

    @Test
    void demoDataset_satisfiesEveryConstraint() {
        assertThat(violations(DemoDatasetGenerator.generate())).isEmpty();
    }

    @Test
    void scaleDataset_satisfiesEveryConstraint() {
        Dataset soria = DemoDatasetGenerator.forMunicipalities(
                MunicipalityRegister.bundled().byProvince("42").subList(0, 20), 3L);

        assertThat(violations(soria)).isEmpty();
    }
}
