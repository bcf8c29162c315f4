// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final List<Column> COLUMNS = List.of(Column.of("Municipi"), Column.of("Incidències"));

    @Test
    void constructor_rowWithWrongCellCount_throwsNamingTheRow() {
        assertThatThrownBy(() -> new Table("Incidències", COLUMNS,
                List.of(List.of(Cell.text("Manresa"), Cell.number(3)), List.of(Cell.text("Navarcles")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid table 'Incidències': row 2 has 1 cells, expected one per column (2)");
    }

    @Test
    void constructor_noColumn_throws() {
        assertThatThrownBy(() -> new Table("Buida", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid table 'Buida': it has no column, expected e.g. one per field");
    }

    @Test
    void isNumeric_numbersAndEmptyCells_isTrueOnlyForTheNumberColumn() {
        Table table = new Table("Incidències", COLUMNS, List.of(
                List.of(Cell.text("Manresa"), Cell.number(3)),
                List.of(Cell.date(LocalDate.of(2025, 1, 2)), Cell.empty())));

        assertThat(table.isNumeric(0)).isFalse();
        assertThat(table.isNumeric(1)).isTrue();
    }

    @Test
    void isNumeric_onlyEmptyCells_isFalse() {
        Table table = new Table("t", COLUMNS, List.of(List.of(Cell.empty(), Cell.empty())));

        assertThat(table.isNumeric(1)).isFalse();
    }

    @Test
    void percent_zeroDenominator_throwsPointingToEmptyCell() {
        assertThatThrownBy(() -> Cell.percent(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use an empty cell");
    }
}
