// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.categorization.Categorization;
import io.github.enslocal.ens.categorization.Categorizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Categorises the typical municipality's system and works out the applicability of the 73
 * measures, with and without building its Declaración de Aplicabilidad.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ApplicabilityBenchmark {

    private InformationSystem system;
    private ApplicabilityEvaluator evaluator;

    /** Generates the typical municipality and prepares the evaluator. */
    @Setup
    public void setUp() {
        system = ScaleDataset.typicalSystem(ScaleDataset.typicalMunicipality());
        evaluator = ApplicabilityEvaluator.of(MeasureCatalog.bundled());
    }

    /**
     * Categorises the system and works out applicability.
     *
     * @return the applicability
     */
    @Benchmark
    public Applicability categoriseAndApply() {
        Categorization categorization = Categorizer.categorize(system.aggregatedLevels());
        return evaluator.evaluate(categorization);
    }

    /**
     * Categorises the system, works out applicability and builds the statement with no decisions.
     *
     * @return the statement
     */
    @Benchmark
    public StatementOfApplicability categoriseApplyAndState() {
        return StatementOfApplicability.builder(categoriseAndApply()).build();
    }
}
