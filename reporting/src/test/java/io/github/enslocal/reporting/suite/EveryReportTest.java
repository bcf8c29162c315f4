// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.dashboard.DashboardFixture;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.operations.OperationsFixture;
import io.github.enslocal.reporting.sample.ChromiumBrowser;
import io.github.enslocal.reporting.sample.CsvRecords;
import io.github.enslocal.reporting.sample.GoldenFiles;
import io.github.enslocal.reporting.sample.HtmlDocuments;
import io.github.enslocal.reporting.sample.SafeOutput;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/**
 * What every report must do, checked over the {@link ReportKind} descriptions so that a report added
 * there is covered without touching this class: its template and messages exist in every language,
 * golden files named after its file stem exist for every language, its files for the hostile fixture
 * carry no markup, link or formula, and a real browser opens its HTML without running anything and
 * prints it to PDF.
 */
class EveryReportTest {

    @TempDir
    static Path hostile;

    private static ReportSuiteResult written;

    @BeforeAll
    static void writeEveryReportOfTheHostileFixture() throws IOException {
        written = ReportSuite.builder().dataset(DashboardFixture.hostileDataset()).asOf(DashboardFixture.AS_OF)
                .period(OperationsFixture.PERIOD).supportBody(DashboardFixture.SUPPORT_BODY_ID)
                .notificationPolicy(OperationsFixture.NOTIFICATION_POLICY).build().writeTo(hostile.resolve("reports"));
    }

    private static List<String> files(ReportKind kind, String suffix) {
        return written.files().stream()
                .filter(file -> file.startsWith(kind.fileStem() + (kind.isPerSystem() ? "/" : ".")))
                .filter(file -> file.endsWith(suffix))
                .toList();
    }

    private static String read(String file) throws IOException {
        return Files.readString(written.directory().resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void kinds_haveDistinctIdsStemsAndPrefixes() {
        assertThat(Arrays.stream(ReportKind.values()).map(ReportKind::id)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ReportKind.values()).map(ReportKind::fileStem)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ReportKind.values()).map(ReportKind::template)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void kind_hasItsTemplateAndMessagesInEveryLanguage(ReportKind kind) {
        assertThat(Messages.class.getResource("/io/github/enslocal/reporting/html/" + kind.template() + ".peb"))
                .as(kind.template()).isNotNull();
        for (ReportLanguage language : ReportLanguage.values()) {
            assertThat(Messages.of(language).keys()).as("%s %s", kind, language)
                    .anyMatch(key -> key.startsWith(kind.messagePrefix() + "."));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void kind_hasGoldenFilesNamedAfterItsStemInEveryLanguage(ReportKind kind) {
        List<String> expected = new ArrayList<>(List.of(kind.fileStem() + ".json"));
        for (ReportLanguage language : ReportLanguage.values()) {
            expected.add(kind.fileStem() + "-" + language.tag() + ".html");
            expected.add(kind.fileStem() + "-" + language.tag() + ".md");
        }
        assertThat(expected).as("golden files of %s", kind).allMatch(GoldenFiles::exists);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void kind_writesEveryFormatForTheFixture(ReportKind kind) {
        for (String suffix : List.of(".json", ".ca.html", ".es.html", ".en.html", ".ca.md", ".excel.csv")) {
            assertThat(files(kind, suffix)).as("%s %s", kind, suffix).isNotEmpty();
        }
        assertThat(written.skipped()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void kind_hostileNames_stayInertTextInHtmlMarkdownAndCsv(ReportKind kind) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : files(kind, ".html")) {
            Document page = HtmlDocuments.parse(read(file));
            SafeOutput.assertNoExecutableMarkupOrExternalResource(page);
            text.append(page.getDocumentElement().getTextContent());
        }
        for (String file : files(kind, ".md")) {
            SafeOutput.assertNoRawHtmlOrLinks(read(file));
        }
        for (String file : files(kind, ".csv")) {
            SafeOutput.assertNoFormula(CsvRecords.read(read(file), file.endsWith(".excel.csv") ? ';' : ','));
        }
        assertThat(text.toString()).as("the hostile names reach the %s as text", kind)
                .containsAnyOf(SampleFixtures.IMG_ONERROR, SampleFixtures.DOM_MARKER_SCRIPT);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void chromium_kind_runsNoScriptAndPrintsToPdf(ReportKind kind, @TempDir Path work) throws IOException {
        ChromiumBrowser browser = ChromiumBrowser.findOrSkip(work, "the real-browser check of every report");
        Path page = written.directory().resolve(files(kind, ".ca.html").get(0));
        Path pdf = work.resolve(kind.fileStem() + ".pdf");

        String dom = browser.dumpDom(page);
        browser.printToPdf(page, pdf);

        assertThat(dom).doesNotContain("data-pwned=").doesNotContain("<script");
        byte[] document = Files.readAllBytes(pdf);
        assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
