// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownDocumentTest {

    private static final String ESCAPED = "\\\\([\\\\`*_\\[\\]<>|&~#!])";

    @Test
    void table_cellsWithPipesAndLineBreaks_stayInTheirCellAndColumnsLineUp() {
        Table table = new Table("Incidències", List.of(Column.of("Municipi"), Column.of("Obertes")), List.of(
                List.of(Cell.text("Manresa | Bages"), Cell.number(12)),
                List.of(Cell.text("Navarcles\r\nsegona línia"), Cell.number(1234))));

        String markdown = MarkdownDocument.create(ReportLanguage.CA).table(table).toString();

        assertThat(markdown).isEqualTo("""
                **Incidències**

                | Municipi                  | Obertes |
                | ------------------------- | ------: |
                | Manresa \\| Bages          |      12 |
                | Navarcles<br>segona línia |    1234 |
                """);
    }

    @Test
    void table_noRows_saysSoInTheLanguage() {
        Table table = new Table("Buida", List.of(Column.of("Municipi")), List.of());

        String markdown = MarkdownDocument.create(ReportLanguage.ES).table(table).toString();

        assertThat(markdown).endsWith("| Municipi |\n| -------- |\n\nNo hay ninguna fila.\n");
    }

    @Test
    void heading_markupAndLineBreaks_areEscapedOnOneLine() {
        String markdown = MarkdownDocument.create(ReportLanguage.EN).heading(2, "<b>ENS</b> #1\n[x](y)").toString();

        assertThat(markdown).isEqualTo("## \\<b\\>ENS\\</b\\> \\#1 \\[x\\](y)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- item", "+ item", "= underline", "1. item", "12) item", "# title", "> quote"})
    void paragraph_lineThatWouldStartABlock_isEscaped(String line) {
        String markdown = MarkdownDocument.create(ReportLanguage.CA).paragraph("Primera\n" + line).toString();

        String second = markdown.substring(markdown.indexOf('\n') + 1);
        assertThat(second).contains("\\").doesNotStartWith(line);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7})
    void heading_levelOutOfRange_throws(int level) {
        assertThatThrownBy(() -> MarkdownDocument.create(ReportLanguage.CA).heading(level, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid heading level " + level + ", expected 1 to 6");
    }

    @Property
    void escape_anyText_leavesNoUnescapedMarkupCharacter(@ForAll String text) {
        String escaped = MarkdownDocument.escape(text);

        assertThat(escaped.replaceAll(ESCAPED, "")).doesNotContain("\\", "`", "*", "_", "[", "]", "<", ">", "|",
                "&", "~", "#", "!");
        assertThat(escaped.replaceAll(ESCAPED, "$1")).isEqualTo(text);
    }
}
