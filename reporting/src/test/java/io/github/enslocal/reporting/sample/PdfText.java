// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Extracts the text of a PDF, page by page, with poppler's {@code pdftotext} (Debian package
 * {@code poppler-utils}), in content-stream order so that the lines of a wrapped table cell follow
 * one another.
 */
public final class PdfText {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    private PdfText(Path executable) {
        this.executable = executable;
    }

    /**
     * Finds {@code pdftotext}: {@code /usr/bin/pdftotext}, else on the {@code PATH}.
     *
     * @return the extractor, or empty when none is installed
     */
    public static Optional<PdfText> find() {
        return ExternalProgram.find(Path.of("/usr/bin/pdftotext"), "pdftotext").map(PdfText::new);
    }

    /**
     * Finds {@code pdftotext}, or skips the calling test with a message saying which check did not run.
     *
     * @param check what the test checks, e.g. {@code "the print check of the reports"}
     * @return the extractor
     */
    public static PdfText findOrSkip(String check) {
        Optional<PdfText> extractor = find();
        Assumptions.assumeTrue(extractor.isPresent(),
                "SKIPPED: pdftotext not found (/usr/bin/pdftotext or on PATH); " + check
                        + " did not run. Install Debian's 'poppler-utils' package.");
        return extractor.orElseThrow();
    }

    /**
     * Returns the text of each page.
     *
     * @param pdf the PDF file
     * @return one text per page, in page order
     * @throws IOException if pdftotext fails or times out
     */
    public List<String> pages(Path pdf) throws IOException {
        Path directory = pdf.toAbsolutePath().getParent();
        Path text = Files.createTempFile(directory, "pdftotext-", ".txt");
        ExternalProgram.run(List.of(executable.toString(), "-raw", "-enc", "UTF-8", pdf.toAbsolutePath().toString(),
                text.toString()), Files.createTempFile(directory, "pdftotext-", ".out"),
                Files.createTempFile(directory, "pdftotext-", ".err"), TIMEOUT_SECONDS);
        // pdftotext ends every page with a form feed.
        String[] pages = Files.readString(text, StandardCharsets.UTF_8).split("\f", -1);
        return Arrays.asList(pages).subList(0, pages.length - 1);
    }
}
