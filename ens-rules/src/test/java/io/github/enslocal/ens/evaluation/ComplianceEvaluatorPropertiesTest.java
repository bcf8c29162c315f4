// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.MeasureApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.categorization.Categorizer;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the evaluator on generated valid datasets. */
class ComplianceEvaluatorPropertiesTest {

    private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.standard();
    private static final ApplicabilityEvaluator TABLE = ApplicabilityEvaluator.of(MeasureCatalog.bundled());

    @Provide
    Arbitrary<Dataset> datasets() {
        return RandomDatasets.datasets();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return RandomDatasets.dates();
    }

    @Property(tries = 200)
    void evaluate_anyValidDataset_givesAConsistentResult(@ForAll("datasets") Dataset dataset,
            @ForAll("dates") LocalDate asOf) {
        DatasetEvaluation result = EVALUATOR.evaluate(dataset, asOf);

        assertThat(result.systems()).hasSameSizeAs(dataset.systems());
        for (SystemEvaluation system : result.systems()) {
            assertThat(system.measures()).hasSize(system.category().isPresent() ? 73 : 0);
            long required = system.measures().stream().filter(measure -> measure.status().isRequired()).count();
            assertThat(system.summary().compliance().denominator()).isEqualTo(required);
            assertThat(system.summary().maturity().denominator()).isEqualTo(5 * required);
            assertThat(system.findings()).isSorted();
            system.measures().forEach(measure -> assertThat(measure.describe()).startsWith(measure.measure() + " "));
        }
        assertThat(result.summary()).isEqualTo(result.systems().stream().map(SystemEvaluation::summary)
                .reduce(ComplianceSummary.empty(), ComplianceSummary::plus));
    }

    @Property(tries = 100)
    void evaluate_twiceOrWithListsShuffled_givesEqualResults(@ForAll("datasets") Dataset dataset,
            @ForAll("dates") LocalDate asOf, @ForAll long seed) {
        DatasetEvaluation first = EVALUATOR.evaluate(dataset, asOf);

        assertThat(EVALUATOR.evaluate(dataset, asOf)).isEqualTo(first);
        assertThat(EVALUATOR.evaluate(shuffled(dataset, new Random(seed)), asOf)).isEqualTo(first);
    }

    @Property(tries = 30)
    void evaluate_fromEightThreadsAtOnceOrInParallel_givesTheSequentialResult(@ForAll("datasets") Dataset dataset,
            @ForAll("dates") LocalDate asOf) throws Exception {
        DatasetEvaluation sequential = EVALUATOR.evaluate(dataset, asOf);
        ComplianceEvaluator parallel = ComplianceEvaluator.builder()
                .options(EvaluationOptions.defaults().withParallelism(4)).build();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<DatasetEvaluation>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ComplianceEvaluator evaluator = i % 2 == 0 ? EVALUATOR : parallel;
                tasks.add(() -> evaluator.evaluate(dataset, asOf));
            }
            for (Future<DatasetEvaluation> future : threads.invokeAll(tasks)) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Property(tries = 200)
    void status_agreesWithANaiveReadingOfTheRule(@ForAll("datasets") Dataset dataset, @ForAll("dates") LocalDate asOf) {
        DatasetEvaluation result = EVALUATOR.evaluate(dataset, asOf);

        for (InformationSystem system : dataset.systems()) {
            SystemEvaluation evaluation = result.system(system.id()).orElseThrow();
            Optional<Category> category = Categorizer.categorize(system.aggregatedLevels()).category();
            if (category.isEmpty()) {
                assertThat(evaluation.measures()).isEmpty();
                continue;
            }
            List<MeasureApplicability> table = TABLE.evaluate(system.aggregatedLevels()).measures();
            for (int i = 0; i < table.size(); i++) {
                MeasureResult actual = evaluation.measures().get(i);
                MeasureApplicability cell = table.get(i);
                Optional<MeasureAssessment> assessment = latest(dataset, system.id(), cell, asOf);
                assertThat(actual.status()).as(actual.describe())
                        .isEqualTo(naiveStatus(cell, assessment, category.get(), actual.findings()));
            }
        }
    }

    /** The rule of {@link MeasureResult} as a plain reading of its Javadoc, without the evaluator's code. */
    private static MeasureStatus naiveStatus(MeasureApplicability cell, Optional<MeasureAssessment> assessment,
            Category category, List<Finding> findings) {
        if (!cell.applies()) {
            return MeasureStatus.NOT_APPLICABLE;
        }
        if (assessment.isPresent() && assessment.get().exclusion().isPresent()) {
            return MeasureStatus.EXCLUDED;
        }
        if (assessment.isEmpty()) {
            return MeasureStatus.NOT_ASSESSED;
        }
        if (assessment.get().compensation().isPresent()) {
            return MeasureStatus.COMPENSATED;
        }
        int maturity = assessment.get().maturity().value();
        boolean major = false;
        boolean minor = false;
        for (Finding finding : findings) {
            major |= finding.grade() == FindingGrade.MAJOR;
            minor |= finding.grade() == FindingGrade.MINOR;
        }
        if (maturity <= 1 || major) {
            return MeasureStatus.NON_COMPLIANT;
        }
        Requirement requirement = cell.requirement();
        boolean reinforcements = assessment.get().reinforcements().containsAll(requirement.reinforcements());
        for (OneOf group : requirement.oneOf()) {
            boolean any = false;
            for (ReinforcementId choice : group.choices()) {
                any |= assessment.get().reinforcements().contains(choice);
            }
            reinforcements &= any;
        }
        if (maturity >= category.minimumMaturity().value() && reinforcements && !minor) {
            return MeasureStatus.COMPLIANT;
        }
        return MeasureStatus.PARTIALLY_COMPLIANT;
    }

    /** The assessment that counts: the latest on or before asOf; on one day the lowest maturity, then the first assessor. */
    private static Optional<MeasureAssessment> latest(Dataset dataset, String systemId, MeasureApplicability cell,
            LocalDate asOf) {
        MeasureAssessment best = null;
        for (MeasureAssessment candidate : dataset.assessments()) {
            if (!candidate.systemId().equals(systemId) || !candidate.measure().equals(cell.measure().id())
                    || candidate.assessedOn().isAfter(asOf)) {
                continue;
            }
            if (best == null || candidate.assessedOn().isAfter(best.assessedOn())
                    || candidate.assessedOn().equals(best.assessedOn()) && (lower(candidate.maturity(), best.maturity())
                            || candidate.maturity() == best.maturity()
                                    && candidate.assessedBy().compareTo(best.assessedBy()) < 0)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean lower(Maturity a, Maturity b) {
        return a.value() < b.value();
    }

    private static Dataset shuffled(Dataset dataset, Random random) {
        return new Dataset(dataset.formatVersion(), dataset.title(), dataset.notice(), shuffle(dataset.supportBodies(), random),
                shuffle(dataset.municipalities(), random), shuffle(dataset.conventions(), random),
                shuffle(dataset.incidents(), random), shuffle(dataset.assets(), random), shuffle(dataset.systems(), random),
                shuffle(dataset.assessments(), random), shuffle(dataset.plans(), random),
                shuffle(dataset.trainingSessions(), random), dataset.slaPolicy());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
