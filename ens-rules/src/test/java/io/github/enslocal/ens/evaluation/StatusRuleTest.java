// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.Compensation;
import io.github.enslocal.ens.applicability.Exclusion;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status decision of {@link MeasureResult}, row by row. */
class StatusRuleTest {

    private static final ApplicabilityEvaluator TABLE = ApplicabilityEvaluator.of(MeasureCatalog.bundled());

    /**
     * Decides one measure of a system whose every dimension is at the level of the category.
     *
     * @param decision NONE, EXCLUDE or COMPENSATE, as the assessment records it
     * @param maturity the declared maturity, or '-' for no assessment
     * @param reinforcements the declared reinforcements, space separated
     * @param grades the grades of the rules' findings about the measure, space separated
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} [{4}] [{5}] → {6}")
    @CsvSource(delimiter = '|', value = {
        // the table does not require it: nothing else matters
        "BASICA | op.ext.1 | NONE       | L3 |                   | MAJOR       | NOT_APPLICABLE",
        // justified exclusion
        "BASICA | org.1    | EXCLUDE    | L0 |                   | MAJOR       | EXCLUDED",
        // nothing passes vacuously: no assessment, whatever the evidence says
        "BASICA | org.1    | NONE       | -  |                   |             | NOT_ASSESSED",
        "BASICA | org.1    | NONE       | -  |                   | MAJOR       | NOT_ASSESSED",
        // a compensating measure replaces it; the rules checked the replaced one
        "BASICA | org.1    | COMPENSATE | L1 |                   |             | COMPENSATED",
        "BASICA | org.1    | COMPENSATE | L3 |                   | MAJOR       | COMPENSATED",
        // L0 or L1, or a major non-conformity
        "BASICA | org.1    | NONE       | L0 |                   |             | NON_COMPLIANT",
        "BASICA | org.1    | NONE       | L1 |                   |             | NON_COMPLIANT",
        "BASICA | org.1    | NONE       | L5 |                   | MAJOR       | NON_COMPLIANT",
        "BASICA | org.1    | NONE       | L1 |                   | MINOR       | NON_COMPLIANT",
        // the minimum reached, reinforcements implemented, no non-conformity; observations do not count
        "BASICA | org.1    | NONE       | L2 |                   |             | COMPLIANT",
        "BASICA | org.1    | NONE       | L2 |                   | OBSERVATION | COMPLIANT",
        "BASICA | op.acc.6 | NONE       | L3 | r1 r8 r9          |             | COMPLIANT",
        "MEDIA  | org.1    | NONE       | L3 |                   |             | COMPLIANT",
        "ALTA   | org.1    | NONE       | L4 |                   |             | COMPLIANT",
        // the rest: a minor non-conformity, a reinforcement or a one-of group missing, below the minimum
        "BASICA | org.1    | NONE       | L3 |                   | MINOR       | PARTIALLY_COMPLIANT",
        "BASICA | op.acc.6 | NONE       | L3 | r8 r9             |             | PARTIALLY_COMPLIANT",
        "BASICA | op.acc.6 | NONE       | L3 | r2 r8             |             | PARTIALLY_COMPLIANT",
        "MEDIA  | org.1    | NONE       | L2 |                   |             | PARTIALLY_COMPLIANT",
        "ALTA   | org.1    | NONE       | L3 |                   | OBSERVATION | PARTIALLY_COMPLIANT",
        "MEDIA  | op.acc.6 | NONE       | L4 | r1 r8 r9          |             | PARTIALLY_COMPLIANT",
        "MEDIA  | op.acc.6 | NONE       | L4 | r3 r5 r8 r9       |             | COMPLIANT"})
    void decide_followsTheStatedRules(Category category, String measure, String decision, String maturity,
            String reinforcements, String grades, MeasureStatus expected) {
        MeasureId id = MeasureId.parse(measure);
        Applicability table = TABLE.evaluate(DimensionLevels.parse("C=" + category.level() + ",I=" + category.level()
                + ",T=" + category.level() + ",A=" + category.level() + ",D=" + category.level()));
        StatementOfApplicability.Builder statement = StatementOfApplicability.builder(table);
        if (decision.equals("EXCLUDE")) {
            statement.exclude(new Exclusion(id, "El sistema no en fa ús"));
        } else if (decision.equals("COMPENSATE")) {
            statement.compensate(new Compensation(id, "Mesura alternativa", "Protegeix igual"));
        }
        Optional<MeasureAssessment> assessment = maturity.equals("-") ? Optional.empty()
                : Optional.of(Bages.assessment("nav-sis-expedients", measure, Maturity.valueOf(maturity),
                        words(reinforcements).stream().map(r -> measure + "." + r).toArray(String[]::new)));
        List<Finding> findings = words(grades).stream()
                .map(grade -> Finding.of("test-rule", id, FindingGrade.valueOf(grade), "a finding", List.of())).toList();

        MeasureResult result = StatusRule.decide(statement.build().get(id), category, assessment, findings);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.findings()).hasSize(expected.isRequired() ? findings.size() : 0);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
