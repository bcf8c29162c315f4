// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.sample.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Every format and language of the dashboard writes the fixture byte for byte as its golden file ({@code dashboard*}). */
class DashboardGoldenTest {

    @TempDir
    Path directory;

    static Stream<Arguments> outputs() {
        List<Arguments> outputs = new ArrayList<>();
        outputs.add(Arguments.of("dashboard.json", EnsDashboardWriters.of(ReportFormat.JSON), ReportLanguage.CA));
        for (ReportLanguage language : ReportLanguage.values()) {
            outputs.add(Arguments.of("dashboard-" + language.tag() + ".md", EnsDashboardWriters.of(ReportFormat.MARKDOWN),
                    language));
            outputs.add(Arguments.of("dashboard-" + language.tag() + ".html", EnsDashboardWriters.of(ReportFormat.HTML),
                    language));
        }
        for (DashboardTable table : DashboardTable.values()) {
            String name = "dashboard-" + table.name().toLowerCase(Locale.ROOT);
            outputs.add(Arguments.of(name + "-ca.csv", EnsDashboardWriters.csv(ReportFormat.CSV, table), ReportLanguage.CA));
            outputs.add(Arguments.of(name + "-es-excel.csv", EnsDashboardWriters.csv(ReportFormat.CSV_EXCEL, table),
                    ReportLanguage.ES));
        }
        return outputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void write_fixture_matchesGoldenFile(String golden, ReportWriter<EnsDashboard> writer, ReportLanguage language)
            throws IOException {
        Path file = directory.resolve(golden);

        writer.write(DashboardFixture.dashboard(), language, file);

        GoldenFiles.assertMatches(golden, Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0} twice gives the same bytes")
    @MethodSource("outputs")
    void write_fixtureBuiltTwice_givesSameBytes(String golden, ReportWriter<EnsDashboard> writer,
            ReportLanguage language) throws IOException {
        Path first = directory.resolve("first-" + golden);
        Path second = directory.resolve("second-" + golden);

        writer.write(DashboardFixture.dashboard(), language, first);
        writer.write(DashboardFixture.dashboard(), language, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
