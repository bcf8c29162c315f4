// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a headless Chromium on a local file, isolated from the network and from any profile: a fresh
 * user data directory per run, no background networking, updates, sync or QUIC.
 */
public final class ChromiumBrowser {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;
    private final Path workDirectory;

    private ChromiumBrowser(Path executable, Path workDirectory) {
        this.executable = executable;
        this.workDirectory = workDirectory;
    }

    /**
     * Finds Chromium: {@code /usr/bin/chromium}, else {@code chromium} or {@code chromium-browser}
     * on the {@code PATH}.
     *
     * @param workDirectory a directory for profiles and outputs
     * @return the browser, or empty when none is installed
     */
    public static Optional<ChromiumBrowser> find(Path workDirectory) {
        return ExternalProgram.find(Path.of("/usr/bin/chromium"), "chromium", "chromium-browser")
                .map(path -> new ChromiumBrowser(path, workDirectory));
    }

    /**
     * Finds Chromium, or skips the calling test with a message saying which check did not run.
     *
     * @param workDirectory a directory for profiles and outputs
     * @param check what the test checks, e.g. {@code "the real-browser check of the dashboard"}
     * @return the browser
     */
    public static ChromiumBrowser findOrSkip(Path workDirectory, String check) {
        Optional<ChromiumBrowser> browser = find(workDirectory);
        Assumptions.assumeTrue(browser.isPresent(),
                "SKIPPED: Chromium not found (/usr/bin/chromium or chromium on PATH); " + check
                        + " did not run. Install Debian's 'chromium' package.");
        return browser.orElseThrow();
    }

    /**
     * Returns the DOM after the page loaded (and would have run any script), serialised.
     *
     * @param page the HTML file
     * @return the DOM as HTML
     * @throws IOException if Chromium fails or times out
     */
    public String dumpDom(Path page) throws IOException {
        return new String(run(page, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /**
     * Takes a screenshot of a page.
     *
     * @param page the HTML file
     * @param png where to write the PNG
     * @throws IOException if Chromium fails or times out
     */
    public void screenshot(Path page, Path png) throws IOException {
        run(page, "--window-size=1024,1400", "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath());
    }

    /**
     * Prints a page to PDF as the browser's print dialog would, with the page's {@code @page} rules.
     *
     * @param page the HTML file
     * @param pdf where to write the PDF
     * @throws IOException if Chromium fails or times out
     */
    public void printToPdf(Path page, Path pdf) throws IOException {
        run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath());
    }

    private byte[] run(Path page, String... action) throws IOException {
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile-");
        Path stdout = Files.createTempFile(workDirectory, "chromium-", ".out");
        Path stderr = Files.createTempFile(workDirectory, "chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        ExternalProgram.run(command, stdout, stderr, TIMEOUT_SECONDS);
        return Files.readAllBytes(stdout);
    }
}
