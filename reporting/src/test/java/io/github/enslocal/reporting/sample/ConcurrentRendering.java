// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Renders reports from eight threads at once, each thread every report in its own order after a
 * common start, and checks that every thread gets the bytes of a single-threaded run.
 */
public final class ConcurrentRendering {

    /** The threads rendering at once. */
    public static final int THREADS = 8;

    private ConcurrentRendering() {
    }

    /** One report rendered to its bytes; it may build its model too. */
    @FunctionalInterface
    public interface Rendering {
        /**
         * Renders the report.
         *
         * @param thread the rendering thread, 0 for the single-threaded run, for output file names
         * @return the bytes written
         * @throws Exception if rendering fails
         */
        byte[] render(int thread) throws Exception;
    }

    /**
     * Asserts that eight threads rendering every report at once get the single-threaded bytes.
     *
     * @param renderings the reports by name
     * @throws Exception if a rendering fails, or a thread hangs for minutes
     */
    public static void assertSameBytesAsSingleThreaded(Map<String, Rendering> renderings) throws Exception {
        List<String> names = List.copyOf(renderings.keySet());
        Map<String, byte[]> expected = new LinkedHashMap<>();
        for (String name : names) {
            expected.put(name, renderings.get(name).render(0));
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Map<String, byte[]>>> results = new ArrayList<>();
            for (int t = 1; t <= THREADS; t++) {
                int thread = t;
                results.add(threads.submit((Callable<Map<String, byte[]>>) () -> {
                    start.await();
                    Map<String, byte[]> rendered = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get((i + thread * names.size() / THREADS) % names.size());
                        rendered.put(name, renderings.get(name).render(thread));
                    }
                    return rendered;
                }));
            }
            for (Future<Map<String, byte[]>> result : results) {
                Map<String, byte[]> rendered = result.get(5, TimeUnit.MINUTES); // a hang guard, not a speed test
                for (String name : names) {
                    assertThat(rendered.get(name)).as(name).isEqualTo(expected.get(name));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
