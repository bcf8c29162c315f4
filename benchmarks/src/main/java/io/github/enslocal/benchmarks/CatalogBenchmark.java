// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reads the bundled catalog (73 measures, 133 reinforcements) from its bytes, bypassing the cache
 * of {@link MeasureCatalog#bundled()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogBenchmark {

    private static final String RESOURCE = "ens-rd311-2022-measures.json";

    private byte[] catalog;

    /**
     * Loads the bundled resource's bytes once.
     *
     * @throws IOException if the resource cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = MeasureCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled catalog " + RESOURCE + " is missing");
            }
            catalog = in.readAllBytes();
        }
    }

    /**
     * Reads and checks the catalog.
     *
     * @return the catalog
     */
    @Benchmark
    public MeasureCatalog readCatalog() {
        return MeasureCatalog.read(new ByteArrayInputStream(catalog), RESOURCE);
    }
}
