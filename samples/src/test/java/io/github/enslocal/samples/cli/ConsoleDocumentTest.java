// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleDocumentTest {

    private static final Table MUNICIPALITIES = new Table("Municipalities",
            List.of(Column.of("INE"), Column.of("Name"), Column.of("PCs")),
            List.of(List.of(Cell.text("08113"), Cell.text("Manresa"), Cell.number(212)),
                    List.of(Cell.text("08213"), Cell.text("Sant Fruitós de Bages"), Cell.number(9))));

    @Test
    void writeText_alignsColumnsAndNumbersToTheRight() throws IOException {
        ConsoleDocument document = new ConsoleDocument("Bages", List.of(new ConsoleDocument.Fact("As of", "2025-12-31")),
                List.of(MUNICIPALITIES));

        assertThat(text(document)).isEqualTo("""
                Bages
                =====

                As of: 2025-12-31

                Municipalities
                INE    Name                   PCs
                -----  ---------------------  ---
                08113  Manresa                212
                08213  Sant Fruitós de Bages    9
                """);
    }

    @Test
    void writeText_keepsEachValueOnOneLineAndSaysWhenATableIsEmpty() throws IOException {
        ConsoleDocument document = new ConsoleDocument("Incidents\nof 2025", List.of(),
                List.of(new Table("Open", List.of(Column.of("Id"), Column.of("Summary")), List.of())));

        assertThat(text(document)).isEqualTo("""
                Incidents of 2025
                =================

                Open
                Id  Summary
                --  -------
                (no rows)
                """);
    }

    @Test
    void writeMarkdown_escapesMarkupAndEndsWithOneNewline() throws IOException {
        ConsoleDocument document = new ConsoleDocument("Bages", List.of(new ConsoleDocument.Fact("Note", "*not* bold")),
                List.of(MUNICIPALITIES));
        StringWriter out = new StringWriter();

        document.writeMarkdown(out);

        assertThat(out.toString()).startsWith("# Bages\n\nNote: \\*not\\* bold\n\n**Municipalities**\n")
                .contains("| 08213 | Sant Fruitós de Bages |   9 |").endsWith("|\n");
    }

    private static String text(ConsoleDocument document) throws IOException {
        StringWriter out = new StringWriter();
        document.writeText(out);
        return out.toString();
    }
}
