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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a directory whole or not at all: the content goes into a new hidden sibling
 * ({@code .<name>.enslocal-<process id>-<random>.tmp}), which then takes the target's place with
 * atomic moves. On any failure the sibling is deleted and the target is left as it was; a
 * non-empty target is moved aside ({@code ….old}) and deleted only once the new content is in place.
 *
 * <p>A run that is interrupted (Ctrl-C, a termination signal) leaves nothing behind either: while
 * a write is under way a shutdown hook deletes its sibling and puts a target moved aside back. A
 * run killed outright cannot clean up; its siblings name a process that is no longer alive, and the
 * next write of the same target deletes them. Nothing else is ever deleted.
 *
 * <p>Whether a non-empty target may be replaced is the caller's decision, taken before calling.
 * This class is stateless and thread-safe; two writers of the same target at once are not
 * coordinated.
 */
public final class AtomicDirectory {

    private static final int MAX_NAME_ATTEMPTS = 100;
    /** What the names of this class's siblings carry, so that it recognises them and nothing else. */
    private static final String TAG = ".enslocal-";
    private static final long PROCESS_ID = ProcessHandle.current().pid();

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
        deleteStaleSiblings(absolute);
        Path staging = createSibling(absolute, ".tmp");
        Run run = new Run(staging, absolute);
        run.register();
        try {
            content.writeInto(staging);
            moveIntoPlace(staging, absolute, run);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(staging);
            } catch (IOException | RuntimeException deletion) {
                e.addSuppressed(deletion);
            }
            throw e;
        } finally {
            run.deregister();
        }
    }

    /**
     * The write under way, which a shutdown hook undoes if the JVM stops before it ends: the
     * sibling being written is deleted, and a target moved aside is put back.
     */
    private static final class Run extends Thread {
        private final Path staging;
        private final Path target;
        private volatile Path aside;

        Run(Path staging, Path target) {
            super("enslocal-atomic-directory-cleanup");
            this.staging = staging;
            this.target = target;
        }

        /** Notes the target's place aside while the new content moves in, or null once it is in. */
        void movedAside(Path movedAside) {
            aside = movedAside;
        }

        void register() {
            try {
                Runtime.getRuntime().addShutdownHook(this);
            } catch (IllegalStateException | SecurityException e) {
                // The JVM is already stopping, or hooks are not allowed: nothing to register with.
            }
        }

        void deregister() {
            try {
                Runtime.getRuntime().removeShutdownHook(this);
            } catch (IllegalStateException | SecurityException e) {
                // The JVM is stopping and this hook is running or has run.
            }
        }

        @Override
        public void run() {
            // The writing thread may still be adding files: delete until nothing is left, a few times.
            for (int attempt = 0; attempt < 5 && Files.exists(staging, LinkOption.NOFOLLOW_LINKS); attempt++) {
                try {
                    deleteRecursively(staging);
                } catch (IOException | RuntimeException e) {
                    // tried again below, or left for the next write to find
                }
            }
            Path movedAside = aside;
            if (movedAside != null && Files.exists(movedAside, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.move(movedAside, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    // left for the next write to find
                }
            }
        }
    }

    /**
     * Deletes the siblings of a target that a write of this class left when its process was
     * killed: their names carry the tag and the id of a process that is no longer alive.
     */
    private static void deleteStaleSiblings(Path target) throws IOException {
        Pattern own = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + Pattern.quote(TAG) + "([0-9]{1,19})-[0-9a-f]{1,16}\\.(tmp|old)");
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                Matcher name = own.matcher(sibling.getFileName().toString());
                if (name.matches() && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && !isAlive(name.group(1))) {
                    try {
                        deleteRecursively(sibling);
                    } catch (IOException e) {
                        // not ours to insist on: a later write tries again
                    }
                }
            }
        }
    }

    private static boolean isAlive(String processId) {
        try {
            long pid = Long.parseLong(processId);
            return pid == PROCESS_ID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
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

    private static void moveIntoPlace(Path staging, Path target, Run run) throws IOException {
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
        run.movedAside(aside);
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
        run.movedAside(null);
        deleteRecursively(aside);
    }

    /**
     * Creates a new empty hidden sibling with the process's default permissions, unlike
     * {@link Files#createTempDirectory}, which makes it private to the user.
     */
    private static Path createSibling(Path target, String suffix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path sibling = target.resolveSibling("." + target.getFileName() + TAG + PROCESS_ID + "-"
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
