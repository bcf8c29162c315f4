// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MeasureResult;
import io.github.enslocal.ens.evaluation.MeasureStatus;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.ExampleDataset;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import io.github.enslocal.samples.embedding.CustomEvidenceRule.NamedServerResponsibleRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomEvidenceRuleTest {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
    private static final MeasureId OP_EXP_1 = MeasureId.parse("op.exp.1");
    private static final String SANT_FRUITOS_SYSTEM = "sys-sfb-eadmin";

    private static Dataset example;

    @BeforeAll
    static void readExample() throws IOException {
        example = DatasetCodec.create().read(ExampleDataset.PATH);
    }

    @Test
    void serverWhoseResponsibleIsNotInTheDirectory_isAMinorFindingOnOpExp1() {
        DatasetEvaluation evaluation = CustomEvidenceRule.evaluate(example, END_OF_2025, Set.of("Montserrat Soler"));

        List<Finding> ours = ours(evaluation, SANT_FRUITOS_SYSTEM);

        assertThat(ours).extracting(Finding::describe).containsExactly("MINOR op.exp.1 [host-named-server-responsible]:"
                + " 1 server whose responsible is not a person of the staff directory (sfb-srv-01)");
        assertThat(ours.get(0).code()).isEqualTo(NamedServerResponsibleRule.CODE);
        assertThat(ours.get(0).grade()).isEqualTo(FindingGrade.MINOR);
        assertThat(ours.get(0).subjects()).containsExactly(Subject.asset("sfb-srv-01"));
        assertThat(ours.get(0).message(Locale.forLanguageTag("ca")))
                .isEqualTo("1 servidor amb un responsable que no és cap persona del directori de personal");
        assertThat(ours.get(0).message(Locale.forLanguageTag("es")))
                .isEqualTo("1 servidor con un responsable que no es ninguna persona del directorio de personal");
        MeasureResult opExp1 = evaluation.system(SANT_FRUITOS_SYSTEM).orElseThrow().measure(OP_EXP_1).orElseThrow();
        assertThat(opExp1.findings()).containsAll(ours);
        assertThat(opExp1.status()).isNotEqualTo(MeasureStatus.COMPLIANT);
    }

    @Test
    void serverWhoseResponsibleIsInTheDirectory_givesNoFinding() {
        DatasetEvaluation evaluation = CustomEvidenceRule.evaluate(example, END_OF_2025, Set.of("Jordi Vila"));

        assertThat(ours(evaluation, SANT_FRUITOS_SYSTEM)).isEmpty();
    }

    @Test
    void systemWithoutServers_givesNoFinding() {
        DatasetEvaluation evaluation = CustomEvidenceRule.evaluate(example, END_OF_2025, Set.of());

        assertThat(ours(evaluation, "sys-nav-eadmin")).isEmpty();
        assertThat(ours(evaluation, "sys-cal-eadmin")).isEmpty();
    }

    @Test
    void demo_printsTheFindingAndTheVerdictOfEachSystemWithServers() {
        StringWriter out = new StringWriter();

        CustomEvidenceRule.print(DemoData.dataset(), DemoDatasetGenerator.AS_OF,
                CustomEvidenceRule.DEMO_STAFF, new PrintWriter(out));

        String output = out.toString().replace(System.lineSeparator(), "\n");
        assertThat(output).contains("sis-08010 (Gestió municipal i seu electrònica d'Artés)\n"
                + "  MINOR op.exp.1 [host-named-server-responsible]: 2 servers whose responsible is not a person of the"
                + " staff directory (08010-SRV-001, 08010-VSRV-001)\n"
                + "  op.exp.1 PARTIALLY_COMPLIANT: declared L4 meets required L3 (MEDIA); 2 servers whose responsible"
                + " is not a person of the staff directory (08010-SRV-001, 08010-VSRV-001)");
        assertThat(output).contains("sis-08141 (Gestió municipal i seu electrònica de Navàs)\n")
                .doesNotContain("sis-08002");
        assertThat(output.lines().filter(line -> line.startsWith("sis-"))).hasSizeGreaterThan(10);
    }

    private static List<Finding> ours(DatasetEvaluation evaluation, String systemId) {
        return evaluation.system(systemId).orElseThrow().findings().stream()
                .filter(finding -> finding.ruleId().equals(NamedServerResponsibleRule.ID)).toList();
    }
}
