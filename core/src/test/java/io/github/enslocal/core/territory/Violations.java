// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Validates a record and returns its violations as "path: message" lines, sorted. */
final class Violations {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Violations() {
    }

    static Set<String> of(Object value) {
        Set<String> lines = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            lines.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        return lines;
    }
}
