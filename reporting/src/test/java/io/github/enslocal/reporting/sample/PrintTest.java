// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.dashboard.DashboardFixture;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.operations.OperationsFixture;
import io.github.enslocal.reporting.suite.ReportKind;
import io.github.enslocal.reporting.suite.ReportSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML report of the dashboard fixture's support body, printed to PDF by headless Chromium on
 * A4 in Catalan, Spanish and English, keeps all of itself on paper: pdftotext finds every column
 * heading and every municipality the report lists, every page carries the report's title and its
 * number "n of total" in the footer, no page holds only a title or a caption, and the report takes
 * no more pages than its bound. Skipped, with a message, only when Chromium or pdftotext is missing.
 */
class PrintTest {

    private static final String CHECK = "the print check of the HTML reports";

    /** The systems whose Declaración is printed: one MEDIA, one ALTA with an exclusion and a compensation. */
    private static final List<String> DECLARATIONS = List.of("man-expedients", "sfb-policia");

    /**
     * The most pages each report may take with the fixture, as measured in the longest language (the
     * Declaración with room for two more): more means that tables or charts no longer fit the page
     * as designed, e.g. a chart pushed alone onto a page or a table that breaks a row per page.
     */
    private static final Map<String, Integer> MAX_PAGES = Map.of(
            "dashboard", 5,
            "adequacy-plan", 3,
            "convention-balance", 3,
            "incidents", 7,
            "inventory", 4,
            "findings", 9,
            "declaracion-aplicabilidad/man-expedients", 10,
            "declaracion-aplicabilidad/sfb-policia", 10);

    /** The reports with a row for every municipality the support body serves. */
    private static final Set<String> LISTING_MUNICIPALITIES = Set.of("dashboard", "incidents", "inventory");

    /** Fewer words than this on a page, besides its footer, is a page holding only a title or a caption. */
    private static final int MIN_WORDS_PER_PAGE = 10;

    private static final Pattern HEADING = Pattern.compile("<th\\b[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern WRAPPED_HYPHEN = Pattern.compile("(?<=\\p{L})- ");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    @TempDir
    static Path directory;

    private static Path reports;

    @BeforeAll
    static void writeReports() throws IOException {
        reports = directory.resolve("reports");
        ReportSuite.builder()
                .dataset(DashboardFixture.dataset())
                .asOf(DashboardFixture.AS_OF)
                .period(OperationsFixture.PERIOD)
                .supportBody(DashboardFixture.SUPPORT_BODY_ID)
                .notificationPolicy(OperationsFixture.NOTIFICATION_POLICY)
                .formats(ReportFormat.HTML)
                .languages(ReportLanguage.values())
                .build()
                .writeTo(reports);
    }

    static Stream<Arguments> reports() {
        List<String> stems = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            if (kind.isPerSystem()) {
                DECLARATIONS.forEach(system -> stems.add(kind.fileStem() + "/" + system));
            } else {
                stems.add(kind.fileStem());
            }
        }
        return stems.stream().flatMap(stem -> Arrays.stream(ReportLanguage.values()).map(language -> Arguments.of(stem,
                language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reports")
    void printToPdf_report_keepsEveryColumnAndMunicipalityOnNumberedPages(String stem, ReportLanguage language)
            throws IOException {
        ChromiumBrowser browser = ChromiumBrowser.findOrSkip(directory, CHECK);
        PdfText extractor = PdfText.findOrSkip(CHECK);
        Path page = reports.resolve(stem + "." + language.tag() + ".html");
        Path pdf = directory.resolve(stem.replace('/', '-') + "." + language.tag() + ".pdf");
        String html = Files.readString(page, StandardCharsets.UTF_8);

        browser.printToPdf(page, pdf);
        List<String> pages = extractor.pages(pdf);

        String whole = normalise(String.join(" ", pages));
        assertThat(pages).as("pages of %s", pdf.getFileName()).hasSizeBetween(1, MAX_PAGES.get(stem));
        assertThat(headings(html)).isNotEmpty().allSatisfy(heading ->
                assertThat(whole).as("column heading in %s", pdf.getFileName()).contains(heading));
        if (LISTING_MUNICIPALITIES.contains(stem)) {
            assertThat(unescape(html)).as("municipalities in %s", page.getFileName()).contains(municipalities());
        }
        assertThat(municipalities()).filteredOn(name -> unescape(html).contains(name)).allSatisfy(name ->
                assertThat(whole).as("municipality in %s", pdf.getFileName()).contains(name));
        String title = normalise(unescape(match(TITLE, html).get(0)));
        Messages messages = Messages.of(language);
        for (int i = 0; i < pages.size(); i++) {
            String text = normalise(pages.get(i));
            String number = messages.format("document.page", i + 1, pages.size());
            assertThat(text).as("footer of page %d of %s", i + 1, pdf.getFileName()).contains(number).contains(title);
            String body = text.replace(number, " ").replace(title, " ").strip();
            assertThat(body.split(" ")).as("words on page %d of %s besides the footer: %s", i + 1,
                    pdf.getFileName(), body).hasSizeGreaterThanOrEqualTo(MIN_WORDS_PER_PAGE);
        }
    }

    /** Returns the names of the municipalities the fixture's support body serves. */
    private static List<String> municipalities() {
        Dataset dataset = DashboardFixture.dataset();
        SupportBody body = dataset.supportBodies().stream()
                .filter(candidate -> candidate.id().equals(DashboardFixture.SUPPORT_BODY_ID)).findFirst().orElseThrow();
        return dataset.municipalities().stream().filter(municipality -> body.municipalities().contains(municipality.code()))
                .map(Municipality::name).toList();
    }

    /** Returns the distinct texts of the page's table headings, row headings included. */
    private static Set<String> headings(String html) {
        Set<String> headings = new LinkedHashSet<>();
        match(HEADING, html).forEach(heading -> headings.add(normalise(unescape(heading))));
        headings.remove("");
        return headings;
    }

    private static List<String> match(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Undoes the escapes the template engine writes: the five markup characters. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Joins lines and runs of spaces, and a word broken after its hyphen, so that a heading wrapped in
     * its cell reads as one line.
     */
    private static String normalise(String text) {
        return WRAPPED_HYPHEN.matcher(String.join(" ", text.strip().split("\\s+"))).replaceAll("-");
    }
}
