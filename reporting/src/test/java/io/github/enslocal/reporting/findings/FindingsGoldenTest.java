// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.dashboard.DashboardFixture;
import io.github.enslocal.reporting.sample.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format and language of the findings report writes the fixture byte for byte as its golden file ({@code findings*}). */
class FindingsGoldenTest {

    @TempDir
    Path directory;

    static FindingsReport report() {
        Dataset dataset = DashboardFixture.dataset();
        return FindingsReport.of(DashboardFixture.evaluation(dataset), dataset, DashboardFixture.SUPPORT_BODY_ID);
    }

    static Stream<Arguments> outputs() {
        List<Arguments> outputs = new ArrayList<>();
        outputs.add(Arguments.of("findings.json", FindingsReportWriters.of(ReportFormat.JSON), ReportLanguage.CA));
        for (ReportLanguage language : ReportLanguage.values()) {
            outputs.add(Arguments.of("findings-" + language.tag() + ".md", FindingsReportWriters.of(ReportFormat.MARKDOWN),
                    language));
            outputs.add(Arguments.of("findings-" + language.tag() + ".html", FindingsReportWriters.of(ReportFormat.HTML),
                    language));
        }
        for (FindingsTable table : FindingsTable.values()) {
            String name = "findings-" + table.name().toLowerCase(Locale.ROOT).replace('_', '-');
            outputs.add(Arguments.of(name + "-ca.csv", FindingsReportWriters.csv(ReportFormat.CSV, table), ReportLanguage.CA));
            outputs.add(Arguments.of(name + "-es-excel.csv", FindingsReportWriters.csv(ReportFormat.CSV_EXCEL, table),
                    ReportLanguage.ES));
        }
        return outputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void write_fixture_matchesGoldenFile(String golden, ReportWriter<FindingsReport> writer, ReportLanguage language)
            throws IOException {
        Path file = directory.resolve(golden);

        writer.write(report(), language, file);

        GoldenFiles.assertMatches(golden, Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0} twice gives the same bytes")
    @MethodSource("outputs")
    void write_fixtureBuiltTwice_givesSameBytes(String golden, ReportWriter<FindingsReport> writer,
            ReportLanguage language) throws IOException {
        Path first = directory.resolve("first-" + golden);
        Path second = directory.resolve("second-" + golden);

        writer.write(report(), language, first);
        writer.write(report(), language, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
