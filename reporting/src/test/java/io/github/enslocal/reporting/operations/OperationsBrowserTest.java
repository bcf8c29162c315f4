// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.sample.ChromiumBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real browser opens each operations report of the hostile dataset: it runs no script and prints
 * the page to PDF. Skipped, with a message, only when Chromium is not installed.
 */
class OperationsBrowserTest {

    @TempDir
    Path directory;

    private ChromiumBrowser browser;

    @BeforeEach
    void setUp() {
        browser = ChromiumBrowser.find(directory).orElse(null);
        Assumptions.assumeTrue(browser != null,
                "SKIPPED: Chromium not found (/usr/bin/chromium or chromium on PATH); the real-browser "
                        + "check of the operations reports did not run. Install Debian's 'chromium' package.");
    }

    @ParameterizedTest
    @EnumSource(OperationsReports.class)
    void chromium_hostileReport_runsNoScriptAndPrints(OperationsReports report) throws IOException {
        Path page = directory.resolve(report.fileName() + "-ca.html");
        Path pdf = directory.resolve(report.fileName() + ".pdf");
        report.write(OperationsFixture.hostileDataset(), ReportFormat.HTML, ReportLanguage.CA, page);

        String dom = browser.dumpDom(page);
        browser.printToPdf(page, pdf);

        assertThat(dom).doesNotContain("data-pwned=\"").doesNotContain("<script").doesNotContain("<img");
        assertThat(dom).contains("<svg");
        byte[] document = Files.readAllBytes(pdf);
        assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
