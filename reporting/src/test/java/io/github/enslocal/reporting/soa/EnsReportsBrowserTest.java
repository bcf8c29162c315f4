// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus;
import io.github.enslocal.reporting.plan.AdequacyPlanStatusWriters;
import io.github.enslocal.reporting.sample.ChromiumBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the Declaración de Aplicabilidad and the plan status, and prints the
 * declaration to PDF. Skipped, with a message, only when Chromium is not installed.
 */
class EnsReportsBrowserTest {

    private static final Pattern HEX_TITLE = Pattern.compile("/Title\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern LITERAL_TITLE = Pattern.compile("/Title\\s*\\(([^)]*)\\)");

    @TempDir
    Path directory;

    private ChromiumBrowser browser;

    @BeforeEach
    void setUp() {
        browser = ChromiumBrowser.find(directory).orElse(null);
        Assumptions.assumeTrue(browser != null,
                "SKIPPED: Chromium not found (/usr/bin/chromium or chromium on PATH); the real-browser "
                        + "check of the DdA and plan reports did not run. Install Debian's 'chromium' package.");
    }

    @Test
    void chromium_declaration_showsEveryGroupAndTheSignatureBlock() throws IOException {
        Path page = directory.resolve("soa-ca.html");
        DeclaracionDeAplicabilidadWriters.of(ReportFormat.HTML).write(EnsFixture.declaration(), ReportLanguage.CA, page);

        String dom = browser.dumpDom(page);

        assertThat(dom).contains("<title>Declaració d'aplicabilitat: Gestió d'expedients</title>",
                "mp.s · Protección de los servicios", "Responsable de la seguretat", "Montserrat Vila i Puig")
                .doesNotContain("<script");
    }

    @Test
    void chromium_planStatus_showsBothChartsAndTheOverdueActions() throws IOException {
        Path page = directory.resolve("plan-es.html");
        AdequacyPlanStatusWriters.of(ReportFormat.HTML).write(
                AdequacyPlanStatus.forSystem(EnsFixture.dataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF), ReportLanguage.ES, page);

        String dom = browser.dumpDom(page);

        assertThat(dom).contains("<title>Estado del plan de adecuación</title>", "id=\"plan-status\"",
                "id=\"plan-groups\"", "Completar l'inventari d'equips i programari").doesNotContain("<script");
    }

    @Test
    void chromium_declarationPrintedToPdf_isANonEmptyPdfWithTheDocumentTitle() throws IOException {
        Path page = directory.resolve("soa-es.html");
        Path pdf = directory.resolve("soa-es.pdf");
        DeclaracionDeAplicabilidadWriters.of(ReportFormat.HTML).write(EnsFixture.declaration(), ReportLanguage.ES, page);

        browser.printToPdf(page, pdf);

        byte[] document = Files.readAllBytes(pdf);
        assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(document.length).isGreaterThan(50_000);
        assertThat(title(document)).contains("Declaración de Aplicabilidad: Gestió d'expedients");
    }

    /** Returns the title of a PDF's document information dictionary, as Chromium writes it. */
    private static Optional<String> title(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher hex = HEX_TITLE.matcher(text);
        if (hex.find()) {
            byte[] bytes = HexFormat.of().parseHex(hex.group(1));
            boolean utf16 = bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF;
            return Optional.of(utf16 ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)
                    : new String(bytes, StandardCharsets.ISO_8859_1));
        }
        Matcher literal = LITERAL_TITLE.matcher(text);
        return literal.find() ? Optional.of(literal.group(1)) : Optional.empty();
    }
}
