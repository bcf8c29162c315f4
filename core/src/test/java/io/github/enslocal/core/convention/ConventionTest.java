// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import static io.github.enslocal.core.convention.Conventions.bagesTic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.time.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConventionTest {

    @Test
    void constructor_nullCollectionsAndOptionals_areNormalisedToEmpty() {
        Convention convention = new Convention("cc-bages-tic-2026", "Conveni de suport TIC 2026", "Suport TIC",
                "cc-bages", null, null, DateRange.parse("2026-01-01/2026-12-31"), null, null, null, null, null, null);

        assertThat(convention.parties()).isEmpty();
        assertThat(convention.signedOn()).isEmpty();
        assertThat(convention.extensions()).isEmpty();
        assertThat(convention.services()).isEmpty();
        assertThat(convention.maximumAmount()).isEmpty();
        assertThat(convention.eligibleExpenseTypes()).isEmpty();
        assertThat(convention.expenses()).isEmpty();
        assertThat(convention.adhesions()).isEmpty();
    }

    @Test
    void constructor_mutableInputs_areCopied() {
        List<Party> parties = new ArrayList<>(bagesTic().parties());
        Convention convention = new Convention("cc-bages-tic-2021", "Conveni", "Suport TIC", "cc-bages", parties,
                null, DateRange.parse("2021-01-01/2024-12-31"), null, null, null, null, null, null);

        parties.clear();

        assertThat(convention.parties()).hasSize(2);
        assertThatThrownBy(() -> convention.parties().add(new Party("Ajuntament de Navarcles", PartyRole.MUNICIPALITY)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void services_iterateInDeclarationOrderWhateverTheInput() {
        Convention convention = ConventionBuilder.from(bagesTic())
                .eligibleExpenseTypes(Set.of(ExpenseType.TRAVEL, ExpenseType.EQUIPMENT, ExpenseType.PERSONNEL_ASSIGNED))
                .build();

        assertThat(convention.eligibleExpenseTypes())
                .containsExactly(ExpenseType.PERSONNEL_ASSIGNED, ExpenseType.EQUIPMENT, ExpenseType.TRAVEL);
        assertThat(bagesTic().services()).containsExactly(ConventionService.CYBERSECURITY,
                ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT,
                ConventionService.SMALL_MUNICIPALITY_SUPPORT_TEAM, ConventionService.ENS_ADEQUACY);
    }

    @Test
    void extension_nullNote_isEmpty() {
        assertThat(new Extension(Conventions.date("2024-11-15"), Conventions.date("2025-12-31"), null).note()).isEmpty();
    }
}
