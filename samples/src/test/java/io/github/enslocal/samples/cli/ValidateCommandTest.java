// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.samples.ExampleDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

    @TempDir
    Path directory;

    @Test
    void validDataset_printsItsRecordCountsAndExitsZero() {
        Execution run = Execution.of("validate", ExampleDataset.PATH.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Valid dataset 'Consell Comarcal del Bages: Navarcles, Sant Fruitós de Bages i"
                + " Callús, 2025': 35 records (1 support body, 3 municipalities, 1 convention, 12 incidents, 7 assets,"
                + " 3 information systems, 6 assessments, 1 adequacy plan, 1 training session).\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Warning: $.municipalities[1].name: does not agree with the name in the INE register for this code,"
                + " \"Navarcles\" (rejected 'Navarcles de Bages')",
        "ca | Avís: $.municipalities[1].name: no coincideix amb el nom del registre de l'INE per a aquest codi,"
                + " \"Navarcles\" (rebutjat 'Navarcles de Bages')"
    })
    void nameThatDisagreesWithTheRegister_isAWarningInTheChosenLanguage(String language, String warning)
            throws IOException {
        Path file = example("\"name\": \"Navarcles\"", "\"name\": \"Navarcles de Bages\"");

        Execution run = Execution.of("validate", "--lang", language, file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith(language.equals("ca") ? "Conjunt de dades vàlid " : "Valid dataset ");
        assertThat(run.err()).isEqualTo(warning + "\n");
    }

    @Test
    void invalidDataset_listsEveryViolationWithItsPathAndExitsThree() throws IOException {
        Path file = example("\"population\": 6276", "\"population\": -6276", "\"kind\": \"CONSELL_COMARCAL\"",
                "\"kind\": \"CONSELL\"", "\"status\": \"CLOSED\"", "\"status\": \"CLOSED\", \"colour\": \"red\"");

        Execution run = Execution.of("validate", file.toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("The dataset is invalid: 3 violations\n")
                .contains("  $.municipalities[1].population: ", "(rejected -6276)")
                .contains("  $.supportBodies[0].kind: ", "'CONSELL'")
                .contains("colour");
        assertThat(run.err().lines()).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The dataset is invalid: 1 violation | [line 3, column 1]",
        "es | El conjunto de datos no es válido: 1 infracción | [línea 3, columna 1]",
        "ca | El conjunt de dades no és vàlid: 1 infracció | [línia 3, columna 1]"
    })
    void malformedJson_isInvalidWithItsLineAndColumn(String language, String summary, String position)
            throws IOException {
        Path file = Files.writeString(directory.resolve("truncated.json"),
                "{\"formatVersion\": \"1.0\",\n \"municipalities\": [{\"code\": \"08140\"\n", StandardCharsets.UTF_8);

        Execution run = Execution.of("validate", "--lang", language, file.toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith(summary + "\n").contains(position);
    }

    @Test
    void missingFile_isAnIoErrorNamingIt() {
        Path missing = directory.resolve("manresa-2025.json");

        Execution run = Execution.of("validate", missing.toString());

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("The file '" + missing + "' does not exist.\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang, fr, x.json | Invalid value for option '--lang': 'fr' is not one of ca, es, en",
        "'' | Missing required parameter: 'FILE'"
    })
    void badCommandLine_isAUsageError(String arguments, String message) {
        String[] args = ("validate " + arguments.replace(",", "")).strip().split(" +");

        Execution run = Execution.of(args);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(message + "\n").endsWith("Try 'enslocal validate --help' for more information.\n");
    }

    /** Writes the documentation example with some text replaced, each pair once. */
    @Test
    void fileOverMaxSize_isRefusedNamingTheLimit_andAcceptedUnderALargerOne() throws IOException {
        String json = Files.readString(ExampleDataset.PATH, StandardCharsets.UTF_8);
        Path large = Files.writeString(directory.resolve("large.json"), json + " ".repeat(1024 * 1024),
                StandardCharsets.UTF_8);

        Execution refused = Execution.of("validate", "--max-size", "1", large.toString());
        Execution accepted = Execution.of("validate", "--max-size", "2", large.toString());

        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.err()).startsWith("The dataset is invalid: 1 violation\n")
                .contains("the document is longer than the limit of 1048576")
                .endsWith("Allow a larger file with --max-size MIB (default 256).\n");
        assertThat(accepted.status()).isZero();
        assertThat(accepted.out()).startsWith("Valid dataset ");
    }

    @ParameterizedTest
    @CsvSource({"--threads, 0", "--threads, two", "--max-size, -1"})
    void resourcesBelowOne_areAUsageError(String option, String value) {
        Execution run = Execution.of("validate", option, value, ExampleDataset.PATH.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'" + value + "' is not a whole number of 1 or more, e.g. '2'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "validate | es | la medida op.exp.99 no está en el catálogo del ENS | el refuerzo op.acc.6.r10 no está",
        "evaluate | ca | la mesura op.exp.99 no és al catàleg de l'ENS | el reforç op.acc.6.r10 no és",
        "report | en | the measure op.exp.99 is not in the ENS catalog | the reinforcement op.acc.6.r10 is not"
    })
    void unknownMeasureOrReinforcement_isAViolationWithItsPath(String command, String language, String measure,
            String reinforcement) throws IOException {
        Path file = example("\"measure\": \"op.mon.2\"", "\"measure\": \"op.exp.99\"", "\"op.acc.6.r1\"",
                "\"op.acc.6.r10\"");
        List<String> args = new java.util.ArrayList<>(List.of(command, file.toString(), "--lang", language));
        if (!command.equals("validate")) {
            args.addAll(List.of("--as-of", "2025-12-31"));
        }
        if (command.equals("report")) {
            args.addAll(List.of("--out", directory.resolve("out").toString(), "--notification-delay", "PT24H"));
        }

        Execution run = Execution.of(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).containsPattern("\\$\\.assessments\\[\\d+]\\.measure: " + java.util.regex.Pattern.quote(measure))
                .containsPattern("\\$\\.assessments\\[\\d+]\\.reinforcements: "
                        + java.util.regex.Pattern.quote(reinforcement));
        assertThat(directory.resolve("out")).doesNotExist();
    }

    private Path example(String... replacements) throws IOException {
        String json = Files.readString(ExampleDataset.PATH, StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).as("the example holds %s", replacements[i]).contains(replacements[i]);
            json = json.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
                    java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        }
        return Files.writeString(directory.resolve("example.json"), json, StandardCharsets.UTF_8);
    }
}
