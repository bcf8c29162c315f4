// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A titled table of typed cells, the shape in which reports hand their rows to the CSV, Markdown and
 * HTML writers. Rows keep the order given: reports sort them before building the table.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the table's caption in the report's language
 * @param columns the columns, at least one
 * @param rows the rows, each with exactly one cell per column; may be empty
 */
public record Table(String title, List<Column> columns, List<List<Cell>> rows) {

    /**
     * Creates a table, copying the lists.
     *
     * @param title the caption
     * @param columns the columns, at least one
     * @param rows the rows, each with one cell per column
     * @throws NullPointerException if any argument, column, row or cell is null
     * @throws IllegalArgumentException if there is no column or a row has the wrong number of cells
     */
    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid table '" + title + "': it has no column, expected e.g. one per field");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("Invalid table '" + title + "': row " + (i + 1)
                        + " has " + rows.get(i).size() + " cells, expected one per column ("
                        + columns.size() + ")");
            }
        }
    }

    /**
     * Returns whether a column holds numbers, which formats align to the right: true when it has at
     * least one numeric cell and every other cell is empty.
     *
     * @param column the column index, from 0
     * @return whether the column is numeric
     * @throws IndexOutOfBoundsException if {@code column} is not a column index
     */
    public boolean isNumeric(int column) {
        Objects.checkIndex(column, columns.size());
        boolean anyNumber = false;
        for (List<Cell> row : rows) {
            Cell cell = row.get(column);
            if (cell.isNumeric()) {
                anyNumber = true;
            } else if (cell != Cell.empty()) {
                return false;
            }
        }
        return anyNumber;
    }

    /**
     * Returns, for each column, whether it is numeric as {@link #isNumeric(int)} says.
     *
     * @return one flag per column, in column order
     */
    public List<Boolean> numericColumns() {
        return IntStream.range(0, columns.size()).mapToObj(this::isNumeric).toList();
    }
}
