// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.markdown;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportOutput;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Markdown document being built, block by block, for CommonMark and GitHub Flavored Markdown.
 *
 * <p>Every text given is literal: characters that Markdown would read as markup (emphasis, links,
 * code, HTML tags, entities, table pipes) are escaped with a backslash, so a municipality called
 * {@code <script>} or {@code [x](javascript:…)} shows as typed and never becomes a tag or a link.
 * Line breaks inside a table cell become {@code <br>}, the one piece of HTML this class writes;
 * inside a paragraph they become hard line breaks; a heading is kept on one line. Blocks are
 * separated by one blank line and lines end with {@code \n}.
 *
 * <p>Tables are padded so that their columns line up in plain text; number columns are aligned to
 * the right. Values are formatted for the document's language with {@link ValueFormat}.
 *
 * <p>Instances are mutable and not thread-safe; build one per report.
 */
public final class MarkdownDocument implements ReportOutput {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String INLINE_MARKUP = "\\`*_[]<>|&~#!";

    private final Messages messages;
    private final ValueFormat values;
    private final List<String> blocks = new ArrayList<>();

    private MarkdownDocument(ReportLanguage language) {
        this.messages = Messages.of(language);
        this.values = ValueFormat.of(language);
    }

    /**
     * Starts an empty document.
     *
     * @param language the language of labels and values
     * @return the document
     * @throws NullPointerException if {@code language} is null
     */
    public static MarkdownDocument create(ReportLanguage language) {
        return new MarkdownDocument(Objects.requireNonNull(language, "language"));
    }

    /**
     * Adds an ATX heading.
     *
     * @param level 1 to 6
     * @param text the heading; line breaks become spaces
     * @return this document
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code level} is not 1 to 6
     */
    public MarkdownDocument heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Invalid heading level " + level + ", expected 1 to 6");
        }
        blocks.add("#".repeat(level) + " " + escape(LINE_BREAK.matcher(text).replaceAll(" ")));
        return this;
    }

    /**
     * Adds a paragraph.
     *
     * @param text the paragraph; each line break becomes a hard line break
     * @return this document
     * @throws NullPointerException if {@code text} is null
     */
    public MarkdownDocument paragraph(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text, -1)) {
            lines.add(escapeLineStart(escape(line.strip())));
        }
        blocks.add(String.join("\\\n", lines));
        return this;
    }

    /**
     * Adds a table: its title in bold, then a pipe table, or a sentence saying it has no rows.
     *
     * @param table the table
     * @return this document
     * @throws NullPointerException if {@code table} is null
     */
    public MarkdownDocument table(Table table) {
        Objects.requireNonNull(table, "table");
        blocks.add("**" + escape(LINE_BREAK.matcher(table.title()).replaceAll(" ")) + "**");
        int columns = table.columns().size();
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(column -> cell(column.label())).toList());
        for (List<Cell> row : table.rows()) {
            lines.add(row.stream().map(value -> value instanceof Cell.Text text && text.officialSpanish()
                    && !text.value().isBlank() ? "*" + cell(text.value()) + "*" : cell(values.format(value))).toList());
        }
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(Math.max(widths[i], width(line.get(i))), 3);
            }
        }
        // Once per table: each answer scans the column.
        List<Boolean> numeric = table.numericColumns();
        StringBuilder text = new StringBuilder();
        appendRow(text, lines.get(0), widths, numeric);
        text.append('\n').append('|');
        for (int i = 0; i < columns; i++) {
            boolean right = numeric.get(i);
            text.append(' ').append("-".repeat(widths[i] - (right ? 1 : 0))).append(right ? ":" : "").append(" |");
        }
        for (List<String> line : lines.subList(1, lines.size())) {
            text.append('\n');
            appendRow(text, line, widths, numeric);
        }
        blocks.add(text.toString());
        if (table.rows().isEmpty()) {
            blocks.add(escape(messages.get("table.noRows")));
        }
        return this;
    }

    /**
     * Returns the document's text, ending with one {@code \n}.
     *
     * @return the Markdown text
     */
    @Override
    public String toString() {
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    /**
     * Writes the document's text, leaving the stream open.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    @Override
    public void writeTo(Writer out) throws IOException {
        out.write(toString());
        out.flush();
    }

    private static void appendRow(StringBuilder text, List<String> cells, int[] widths, List<Boolean> numeric) {
        text.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String padding = " ".repeat(widths[i] - width(cells.get(i)));
            boolean right = numeric.get(i);
            text.append(' ').append(right ? padding : "").append(cells.get(i)).append(right ? "" : padding).append(" |");
        }
    }

    private static String cell(String text) {
        return LINE_BREAK.matcher(escape(text.strip())).replaceAll("<br>");
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Returns text with a backslash before each character that Markdown reads as inline markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Returns a line that cannot start a list, quote, heading or thematic break. */
    private static String escapeLineStart(String line) {
        if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < line.length() && ".)".indexOf(line.charAt(digits)) >= 0) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }
}
