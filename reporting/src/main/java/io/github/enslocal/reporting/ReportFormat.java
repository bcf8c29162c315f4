// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

/**
 * An output format of the reports.
 *
 * <p>The two CSV dialects are separate formats rather than one format with an option: a user picks
 * one file type from one list (a command-line flag, a download menu), and each constant fixes
 * everything about the bytes written, so writers and golden files key on it alone.
 */
public enum ReportFormat {
    /** Pretty-printed JSON with sorted fields, ISO-8601 dates and {@code \n} line ends; language-neutral. */
    JSON("json", "application/json"),
    /** CSV as RFC 4180 defines it: {@code ,} separators, CRLF line ends, no byte order mark. */
    CSV("csv", "text/csv; charset=UTF-8; header=present"),
    /**
     * CSV for spreadsheet programs set up for Catalan or Spanish: {@code ;} separators, decimal
     * commas, CRLF line ends and a UTF-8 byte order mark so that accents survive opening the file.
     */
    CSV_EXCEL("csv", "text/csv; charset=UTF-8; header=present"),
    /** CommonMark/GitHub Markdown with pipe tables. */
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    /** One self-contained HTML file: inline CSS and SVG, no JavaScript, no external resources. */
    HTML("html", "text/html; charset=UTF-8");

    private final String fileExtension;
    private final String mediaType;

    ReportFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the usual file name extension of this format, without the dot.
     *
     * @return e.g. {@code "csv"}
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * Returns the media type of this format, with its charset where the type has one.
     *
     * @return e.g. {@code "text/html; charset=UTF-8"}
     */
    public String mediaType() {
        return mediaType;
    }
}
