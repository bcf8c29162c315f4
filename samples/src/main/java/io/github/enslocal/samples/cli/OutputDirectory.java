// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.files.AtomicDirectory;
import java.io.IOException;
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
 * @param target the directory, absolute and normalised
 * @param replace whether a non-empty directory may be replaced ({@code --replace})
 */
record OutputDirectory(Path target, boolean replace) {

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
     * Writes the directory whole, through {@link AtomicDirectory}: on any failure nothing is left
     * behind and the target is as it was.
     *
     * @param content what to write
     * @throws IOException if writing or moving fails
     */
    void write(AtomicDirectory.Content content) throws IOException {
        AtomicDirectory.write(target, content);
    }

    /** Returns whether the directory is missing or has no entry. */
    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return AtomicDirectory.isEmpty(directory);
    }
}
