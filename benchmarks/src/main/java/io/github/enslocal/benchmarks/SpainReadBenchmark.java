// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reads the whole of Spain (about 1 GB of JSON, 1.6 million records) from memory: with the
 * dataset codec, which parses under limits, converts element by element and validates every
 * record and reference, against the floor of a bare Jackson databind read ({@link BareJackson}).
 * Target: the codec within twice the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpainReadBenchmark {

    private byte[] json;
    private DatasetCodec codec;
    private DatasetCodec codecOnTwoThreads;

    /**
     * Loads the file's bytes into memory, generating the file first if needed.
     *
     * @throws IOException if the file cannot be generated or read
     */
    @Setup
    public void setUp() throws IOException {
        json = ScaleDataset.spainBytes();
        codec = ScaleDataset.codec();
        codecOnTwoThreads = ScaleDataset.codec(2);
    }

    /**
     * Reads and validates with the codec.
     *
     * @return the dataset
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    public Dataset codecReadAndValidate() throws IOException {
        return codec.read(new ByteArrayInputStream(json));
    }

    /**
     * Reads and validates with the codec on two threads: one parses, the other validates.
     *
     * @return the dataset
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    public Dataset codecReadAndValidateOnTwoThreads() throws IOException {
        return codecOnTwoThreads.read(new ByteArrayInputStream(json));
    }

    /**
     * Reads with bare Jackson, without validation.
     *
     * @return the dataset
     * @throws IOException if the bytes are not a dataset
     */
    @Benchmark
    public Dataset bareJacksonRead() throws IOException {
        return BareJackson.read(json);
    }
}
