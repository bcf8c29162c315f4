// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.sample.CsvRecords;
import io.github.enslocal.reporting.sample.HtmlDocuments;
import io.github.enslocal.reporting.sample.SafeOutput;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Hostile municipality and support body names never become markup, script, links or formulas in the
 * dashboard, in its tables or in its charts' labels and tooltips.
 */
class DashboardInjectionTest {

    private static String write(ReportWriter<EnsDashboard> writer, ReportLanguage language) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(DashboardFixture.hostileDashboard(), language, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostileNames_stayInertText(ReportLanguage language) throws IOException {
        Document page = HtmlDocuments.parse(write(EnsDashboardWriters.of(ReportFormat.HTML), language));

        SafeOutput.assertNoExecutableMarkupOrExternalResource(page);
        assertThat(page.getDocumentElement().getTextContent()).contains("Manresa " + SampleFixtures.IMG_ONERROR,
                SampleFixtures.DOM_MARKER_SCRIPT);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .endsWith(": " + SampleFixtures.DOM_MARKER_SCRIPT);
        assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void markdown_hostileNames_haveNoRawHtmlOrLinks(ReportLanguage language) throws IOException {
        SafeOutput.assertNoRawHtmlOrLinks(write(EnsDashboardWriters.of(ReportFormat.MARKDOWN), language));
    }

    static Stream<Arguments> csvTables() {
        List<Arguments> tables = new ArrayList<>();
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.CSV_EXCEL)) {
            for (DashboardTable table : DashboardTable.values()) {
                tables.add(Arguments.of(format, table));
            }
        }
        return tables.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvTables")
    void csv_hostileNames_haveEveryFormulaNeutralised(ReportFormat format, DashboardTable table) throws IOException {
        List<List<String>> records = CsvRecords.read(write(EnsDashboardWriters.csv(format, table), ReportLanguage.CA),
                format == ReportFormat.CSV ? ',' : ';');

        SafeOutput.assertNoFormula(records);
        assertThat(records.stream().flatMap(List::stream)).contains("Manresa " + SampleFixtures.IMG_ONERROR);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSameSizeAs(records.get(0)));
    }
}
