// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole pipeline on the whole of Spain in a 2 GB heap: read and validate the file, evaluate
 * on two threads, render the national report to HTML and CSV. Run it with {@code -prof gc} for the
 * allocation figures; {@link PipelineFootprint} prints the peak heap of one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx2g")
public class PipelineBenchmark {

    private Path file;
    private LocalDate asOf;
    private ComplianceEvaluator evaluator;

    /**
     * Generates the file if needed.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        file = ScaleDataset.spainFile();
        asOf = ScaleDataset.asOf();
        evaluator = ScaleDataset.evaluator(2);
    }

    /**
     * Runs the pipeline once.
     *
     * @return the length of both documents
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long readEvaluateReport() throws IOException {
        Dataset spain = ScaleDataset.codec(2).read(file);
        DatasetEvaluation evaluation = evaluator.evaluate(spain, asOf);
        EnsDashboard report = NationalReport.model(evaluation, spain);
        StringWriter html = new StringWriter();
        NationalReport.html(report, html);
        StringWriter csv = new StringWriter();
        NationalReport.csv(report, csv);
        return evaluation.systems().size() + html.getBuffer().length() + csv.getBuffer().length();
    }
}
