// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.ExampleDataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line defects found by the outside test campaign of issue 17, one test each (the
 * dataset reader's are in core's {@code DatasetCodecCampaignRegressionTest}).
 */
class CampaignRegressionTest {

    private static final String AS_OF = "2025-12-31";
    private static final String EXAMPLE = ExampleDataset.PATH.toString();
    /** ESC, BEL, a CSI in C1, a bidirectional override, DEL and a carriage return: what drives a terminal. */
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil\u007f\r";

    @TempDir
    Path directory;

    private static String[] report(Path out, String... more) {
        return Stream.concat(Stream.of("report", EXAMPLE, "--as-of", AS_OF, "--notification-delay", "PT24H", "--out",
                out.toString()), Stream.of(more)).toArray(String[]::new);
    }

    /** {@code --out ""} meant the current directory, and with --replace deleted everything in it. */
    @ParameterizedTest(name = "--out ''{0}''")
    @ValueSource(strings = {"", " ", "."})
    void replace_ofTheCurrentDirectory_isRefusedAndDeletesNothing(String out) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        long before;
        try (Stream<Path> entries = Files.list(here)) {
            before = entries.count();
        }

        Execution run = Execution.of("report", EXAMPLE, "--as-of", AS_OF, "--notification-delay", "PT24H",
                "--out", out, "--replace");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).containsAnyOf("empty --out", "the current directory");
        try (Stream<Path> entries = Files.list(here)) {
            assertThat(entries.count()).isEqualTo(before);
        }
    }

    @Test
    void replace_ofADirectoryHoldingTheCurrentOne_isRefused() {
        Execution run = Execution.of(report(Path.of(".."), "--replace"));

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("a directory holding the current directory");
    }

    @Test
    void replace_ofADirectoryTheProgramDidNotWrite_isRefusedAndKeepsItsFiles() throws IOException {
        Path out = Files.createDirectories(directory.resolve("notes"));
        Files.writeString(out.resolve("keep.txt"), "mine\n");

        Execution run = Execution.of(report(out, "--replace"));

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("was not written by enslocal", OutputDirectory.MARKER);
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine\n");
    }

    @Test
    void replace_ofADirectoryTheProgramWrote_replacesItWhole() throws IOException {
        Path out = directory.resolve("reports");
        assertThat(Execution.of(report(out, "--reports", "inventory", "--formats", "json")).status()).isZero();
        assertThat(out.resolve(OutputDirectory.MARKER)).isRegularFile();

        Execution again = Execution.of(report(out, "--reports", "dashboard", "--formats", "json", "--replace"));

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(DemoCommandTest.files(out)).containsExactly(Path.of(OutputDirectory.MARKER), Path.of("dashboard.json"));
        assertThat(out.resolve(OutputDirectory.MARKER)).isRegularFile();
    }

    /** An --out that is a symbolic link was refused as "exists and is not a directory". */
    @Test
    void out_thatIsASymbolicLink_isRefusedSayingSo() throws IOException {
        Path real = Files.createDirectories(directory.resolve("real"));
        Path link = Files.createSymbolicLink(directory.resolve("link"), real);

        Execution run = Execution.of(report(link));

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("'" + link + "' is a symbolic link");
        assertThat(real).isEmptyDirectory();
    }

    /** Extreme dates exited 1 with a DateTimeException, or ran for minutes over a period of billions of years. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--as-of, +999999999-12-31",
        "--as-of, -999999999-01-01",
        "--as-of, 1899-12-31",
        "--period, 0001-01-01/9999-12-31",
        "--incident-period, -999999999-01-01/+999999999-12-31",
        "--balance-period, -999999999-01-01/+999999999-12-31",
        "--notification-delay, PT999999999999H",
        "--threads, 1000000"
    })
    void extremeValue_isAUsageErrorWithASentence(String option, String value) {
        List<String> arguments = new java.util.ArrayList<>(List.of("report", EXAMPLE, "--out",
                directory.resolve("r").toString(), "--as-of", AS_OF, "--notification-delay", "PT24H"));
        arguments.addAll(List.of(option, value));

        Execution run = Execution.of(arguments.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("'" + value + "'").doesNotContain("Exception");
        assertThat(directory.resolve("r")).doesNotExist();
    }

    @Test
    void evaluate_atTheEdgeOfTheDateWindow_works() {
        assertThat(Execution.of("evaluate", EXAMPLE, "--as-of", "2200-12-31").status()).isZero();
        assertThat(Execution.of("evaluate", EXAMPLE, "--as-of", "1900-01-01").status()).isZero();
    }

    /** validate and evaluate printed ESC, BEL and C1 characters from the dataset raw. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "evaluate text", "evaluate md", "evaluate json", "report"})
    void controlCharactersFromTheDataset_neverReachTheTerminal(String command) throws IOException {
        String example = Files.readString(ExampleDataset.PATH);
        String escaped = java.util.regex.Matcher.quoteReplacement(jsonEscaped(HOSTILE));
        String hostile = example.replaceFirst("\"title\": \"", "\"title\": \"" + escaped)
                .replaceAll("\"name\": \"Administració ", "\"name\": \"" + escaped + "Administració ");
        Path file = Files.writeString(directory.resolve("hostile.json"), hostile);
        String[] words = command.split(" ");
        Execution run = switch (words[0]) {
            case "validate" -> Execution.of("validate", file.toString());
            case "evaluate" -> Execution.of("evaluate", file.toString(), "--as-of", AS_OF, "--format", words[1]);
            default -> Execution.of("report", file.toString(), "--as-of", AS_OF, "--notification-delay", "PT24H",
                    "--out", directory.resolve("out" + HOSTILE).toString());
        };

        assertThat(run.status()).as(run.err()).isZero();
        assertNoTerminalControl(run.out());
        assertNoTerminalControl(run.err());
        if (!words[0].equals("report")) {
            assertThat(run.out()).containsIgnoringCase("\\u001b").containsIgnoringCase("\\u0007");
        }
    }

    @Test
    void controlCharactersInAnArgument_neverReachTheTerminal() {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", "2025-12-31" + HOSTILE);

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertNoTerminalControl(run.err());
    }

    /** On a terminal picocli coloured the help with escape sequences, which the neutralising garbled. */
    @Test
    void help_isPlainText_evenOnATerminal() {
        picocli.CommandLine commandLine = EnsLocalCommand.newCommandLine(Map.of());

        assertThat(commandLine.getColorScheme().ansi()).isEqualTo(picocli.CommandLine.Help.Ansi.OFF);
        assertThat(commandLine.getSubcommands().get("report").getColorScheme().ansi())
                .isEqualTo(picocli.CommandLine.Help.Ansi.OFF);
    }

    private static void assertNoTerminalControl(String printed) {
        assertThat(printed.chars().filter(c -> c != '\n' && c != '\t'
                && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))).isEmpty();
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        return escaped.toString();
    }

    /** {@code validate /tmp} said "Is a directory." without naming it. */
    @Test
    void directoryGivenAsTheDataset_isAnIoErrorNamingIt() {
        Execution run = Execution.of("validate", directory.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.IO.code());
        assertThat(run.err()).isEqualTo("Cannot use the file '" + directory + "': it is a directory, not a file.\n");
    }

    /** A named pipe with no writer made validate wait for ever. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void namedPipeGivenAsTheDataset_isRefusedAtOnceNamingIt() throws Exception {
        Path fifo = directory.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Execution run = Execution.of("validate", fifo.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.IO.code());
        assertThat(run.err()).startsWith("Cannot use the file '" + fifo + "': it is not a regular file");
    }

    @Test
    void emptyDatasetName_isAUsageError() {
        Execution run = Execution.of("validate", "");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("an empty name is no file");
    }

    /** Issue 11: {@code validate -} did not read the standard input. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "evaluate", "report"})
    void dash_readsTheDatasetFromTheStandardInput(String command) throws IOException {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(ExampleDataset.PATH)));
        try {
            Execution run = switch (command) {
                case "validate" -> Execution.of("validate", "-");
                case "evaluate" -> Execution.of("evaluate", "-", "--as-of", AS_OF);
                default -> Execution.of("report", "-", "--as-of", AS_OF, "--notification-delay", "PT24H", "--out",
                        directory.resolve("from-stdin").toString());
            };

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isNotEmpty();
        } finally {
            System.setIn(before);
        }
    }

    /** Issue 11: evaluate and validate spoke English and demo and report Catalan, none looking at LANG. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "LC_ALL=es_ES.UTF-8                        | Conjunto de datos válido",
        "LC_MESSAGES=ca_ES.UTF-8                   | Conjunt de dades vàlid",
        "LANG=ca                                   | Conjunt de dades vàlid",
        "LC_ALL=en_GB.UTF-8,LANG=ca_ES.UTF-8       | Valid dataset",
        "LANG=fr_FR.UTF-8                          | Valid dataset",
        "LANG=C.UTF-8                              | Valid dataset",
        "''                                        | Valid dataset"
    })
    void language_followsTheEnvironmentUnlessLangIsGiven(String variables, String expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        for (String variable : variables.split(",")) {
            if (!variable.isBlank()) {
                String[] pair = variable.split("=", 2);
                environment.put(pair[0], pair[1]);
            }
        }

        assertThat(Execution.inEnvironment(environment, "validate", EXAMPLE).out()).startsWith(expected);
        assertThat(Execution.inEnvironment(environment, "validate", "--lang", "es", EXAMPLE).out())
                .startsWith("Conjunto de datos válido");
    }

    @Test
    void language_ofTheEnvironment_comesFirstInTheReportsLanguages() throws IOException {
        Path out = directory.resolve("reports");

        Execution run = Execution.inEnvironment(Map.of("LANG", "es_ES.UTF-8"), report(out, "--reports", "inventory",
                "--formats", "html"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Se han escrito 3 ficheros");
        assertThat(DemoCommandTest.files(out)).containsExactly(Path.of(OutputDirectory.MARKER),
                Path.of("inventory.ca.html"), Path.of("inventory.en.html"),
                Path.of("inventory.es.html"));
    }

    /** Issue 11: no shell completion. */
    @Test
    void completion_printsABashAndZshScriptForEveryCommand() {
        Execution run = Execution.of("completion");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("complete -F", "enslocal", "validate", "evaluate", "report", "demo", "--as-of",
                "--notification-delay");
    }

    /** Issue 11: the demo's dataset.json was written 0600 while the reports were 0644. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void demo_writesTheDatasetWithThePermissionsOfTheReports() throws IOException {
        Path out = directory.resolve("demo");

        assertThat(Execution.of("demo", "--out", out.toString()).status()).isZero();

        Set<PosixFilePermission> report = Files.getPosixFilePermissions(out.resolve("reports/dashboard.ca.html"));
        assertThat(Files.getPosixFilePermissions(out.resolve("dataset.json"))).isEqualTo(report)
                .contains(PosixFilePermission.OTHERS_READ);
    }

    /** A run killed outright left its hidden staging directory beside --out for good. */
    @Test
    void staleStagingDirectoryOfAKilledRun_isRemovedByTheNextRun() throws IOException {
        Path out = directory.resolve("reports");
        Path dead = Files.createDirectories(directory.resolve(".reports.enslocal-2147483647-1f2e3d.tmp"));
        Files.writeString(dead.resolve("dashboard.json"), "{}");
        Path notOurs = Files.createDirectories(directory.resolve(".reports.backup.tmp"));

        Execution run = Execution.of(report(out, "--reports", "inventory", "--formats", "json"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(notOurs).isDirectory();
    }

    /** After Ctrl-C during report, a hidden staging directory of some 44 files stayed beside --out. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void interruptedReport_leavesNothingBeside() throws Exception {
        Path dataset = directory.resolve("big.json");
        DatasetCodec.create().write(DemoData.dataset(), dataset);
        Path out = directory.resolve("reports");
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(java.io.File.pathSeparator, Stream.of("java.class.path", "jdk.module.path")
                .map(System::getProperty).filter(value -> value != null && !value.isEmpty()).toList());
        Process process = new ProcessBuilder(launcher, "-cp", classPath, EnsLocalCommand.class.getName(), "report",
                dataset.toString(), "--as-of", AS_OF, "--notification-delay", "PT24H", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean staging = false;
        while (process.isAlive() && !staging) {
            try (Stream<Path> entries = Files.list(directory)) {
                staging = entries.anyMatch(entry -> entry.getFileName().toString().startsWith(".reports."));
            }
            Thread.sleep(5);
        }

        process.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run
        process.waitFor();

        assertThat(staging).as("the run was caught while it wrote").isTrue();
        try (Stream<Path> entries = Files.list(directory)) {
            assertThat(entries.map(entry -> entry.getFileName().toString()).filter(name -> !name.equals("reports")))
                    .containsExactly("big.json");
        }
    }

    /** The documented limit holds for the file before anything is read. */
    @Test
    void datasetOverMaxSize_isRefusedBeforeReading() throws IOException {
        Path file = directory.resolve("big.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(2L * 1024 * 1024 + 1);
        }

        Execution run = Execution.of("validate", "--max-size", "2", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_DATASET.code());
        assertThat(run.err()).contains("longer than the limit").contains("--max-size");
    }

    @Test
    void bomInUtf8_isRead_andUtf16IsRefusedNamingTheEncoding() throws IOException {
        byte[] text = Files.readAllBytes(ExampleDataset.PATH);
        Path utf16 = Files.write(directory.resolve("utf16.json"),
                new String(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));

        Execution run = Execution.of("validate", utf16.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_DATASET.code());
        assertThat(run.err()).contains("not UTF-8", "UTF-16BE");
    }
}
