// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluates the typical municipality (Navarcles: one system, 60 assets, about 60 incidents, 73
 * assessments) from a dataset that holds it alone. Target: 20,000 or more a second on one thread.
 * The evaluation of one system within the whole of Spain is {@link SpainEvaluationBenchmark}
 * divided by 8,132: evaluating one system of a dataset indexes the whole dataset first, so a
 * host evaluating many systems evaluates the dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SystemEvaluationBenchmark {

    private Dataset municipality;
    private InformationSystem system;
    private LocalDate asOf;
    private ComplianceEvaluator evaluator;

    /** Generates the typical municipality's dataset. */
    @Setup
    public void setUp() {
        municipality = ScaleDataset.typicalMunicipality();
        system = ScaleDataset.typicalSystem(municipality);
        asOf = ScaleDataset.asOf();
        evaluator = ComplianceEvaluator.standard();
    }

    /**
     * Evaluates the system of its one-municipality dataset.
     *
     * @return the evaluation
     */
    @Benchmark
    public SystemEvaluation evaluateSystem() {
        return evaluator.evaluate(system, municipality, asOf);
    }

    /**
     * Evaluates the one-municipality dataset: the system and the municipality's aggregate.
     *
     * @return the evaluation
     */
    @Benchmark
    public DatasetEvaluation evaluateMunicipalityDataset() {
        return evaluator.evaluate(municipality, asOf);
    }
}
