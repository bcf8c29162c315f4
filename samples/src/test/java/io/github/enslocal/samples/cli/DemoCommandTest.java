// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.ComplianceSummary;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo is slow to write (hundreds of files), so the tests share one run where they only read it. */
class DemoCommandTest {

    private static final List<String> LANGUAGES = List.of("ca", "es", "en");

    @TempDir
    static Path shared;

    private static Path first;
    private static Execution firstRun;

    @TempDir
    Path directory;

    @BeforeAll
    static void runTheDemoOnce() {
        first = shared.resolve("first");
        firstRun = Execution.of("demo", "--out", first.toString(), "--lang", "en");
    }

    @Test
    void demo_writesTheDatasetBesideEveryReportInEveryFormatAndLanguage() throws IOException {
        Path reports = first.resolve("reports");

        assertThat(firstRun.status()).as(firstRun.err()).isZero();
        try (Stream<Path> entries = Files.list(first)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(OutputDirectory.MARKER,
                    "dataset.json", "reports");
        }
        Dataset dataset = DatasetCodec.create().read(first.resolve("dataset.json"));
        assertThat(dataset).isEqualTo(DemoData.dataset());
        for (String stem : List.of("dashboard", "adequacy-plan", "convention-balance", "incidents", "inventory")) {
            assertThat(reports.resolve(stem + ".json")).isRegularFile();
            for (String language : LANGUAGES) {
                assertThat(reports.resolve(stem + "." + language + ".html")).isRegularFile();
                assertThat(reports.resolve(stem + "." + language + ".md")).isRegularFile();
            }
        }
        assertThat(reports.resolve("dashboard.summary.csv")).isRegularFile();
        assertThat(reports.resolve("dashboard.summary.excel.csv")).isRegularFile();
        try (Stream<Path> declarations = Files.list(reports.resolve("declaracion-aplicabilidad"))) {
            assertThat(declarations.filter(path -> path.toString().endsWith(".ca.html"))).hasSize(DemoDatasetGenerator.BAGES_SERVED);
        }
        try (Stream<Path> siblings = Files.list(shared)) {
            assertThat(siblings.filter(path -> path.getFileName().toString().startsWith("."))).as("staging left behind")
                    .isEmpty();
        }
    }

    @Test
    void demo_summary_givesTheMunicipalitiesIndicesAndTheFileToOpenFirst() {
        ComplianceSummary expected = ComplianceEvaluator.standard()
                .evaluate(DemoData.dataset(), DemoDatasetGenerator.AS_OF).summary();
        ValueFormat values = ValueFormat.of(ReportLanguage.EN);
        Path dashboard = first.resolve("reports").resolve("dashboard.en.html");

        assertThat(firstRun.out())
                .contains("ENS Local demo: Consell Comarcal del Bages on 31 December 2025")
                .contains("Municipalities served: 23, population ")
                .contains("Compliance index:      " + values.integer(expected.compliance().numerator()) + "/"
                        + values.integer(expected.compliance().denominator()) + " (")
                .contains("Maturity index:        " + values.integer(expected.maturity().numerator()) + "/"
                        + values.integer(expected.maturity().denominator()) + " (")
                .contains("Zone:                  Red")
                .contains("  1. No Conformidad Mayor, ")
                .contains("  5. ")
                .contains("Open first: " + dashboard)
                .contains("late after 24 h: the demo's choice, not a regulation");
        assertThat(dashboard).isRegularFile();
    }

    @Test
    void demo_conventionBalance_showsTheConventionsFiguresComputedFromTheRecords() throws IOException {
        JsonNode balance = json("convention-balance.json");
        double dedicationGrowth = balance.get("committedHoursAtEnd").asDouble()
                / balance.get("committedHoursAtStart").asDouble() - 1;

        assertThat(balance.get("period").asText()).isEqualTo("2021-01-01/2025-12-31");
        assertThat(balance.get("servedAtStart").asLong()).isEqualTo(17);
        assertThat(balance.get("servedAtEnd").asLong()).isEqualTo(23);
        assertThat(dedicationGrowth).isBetween(0.80, 0.90);
        assertThat(balance.get("incidentsByMonth")).hasSize(60);
        assertThat(balance.get("meanIncidentsPerMonth").asDouble()).isBetween(100.0, 120.0);
        assertThat(firstRun.out()).contains("Municipalities served: 23, population ", " (17 on ");
    }

    @Test
    void demo_incidentReport_coversTheYearEndingOnTheDateWithBothAltoSecurityIncidents() throws IOException {
        JsonNode incidents = json("incidents.json");

        assertThat(incidents.get("period").asText()).isEqualTo("2025-01-01/2025-12-31");
        assertThat(incidents.get("byMonth")).hasSize(12);
        assertThat(incidents.get("notifications").get("due").asLong()).isEqualTo(2);
        assertThat(incidents.get("notifications").get("late").asLong()).isEqualTo(1);
    }

    private static JsonNode json(String report) throws IOException {
        return JsonMapper.builder().build().readTree(first.resolve("reports").resolve(report).toFile());
    }

    @Test
    void demo_printsProgressOnTheStandardErrorAndTheSummaryOnTheStandardOutput() {
        assertThat(firstRun.err()).isEqualTo("""
                Generating the demo dataset: Consell Comarcal del Bages, 23 town halls (synthetic data)... done.
                Evaluating 23 information systems on 2025-12-31... done.
                Writing 411 files into %s: 10%% 20%% 30%% 40%% 50%% 60%% 70%% 80%% 90%% 100%%
                """.formatted(first.resolve("reports")));
        assertThat(firstRun.out()).doesNotContain("Generating", "Writing");
    }

    @Test
    void demo_inCatalan_writesTheSummaryInCatalanAndRecommendsTheCatalanDashboard() {
        Path out = directory.resolve("ca");

        Execution run = Execution.inEnvironment(java.util.Map.of("LANG", "ca_ES.UTF-8"), "demo", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Municipis atesos:", "Índex de compliment:", "Zona:                  Vermella",
                "Obriu primer: " + out.resolve("reports").resolve("dashboard.ca.html"));
        assertThat(run.err()).startsWith("Generant les dades de demostració");
        assertThat(EnglishWords.in(run.out())).as(run.out()).isEmpty();
        assertThat(run.out()).contains("sense ");
    }

    @Test
    void demo_inSpanish_writesTheSummaryAndItsFindingsInSpanish() {
        Execution run = Execution.of("demo", "--out", directory.resolve("es").toString(), "--lang", "es");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(EnglishWords.in(run.out())).as(run.out()).isEmpty();
        assertThat(EnglishWords.in(firstRun.out())).as("the check finds the English of the English summary")
                .isNotEmpty();
    }

    @Test
    void demo_twice_writesByteIdenticalFiles() throws IOException {
        Path second = directory.resolve("second");

        Execution run = Execution.of("demo", "--out", second.toString(), "--lang", "en");

        assertThat(run.status()).as(run.err()).isZero();
        List<Path> files = files(first);
        assertThat(files(second)).isEqualTo(files).hasSizeGreaterThan(300);
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void demo_intoANonEmptyDirectory_withoutReplace_failsAndChangesNothing() throws IOException {
        Path out = Files.createDirectory(directory.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);

        Execution run = Execution.of("demo", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The directory '" + out + "' exists and is not empty", "--replace");
        assertThat(run.out()).isEmpty();
        assertThat(files(directory)).containsExactly(Path.of("busy", "notes.txt"));
        assertThat(Files.readString(out.resolve("notes.txt"), StandardCharsets.UTF_8)).isEqualTo("keep me");
    }

    @Test
    void demo_withReplace_replacesTheWholeContent() throws IOException {
        Path out = Files.createDirectory(directory.resolve("old"));
        Files.writeString(out.resolve("notes.txt"), "old run", StandardCharsets.UTF_8);
        Files.writeString(out.resolve(OutputDirectory.MARKER), "an earlier run", StandardCharsets.UTF_8);

        Execution run = Execution.of("demo", "--out", out.toString(), "--replace", "--lang", "en");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("notes.txt")).doesNotExist();
        assertThat(files(out)).isEqualTo(files(first));
        try (Stream<Path> siblings = Files.list(directory)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void demo_whenTheOutputPathIsAFile_failsWithAnInputOutputError() throws IOException {
        Path file = Files.writeString(directory.resolve("demo.txt"), "a file", StandardCharsets.UTF_8);

        Execution run = Execution.of("demo", "--out", file.toString());

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("Cannot use the file '" + file
                + "': it exists and is not a directory; choose a directory with --out.\n");
    }

    @Test
    void demo_beforeTheDemoPeriod_isAUsageError() {
        Execution run = Execution.of("demo", "--out", directory.resolve("early").toString(), "--as-of", "2020-06-30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give --as-of from 2021-01-01, e.g. '2025-12-31', not '2020-06-30'");
        assertThat(directory.resolve("early")).doesNotExist();
    }

    @Test
    void report_withTheDemosParameters_writesTheDemosReports() throws IOException {
        Path out = directory.resolve("again");

        Execution run = Execution.of("report", first.resolve("dataset.json").toString(), "--as-of", "2025-12-31",
                "--out", out.toString(), "--lang", "en,ca,es", "--notification-delay", "PT24H",
                "--convention", DemoDatasetGenerator.SUPPORT_CONVENTION_2021,
                "--balance-period", DemoDatasetGenerator.BALANCE_PERIOD.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Path reports = first.resolve("reports");
        List<Path> files = files(reports);
        assertThat(files(out)).isEqualTo(Stream.concat(Stream.of(Path.of(OutputDirectory.MARKER)), files.stream()).toList());
        for (Path file : files) {
            assertThat(Files.mismatch(reports.resolve(file), out.resolve(file))).as(file.toString()).isEqualTo(-1L);
        }
    }

    /** Returns the files below a directory, relative to it, sorted. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
