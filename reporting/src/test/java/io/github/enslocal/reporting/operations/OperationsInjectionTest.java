// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.convention.ConventionBalance;
import io.github.enslocal.reporting.convention.ConventionBalanceWriters;
import io.github.enslocal.reporting.convention.ConventionTable;
import io.github.enslocal.reporting.incidents.IncidentReport;
import io.github.enslocal.reporting.incidents.IncidentReportWriters;
import io.github.enslocal.reporting.incidents.IncidentTable;
import io.github.enslocal.reporting.inventory.InventoryReport;
import io.github.enslocal.reporting.inventory.InventoryReportWriters;
import io.github.enslocal.reporting.inventory.InventoryTable;
import io.github.enslocal.reporting.sample.CsvRecords;
import io.github.enslocal.reporting.sample.HtmlDocuments;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The operations reports of a dataset whose free texts are hostile (names, titles, summaries, asset
 * names, locations, responsible persons) never turn them into markup, script, links or formulas.
 */
class OperationsInjectionTest {

    private static final List<String> FORBIDDEN_ELEMENTS = List.of(
            "script", "img", "iframe", "object", "embed", "link", "base", "form", "a", "image", "use",
            "foreignobject", "animate", "set");

    static Stream<Arguments> reportsAndLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (OperationsReports report : OperationsReports.values()) {
            for (ReportLanguage language : ReportLanguage.values()) {
                arguments.add(Arguments.of(report, language));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reportsAndLanguages")
    void html_hostileDataset_hasNoExecutableMarkupOrExternalResource(OperationsReports report, ReportLanguage language)
            throws IOException {
        Document page = HtmlDocuments.parse(report.write(OperationsFixture.hostileDataset(), ReportFormat.HTML, language));

        for (Element element : HtmlDocuments.elements(page)) {
            assertThat(element.getTagName().toLowerCase(Locale.ROOT)).isNotIn(FORBIDDEN_ELEMENTS);
            for (Attr attribute : HtmlDocuments.attributes(element)) {
                String name = attribute.getName().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.getTagName())
                        .doesNotStartWith("on").isNotIn("src", "href", "xlink:href", "srcdoc", "action", "style");
                assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reportsAndLanguages")
    void html_hostileDataset_showsHostileTextAsText(OperationsReports report, ReportLanguage language)
            throws IOException {
        Document page = HtmlDocuments.parse(report.write(OperationsFixture.hostileDataset(), ReportFormat.HTML, language));

        String text = page.getDocumentElement().getTextContent();

        assertThat(text).contains(hostileTextOf(report));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reportsAndLanguages")
    void markdown_hostileDataset_hasNoRawHtmlOrLinks(OperationsReports report, ReportLanguage language)
            throws IOException {
        String markdown = report.write(OperationsFixture.hostileDataset(), ReportFormat.MARKDOWN, language);

        assertThat(markdown.replace("\\<", "").replace("\\[", "").replace("\\]", ""))
                .doesNotContain("<", "[", "]");
        assertThat(markdown).contains("\\<img");
    }

    static Stream<Arguments> csvTables() {
        Dataset hostile = OperationsFixture.hostileDataset();
        ConventionBalance balance = ConventionBalance.of(hostile, OperationsFixture.CONVENTION_ID, OperationsFixture.PERIOD);
        IncidentReport incidents = IncidentReport.of(hostile, OperationsFixture.PERIOD, OperationsFixture.NOTIFICATION_POLICY);
        InventoryReport inventory = InventoryReport.of(hostile, OperationsFixture.AS_OF);
        List<Arguments> arguments = new ArrayList<>();
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.CSV_EXCEL)) {
            for (ConventionTable table : ConventionTable.values()) {
                arguments.add(Arguments.of(format, table, csv(ConventionBalanceWriters.csv(format, table), balance)));
            }
            for (IncidentTable table : IncidentTable.values()) {
                arguments.add(Arguments.of(format, table, csv(IncidentReportWriters.csv(format, table), incidents)));
            }
            for (InventoryTable table : InventoryTable.values()) {
                arguments.add(Arguments.of(format, table, csv(InventoryReportWriters.csv(format, table), inventory)));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvTables")
    void csv_hostileDataset_hasEveryFormulaNeutralised(ReportFormat format, Object table, String csv)
            throws IOException {
        List<List<String>> records = CsvRecords.read(csv, format == ReportFormat.CSV ? ',' : ';');

        for (List<String> record : records) {
            for (String field : record) {
                assertThat(field).as("field of %s", table).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvTables")
    void csv_hostileTables_keepTheHostileTextBehindAnApostrophe(ReportFormat format, Object table, String csv)
            throws IOException {
        List<String> fields = CsvRecords.read(csv, format == ReportFormat.CSV ? ',' : ';').stream()
                .flatMap(List::stream).toList();

        if (table == IncidentTable.SECURITY_INCIDENTS || table == InventoryTable.UNENCRYPTED_PORTABLES) {
            assertThat(fields).contains("'" + SampleFixtures.HYPERLINK);
        }
    }

    private static <M> String csv(ReportWriter<M> writer, M model) {
        StringWriter out = new StringWriter();
        try {
            writer.write(model, ReportLanguage.CA, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String[] hostileTextOf(OperationsReports report) {
        return switch (report) {
            case CONVENTION_BALANCE -> new String[] {SampleFixtures.SCRIPT, SampleFixtures.DOM_MARKER_IMG,
                    SampleFixtures.DOM_MARKER_SCRIPT, SampleFixtures.IMG_ONERROR};
            case INCIDENTS -> new String[] {SampleFixtures.HYPERLINK, SampleFixtures.IMG_ONERROR};
            case INVENTORY -> new String[] {SampleFixtures.IMG_ONERROR, SampleFixtures.HYPERLINK,
                    SampleFixtures.SCRIPT};
        };
    }
}
