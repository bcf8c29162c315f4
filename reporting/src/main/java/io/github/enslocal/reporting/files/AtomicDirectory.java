// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.files;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a directory whole or not at all: the content goes into a new hidden sibling
 * ({@code .<name>.<random>.tmp}), which then takes the target's place with atomic moves. On any
 * failure the sibling is deleted and the target is left as it was; a non-empty target is moved
 * aside and deleted only once the new content is in place.
 *
 * <p>Whether a non-empty target may be replaced is the caller's decision, taken before calling.
 * This class is stateless and thread-safe; two writers of the same target at once are not
 * coordinated.
 */
public final class AtomicDirectory {

    private static final int MAX_NAME_ATTEMPTS = 100;

    private AtomicDirectory() {
    }

    /**
     * Writes content into a fresh directory.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content into an empty directory.
         *
         * @param directory the empty staging directory, which will take the target's place
         * @throws IOException if writing fails
         */
        void writeInto(Path directory) throws IOException;
    }

    /**
     * Writes a directory whole: absent, empty or not, the target ends up holding exactly what
     * {@code content} wrote, or is left as it was. Its parent directories are created if missing.
     *
     * @param target the directory to write; not a file
     * @param content what to write into it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code target} has no parent, e.g. the file system root
     * @throws FileAlreadyExistsException if a file appeared in an empty target meanwhile
     * @throws IOException if writing or moving fails; nothing is then left behind
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        Objects.requireNonNull(content, "content");
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("Invalid directory '" + target
                    + "', expected a directory below another one, e.g. 'out/reports-2025'");
        }
        Files.createDirectories(absolute.getParent());
        Path staging = createSibling(absolute, ".tmp");
        try {
            content.writeInto(staging);
            moveIntoPlace(staging, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(staging);
            } catch (IOException | RuntimeException deletion) {
                e.addSuppressed(deletion);
            }
            throw e;
        }
    }

    /**
     * Returns whether a directory has no entries.
     *
     * @param directory an existing directory
     * @return true if it is empty
     * @throws IOException if it cannot be listed
     */
    public static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isEmpty(target)) {
            try {
                Files.deleteIfExists(target);
            } catch (DirectoryNotEmptyException e) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "a file appeared in the directory while it was being written");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path aside = createSibling(target, ".old");
        Files.delete(aside);
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        deleteRecursively(aside);
    }

    /**
     * Creates a new empty hidden sibling with the process's default permissions, unlike
     * {@link Files#createTempDirectory}, which makes it private to the user.
     */
    private static Path createSibling(Path target, String suffix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path sibling = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + suffix);
            try {
                return Files.createDirectory(sibling);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
