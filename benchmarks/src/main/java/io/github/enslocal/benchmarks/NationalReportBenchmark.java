// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Builds and renders the national report of the whole of Spain (see {@link NationalReport}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalReportBenchmark {

    private Dataset spain;
    private LocalDate asOf;
    private DatasetEvaluation evaluation;
    private EnsDashboard model;

    /**
     * Reads and evaluates the whole of Spain and builds the model once for the rendering benchmarks.
     *
     * @throws IOException if the dataset cannot be generated or read
     */
    @Setup
    public void setUp() throws IOException {
        spain = ScaleDataset.spain();
        asOf = ScaleDataset.asOf();
        evaluation = ScaleDataset.evaluator(2).evaluate(spain, asOf);
        model = NationalReport.model(evaluation, spain);
    }

    /**
     * Builds the report model from the dataset.
     *
     * @return the model
     */
    @Benchmark
    public EnsDashboard buildModel() {
        return NationalReport.model(evaluation, spain);
    }

    /**
     * Renders the model as HTML.
     *
     * @return the document
     * @throws IOException never: it writes to memory
     */
    @Benchmark
    public String renderHtml() throws IOException {
        StringWriter out = new StringWriter();
        NationalReport.html(model, out);
        return out.toString();
    }

    /**
     * Renders the model as CSV.
     *
     * @return the document
     * @throws IOException never: it writes to memory
     */
    @Benchmark
    public String renderCsv() throws IOException {
        StringWriter out = new StringWriter();
        NationalReport.csv(model, out);
        return out.toString();
    }
}
