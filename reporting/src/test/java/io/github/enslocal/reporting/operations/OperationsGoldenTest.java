// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.convention.ConventionBalance;
import io.github.enslocal.reporting.convention.ConventionBalanceWriters;
import io.github.enslocal.reporting.convention.ConventionTable;
import io.github.enslocal.reporting.incidents.IncidentReport;
import io.github.enslocal.reporting.incidents.IncidentReportWriters;
import io.github.enslocal.reporting.incidents.IncidentTable;
import io.github.enslocal.reporting.inventory.InventoryReport;
import io.github.enslocal.reporting.inventory.InventoryReportWriters;
import io.github.enslocal.reporting.inventory.InventoryTable;
import io.github.enslocal.reporting.sample.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operations report, in every format and language, is byte for byte its golden file. */
class OperationsGoldenTest {

    @TempDir
    Path directory;

    static Stream<Arguments> outputs() {
        return OperationsReports.outputs().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} as {1} in {2} matches {3}")
    @MethodSource("outputs")
    void write_fixture_matchesGoldenFile(OperationsReports report, ReportFormat format, ReportLanguage language,
            String golden) throws IOException {
        Path file = directory.resolve(golden);

        report.write(OperationsFixture.dataset(), format, language, file);

        GoldenFiles.assertMatches(golden, Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0} as {1} in {2} twice gives the same bytes")
    @MethodSource("outputs")
    void write_freshFixtureTwice_givesSameBytes(OperationsReports report, ReportFormat format,
            ReportLanguage language, String golden) throws IOException {
        Path first = directory.resolve("first-" + golden);
        Path second = directory.resolve("second-" + golden);

        report.write(OperationsFixture.dataset(), format, language, first);
        report.write(OperationsFixture.dataset(), format, language, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @ParameterizedTest
    @EnumSource(IncidentTable.class)
    void csv_everyIncidentTable_matchesGoldenFile(IncidentTable table) throws IOException {
        Path file = directory.resolve("incidents.csv");
        IncidentReport report = IncidentReport.of(OperationsFixture.dataset(), OperationsFixture.PERIOD,
                OperationsFixture.NOTIFICATION_POLICY);

        IncidentReportWriters.csv(ReportFormat.CSV, table).write(report, ReportLanguage.EN, file);

        GoldenFiles.assertMatches("incidents-" + table.id() + "-en.csv", Files.readAllBytes(file));
    }

    @ParameterizedTest
    @EnumSource(ConventionTable.class)
    void csv_everyConventionTable_matchesGoldenFile(ConventionTable table) throws IOException {
        Path file = directory.resolve("convention.csv");
        ConventionBalance balance = ConventionBalance.of(OperationsFixture.dataset(), OperationsFixture.CONVENTION_ID,
                OperationsFixture.PERIOD);

        ConventionBalanceWriters.csv(ReportFormat.CSV, table).write(balance, ReportLanguage.EN, file);

        GoldenFiles.assertMatches("convention-balance-" + table.id() + "-en.csv", Files.readAllBytes(file));
    }

    @ParameterizedTest
    @EnumSource(InventoryTable.class)
    void csv_everyInventoryTable_matchesGoldenFile(InventoryTable table) throws IOException {
        Path file = directory.resolve("inventory.csv");
        InventoryReport report = InventoryReport.of(OperationsFixture.dataset(), OperationsFixture.AS_OF);

        InventoryReportWriters.csv(ReportFormat.CSV, table).write(report, ReportLanguage.EN, file);

        GoldenFiles.assertMatches("inventory-" + table.id() + "-en.csv", Files.readAllBytes(file));
    }
}
