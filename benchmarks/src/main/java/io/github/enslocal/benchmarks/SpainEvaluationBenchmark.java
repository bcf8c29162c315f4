// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluates every system of the whole of Spain (8,132 municipalities) on one and on two threads.
 * Target: 1 s or less on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpainEvaluationBenchmark {

    /** The number of threads that evaluate the systems, {@link EvaluationOptions#parallelism()}. */
    @Param({"1", "2"})
    public int threads;

    private Dataset spain;
    private LocalDate asOf;
    private ComplianceEvaluator evaluator;

    /**
     * Reads the whole of Spain and builds the evaluator.
     *
     * @throws IOException if the dataset cannot be generated or read
     */
    @Setup
    public void setUp() throws IOException {
        spain = ScaleDataset.spain();
        asOf = ScaleDataset.asOf();
        evaluator = ScaleDataset.evaluator(threads);
    }

    /**
     * Evaluates the whole dataset.
     *
     * @return the evaluation
     */
    @Benchmark
    public DatasetEvaluation evaluateSpain() {
        return evaluator.evaluate(spain, asOf);
    }
}
