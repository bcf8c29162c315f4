// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.ValueFormat;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Table} as CSV: one header record with the column labels, then one record per row.
 * The table's title is not written, as CSV has no place for it.
 *
 * <p>Values are written for machines: numbers without grouping (with the dialect's decimal
 * separator), percentages as the percentage number ({@code 85.0}), ISO-8601 dates, empty cells as
 * empty fields.
 *
 * <p><b>Formula injection.</b> Spreadsheet programs run a field that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and some also after a tab or carriage return; a
 * municipality name or incident subject typed by anyone could then exfiltrate data or start
 * programs. Following OWASP's advice, every text field (header labels included) that starts with
 * one of those six characters is prefixed with an apostrophe, which spreadsheets show as text. The
 * apostrophe is visible to programs reading the file: the JSON format is the one that carries text
 * unaltered. Number cells are never prefixed, so {@code -3} stays the number minus three.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvTableWriter {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final CsvDialect dialect;
    private final CsvSchema schema;

    private CsvTableWriter(CsvDialect dialect) {
        this.dialect = dialect;
        this.schema = CsvSchema.emptySchema()
                .withColumnSeparator(dialect.separator())
                .withLineSeparator(dialect.lineSeparator())
                .withQuoteChar('"')
                .withoutEscapeChar()
                .withoutComments();
    }

    /**
     * Obtains a writer of a dialect.
     *
     * @param dialect the dialect
     * @return the writer
     * @throws NullPointerException if {@code dialect} is null
     */
    public static CsvTableWriter of(CsvDialect dialect) {
        return new CsvTableWriter(Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Returns the dialect this writer writes.
     *
     * @return the dialect
     */
    public CsvDialect dialect() {
        return dialect;
    }

    /**
     * Writes a table, leaving the stream open.
     *
     * @param table the table
     * @param out where to write
     * @throws NullPointerException if any argument is null
     * @throws IOException if writing fails
     */
    public void write(Table table, Writer out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
        try (SequenceWriter records = MAPPER.writer(schema).writeValues(out)) {
            records.write(table.columns().stream().map(Column::label).map(CsvTableWriter::neutralise)
                    .toArray(String[]::new));
            for (List<Cell> row : table.rows()) {
                records.write(row.stream().map(this::field).toArray(String[]::new));
            }
        }
        out.flush();
    }

    private String field(Cell cell) {
        String text = ValueFormat.machine().format(cell);
        if (cell instanceof Cell.Text) {
            return neutralise(text);
        }
        return cell.isNumeric() ? text.replace('.', dialect.decimalSeparator()) : text;
    }

    /**
     * Returns text that no spreadsheet program runs as a formula: {@code text} itself, or
     * {@code text} after an apostrophe when it starts with {@code = + - @}, tab or carriage return.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
