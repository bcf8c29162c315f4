// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a command prints for people: a title, some facts and some tables, rendered as Markdown or
 * as plain text with aligned columns.
 *
 * <p>Lines end with {@code \n} and the text ends with one. The program speaks English; official
 * names (measures, reinforcements, categories) stay in Spanish. This class is immutable.
 *
 * @param title the title
 * @param facts the facts, one a line, in order
 * @param tables the tables, in order
 */
record ConsoleDocument(String title, List<Fact> facts, List<Table> tables) {

    private static final ReportLanguage LANGUAGE = ReportLanguage.EN;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String COLUMN_GAP = "  ";

    /**
     * One labelled value, such as {@code Category: MEDIA}.
     *
     * @param label the label
     * @param value the value
     */
    record Fact(String label, String value) {

        Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return label + ": " + value;
        }
    }

    ConsoleDocument {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
    }

    /**
     * Writes the document as Markdown.
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    void writeMarkdown(Writer out) throws IOException {
        MarkdownDocument document = MarkdownDocument.create(LANGUAGE).heading(1, title);
        if (!facts.isEmpty()) {
            document.paragraph(String.join("\n", facts.stream().map(Fact::toString).toList()));
        }
        tables.forEach(document::table);
        document.writeTo(out);
    }

    /**
     * Writes the document as plain text: the title underlined, the facts, then each table with its
     * title, a header row and columns padded to line up (numbers to the right).
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    void writeText(Writer out) throws IOException {
        List<String> blocks = new ArrayList<>();
        String heading = oneLine(title);
        blocks.add(heading + "\n" + "=".repeat(width(heading)));
        if (!facts.isEmpty()) {
            blocks.add(String.join("\n", facts.stream().map(fact -> oneLine(fact.toString())).toList()));
        }
        tables.forEach(table -> blocks.add(text(table)));
        out.write(String.join("\n\n", blocks) + "\n");
        out.flush();
    }

    private static String text(Table table) {
        ValueFormat values = ValueFormat.of(LANGUAGE);
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(column -> oneLine(column.label())).toList());
        for (List<Cell> row : table.rows()) {
            lines.add(row.stream().map(cell -> oneLine(values.format(cell))).toList());
        }
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        List<String> rendered = new ArrayList<>();
        rendered.add(oneLine(table.title()));
        rendered.add(row(lines.get(0), widths, table));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        rendered.add(String.join(COLUMN_GAP, rules));
        lines.subList(1, lines.size()).forEach(line -> rendered.add(row(line, widths, table)));
        if (table.rows().isEmpty()) {
            rendered.add("(no rows)");
        }
        return String.join("\n", rendered);
    }

    private static String row(List<String> cells, int[] widths, Table table) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String padding = " ".repeat(widths[i] - width(cells.get(i)));
            line.append(i == 0 ? "" : COLUMN_GAP)
                    .append(table.isNumeric(i) ? padding + cells.get(i) : cells.get(i) + padding);
        }
        return line.toString().stripTrailing();
    }

    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
