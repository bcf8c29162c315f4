// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import java.io.IOException;
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
 * Evaluates the typical municipality's system within the whole of Spain, through
 * {@link ComplianceEvaluator#evaluate(InformationSystem, Dataset, LocalDate)}, which indexes the
 * whole dataset for the one system: the cost a host pays when it evaluates one system at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpainSystemBenchmark {

    private Dataset spain;
    private InformationSystem system;
    private LocalDate asOf;
    private ComplianceEvaluator evaluator;

    /**
     * Reads the whole of Spain.
     *
     * @throws IOException if the dataset cannot be generated or read
     */
    @Setup
    public void setUp() throws IOException {
        spain = ScaleDataset.spain();
        system = ScaleDataset.typicalSystem(spain);
        asOf = ScaleDataset.asOf();
        evaluator = ComplianceEvaluator.standard();
    }

    /**
     * Evaluates the one system against the whole of Spain.
     *
     * @return the evaluation
     */
    @Benchmark
    public SystemEvaluation evaluateSystemInSpain() {
        return evaluator.evaluate(system, spain, asOf);
    }
}
