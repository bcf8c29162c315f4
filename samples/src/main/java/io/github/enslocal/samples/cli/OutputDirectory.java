// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The directory a command writes its files into ({@code --out}), checked before any work starts
 * and filled whole or not at all.
 *
 * @param target the directory, absolute and normalised
 * @param replace whether a non-empty directory may be replaced ({@code --replace})
 */
record OutputDirectory(Path target, boolean replace) {

    private static final int MAX_NAME_ATTEMPTS = 100;

    /**
     * Writes the content of a directory into a staging directory.
     */
    @FunctionalInterface
    interface Content {

        /**
         * Writes the files.
         *
         * @param staging an empty directory, which becomes the target once this returns
         * @throws IOException if writing fails; the staging directory is then deleted
         */
        void writeInto(Path staging) throws IOException;
    }

    /**
     * Checks the directory named on the command line, so that a command fails before it works.
     *
     * @param directory the directory as given
     * @param replace whether {@code --replace} was given
     * @param spec the command, for usage errors
     * @return the directory
     * @throws ParameterException if the directory exists, is not empty and {@code replace} is off
     * @throws FileSystemException if the path exists and is not a directory
     * @throws IOException if the directory cannot be listed
     */
    static OutputDirectory check(Path directory, boolean replace, CommandSpec spec) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new ParameterException(spec.commandLine(), "Cannot write into the root directory '" + directory
                    + "'; choose a directory below it with --out, e.g. 'enslocal-demo'.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(directory.toString(), null,
                    "it exists and is not a directory; choose a directory with --out");
        }
        if (!replace && !isEmpty(target)) {
            throw new ParameterException(spec.commandLine(), "The directory '" + directory + "' exists and is not"
                    + " empty; choose a new or empty one with --out, or add --replace to replace its content.");
        }
        return new OutputDirectory(target, replace);
    }

    /**
     * Writes the directory whole: the content goes into a new hidden sibling
     * ({@code .<name>.<random>.tmp}), which then takes the target's place. On any failure the
     * sibling is deleted and the target is left as it was. A non-empty target is moved aside and
     * deleted only once the new content is in place.
     *
     * @param content what to write
     * @throws FileAlreadyExistsException if a file appeared in an empty target meanwhile
     * @throws IOException if writing or moving fails
     */
    void write(Content content) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = createSibling(".tmp");
        try {
            content.writeInto(staging);
            moveIntoPlace(staging);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(staging);
            } catch (IOException | RuntimeException deletion) {
                e.addSuppressed(deletion);
            }
            throw e;
        }
    }

    private void moveIntoPlace(Path staging) throws IOException {
        if (isEmpty(target)) {
            try {
                Files.deleteIfExists(target);
            } catch (DirectoryNotEmptyException e) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "a file appeared in the directory while it was being written");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path aside = createSibling(".old");
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

    /** Creates a new empty hidden sibling with the process's default permissions, unlike {@link Files#createTempDirectory}. */
    private Path createSibling(String suffix) throws IOException {
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

    /** Returns whether the directory is missing or has no entry. */
    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
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
