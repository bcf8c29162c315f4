// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static io.github.enslocal.core.system.NavarclesSystems.EXPEDIENTS;
import static io.github.enslocal.core.system.NavarclesSystems.NAVARCLES;
import static io.github.enslocal.core.system.NavarclesSystems.SHARED_MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.DimensionLevels;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class SystemValidationTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    @Test
    void fixtures_areValid() {
        assertThat(VALIDATOR.validate(EXPEDIENTS)).isEmpty();
        assertThat(VALIDATOR.validate(SHARED_MAIL)).isEmpty();
    }

    @Test
    void validate_ownerWithBothParties_isReportedOnTheOwner() {
        InformationSystem system = new InformationSystem("nav-sis-x", "X", null,
                new SystemOwner(Optional.of(NAVARCLES), Optional.of("cc-bages")),
                null, null, null, null, null, null, null, null, null);

        assertThat(VALIDATOR.validate(system)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("owner.exactlyOneParty");
            assertThat(violation.getMessage())
                    .isEqualTo("must name either a municipality or a support body, not both or neither");
        });
    }

    @Test
    void validate_nestedProblems_areReportedWithTheirPaths() {
        InformationSystem system = new InformationSystem("", "X", Optional.of("  "), null,
                List.of(new InformationValuation(" ", DimensionLevels.none())),
                List.of(new ServiceValuation("Seu electrònica", null)),
                Set.of("nav-srv-01", ""),
                new SystemRoles(null, null, Optional.of(new Person("", Optional.empty(), Optional.of("no-és-correu"))), null),
                null, null, null, null,
                Optional.of(new Audit(null, AuditKind.SELF_ASSESSMENT, null, Optional.of(""))));

        assertThat(VALIDATOR.validate(system))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder(
                        "id", "description", "owner", "information[0].name", "assetIds[].<iterable element>",
                        "roles.securityOfficer.name", "roles.securityOfficer.email",
                        "lastAudit.date", "lastAudit.result", "lastAudit.auditor");
    }

    @Test
    void validate_blankPositionAndBadEmail_areReported() {
        Person person = new Person("Montserrat Vilà i Puig", Optional.of(""), Optional.of("mvila"));

        assertThat(VALIDATOR.validate(person)).extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder("must not be blank", "must be a well-formed email address");
    }

    @Test
    void validate_auditWithAllItsFacts_isValid() {
        Audit audit = new Audit(LocalDate.of(2025, 6, 3), AuditKind.SELF_ASSESSMENT, AuditResult.FAVORABLE, null);

        assertThat(VALIDATOR.validate(audit)).isEmpty();
    }
}
