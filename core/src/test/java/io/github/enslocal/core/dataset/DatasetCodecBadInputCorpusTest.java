// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.enslocal.core.dataset.SpoiltDocuments.SpoiltDocument;
import io.github.enslocal.core.dataset.SpoiltDocuments.Spoiler;
import io.github.enslocal.core.dataset.SpoiltDocuments.Spoiling;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * A corpus of bad input generated from valid documents (the example of {@code docs/} and generated
 * datasets): malformed JSON, wrong types, unknown properties, dangling references, duplicate ids and
 * keys, values out of range, dates out of order, huge strings and deep nesting. Whatever the source
 * it is read from, every one must end in an {@link InvalidDatasetException} with at least one
 * violation at a JSON path, no other exception, and no file created; and a dataset that is invalid
 * is never written.
 *
 * <p>Each read runs under a generous time limit as a guard against hangs, not as a measure of speed.
 */
class DatasetCodecBadInputCorpusTest {

    /** A hang guard only: a read of these documents takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String EXAMPLE = ExampleDataset.json();

    private final DatasetCodec codec = DatasetCodec.create();
    private Path directory;

    /** The ways a host hands a document to the codec. */
    enum Source {
        STRING, READER, BYTES, FILE
    }

    @BeforeProperty
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("enslocal-corpus");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Spoiler> spoilers() {
        return SpoiltDocuments.spoilers();
    }

    @Provide
    Arbitrary<String> generatedDocuments() {
        return DatasetArbitraries.datasets().map(codec::toJson);
    }

    @Property(tries = 300)
    void spoiltExampleDocument_isRejectedWithViolationsAndNoFile(@ForAll("spoilers") Spoiler spoiler,
            @ForAll Source source) throws IOException {
        assertRejected(spoiler.apply(EXAMPLE), source);
    }

    @Property(tries = 250)
    void spoiltGeneratedDocument_isRejectedWithViolationsAndNoFile(@ForAll("generatedDocuments") String valid,
            @ForAll("spoilers") Spoiler spoiler, @ForAll Source source) throws IOException {
        assertRejected(spoiler.apply(valid), source);
    }

    /** Validating on threads of the read's own gives what validating in the calling thread gives. */
    @Property(tries = 100)
    void spoiltGeneratedDocument_givesTheSameViolationsOnThreeThreads(@ForAll("generatedDocuments") String valid,
            @ForAll("spoilers") Spoiler spoiler) throws IOException {
        SpoiltDocument spoilt = spoiler.apply(valid);
        DatasetCodec threaded = DatasetCodec.create(DatasetReadOptions.defaults().withParallelism(3));

        InvalidDatasetException sequential = catchInvalid(() -> codec.read(new ByteArrayInputStream(spoilt.bytes())));
        InvalidDatasetException parallel = catchInvalid(() -> threaded.read(new ByteArrayInputStream(spoilt.bytes())));

        assertThat(parallel.violations()).as(spoilt.description()).isEqualTo(sequential.violations());
    }

    @Provide
    Arbitrary<Spoiler> convertibleSpoilers() {
        return SpoiltDocuments.spoilers(Arbitraries.of(Spoiling.DANGLING_REFERENCE, Spoiling.DUPLICATE_ID,
                Spoiling.OUT_OF_RANGE));
    }

    @Property(tries = 100)
    void invalidDatasetBuiltInCode_isNeverWritten(@ForAll("generatedDocuments") String valid,
            @ForAll("convertibleSpoilers") Spoiler spoiler) throws IOException {
        SpoiltDocument spoilt = spoiler.apply(valid);
        Dataset invalid;
        try {
            invalid = SpoiltDocuments.withoutValidation(spoilt.text());
        } catch (UncheckedIOException e) {
            Assume.that(false); // a bad value that a value type refuses cannot be built in code either
            return;
        }
        List<Violation> violations = codec.validate(invalid);
        Path target = directory.resolve("dataset.json");
        Files.writeString(target, "old content\n");
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        StringWriter writer = new StringWriter();

        assertThat(violations).as(spoilt.description()).isNotEmpty();
        assertThat(catchInvalid(() -> codec.write(invalid, target)).violations()).isEqualTo(violations);
        assertThat(catchInvalid(() -> codec.write(invalid, stream)).violations()).isEqualTo(violations);
        assertThat(catchInvalid(() -> codec.write(invalid, writer)).violations()).isEqualTo(violations);
        assertThat(catchInvalid(() -> codec.toJson(invalid)).violations()).isEqualTo(violations);
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(filesIn(directory)).containsExactly(target);
        assertThat(stream.size()).isZero();
        assertThat(writer.toString()).isEmpty();
    }

    private void assertRejected(SpoiltDocument spoilt, Source source) throws IOException {
        Source used = spoilt.bytesOnly() && (source == Source.STRING || source == Source.READER) ? Source.BYTES : source;
        Path file = directory.resolve("input.json");
        if (used == Source.FILE) {
            Files.write(file, spoilt.bytes());
        }
        InvalidDatasetException thrown = null;
        Dataset accepted = null;
        try {
            accepted = assertTimeoutPreemptively(HANG_GUARD, () -> read(spoilt, used, file));
        } catch (InvalidDatasetException e) {
            thrown = e;
        } catch (Throwable e) { // anything else is a defect, whatever its type
            throw new AssertionError("The codec threw " + e + " instead of InvalidDatasetException reading from "
                    + used + ": " + spoilt, e);
        }
        assertThat(accepted).as("the dataset read from %s: %s", used, spoilt).isNull();
        List<Violation> violations = thrown.violations();
        assertThat(violations).as("%s from %s", spoilt, used)
                .isNotEmpty()
                .anySatisfy(violation -> assertThat(violation.path()).startsWith("$"));
        assertThat(thrown.getMessage()).as("%s from %s", spoilt, used).isNotBlank();
        assertThat(filesIn(directory)).as("files after reading %s", spoilt)
                .isEqualTo(used == Source.FILE ? List.of(file) : List.of());
        Files.deleteIfExists(file);
    }

    private Dataset read(SpoiltDocument spoilt, Source source, Path file) throws IOException {
        return switch (source) {
            case STRING -> codec.read(spoilt.text());
            case READER -> codec.read(new StringReader(spoilt.text()));
            case BYTES -> codec.readWithWarnings(new ByteArrayInputStream(spoilt.bytes())).dataset();
            case FILE -> codec.read(file);
        };
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    private static InvalidDatasetException catchInvalid(Action action) throws IOException {
        try {
            action.run();
        } catch (InvalidDatasetException e) {
            return e;
        }
        throw new AssertionError("Expected an InvalidDatasetException");
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
