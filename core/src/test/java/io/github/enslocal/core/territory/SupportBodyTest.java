// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupportBodyTest {

    private static final IneCode MANRESA = IneCode.parse("08113");
    private static final IneCode NAVARCLES = IneCode.parse("08140");
    private static final IneCode SANT_FRUITOS_DE_BAGES = IneCode.parse("08213");

    private static SupportBody consellComarcalDelBages(Set<IneCode> municipalities) {
        return new SupportBody("cc-bages", "Consell Comarcal del Bages", SupportBodyKind.CONSELL_COMARCAL,
                Optional.of("Bages"), Set.of("08"), municipalities);
    }

    @Test
    void constructor_copiesTheSetsInAscendingOrder() {
        SupportBody body = consellComarcalDelBages(Set.of(SANT_FRUITOS_DE_BAGES, MANRESA, NAVARCLES));

        assertThat(body.municipalities()).containsExactly(MANRESA, NAVARCLES, SANT_FRUITOS_DE_BAGES);
        assertThat(body.municipalities()).isUnmodifiable();
    }

    @Test
    void constructor_nullCollectionsAndOptional_becomeEmpty() {
        SupportBody body = new SupportBody("dipba", "Diputació de Barcelona", SupportBodyKind.DIPUTACIO,
                null, null, null);

        assertThat(body.comarca()).isEmpty();
        assertThat(body.provinceCodes()).isEmpty();
        assertThat(body.municipalities()).isEmpty();
    }

    @Test
    void serves_listedMunicipality_isTrueOtherwiseFalse() {
        SupportBody body = consellComarcalDelBages(Set.of(MANRESA, NAVARCLES));

        assertThat(body.serves(MANRESA)).isTrue();
        assertThat(body.serves(SANT_FRUITOS_DE_BAGES)).isFalse();
    }

    @Test
    void validation_wellFormedBody_hasNoViolation() {
        assertThat(Violations.of(consellComarcalDelBages(Set.of(MANRESA)))).isEmpty();
    }

    @Test
    void validation_badValues_reportsEveryViolationWithoutThrowingEarlier() {
        Set<IneCode> withNull = new HashSet<>(Arrays.asList(MANRESA, null));
        SupportBody bad = new SupportBody("x".repeat(65), "", null, Optional.of(" "), Set.of("8", "53"), withNull);

        assertThat(bad.municipalities()).containsExactly(null, MANRESA);
        assertThat(Violations.of(bad)).containsExactly(
                "comarca: must not be blank",
                "id: size must be between 0 and 64",
                "kind: must not be null",
                "municipalities[].<iterable element>: must not be null",
                "name: must not be blank",
                "provinceCodes[].<iterable element>: must be a province code from 01 to 52, e.g. '08'");
    }
}
