// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.sample.CsvRecords;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {

    private static String write(CsvDialect dialect, Table table) throws IOException {
        StringWriter out = new StringWriter();
        CsvTableWriter.of(dialect).write(table, out);
        return out.toString();
    }

    private static Table oneColumn(Cell cell) {
        return new Table("t", List.of(Column.of("Valor")), List.of(List.of(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+34 938 75 22 00", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")"})
    void neutralise_textStartingWithFormulaCharacter_getsApostrophe(String text) {
        assertThat(CsvTableWriter.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Manresa", " =1+1", "a=b", "'=1", "08113", "L'Hospitalet de Llobregat"})
    void neutralise_otherText_isUnchanged(String text) {
        assertThat(CsvTableWriter.neutralise(text)).isEqualTo(text);
    }

    @Test
    void write_rfc4180_usesCommasCrlfAndMinimalQuoting() throws IOException {
        Table table = new Table("Incidències", List.of(Column.of("Municipi"), Column.of("Nota"), Column.of("Total")),
                List.of(List.of(Cell.text("Manresa"), Cell.text("a, \"b\"\nc"), Cell.number(12))));

        assertThat(write(CsvDialect.RFC_4180, table))
                .isEqualTo("Municipi,Nota,Total\r\nManresa,\"a, \"\"b\"\"\nc\",12\r\n");
    }

    @Test
    void write_excel_startsWithBomAndUsesSemicolonsAndDecimalCommas() throws IOException {
        Table table = new Table("Pressupost", List.of(Column.of("Municipi"), Column.of("Saldo"), Column.of("%")),
                List.of(List.of(Cell.text("Sant Fruitós de Bages; Bages"), Cell.number(new BigDecimal("-1234.50")),
                        Cell.percent(17, 20))));

        assertThat(write(CsvDialect.EXCEL, table))
                .isEqualTo("\uFEFFMunicipi;Saldo;%\r\n\"Sant Fruitós de Bages; Bages\";-1234,50;85,0\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"-3|-3", "-1234.5|-1234.5"})
    void write_negativeNumber_isWrittenAsNumberNotNeutralised(String number, String expected) throws IOException {
        String csv = write(CsvDialect.RFC_4180, oneColumn(Cell.number(new BigDecimal(number))));

        assertThat(csv).isEqualTo("Valor\r\n" + expected + "\r\n");
    }

    @Test
    void write_textThatLooksNegative_isNeutralised() throws IOException {
        assertThat(write(CsvDialect.RFC_4180, oneColumn(Cell.text("-3")))).isEqualTo("Valor\r\n'-3\r\n");
    }

    @Test
    void write_dateAndEmptyCells_areIsoAndEmpty() throws IOException {
        Table table = new Table("t", List.of(Column.of("Data"), Column.of("Auditoria")),
                List.of(List.of(Cell.date(LocalDate.of(2024, 11, 5)), Cell.empty())));

        assertThat(write(CsvDialect.RFC_4180, table)).isEqualTo("Data,Auditoria\r\n2024-11-05,\r\n");
    }

    @Test
    void of_nonCsvFormat_throws() {
        assertThatThrownBy(() -> CsvDialect.of(ReportFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid CSV format 'HTML', expected CSV or CSV_EXCEL");
    }

    @Property
    void write_anyText_readsBackAsTheTextOrItsNeutralisedForm(@ForAll String text) throws IOException {
        for (CsvDialect dialect : CsvDialect.values()) {
            String csv = write(dialect, oneColumn(Cell.text(text)));

            List<List<String>> records = CsvRecords.read(csv, dialect.separator());

            assertThat(records).hasSize(2);
            assertThat(records.get(1)).containsExactly(CsvTableWriter.neutralise(text));
        }
    }
}
