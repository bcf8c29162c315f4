// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static io.github.enslocal.ens.evaluation.Bages.AS_OF;
import static io.github.enslocal.ens.evaluation.Bages.EXPEDIENTS;
import static io.github.enslocal.ens.evaluation.Bages.MANRESA;
import static io.github.enslocal.ens.evaluation.Bages.NAVARCLES;
import static io.github.enslocal.ens.evaluation.Bages.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.ens.evaluation.Bages.AssetSpec;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The expedient manager of Navarcles, BÁSICA (every dimension BAJO, so 52 measures apply), with a
 * mix of assessments, worked out by hand.
 */
class HandCheckedSystemTest {

    /**
     * Assessments: org.1 L3, op.pl.1 L2, op.exp.1 L2, op.exp.8 L2 (all compliant); op.acc.6 L3 with
     * R1 and R8 but not R9 (partial); op.exp.4 L1 with two servers out of support (non-compliant);
     * mp.eq.3 excluded, so its unencrypted laptop is not held against it; mp.info.6 compensated at
     * L2; op.ext.1 assessed though BÁSICA does not require it; the other 44 required measures not
     * assessed.
     */
    static Dataset navarcles() {
        return Bages.withAssets(
                        AssetSpec.of("srv-navarcles-01", AssetType.SERVER).endOfSupport(LocalDate.of(2024, 10, 8)),
                        AssetSpec.of("srv-navarcles-02", AssetType.SERVER).endOfSupport(LocalDate.of(2023, 10, 10)),
                        AssetSpec.of("lt-navarcles-007", AssetType.LAPTOP).encryption(Fact.NO))
                .assessment(Bages.assessment(EXPEDIENTS, "org.1", Maturity.L3))
                .assessment(Bages.assessment(EXPEDIENTS, "op.pl.1", Maturity.L2))
                .assessment(Bages.assessment(EXPEDIENTS, "op.exp.1", Maturity.L2))
                .assessment(Bages.assessment(EXPEDIENTS, "op.exp.8", Maturity.L2))
                .assessment(Bages.assessment(EXPEDIENTS, "op.acc.6", Maturity.L3, "op.acc.6.r1", "op.acc.6.r8"))
                .assessment(Bages.assessment(EXPEDIENTS, "op.exp.4", Maturity.L1))
                .assessment(Bages.excluded(EXPEDIENTS, "mp.eq.3", "Els portàtils no accedeixen al gestor d'expedients"))
                .assessment(Bages.compensated(EXPEDIENTS, "mp.info.6", Maturity.L2,
                        "Còpia diària al centre de dades del Consell Comarcal"))
                .assessment(Bages.assessment(EXPEDIENTS, "op.ext.1", Maturity.L3))
                .build();
    }

    private static final SystemEvaluation RESULT = ComplianceEvaluator.standard().evaluate(
            navarcles().systems().get(0), navarcles(), AS_OF);

    private static MeasureStatus status(String measure) {
        return RESULT.measure(id(measure)).orElseThrow().status();
    }

    @Test
    void statuses_matchTheHandCheck() {
        assertThat(RESULT.category()).contains(Category.BASICA);
        assertThat(status("org.1")).isEqualTo(MeasureStatus.COMPLIANT);
        assertThat(status("op.pl.1")).isEqualTo(MeasureStatus.COMPLIANT);
        assertThat(status("op.exp.1")).isEqualTo(MeasureStatus.COMPLIANT);
        assertThat(status("op.exp.8")).isEqualTo(MeasureStatus.COMPLIANT);
        assertThat(status("op.acc.6")).isEqualTo(MeasureStatus.PARTIALLY_COMPLIANT);
        assertThat(status("op.exp.4")).isEqualTo(MeasureStatus.NON_COMPLIANT);
        assertThat(status("mp.eq.3")).isEqualTo(MeasureStatus.EXCLUDED);
        assertThat(status("mp.info.6")).isEqualTo(MeasureStatus.COMPENSATED);
        assertThat(status("op.ext.1")).isEqualTo(MeasureStatus.NOT_APPLICABLE);
        assertThat(status("op.exp.6")).isEqualTo(MeasureStatus.NOT_ASSESSED);
    }

    @Test
    void summary_countsTheRequiredSet() {
        ComplianceSummary summary = RESULT.summary();

        assertThat(RESULT.measures()).hasSize(73);
        assertThat(summary.count(MeasureStatus.NOT_APPLICABLE)).isEqualTo(21);
        assertThat(summary.count(MeasureStatus.EXCLUDED)).isEqualTo(1);
        assertThat(summary.count(MeasureStatus.NOT_ASSESSED)).isEqualTo(44);
        // 4 compliant + 1 compensated, of 52 applicable less 1 excluded
        assertThat(summary.compliance()).isEqualTo(Ratio.of(5, 51));
        // 3 + 2 + 2 + 2 + 3 + 1 + 2 over 5 × 51
        assertThat(summary.maturity()).isEqualTo(Ratio.of(15, 255));
        assertThat(summary.zone()).contains(Zone.RED);
        assertThat(RESULT.findings()).extracting(Finding::grade).containsExactly(FindingGrade.MAJOR);
    }

    @Test
    void describe_explainsEachVerdict() {
        assertThat(RESULT.measure(id("op.exp.4")).orElseThrow().describe()).isEqualTo(
                "op.exp.4 NON_COMPLIANT: declared L1 below required L2 (BÁSICA); 2 servers out of vendor support"
                        + " (srv-navarcles-01, srv-navarcles-02)");
        assertThat(RESULT.measure(id("op.acc.6")).orElseThrow().describe()).isEqualTo(
                "op.acc.6 PARTIALLY_COMPLIANT: declared L3 meets required L2 (BÁSICA); missing R9");
        assertThat(RESULT.measure(id("org.1")).orElseThrow().describe()).isEqualTo(
                "org.1 COMPLIANT: declared L3 meets required L2 (BÁSICA); no non-conformity found");
        assertThat(RESULT.measure(id("mp.eq.3")).orElseThrow().describe()).isEqualTo(
                "mp.eq.3 EXCLUDED: excluded: Els portàtils no accedeixen al gestor d'expedients");
        assertThat(RESULT.measure(id("mp.info.6")).orElseThrow().describe()).isEqualTo(
                "mp.info.6 COMPENSATED: replaced by the compensating measure 'Còpia diària al centre de dades del"
                        + " Consell Comarcal' (art. 28.3); declared L2");
        assertThat(RESULT.measure(id("op.exp.6")).orElseThrow().describe()).isEqualTo(
                "op.exp.6 NOT_ASSESSED: no assessment dated on or before the evaluation; required L2 (BÁSICA)");
        assertThat(RESULT.measure(id("op.ext.1")).orElseThrow().describe()).isEqualTo(
                "op.ext.1 NOT_APPLICABLE: the category is BÁSICA, the measure applies only from MEDIA");
        assertThat(RESULT.describe()).isEqualTo("nav-sis-expedients (Gestió d'expedients) BÁSICA on 2025-06-30:"
                + " compliance 5/51, maturity 15/255, zone RED; 1 major, 0 minor, 0 observations");
    }

    @Test
    void statement_recordsTheExclusionAndCompensation() {
        assertThat(RESULT.statement()).hasSize(73);
        assertThat(RESULT.statement().stream().filter(entry -> entry.applicability().measure().id().equals(id("mp.eq.3")))
                .findFirst().orElseThrow().describe())
                .startsWith("mp.eq.3 excluded: Els portàtils no accedeixen al gestor d'expedients");
    }

    @Test
    void assessments_afterTheEvaluationDate_areIgnored() {
        SystemEvaluation earlier = ComplianceEvaluator.standard().evaluate(navarcles(), LocalDate.of(2025, 5, 19))
                .system(EXPEDIENTS).orElseThrow();

        assertThat(earlier.measure(id("org.1")).orElseThrow().status()).isEqualTo(MeasureStatus.NOT_ASSESSED);
        assertThat(earlier.measure(id("mp.eq.3")).orElseThrow().status()).isEqualTo(MeasureStatus.NOT_ASSESSED);
    }

    @Test
    void systemWithoutValuations_isAResultWithAMajorFinding() {
        Dataset dataset = Bages.withSystem(Bages.system().levels("")).build();

        SystemEvaluation result = ComplianceEvaluator.standard().evaluate(dataset, AS_OF).system(EXPEDIENTS).orElseThrow();

        assertThat(result.category()).isEmpty();
        assertThat(result.measures()).isEmpty();
        assertThat(result.statement()).isEmpty();
        assertThat(result.summary().zone()).isEmpty();
        assertThat(result.systemFindings()).extracting(Finding::describe).containsExactly(
                "MAJOR system [categorisation]: the system cannot be categorised: no dimension has a level,"
                        + " and Anexo I defines no category for that case (nav-sis-expedients)");
    }

    @Test
    void dataset_aggregatesPerMunicipality_andKeepsSupportBodySystemsInTheTotal() {
        Bages.DatasetSpec spec = Bages.healthy();
        spec.assessments.addAll(navarcles().assessments());
        spec.system(Bages.system().id("ccbages-sis-correu").owner(SystemOwner.supportBody("cc-bages")));
        Dataset dataset = spec.build();

        DatasetEvaluation result = ComplianceEvaluator.standard().evaluate(dataset, AS_OF);

        assertThat(result.systems()).extracting(SystemEvaluation::systemId)
                .containsExactly("ccbages-sis-correu", "nav-sis-expedients");
        assertThat(result.municipalities()).extracting(MunicipalityEvaluation::municipality)
                .containsExactly(MANRESA, NAVARCLES);
        MunicipalityEvaluation navarcles = result.municipality(NAVARCLES).orElseThrow();
        assertThat(navarcles.systemIds()).containsExactly(EXPEDIENTS);
        assertThat(navarcles.summary()).isEqualTo(result.system(EXPEDIENTS).orElseThrow().summary());
        assertThat(result.municipality(MANRESA).orElseThrow().summary()).isEqualTo(ComplianceSummary.empty());
        assertThat(result.summary()).isEqualTo(result.systems().get(0).summary().plus(result.systems().get(1).summary()));
        assertThat(result.measureResultCount()).isEqualTo(146);
        assertThat(navarcles.describe()).startsWith("08140 Navarcles, 1 system: compliance ");
    }

    @Test
    void parallelEvaluation_isIdenticalToSequential() {
        Dataset dataset = navarcles();
        DatasetEvaluation sequential = ComplianceEvaluator.standard().evaluate(dataset, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            DatasetEvaluation withThreads = ComplianceEvaluator.builder()
                    .options(EvaluationOptions.defaults().withParallelism(4)).build().evaluate(dataset, AS_OF);
            DatasetEvaluation withExecutor = ComplianceEvaluator.builder().executor(pool).build().evaluate(dataset, AS_OF);

            assertThat(withThreads).isEqualTo(sequential);
            assertThat(withExecutor).isEqualTo(sequential);
        } finally {
            pool.shutdownNow();
        }
    }
}
