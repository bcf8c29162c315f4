// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.dashboard.DashboardFixture;
import io.github.enslocal.reporting.operations.OperationsFixture;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite writes every report of the dashboard fixture's support body, names the files as its
 * Javadoc says, gives the same bytes twice, and leaves nothing behind when it fails.
 */
class ReportSuiteTest {

    /** The systems in scope with a category: art-registre has none, so it has no declaration. */
    private static final List<String> DECLARED_SYSTEMS = List.of("cc-correu", "man-expedients", "man-padro", "nav-seu",
            "sfb-policia");

    /** The first calendar year of the fixture's convention, a balance period other than the fixture's. */
    private static final DateRange CONVENTION_YEAR = DateRange.parse("2024-01-01/2024-12-31");

    @TempDir
    Path root;

    private static ReportSuite.Builder suite() {
        return ReportSuite.builder()
                .dataset(DashboardFixture.dataset())
                .asOf(DashboardFixture.AS_OF)
                .period(OperationsFixture.PERIOD)
                .supportBody(DashboardFixture.SUPPORT_BODY_ID)
                .notificationPolicy(OperationsFixture.NOTIFICATION_POLICY);
    }

    private static List<String> expectedFiles() {
        List<String> files = new ArrayList<>();
        DECLARED_SYSTEMS.forEach(system -> files.addAll(fileSet("declaracion-aplicabilidad/" + system,
                List.of("measures", "totals", "valuations"))));
        files.addAll(fileSet("dashboard", List.of("summary", "statuses", "groups")));
        files.addAll(fileSet("adequacy-plan", List.of("actions", "overdue", "by-status", "by-group", "by-owner", "plans")));
        files.addAll(fileSet("convention-balance", List.of("summary", "municipalities", "dedication",
                "managed-equipment", "incidents-by-month", "incidents-by-category", "sla", "budget")));
        files.addAll(fileSet("incidents", List.of("summary", "by-month", "by-category", "by-municipality", "sla",
                "security-by-class", "security-incidents")));
        files.addAll(fileSet("inventory", List.of("summary", "by-municipality", "by-type", "support-ended",
                "unencrypted-portables", "missing-responsible", "missing-location")));
        files.addAll(fileSet("findings", List.of("summary", "by-municipality", "by-system", "findings")));
        return files.stream().sorted().toList();
    }

    private static List<String> fileSet(String stem, List<String> tables) {
        List<String> files = new ArrayList<>(List.of(stem + ".json"));
        for (String table : tables) {
            files.add(stem + "." + table + ".csv");
            files.add(stem + "." + table + ".excel.csv");
        }
        for (String language : List.of("ca", "es", "en")) {
            files.add(stem + "." + language + ".md");
            files.add(stem + "." + language + ".html");
        }
        return files;
    }

    private static List<String> filesUnder(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> directory.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeTo_fullSuite_writesEveryExpectedFileAndNothingElse() throws IOException {
        Path target = root.resolve("bages-2025");

        ReportSuiteResult result = suite().build().writeTo(target);

        assertThat(result.directory()).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(result.files()).isEqualTo(expectedFiles());
        assertThat(filesUnder(target)).isEqualTo(expectedFiles());
        for (String file : result.files()) {
            assertThat(Files.size(target.resolve(file))).as(file).isPositive();
        }
        assertThat(entries(root)).containsExactly("bages-2025");
    }

    @Test
    void writeTo_secondRun_writesTheSameBytes() throws IOException {
        Path first = root.resolve("first");
        Path second = root.resolve("second");

        List<String> files = suite().build().writeTo(first).files();
        suite().build().writeTo(second);

        for (String file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void writeTo_selectedKindsFormatsAndLanguages_writesOnlyThoseWithCsvInTheFirstLanguage() throws IOException {
        Path target = root.resolve("dashboard-only");

        ReportSuiteResult result = suite().kinds(ReportKind.DASHBOARD)
                .formats(ReportFormat.CSV, ReportFormat.HTML).languages(ReportLanguage.ES, ReportLanguage.CA)
                .build().writeTo(target);

        assertThat(result.files()).containsExactly("dashboard.ca.html", "dashboard.es.html", "dashboard.groups.csv",
                "dashboard.statuses.csv", "dashboard.summary.csv");
        assertThat(Files.readString(target.resolve("dashboard.summary.csv"))).startsWith("Código INE,Municipio,");
    }

    @Test
    void writeTo_progressListener_hearsEveryFileInOrder() throws IOException {
        List<String> heard = new ArrayList<>();

        ReportSuiteResult result = suite().kinds(ReportKind.INVENTORY, ReportKind.DASHBOARD)
                .progress((path, written, total) -> heard.add(written + "/" + total + " " + path))
                .build().writeTo(root.resolve("out"));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < result.files().size(); i++) {
            expected.add((i + 1) + "/" + result.files().size() + " " + result.files().get(i));
        }
        assertThat(heard).isEqualTo(expected);
    }

    @Test
    void writeTo_writerFailsHalfway_leavesNeitherTargetNorTemporaryDirectory() throws IOException {
        Path target = root.resolve("bages-2025");
        List<String> written = new ArrayList<>();
        ReportSuite failing = suite()
                .progress((path, count, total) -> written.add(path))
                .decorator((path, output) -> path.equals("inventory.json")
                        ? out -> {
                            out.write("{\"half\": ");
                            throw new IOException("disk full while writing " + path);
                        }
                        : output)
                .build();

        assertThatThrownBy(() -> failing.writeTo(target))
                .isInstanceOf(IOException.class).hasMessage("disk full while writing inventory.json");

        assertThat(written).hasSizeGreaterThan(100);
        assertThat(entries(root)).isEmpty();
    }

    @Test
    void writeTo_nonEmptyTarget_isRefusedAndLeftAsItWas() throws IOException {
        Path target = Files.createDirectories(root.resolve("reports"));
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> suite().kinds(ReportKind.DASHBOARD).build().writeTo(target))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("reports")
                .hasMessageContaining("exists and is not empty; choose a new or empty directory, or allow replacing it");

        assertThat(filesUnder(target)).containsExactly("notes.txt");
        assertThat(entries(root)).containsExactly("reports");
    }

    @Test
    void writeTo_emptyTarget_isFilled() throws IOException {
        Path target = Files.createDirectories(root.resolve("reports"));

        suite().kinds(ReportKind.DASHBOARD).formats(ReportFormat.JSON).build().writeTo(target);

        assertThat(filesUnder(target)).containsExactly("dashboard.json");
        assertThat(entries(root)).containsExactly("reports");
    }

    @Test
    void writeTo_replacingNonEmptyTarget_replacesItsWholeContent() throws IOException {
        Path target = Files.createDirectories(root.resolve("reports"));
        Files.writeString(target.resolve("notes.txt"), "old");

        suite().kinds(ReportKind.DASHBOARD).formats(ReportFormat.JSON).replace(true).build().writeTo(target);

        assertThat(filesUnder(target)).containsExactly("dashboard.json");
        assertThat(entries(root)).containsExactly("reports");
    }

    @Test
    void writeTo_replacingAndFailing_keepsTheOldContent() throws IOException {
        Path target = Files.createDirectories(root.resolve("reports"));
        Files.writeString(target.resolve("notes.txt"), "old");
        ReportSuite failing = suite().kinds(ReportKind.DASHBOARD).replace(true)
                .decorator((path, output) -> out -> {
                    throw new IOException("no space left");
                })
                .build();

        assertThatThrownBy(() -> failing.writeTo(target)).hasMessage("no space left");

        assertThat(filesUnder(target)).containsExactly("notes.txt");
        assertThat(entries(root)).containsExactly("reports");
    }

    @Test
    void writeTo_targetIsAFile_isRefused() throws IOException {
        Path target = Files.writeString(root.resolve("reports"), "a file");

        assertThatThrownBy(() -> suite().build().writeTo(target))
                .hasMessageContaining("exists and is not a directory");
    }

    @Test
    void writeTo_periodMissingForTheConventionBalance_failsBeforeCreatingAnything() {
        ReportSuite suite = ReportSuite.builder().dataset(DashboardFixture.dataset()).asOf(DashboardFixture.AS_OF)
                .kinds(ReportKind.CONVENTION_BALANCE).build();

        assertThatThrownBy(() -> suite.writeTo(root.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The report 'convention-balance' needs a period, set with period or balancePeriod, e.g."
                        + " DateRange.parse(\"2025-01-01/2025-12-31\")");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void writeTo_balancePeriod_coversTheBalanceWhileTheIncidentsKeepThePeriod() throws IOException {
        Path target = root.resolve("periods");

        suite().balancePeriod(CONVENTION_YEAR).kinds(ReportKind.CONVENTION_BALANCE, ReportKind.INCIDENTS)
                .formats(ReportFormat.JSON).build().writeTo(target);

        assertThat(target.resolve("convention-balance.json")).content().contains(periodField(CONVENTION_YEAR));
        assertThat(target.resolve("incidents.json")).content().contains(periodField(OperationsFixture.PERIOD));
    }

    @Test
    void writeTo_ownPeriodsWithoutTheSharedOne_coverEachReport() throws IOException {
        Path target = root.resolve("periods");
        DateRange lastMonths = DateRange.parse("2024-09-01/2025-02-28");

        ReportSuite.builder().dataset(DashboardFixture.dataset()).asOf(DashboardFixture.AS_OF)
                .supportBody(DashboardFixture.SUPPORT_BODY_ID).notificationPolicy(OperationsFixture.NOTIFICATION_POLICY)
                .balancePeriod(CONVENTION_YEAR).incidentPeriod(lastMonths)
                .kinds(ReportKind.CONVENTION_BALANCE, ReportKind.INCIDENTS).formats(ReportFormat.JSON)
                .build().writeTo(target);

        assertThat(target.resolve("convention-balance.json")).content().contains(periodField(CONVENTION_YEAR));
        assertThat(target.resolve("incidents.json")).content().contains(periodField(lastMonths));
    }

    @Test
    void writeTo_onlyTheBalancePeriod_failsForTheIncidentsNamingTheirSetter() {
        ReportSuite suite = ReportSuite.builder().dataset(DashboardFixture.dataset()).asOf(DashboardFixture.AS_OF)
                .notificationPolicy(OperationsFixture.NOTIFICATION_POLICY).balancePeriod(CONVENTION_YEAR)
                .kinds(ReportKind.CONVENTION_BALANCE, ReportKind.INCIDENTS).build();

        assertThatThrownBy(() -> suite.writeTo(root.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The report 'incidents' needs a period, set with period or incidentPeriod, e.g."
                        + " DateRange.parse(\"2025-01-01/2025-12-31\")");
        assertThat(root.resolve("out")).doesNotExist();
    }

    private static String periodField(DateRange period) {
        return "\"period\": \"" + period + "\"";
    }

    @Test
    void writeTo_notificationPolicyMissingForIncidents_failsNamingIt() {
        ReportSuite withoutPolicy = ReportSuite.builder().dataset(DashboardFixture.dataset())
                .asOf(DashboardFixture.AS_OF).period(OperationsFixture.PERIOD).kinds(ReportKind.INCIDENTS).build();

        assertThatThrownBy(() -> withoutPolicy.writeTo(root.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a notification policy");
    }

    @Test
    void writeTo_unknownSupportBody_failsListingTheKnownOnes() {
        ReportSuite suite = suite().supportBody("cc-anoia").build();

        assertThatThrownBy(() -> suite.writeTo(root.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown support body 'cc-anoia', expected one of [cc-bages]");
    }

    @Test
    void build_evaluationOfAnotherDate_isRefused() {
        ReportSuite.Builder builder = suite().evaluation(DashboardFixture.evaluation(DashboardFixture.dataset()))
                .asOf(DashboardFixture.AS_OF.plusDays(1));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The evaluation is of 2025-02-28 but the reports are of 2025-03-01, expected the same date, "
                        + "e.g. 2025-03-01");
    }

    @Test
    void build_noFormat_isRefused() {
        assertThatThrownBy(() -> suite().formats().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A report suite needs at least one language, format and kind");
    }

    @Test
    void fromFileStem_everyKind_roundTrips() {
        for (ReportKind kind : ReportKind.values()) {
            assertThat(ReportKind.fromFileStem(kind.fileStem())).isEqualTo(kind);
        }
        assertThatThrownBy(() -> ReportKind.fromFileStem("soa"))
                .hasMessageStartingWith("Unknown report 'soa', expected one of [dashboard, declaracion-aplicabilidad,");
    }

    @Test
    void writeTo_skippingIncomplete_writesTheOthersAndListsWhatEachSkippedOneNeeds() throws IOException {
        Path target = root.resolve("skipping");

        ReportSuiteResult result = ReportSuite.builder().dataset(DashboardFixture.dataset()).asOf(DashboardFixture.AS_OF)
                .supportBody(DashboardFixture.SUPPORT_BODY_ID).formats(ReportFormat.JSON).skipIncomplete(true)
                .build().writeTo(target);

        assertThat(result.skipped()).containsExactly(
                new SkippedReport(ReportKind.CONVENTION_BALANCE, ReportChoice.PERIOD, List.of()),
                new SkippedReport(ReportKind.INCIDENTS, ReportChoice.PERIOD, List.of()));
        assertThat(result.files()).contains("dashboard.json", "findings.json", "inventory.json", "adequacy-plan.json")
                .noneMatch(file -> file.startsWith("incidents") || file.startsWith("convention-balance"));
    }

    @Test
    void writeTo_skippingIncompleteWithPeriods_skipsTheIncidentsForTheirNotificationPolicyOnly() throws IOException {
        ReportSuiteResult result = ReportSuite.builder().dataset(DashboardFixture.dataset()).asOf(DashboardFixture.AS_OF)
                .supportBody(DashboardFixture.SUPPORT_BODY_ID).period(OperationsFixture.PERIOD)
                .formats(ReportFormat.JSON).skipIncomplete(true).build().writeTo(root.resolve("skipping"));

        assertThat(result.skipped()).containsExactly(
                new SkippedReport(ReportKind.INCIDENTS, ReportChoice.NOTIFICATION_POLICY, List.of()));
        assertThat(result.files()).contains("convention-balance.json");
    }
}
