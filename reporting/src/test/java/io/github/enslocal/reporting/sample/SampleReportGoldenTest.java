// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format writes the hostile sample report byte for byte as its golden file. */
class SampleReportGoldenTest {

    @TempDir
    Path directory;

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of(ReportFormat.JSON, ReportLanguage.CA, "sample.json"),
                Arguments.of(ReportFormat.CSV, ReportLanguage.CA, "sample-ca.csv"),
                Arguments.of(ReportFormat.CSV_EXCEL, ReportLanguage.ES, "sample-es-excel.csv"),
                Arguments.of(ReportFormat.MARKDOWN, ReportLanguage.CA, "sample-ca.md"),
                Arguments.of(ReportFormat.MARKDOWN, ReportLanguage.ES, "sample-es.md"),
                Arguments.of(ReportFormat.MARKDOWN, ReportLanguage.EN, "sample-en.md"),
                Arguments.of(ReportFormat.HTML, ReportLanguage.CA, "sample-ca.html"),
                Arguments.of(ReportFormat.HTML, ReportLanguage.ES, "sample-es.html"),
                Arguments.of(ReportFormat.HTML, ReportLanguage.EN, "sample-en.html"));
    }

    @ParameterizedTest(name = "{0} in {1} matches {2}")
    @MethodSource("outputs")
    void write_hostileSample_matchesGoldenFile(ReportFormat format, ReportLanguage language, String golden)
            throws IOException {
        Path file = directory.resolve(golden);

        SampleReportWriters.of(format).write(SampleFixtures.hostileReport(), language, file);

        GoldenFiles.assertMatches(golden, Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0} in {1} twice gives the same bytes")
    @MethodSource("outputs")
    void write_sameReportTwice_givesSameBytes(ReportFormat format, ReportLanguage language, String golden)
            throws IOException {
        Path first = directory.resolve("first-" + golden);
        Path second = directory.resolve("second-" + golden);

        SampleReportWriters.of(format).write(SampleFixtures.hostileReport(), language, first);
        SampleReportWriters.of(format).write(SampleFixtures.hostileReport(), language, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
