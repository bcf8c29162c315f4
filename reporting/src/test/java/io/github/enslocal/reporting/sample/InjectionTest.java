// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** Hostile strings in every text field never become markup, script, links or formulas. */
class InjectionTest {

    private static String write(ReportFormat format, ReportLanguage language) throws IOException {
        StringWriter out = new StringWriter();
        SampleReportWriters.of(format).write(SampleFixtures.hostileReport(), language, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostileSample_hasNoExecutableMarkupOrExternalResource(ReportLanguage language) throws IOException {
        Document page = HtmlDocuments.parse(write(ReportFormat.HTML, language));

        SafeOutput.assertNoExecutableMarkupOrExternalResource(page);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostileSample_keepsHostileTextAsText(ReportLanguage language) throws IOException {
        Document page = HtmlDocuments.parse(write(ReportFormat.HTML, language));

        String text = page.getDocumentElement().getTextContent();

        assertThat(text).contains(SampleFixtures.SCRIPT, SampleFixtures.IMG_ONERROR, SampleFixtures.HYPERLINK,
                SampleFixtures.DOM_MARKER_SCRIPT);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(SampleFixtures.TITLE);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostileSample_hasSelfContainedStrictPage(ReportLanguage language) throws IOException {
        String html = write(ReportFormat.HTML, language);
        Document page = HtmlDocuments.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">");
        assertThat(HtmlDocuments.elements(page)).filteredOn(e -> e.getTagName().equals("meta")
                        && e.getAttribute("http-equiv").equals("Content-Security-Policy"))
                .singleElement()
                .extracting(e -> e.getAttribute("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        assertThat(html).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
        assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"CSV", "CSV_EXCEL"})
    void csv_hostileSample_hasEveryFormulaNeutralisedAndNumbersIntact(ReportFormat format) throws IOException {
        String csv = write(format, ReportLanguage.CA);
        char separator = format == ReportFormat.CSV ? ',' : ';';

        List<List<String>> records = CsvRecords.read(csv, separator);

        SafeOutput.assertNoFormula(records);
        assertThat(records.get(2).get(1)).isEqualTo("'" + SampleFixtures.HYPERLINK);
        assertThat(records.get(3).get(2)).isEqualTo("'" + SampleFixtures.STRUCTURE);
        assertThat(records.get(1).get(4)).isEqualTo(format == ReportFormat.CSV ? "-1234.50" : "-1234,50");
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void markdown_hostileSample_hasNoRawHtmlOrLinks(ReportLanguage language) throws IOException {
        String markdown = write(ReportFormat.MARKDOWN, language);

        SafeOutput.assertNoRawHtmlOrLinks(markdown);
    }
}
