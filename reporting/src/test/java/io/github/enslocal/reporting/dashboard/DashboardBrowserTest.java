// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.sample.ChromiumBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the dashboard with its three charts, runs nothing from hostile names, and
 * prints it to PDF. Skipped, with a message, only when Chromium is not installed.
 */
class DashboardBrowserTest {

    @TempDir
    Path directory;

    private ChromiumBrowser browser;

    @BeforeEach
    void setUp() {
        browser = ChromiumBrowser.findOrSkip(directory, "the real-browser check of the dashboard");
    }

    @Test
    void chromium_dashboard_showsTheThreeChartsAndTheTotals() throws IOException {
        Path page = directory.resolve("dashboard-ca.html");
        EnsDashboardWriters.of(ReportFormat.HTML).write(DashboardFixture.dashboard(), ReportLanguage.CA, page);

        String dom = browser.dumpDom(page);

        assertThat(dom).contains("<title>Quadre de seguiment de l'ENS: Consell Comarcal del Bages</title>",
                "id=\"dashboard-compliance\"", "id=\"dashboard-statuses\"", "id=\"dashboard-groups\"",
                "Sant Fruitós de Bages", "8/220").doesNotContain("<script");
    }

    @Test
    void chromium_hostileDashboard_runsNoScript() throws IOException {
        Path page = directory.resolve("dashboard-hostile.html");
        EnsDashboardWriters.of(ReportFormat.HTML).write(DashboardFixture.hostileDashboard(), ReportLanguage.EN, page);

        String dom = browser.dumpDom(page);

        assertThat(dom).doesNotContain("data-pwned=").contains("id=\"dashboard-groups\"");
    }

    @Test
    void chromium_dashboardPrintedToPdf_isANonEmptyPdf() throws IOException {
        Path page = directory.resolve("dashboard-es.html");
        Path pdf = directory.resolve("dashboard-es.pdf");
        EnsDashboardWriters.of(ReportFormat.HTML).write(DashboardFixture.dashboard(), ReportLanguage.ES, page);

        browser.printToPdf(page, pdf);

        byte[] document = Files.readAllBytes(pdf);
        assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(document.length).isGreaterThan(20_000);
    }
}
