// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Runs the whole pipeline once on the whole of Spain — read and validate, evaluate on two threads,
 * render the national report to HTML and CSV — and prints each step's time, the heap in use after
 * it and the peak heap. Run it with the heap limit under test, e.g. {@code java -Xmx2g -cp
 * benchmarks/target/benchmarks.jar io.github.enslocal.benchmarks.PipelineFootprint}; it fails with
 * {@link OutOfMemoryError} if the pipeline does not fit.
 */
public final class PipelineFootprint {

    private PipelineFootprint() {
    }

    /**
     * Runs the pipeline.
     *
     * @param args ignored
     * @throws IOException if the dataset cannot be generated or read
     */
    public static void main(String[] args) throws IOException {
        Path file = ScaleDataset.spainFile();
        LocalDate asOf = ScaleDataset.asOf();
        System.out.printf("max heap %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        Dataset spain = ScaleDataset.codec(2).read(file);
        step("read + validate", start);
        start = System.nanoTime();
        DatasetEvaluation evaluation = ScaleDataset.evaluator(2).evaluate(spain, asOf);
        step("evaluate (2 threads)", start);
        start = System.nanoTime();
        EnsDashboard report = NationalReport.model(evaluation, spain);
        CountingWriter html = new CountingWriter();
        NationalReport.html(report, html);
        CountingWriter csv = new CountingWriter();
        NationalReport.csv(report, csv);
        step("report (HTML " + html.count + " chars, CSV " + csv.count + " chars)", start);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                System.out.printf("  pool %-28s peak %,6d MiB%n", pool.getName(), pool.getPeakUsage().getUsed() >> 20);
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("sum of heap pool peaks %,d MiB (an upper bound: pools peak at different times)%n", peak >> 20);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.printf("  gc %-24s %,5d collections, %,6d ms%n", gc.getName(), gc.getCollectionCount(),
                    gc.getCollectionTime());
        }
        System.out.printf("systems %,d, municipalities %,d, compliance index %s%n", evaluation.systems().size(),
                evaluation.municipalities().size(), evaluation.summary().compliance());
    }

    private static void step(String name, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("%-50s %,7d ms, heap in use after it %,6d MiB%n", name, millis, used >> 20);
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingWriter extends Writer {
        private long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
