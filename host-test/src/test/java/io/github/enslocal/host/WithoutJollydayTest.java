// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.sla.SpanishPublicHolidays;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** A host that depends on the library alone does not get jollyday, an optional dependency. */
class WithoutJollydayTest {

    @Test
    void spanishPublicHolidays_withoutJollyday_failsWithWhatToAdd() {
        assertThatThrownBy(() -> SpanishPublicHolidays.between("ct", Year.of(2025), Year.of(2025)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("de.focus-shift:jollyday-core")
                .hasMessageContaining("de.focus-shift:jollyday-jaxb");
    }
}
