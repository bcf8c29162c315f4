// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes text files whole or not at all, so that a reader never sees half a report and a failed
 * run never destroys the previous one.
 *
 * <p>The content goes to a new hidden file in the target's directory ({@code .name.<random>.tmp}),
 * which is encoded strictly as UTF-8 (text that cannot be encoded, such as a lone surrogate, fails
 * the write), forced to the storage device and then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. The temporary file is created with the process's default
 * permissions, so the report gets the permissions of any file the user creates. On any failure the
 * temporary file is deleted and the target is left as it was. Only a process killed between the
 * two steps can leave a temporary file behind.
 */
public final class AtomicFile {

    private static final int MAX_NAME_ATTEMPTS = 100;

    private AtomicFile() {
    }

    /** What a file holds: text that writes itself, such as a rendered report. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the text. The writer is left open; whoever opened it closes it.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a file atomically in UTF-8.
     *
     * @param target the file to create or replace; its directory must exist
     * @param content what to write
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code target} names a root directory
     * @throws IOException if writing fails or the file system cannot rename atomically; the target is
     *     then unchanged and no temporary file remains
     */
    public static void write(Path target, Content content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path name = absolute.getFileName();
        if (directory == null || name == null) {
            throw new IllegalArgumentException("Invalid report file '" + target
                    + "', expected a file in an existing directory, e.g. 'out/report.html'");
        }
        Path temporary = createTemporary(directory, name.toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    Writer out = new BufferedWriter(new OutputStreamWriter(
                            Channels.newOutputStream(channel), StandardCharsets.UTF_8.newEncoder()))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException deletion) {
                e.addSuppressed(deletion);
            }
            throw e;
        }
    }

    private static Path createTemporary(Path directory, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
            try {
                return Files.createFile(directory.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
