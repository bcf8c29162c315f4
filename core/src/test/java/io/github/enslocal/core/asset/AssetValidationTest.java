// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import static io.github.enslocal.core.asset.NavarclesAssets.OUT_OF_SUPPORT_SERVER;
import static io.github.enslocal.core.asset.NavarclesAssets.UNDOCUMENTED_DESKTOP;
import static io.github.enslocal.core.asset.NavarclesAssets.UNENCRYPTED_LAPTOP;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AssetValidationTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    @Test
    void fixtures_areValid() {
        assertThat(VALIDATOR.validate(UNENCRYPTED_LAPTOP)).isEmpty();
        assertThat(VALIDATOR.validate(OUT_OF_SUPPORT_SERVER)).isEmpty();
        assertThat(VALIDATOR.validate(UNDOCUMENTED_DESKTOP)).isEmpty();
    }

    @Test
    void validate_everyProblem_isReportedWithItsPath() {
        Asset broken = new Asset(" ", null, null, "", Optional.of(" "), null, null, null, null,
                Optional.of("x".repeat(201)), null, null, null);

        assertThat(VALIDATOR.validate(broken))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("id", "owner", "type", "name", "serialNumber", "managedBy", "product");
    }

    @Test
    void validate_blankSerialNumber_isReportedAsBlank() {
        Asset broken = new Asset("nav-pc-13", NavarclesAssets.NAVARCLES, AssetType.DESKTOP, "AJNAV-PC13",
                Optional.of(""), null, null, Management.MUNICIPALITY, null, null, null, null, null);

        assertThat(VALIDATOR.validate(broken)).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo("must not be blank");
    }
}
