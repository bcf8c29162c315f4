// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the hostile sample report: it shows the page, prints it to PDF and runs no
 * script. Skipped, with a message, only when Chromium is not installed.
 */
class BrowserTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path directory;

    private ChromiumBrowser browser;
    private Path page;

    @BeforeEach
    void setUp() throws IOException {
        browser = ChromiumBrowser.find(directory).orElse(null);
        Assumptions.assumeTrue(browser != null,
                "SKIPPED: Chromium not found (/usr/bin/chromium or chromium on PATH); the real-browser "
                        + "check of the HTML reports did not run. Install Debian's 'chromium' package.");
        page = directory.resolve("sample-ca.html");
        SampleReportWriters.of(ReportFormat.HTML).write(SampleFixtures.hostileReport(), ReportLanguage.CA, page);
    }

    @Test
    void chromium_hostileSample_keepsTitleAndRunsNoScript() throws IOException {
        String dom = browser.dumpDom(page);

        assertThat(dom).contains("<title>Quadre de seguiment &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"cometes\"</title>");
        assertThat(dom).contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')")
                .doesNotContain("data-pwned=\"").doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void chromium_pageWithScript_leavesTheTraceTheHostileTestLooksFor() throws IOException {
        Path control = directory.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><head><title>control</title></head><body>"
                + SampleFixtures.DOM_MARKER_SCRIPT + "</body></html>", StandardCharsets.UTF_8);

        String dom = browser.dumpDom(control);

        assertThat(dom).contains("data-pwned=\"1\"");
    }

    @Test
    void chromium_hostileSample_rendersScreenshotAndPdf() throws IOException {
        Path png = directory.resolve("sample.png");
        Path pdf = directory.resolve("sample.pdf");

        browser.screenshot(page, png);
        browser.printToPdf(page, pdf);

        byte[] image = Files.readAllBytes(png);
        byte[] document = Files.readAllBytes(pdf);
        assertThat(image.length).isGreaterThan(10_000);
        assertThat(Arrays.copyOf(image, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        assertThat(document.length).isGreaterThan(10_000);
        assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String keep = System.getProperty("enslocal.browser.keep", "");
        if (!keep.isEmpty()) {
            Files.copy(png, Path.of(keep, "sample.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pdf, Path.of(keep, "sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
