// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.InvalidDatasetException;
import io.github.enslocal.core.dataset.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class EnsLocalCommandTest {

    private static final String STACK_FRAME = "\tat ";

    @Test
    void help_listsTheCommandsAndExitCodes() {
        Execution run = Execution.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: enslocal")
                .containsPattern("(?m)^  validate +Checks a dataset")
                .containsPattern("(?m)^  evaluate +Evaluates the ENS compliance")
                .containsPattern("(?m)^  soa +Works out the category")
                .containsPattern("(?m)^  catalog +Prints the bundled catalog")
                .contains("--debug", "Exit codes:", "3   The dataset is not valid");
    }

    @Test
    void help_ofACommand_documentsItsJsonFields() {
        Execution run = Execution.of("soa", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: enslocal soa").contains("--levels=LEVELS", "--format=FORMAT",
                "\"reinforcements\"", "\"oneOf\"", "\"reason\"");
    }

    @Test
    void version_printsTheVersionMavenBuilt() {
        String built = System.getProperty("enslocal.project.version");

        Execution run = Execution.of("--version");

        assertThat(built).as("the build passes the project version to the tests").isNotBlank();
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().findFirst()).contains("enslocal " + built);
        assertThat(run.out()).contains("data version 1.0.0").doesNotContain("${");
    }

    @Test
    void noCommand_isAUsageError() {
        Execution run = Execution.of();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Missing command: give one of demo, report, validate, evaluate, soa, catalog, completion, help.\n"
                + "Try 'enslocal --help' for more information.\n");
    }

    @Test
    void unknownCommand_isAUsageErrorThatSuggestsTheNearest() {
        Execution run = Execution.of("catalogue");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Unmatched argument at index 0: 'catalogue'\n"
                + "Did you mean: enslocal catalog or enslocal evaluate?\n"
                + "Try 'enslocal --help' for more information.\n");
    }

    @Test
    void misspeltOption_isReportedWithTheMissingOneItHides() {
        Execution run = Execution.of("soa", "--levles", "C=MEDIO");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Unknown arguments: '--levles', 'C=MEDIO'\n"
                + "Possible solutions: --levels\n"
                + "Missing required option: '--levels=LEVELS'\n"
                + "Try 'enslocal soa --help' for more information.\n");
    }

    static Stream<Arguments> failures() {
        List<Violation> violations = List.of(
                new Violation("$.assets[12].type", "jakarta.validation.constraints.NotNull.message", Map.of(),
                        Optional.empty(), Optional.empty()),
                new Violation("$.municipalities[0].name", "jakarta.validation.constraints.NotBlank.message", Map.of(),
                        Optional.of("' '"), Optional.empty()));
        return Stream.of(
                Arguments.of(new InvalidDatasetException(violations), 3, "The dataset is invalid: 2 violations\n"
                        + "  $.assets[12].type: must not be null\n"
                        + "  $.municipalities[0].name: must not be blank (rejected ' ')\n"),
                Arguments.of(new NoSuchFileException("manresa-2025.json"), 4,
                        "The file 'manresa-2025.json' does not exist.\n"),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("out/dda-navarcles.html")), 4,
                        "Access to the file 'out/dda-navarcles.html' is denied.\n"),
                Arguments.of(new IOException("Stream closed"), 4, "Input/output error: Stream closed.\n"),
                Arguments.of(new IllegalStateException("boom"), 1, "Unexpected error: java.lang.IllegalStateException:"
                        + " boom. Run again with --debug to see where it happened.\n"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failure_mapsToItsExitStatusWithASentence(Exception failure, int status, String message) {
        Execution run = Execution.of(withFailing(failure), "fail");

        assertThat(run.status()).isEqualTo(status);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failure_withDebug_printsTheStackTraceToo(Exception failure, int status, String message) {
        Execution run = Execution.of(withFailing(failure), "--debug", "fail");

        assertThat(run.status()).isEqualTo(status);
        assertThat(run.err()).contains(STACK_FRAME, failure.getClass().getName());
    }

    @Test
    void debug_givenAfterTheCommand_printsTheStackTraceToo() {
        Execution run = Execution.of(withFailing(new IllegalStateException("boom")), "fail", "--debug");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(STACK_FRAME).endsWith("Unexpected error: java.lang.IllegalStateException: boom\n");
    }

    private static java.util.function.Consumer<CommandLine> withFailing(Exception failure) {
        return commandLine -> commandLine.addSubcommand(new CommandLine(new Failing(failure)));
    }

    /** A command that fails as a future dataset command could. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }
}
