// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library embedded in a host that has its own hostile {@code META-INF/validation.xml} and no
 * SLF4J provider: on the class path and on the module path, reading, evaluating and reporting on
 * the example dataset succeeds and writes nothing on standard error.
 *
 * <p>The host runs in a fresh JVM so that its standard error is exactly what a host would see, with
 * only the library and what the library's POMs bring (not the test's class path).
 */
class HostEmbeddingTest {

    private static final String AS_OF = "2025-12-31";

    @TempDir
    Path work;

    @Test
    void onTheClassPath_theHostReadsEvaluatesAndReportsInSilence() throws Exception {
        Run run = host(List.of("-cp", hostPath(), HostApplication.class.getName()));

        assertQuietSuccess(run);
    }

    @Test
    void onTheModulePath_theHostReadsEvaluatesAndReportsInSilence() throws Exception {
        Run run = host(List.of("-p", hostPath(),
                "-m", "io.github.enslocal.host/" + HostApplication.class.getName()));

        assertQuietSuccess(run);
    }

    @Test
    void theHostilePiecesArePresent() throws IOException {
        assertThat(Path.of(System.getProperty("enslocal.host.classes"), "META-INF", "validation.xml")).exists();
        assertThat(hostPath()).doesNotContain("slf4j-simple", "logback", "slf4j-nop", "jollyday");
    }

    private void assertQuietSuccess(Run run) {
        assertThat(run.stderr()).as("standard error of the host").isEmpty();
        assertThat(run.exitCode()).as("exit status; standard output:%n%s", run.stdout()).isZero();
        assertThat(run.stdout()).matches("evaluated [1-9][0-9]* systems of [1-9][0-9]* municipalities\\R");
        assertThat(work.resolve("reports").resolve("dashboard.ca.html")).isNotEmptyFile();
    }

    private Run host(List<String> launch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.add(System.getProperty("enslocal.host.dataset"));
        command.add(AS_OF);
        command.add(work.resolve("reports").toString());
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The host did not finish within 2 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** The host's classes first, then the library and its dependencies as Maven resolved them. */
    private static String hostPath() throws IOException {
        String dependencies = Files.readString(Path.of(System.getProperty("enslocal.host.path")), StandardCharsets.UTF_8)
                .strip();
        return System.getProperty("enslocal.host.classes") + File.pathSeparator + dependencies;
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }
}
