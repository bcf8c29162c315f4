// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB document, streamed to a file: a valid dataset whose incidents array is padded with
 * whitespace. Within the default 256 MiB limit it reads; under a lower limit it gives the
 * documented size-limit violation after reading little more than the limit. Memory stays bounded
 * either way: the document is never held whole, which the bytes allocated while reading show.
 *
 * <p>The timeouts guard against hangs only; nothing here measures speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatasetCodecLargeDocumentTest {

    private static final long DOCUMENT_BYTES = 100L * 1000 * 1000;
    private static final long LOWER_LIMIT = 16L * 1024 * 1024;

    @TempDir
    static Path directory;
    private static Path document;

    @BeforeAll
    static void writeDocument() throws IOException {
        String example = ExampleDataset.json();
        int cut = example.indexOf("\"incidents\": [") + "\"incidents\": [".length();
        byte[] before = example.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] after = example.substring(cut).getBytes(StandardCharsets.UTF_8);
        byte[] padding = new byte[64 * 1024];
        Arrays.fill(padding, (byte) ' ');
        document = directory.resolve("large-dataset.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(document))) {
            out.write(before);
            long remaining = DOCUMENT_BYTES - before.length - after.length;
            while (remaining > 0) {
                int chunk = (int) Math.min(padding.length, remaining);
                out.write(padding, 0, chunk);
                remaining -= chunk;
            }
            out.write(after);
        }
        assertThat(Files.size(document)).isEqualTo(DOCUMENT_BYTES);
        ExampleDataset.dataset(); // warms the codec up, so that its first use is not counted below
    }

    @Test
    void read_hundredMegabyteDocumentWithinDefaultLimit_readsWithBoundedMemory() throws IOException {
        long allocatedBefore = allocatedBytes();

        Dataset dataset = DatasetCodec.create().read(document);

        assertThat(dataset).isEqualTo(ExampleDataset.dataset());
        assertThat(allocatedBytes() - allocatedBefore).as("bytes allocated reading a %d-byte document", DOCUMENT_BYTES)
                .isLessThan(DOCUMENT_BYTES / 4);
        assertThat(filesIn(directory)).containsExactly(document);
    }

    @Test
    void read_hundredMegabyteDocumentOverLowerLimit_givesDocumentLengthViolationAfterReadingAboutTheLimit()
            throws IOException {
        DatasetCodec codec = DatasetCodec.create(DatasetReadOptions.defaults().withMaxDocumentLength(LOWER_LIMIT));
        long allocatedBefore = allocatedBytes();
        InvalidDatasetException exception;
        long consumed;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(document))) {
            exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(in));
            consumed = in.count;
        }

        assertThat(exception).isNotNull();
        assertThat(exception.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).startsWith("$");
            assertThat(violation.code()).isEqualTo("dataset.json.limit.documentLength");
            assertThat(violation.arguments()).containsEntry("limit", Long.toString(LOWER_LIMIT));
        });
        assertThat(consumed).as("bytes read before stopping").isLessThanOrEqualTo(LOWER_LIMIT + 1024 * 1024);
        assertThat(allocatedBytes() - allocatedBefore).isLessThan(LOWER_LIMIT);
    }

    @Test
    void read_hundredMegabyteFileOverLowerLimit_givesDocumentLengthViolation() {
        DatasetCodec codec = DatasetCodec.create(DatasetReadOptions.defaults().withMaxDocumentLength(LOWER_LIMIT));

        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(document));

        assertThat(exception.violations()).extracting(Violation::code).containsExactly("dataset.json.limit.documentLength");
    }

    /**
     * Returns the bytes allocated so far by this thread, as the JVM counts them. Reflection, because
     * the test sources compile inside the core module, which does not read {@code java.management};
     * they run on the class path, where it is there.
     */
    private static long allocatedBytes() {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
                    .invoke(threads);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This JVM does not count allocated bytes", e);
        }
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
