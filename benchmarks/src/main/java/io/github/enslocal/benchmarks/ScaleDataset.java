// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.dataset.DatasetReadOptions;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import io.github.enslocal.samples.demo.ScaleVolumes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The datasets the benchmarks read: the whole of Spain (every municipality of the bundled INE
 * register, from the demo generator's scale mode with {@link ScaleVolumes#defaults()}), kept as a
 * file so that it is generated once, and a typical municipality on its own.
 *
 * <p>The file is {@code spain-<seed>.json} in {@link #directory()}, next to a
 * {@code .fingerprint} file naming what produced it: the seed, the volumes, the dataset format
 * version and a SHA-256 digest of the generator's compiled classes. A file whose fingerprint
 * matches is reused; any other is generated again. Run this class's {@link #main(String[])} to
 * generate it before the benchmarks.
 */
public final class ScaleDataset {

    /** The seed of the generator. */
    public static final long SEED = DemoDatasetGenerator.DEFAULT_SEED;
    /** The system property naming the directory of the file; {@code benchmarks/target} by default. */
    public static final String DIRECTORY_PROPERTY = "enslocal.benchmarks.dir";
    /** The typical municipality: Navarcles (Bages), about 6,000 inhabitants. */
    public static final IneCode TYPICAL = IneCode.parse("08140");
    /** The codec's document limit is 256 MiB; the whole of Spain is larger, so reading raises it. */
    public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024 * 1024;

    private static final String GENERATOR_PACKAGE = "io/github/enslocal/samples/demo/";

    private ScaleDataset() {
    }

    /**
     * Generates the whole-Spain file if it is missing or stale, printing how long that took.
     *
     * @param args ignored
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = spainFile();
        System.out.println(file.toAbsolutePath() + ": " + Files.size(file) + " bytes");
    }

    /**
     * Returns the directory of the file.
     *
     * @return the value of {@value #DIRECTORY_PROPERTY}, else {@code benchmarks/target} if it
     *     exists (running from the repository root), else {@code target}
     */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRoot = Path.of("benchmarks", "target");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("target");
    }

    /**
     * Returns the date the scale datasets describe.
     *
     * @return the last day of the default volumes' period
     */
    public static LocalDate asOf() {
        return ScaleVolumes.defaults().period().end();
    }

    /**
     * Returns a codec that reads the whole of Spain: the default options with a larger document limit.
     *
     * @return the codec
     */
    public static DatasetCodec codec() {
        return codec(1);
    }

    /**
     * Returns the standard evaluator on some threads.
     *
     * @param threads the {@link EvaluationOptions#parallelism()}
     * @return the evaluator
     */
    public static ComplianceEvaluator evaluator(int threads) {
        return ComplianceEvaluator.builder().options(EvaluationOptions.defaults().withParallelism(threads)).build();
    }

    /**
     * Returns a codec that reads the whole of Spain on some threads.
     *
     * @param threads the {@link DatasetReadOptions#parallelism()}
     * @return the codec
     */
    public static DatasetCodec codec(int threads) {
        return DatasetCodec.create(DatasetReadOptions.defaults().withMaxDocumentLength(MAX_DOCUMENT_LENGTH)
                .withParallelism(threads));
    }

    /**
     * Returns the whole-Spain file, generating it first if it is missing or its fingerprint differs.
     *
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static synchronized Path spainFile() throws IOException {
        Path directory = directory();
        Path file = directory.resolve("spain-" + SEED + ".json");
        Path stamp = directory.resolve("spain-" + SEED + ".fingerprint");
        String fingerprint = fingerprint();
        if (Files.isRegularFile(file) && Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
            return file;
        }
        Files.createDirectories(directory);
        List<RegisterEntry> entries = MunicipalityRegister.bundled().all();
        long start = System.nanoTime();
        Dataset dataset = DemoDatasetGenerator.forMunicipalities(entries, ScaleVolumes.defaults(), SEED);
        Duration generation = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        Path partial = directory.resolve(file.getFileName() + ".partial");
        codec().write(dataset, partial);
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
        System.out.printf("Generated %,d municipalities (%,d records) in %.1f s, validated and wrote %,d bytes"
                + " in %.1f s: %s%n", entries.size(), dataset.recordCount(), generation.toMillis() / 1000.0,
                Files.size(file), writing.toMillis() / 1000.0, file);
        return file;
    }

    /**
     * Returns the whole-Spain file's bytes, generating it first if needed.
     *
     * @return the bytes
     * @throws IOException if the file cannot be written or read
     */
    public static byte[] spainBytes() throws IOException {
        return Files.readAllBytes(spainFile());
    }

    /**
     * Reads and validates the whole of Spain, generating the file first if needed.
     *
     * @return the dataset
     * @throws IOException if the file cannot be written or read
     */
    public static Dataset spain() throws IOException {
        return codec().read(spainFile());
    }

    /**
     * Generates the dataset of the typical municipality alone, with the same volumes and seed, so
     * that its records equal its records in the whole of Spain.
     *
     * @return the dataset
     */
    public static Dataset typicalMunicipality() {
        RegisterEntry entry = MunicipalityRegister.bundled().find(TYPICAL).orElseThrow();
        return DemoDatasetGenerator.forMunicipalities(List.of(entry), ScaleVolumes.defaults(), SEED);
    }

    /**
     * Returns the information system of the typical municipality in a dataset.
     *
     * @param dataset a scale dataset that holds the typical municipality
     * @return its system
     * @throws IllegalStateException if the dataset has none
     */
    public static InformationSystem typicalSystem(Dataset dataset) {
        return dataset.systems().stream()
                .filter(system -> system.owner().municipality().filter(TYPICAL::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No system of " + TYPICAL + " in the dataset"));
    }

    /** Names what produces the file: seed, volumes, format version and the generator's classes. */
    private static String fingerprint() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        Path root = codeSource();
        if (Files.isDirectory(root)) {
            digestClasses(root, digest);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                digestClasses(jar.getPath("/"), digest);
            }
        }
        return "seed=" + SEED + "\nvolumes=" + ScaleVolumes.defaults() + "\nformat=" + Dataset.CURRENT_FORMAT_VERSION
                + "\nregister=" + MunicipalityRegister.bundled().size()
                + "\ngenerator-sha256=" + HexFormat.of().formatHex(digest.digest()) + "\n";
    }

    private static void digestClasses(Path root, MessageDigest digest) throws IOException {
        try (Stream<Path> classes = Files.list(root.resolve(GENERATOR_PACKAGE))) {
            for (Path path : classes.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(path)) {
                    digest.update(path.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(DemoDatasetGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("Cannot locate the generator's classes", e));
        }
    }
}
