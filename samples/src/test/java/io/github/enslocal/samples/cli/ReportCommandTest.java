// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.ExampleDataset;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCommandTest {

    private static final String AS_OF = "2025-12-31";

    @TempDir
    static Path shared;

    private static String demoDataset;

    @TempDir
    Path directory;

    @BeforeAll
    static void writeTheDemoDataset() throws IOException {
        Path file = shared.resolve("dataset.json");
        DatasetCodec.create().write(DemoData.dataset(), file);
        demoDataset = file.toString();
    }

    @Test
    void report_writesOnlyTheRequestedReportsFormatsAndLanguages() throws IOException {
        Path out = directory.resolve("reports");

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", out.toString(),
                "--formats", "html,json", "--reports", "dashboard,inventory", "--lang", "es");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(DemoCommandTest.files(out)).containsExactly(Path.of(OutputDirectory.MARKER),
                Path.of("dashboard.es.html"), Path.of("dashboard.json"),
                Path.of("inventory.es.html"), Path.of("inventory.json"));
        assertThat(run.out()).isEqualTo("Se han escrito 4 ficheros en " + out + ".\n"
                + "Abra primero: " + out + "/dashboard.es.html\n");
        assertThat(run.err()).startsWith("Leyendo " + demoDataset + "... hecho.\n")
                .endsWith("Escribiendo 4 ficheros en " + out + ": 10% 20% 30% 40% 50% 60% 70% 80% 90% 100%\n");
    }

    @Test
    void report_onTwoThreads_writesTheSameBytes() throws IOException {
        Path one = directory.resolve("one");
        Path two = directory.resolve("two");
        String[] common = {"--as-of", AS_OF, "--formats", "json,csv", "--reports", "dashboard,soa,inventory"};

        Execution first = Execution.of(concat(new String[] {"report", demoDataset, "--out", one.toString()}, common));
        Execution second = Execution.of(concat(new String[] {"report", demoDataset, "--out", two.toString(),
            "--threads", "2"}, common));

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(DemoCommandTest.files(two)).isEqualTo(DemoCommandTest.files(one)).isNotEmpty();
        for (Path file : DemoCommandTest.files(one)) {
            assertThat(two.resolve(file)).as(file.toString()).hasSameBinaryContentAs(one.resolve(file));
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void report_balanceAndIncidentPeriods_overrideThePeriodForTheirReportOnly() throws IOException {
        Path out = directory.resolve("periods");

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", out.toString(),
                "--formats", "json", "--reports", "convention,incidents", "--notification-delay", "PT24H",
                "--convention", DemoDatasetGenerator.SUPPORT_CONVENTION_2021,
                "--balance-period", "2021-01-01/2025-12-31", "--incident-period", "2025-07-01/2025-12-31");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("convention-balance.json")).content(StandardCharsets.UTF_8)
                .contains("\"period\": \"2021-01-01/2025-12-31\"", "\"servedAtStart\": 17");
        assertThat(out.resolve("incidents.json")).content(StandardCharsets.UTF_8)
                .contains("\"period\": \"2025-07-01/2025-12-31\"");
    }

    @Test
    void report_ofAnInvalidDataset_exitsWith3AndWritesNothing() throws IOException {
        String broken = Files.readString(ExampleDataset.PATH, StandardCharsets.UTF_8)
                .replaceFirst("\"systemId\": \"sys-nav-eadmin\"", "\"systemId\": \"sys-missing\"");
        Path file = Files.writeString(directory.resolve("broken.json"), broken, StandardCharsets.UTF_8);
        Path out = directory.resolve("reports");

        Execution run = Execution.of("report", file.toString(), "--as-of", AS_OF, "--out", out.toString(),
                "--notification-delay", "PT24H");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("sys-missing");
        assertThat(out).doesNotExist();
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --formats | html,pdf        | 'pdf' is not one of html, md, csv, csv-excel, json
            --reports | dashboard,audit | 'audit' is not one of dashboard, soa, plan, convention, incidents, inventory, findings
            --lang    | ca,fr           | 'fr' is not one of ca, es, en
            --period  | 2025            | '2025' is not a period; expected START/END, e.g. '2025-01-01/2025-12-31'
            --balance-period  | 2021/2025 | '2021/2025' is not a period; expected START/END
            --incident-period | 2025-13-01/2025-12-31 | '2025-13-01/2025-12-31' is not a period; expected START/END
            --notification-delay | 24h  | '24h' is not a delay; expected an ISO-8601 duration
            """)
    void report_withABadValue_isAUsageErrorQuotingIt(String option, String value, String message) {
        Path out = directory.resolve("reports");

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", out.toString(), option, value);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("Try 'enslocal report --help'");
        assertThat(out).doesNotExist();
    }

    @Test
    void report_withOnlyTheDateAndTheDirectory_writesEveryReportItCanAndSaysWhichOptionTheOthersNeed()
            throws IOException {
        Path out = directory.resolve("r");

        Execution run = Execution.inEnvironment(java.util.Map.of("LANG", "ca_ES.UTF-8"), "report", demoDataset,
                "--as-of", AS_OF, "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(DemoCommandTest.files(out)).contains(Path.of("dashboard.ca.html"), Path.of("findings.json"),
                Path.of("findings.es.md"), Path.of("findings.findings.csv"), Path.of("findings.by-system.excel.csv"),
                Path.of("adequacy-plan.en.html"), Path.of("inventory.ca.html"))
                .noneMatch(file -> file.toString().startsWith("incidents.") || file.toString().startsWith("convention-"))
                .anyMatch(file -> file.startsWith("declaracion-aplicabilidad"));
        assertThat(run.err())
                .contains("No s'ha fet l'informe «incidents»: cal --notification-delay")
                .contains("No s'ha fet l'informe «convention»: l'ens de suport té 2 convenis signats en vigor durant el"
                        + " període (conv-diba-2022, " + DemoDatasetGenerator.SUPPORT_CONVENTION_2021 + "); indiqueu-ne"
                        + " un amb --convention ID.");
    }

    @Test
    void report_withOnlyTheDateAndAllOptionsTheReportsNeed_writesEveryReport() throws IOException {
        Path out = directory.resolve("r");

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", out.toString(), "--formats",
                "json", "--notification-delay", "PT24H", "--convention", DemoDatasetGenerator.SUPPORT_CONVENTION_2021);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("No s'ha fet");
        assertThat(DemoCommandTest.files(out)).contains(Path.of("incidents.json"), Path.of("convention-balance.json"),
                Path.of("findings.json"), Path.of("dashboard.json"), Path.of("adequacy-plan.json"),
                Path.of("inventory.json"));
    }

    @Test
    void report_ofIncidentsWithoutANotificationDelay_isAUsageErrorThatSaysWhy() {
        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", directory.resolve("r").toString(),
                "--reports", "incidents");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The incidents report needs --notification-delay",
                "No regulation fixes an hour count");
    }

    @Test
    void report_ofAnUnknownSupportBody_isAUsageError() {
        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", directory.resolve("r").toString(),
                "--reports", "dashboard", "--support-body", "cc-osona");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown support body 'cc-osona', expected one of [cc-bages].");
        assertThat(directory.resolve("r")).doesNotExist();
    }

    @Test
    void report_whenTheOutputPathIsAFile_exitsWith4() throws IOException {
        Path file = Files.writeString(directory.resolve("reports"), "a file", StandardCharsets.UTF_8);

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", file.toString(),
                "--reports", "inventory");

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err()).contains("Cannot use the file '" + file + "': it exists and is not a directory");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a file");
    }

    @Test
    void report_intoANonEmptyDirectory_withoutReplace_isAUsageError() throws IOException {
        Path out = Files.createDirectory(directory.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);

        Execution run = Execution.of("report", demoDataset, "--as-of", AS_OF, "--out", out.toString(),
                "--reports", "inventory");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--replace");
        assertThat(DemoCommandTest.files(out)).containsExactly(Path.of("notes.txt"));
    }
}
