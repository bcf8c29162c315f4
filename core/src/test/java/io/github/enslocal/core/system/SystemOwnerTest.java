// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.territory.IneCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemOwnerTest {

    private static final IneCode NAVARCLES = IneCode.parse("08140");

    @Test
    void municipality_setsOnlyTheMunicipality() {
        SystemOwner owner = SystemOwner.municipality(NAVARCLES);

        assertThat(owner.municipality()).contains(NAVARCLES);
        assertThat(owner.supportBody()).isEmpty();
        assertThat(owner.hasExactlyOneParty()).isTrue();
    }

    @Test
    void supportBody_setsOnlyTheSupportBody() {
        SystemOwner owner = SystemOwner.supportBody("cc-bages");

        assertThat(owner.municipality()).isEmpty();
        assertThat(owner.supportBody()).contains("cc-bages");
        assertThat(owner.hasExactlyOneParty()).isTrue();
    }

    @Test
    void hasExactlyOneParty_bothOrNeither_isFalse() {
        assertThat(new SystemOwner(Optional.of(NAVARCLES), Optional.of("cc-bages")).hasExactlyOneParty()).isFalse();
        assertThat(new SystemOwner(null, null).hasExactlyOneParty()).isFalse();
    }
}
