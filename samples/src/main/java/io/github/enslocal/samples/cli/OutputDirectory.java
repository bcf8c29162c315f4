// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.files.AtomicDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The directory a command writes its files into ({@code --out}), checked before any work starts
 * and filled whole or not at all.
 *
 * <p>Every directory the program writes holds a marker file, {@value #MARKER}. {@code --replace}
 * replaces only a directory that holds it, so that a mistyped {@code --out} never deletes files the
 * program did not write. An empty or blank name, a symbolic link, a file-system root, the current
 * directory, the home directory and any directory holding one of those two are refused outright.
 *
 * @param target the directory, absolute and normalised
 * @param replace whether a non-empty directory may be replaced ({@code --replace})
 */
record OutputDirectory(Path target, boolean replace) {

    /** The name of the marker file that says the program wrote a directory. */
    static final String MARKER = ".enslocal-output";

    private static final String MARKER_TEXT = "This directory was written by enslocal. 'enslocal report --replace'"
            + " and 'enslocal demo --replace' may replace it whole; without this file they leave it alone.\n";

    /**
     * Checks the directory named on the command line, so that a command fails before it works.
     *
     * @param directory the directory as given
     * @param replace whether {@code --replace} was given
     * @param spec the command, for usage errors
     * @return the directory
     * @throws ParameterException if the name is empty, names a symbolic link, a root, the current
     *     or home directory or one holding them, or a non-empty directory that may not be replaced
     * @throws FileSystemException if the path exists and is not a directory
     * @throws IOException if the directory cannot be listed
     */
    static OutputDirectory check(Path directory, boolean replace, CommandSpec spec) throws IOException {
        if (directory.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), "An empty --out names no directory; give one, e.g."
                    + " '--out reports-2025'.");
        }
        Path target = directory.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new ParameterException(spec.commandLine(), "Cannot write into the root directory '" + directory
                    + "'; choose a directory below it with --out, e.g. 'enslocal-demo'.");
        }
        if (Files.isSymbolicLink(target)) {
            throw new ParameterException(spec.commandLine(), "The --out directory '" + directory + "' is a symbolic"
                    + " link; the program writes only into a real directory, so give the directory the link points to"
                    + " or a new one.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(directory.toString(), null,
                    "it exists and is not a directory; choose a directory with --out");
        }
        refuseHolding(target, Path.of("").toAbsolutePath(), "the current directory", directory, spec);
        refuseHolding(target, Path.of(System.getProperty("user.home")), "your home directory", directory, spec);
        if (!isEmpty(target)) {
            if (!replace) {
                throw new ParameterException(spec.commandLine(), "The directory '" + directory + "' exists and is not"
                        + " empty; choose a new or empty one with --out, or add --replace to replace its content.");
            }
            if (!Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(spec.commandLine(), "The directory '" + directory + "' was not written by"
                        + " enslocal (it has no " + MARKER + " file), so --replace leaves it alone; choose a new or"
                        + " empty directory with --out.");
            }
        }
        return new OutputDirectory(target, replace);
    }

    /** Refuses a target that is, or holds, a directory that must never be replaced. */
    private static void refuseHolding(Path target, Path protectedDirectory, String what, Path given, CommandSpec spec)
            throws IOException {
        Path real = realOrNormal(target);
        Path kept = realOrNormal(protectedDirectory);
        if (kept.startsWith(real)) {
            throw new ParameterException(spec.commandLine(), "The --out directory '" + given + "' is "
                    + (kept.equals(real) ? what : "a directory holding " + what) + "; the program writes only into a"
                    + " directory of its own, so give a new one, e.g. '--out reports-2025'.");
        }
    }

    private static Path realOrNormal(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * Writes the directory whole, through {@link AtomicDirectory}, with the marker file: on any
     * failure nothing is left behind and the target is as it was.
     *
     * @param content what to write
     * @throws IOException if writing or moving fails
     */
    void write(AtomicDirectory.Content content) throws IOException {
        AtomicDirectory.write(target, staging -> {
            content.writeInto(staging);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        });
    }

    /** Returns whether the directory is missing or has no entry. */
    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return AtomicDirectory.isEmpty(directory);
    }
}
