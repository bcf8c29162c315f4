// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds and runs the programs the real-browser and print tests drive: Chromium and pdftotext. */
final class ExternalProgram {

    private ExternalProgram() {
    }

    /**
     * Finds a program: its Debian path, else the first of its names on the {@code PATH}.
     *
     * @param debianPath where Debian's package installs it, e.g. {@code /usr/bin/chromium}
     * @param names the names to look for on the {@code PATH}
     * @return the executable, or empty when none is installed
     */
    static Optional<Path> find(Path debianPath, String... names) {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .flatMap(entry -> Stream.of(names).map(name -> Path.of(entry, name)));
        return Stream.concat(Stream.of(debianPath), onPath).filter(Files::isExecutable).findFirst();
    }

    /**
     * Runs a command with no input, its output and errors into files, and waits for it.
     *
     * @param command the program and its arguments
     * @param stdout where its output goes
     * @param stderr where its errors go
     * @param timeoutSeconds how long it may take
     * @throws IOException if it cannot start, exits with another status than 0 (the message holds its
     *     errors), times out (it is killed) or the wait is interrupted
     */
    static void run(List<String> command, Path stdout, Path stderr, long timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": " + command + "\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }
}
