// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static io.github.enslocal.ens.evaluation.Bages.EXPEDIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Violation;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.ens.catalog.CatalogReferences;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Assessments that name measures or reinforcements the ENS catalog lacks are violations with their path. */
class CatalogReferencesTest {

    @Test
    void unknownMeasureAndReinforcement_areViolationsWithTheirPathInEachLanguage() {
        Bages.DatasetSpec spec = Bages.healthy()
                .assessment(Bages.assessment(EXPEDIENTS, "op.acc.6", Maturity.L2, "op.acc.6.r1", "op.acc.6.r10"))
                .assessment(Bages.assessment(EXPEDIENTS, "op.exp.99", Maturity.L3));

        List<Violation> violations = CatalogReferences.check(spec.build(), MeasureCatalog.bundled());

        assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.assessments[0].reinforcements", "dataset.catalog.unknownReinforcement"),
                org.assertj.core.groups.Tuple.tuple("$.assessments[1].measure", "dataset.catalog.unknownMeasure"));
        assertThat(violations.get(1).message(Locale.ENGLISH)).startsWith("the measure op.exp.99 is not in the ENS catalog");
        assertThat(violations.get(1).message(Locale.forLanguageTag("ca"))).startsWith("la mesura op.exp.99 no és al catàleg");
        assertThat(violations.get(0).message(Locale.forLanguageTag("es")))
                .startsWith("el refuerzo op.acc.6.r10 no está en el catálogo");
    }

    @Test
    void knownReferences_giveNoViolation() {
        Bages.DatasetSpec spec = Bages.healthy()
                .assessment(Bages.assessment(EXPEDIENTS, "op.acc.6", Maturity.L2, "op.acc.6.r1", "op.acc.6.r9"));

        assertThat(CatalogReferences.check(spec.build(), MeasureCatalog.bundled())).isEmpty();
    }
}
