// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a {@link Table}, typed so that each format can write it properly: numbers stay numbers
 * in CSV (never treated as formulas), are right-aligned in Markdown and HTML, and are written with
 * the report language's separators where people read them.
 *
 * <p>All cells are immutable and thread-safe.
 */
public sealed interface Cell {

    /**
     * Obtains a text cell.
     *
     * @param value the text, which may hold anything, markup included; writers escape it
     * @return the cell
     * @throws NullPointerException if {@code value} is null
     */
    static Cell text(String value) {
        return new Text(value, false);
    }

    /**
     * Obtains a text cell holding an official Spanish term, such as an Anexo II measure name or a
     * CCN-STIC 817 incident class, which reports print as it is rather than translated. HTML writes
     * it in italics marked {@code lang="es"}, Markdown in italics, CSV as plain text; a report that
     * holds such cells says so in a note ({@code common.officialSpanish.*}).
     *
     * @param value the term, e.g. {@code "Mecanismo de autenticación (usuarios externos)"}
     * @return the cell
     * @throws NullPointerException if {@code value} is null
     */
    static Cell officialSpanish(String value) {
        return new Text(value, true);
    }

    /**
     * Obtains a whole-number cell.
     *
     * @param value the number
     * @return the cell
     */
    static Cell number(long value) {
        return new Whole(value);
    }

    /**
     * Obtains a decimal-number cell, written with the scale of {@code value}.
     *
     * @param value the number, e.g. {@code new BigDecimal("1234.50")}
     * @return the cell
     * @throws NullPointerException if {@code value} is null
     */
    static Cell number(BigDecimal value) {
        return new Decimal(value);
    }

    /**
     * Obtains a percentage cell from a fraction, such as a compliance index kept as its numerator
     * and denominator.
     *
     * @param numerator the part, e.g. {@code 17}
     * @param denominator the whole, greater than zero, e.g. {@code 20}
     * @return the cell
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    static Cell percent(long numerator, long denominator) {
        return new Percent(numerator, denominator);
    }

    /**
     * Obtains a date cell.
     *
     * @param value the date
     * @return the cell
     * @throws NullPointerException if {@code value} is null
     */
    static Cell date(LocalDate value) {
        return new Date(value);
    }

    /**
     * Obtains the cell for a missing or not applicable value.
     *
     * @return the empty cell
     */
    static Cell empty() {
        return Empty.INSTANCE;
    }

    /**
     * Returns whether this cell holds a number, which formats align to the right.
     *
     * @return true for whole, decimal and percentage cells
     */
    boolean isNumeric();

    /**
     * A text cell.
     *
     * @param value the text
     * @param officialSpanish whether the text is an official Spanish term, printed untranslated
     */
    record Text(String value, boolean officialSpanish) implements Cell {

        /**
         * Creates a text cell.
         *
         * @param value the text
         * @param officialSpanish whether the text is an official Spanish term
         * @throws NullPointerException if {@code value} is null
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isNumeric() {
            return false;
        }
    }

    /**
     * A whole-number cell.
     *
     * @param value the number
     */
    record Whole(long value) implements Cell {

        @Override
        public boolean isNumeric() {
            return true;
        }
    }

    /**
     * A decimal-number cell.
     *
     * @param value the number, written with its scale
     */
    record Decimal(BigDecimal value) implements Cell {

        /**
         * Creates a decimal cell.
         *
         * @param value the number
         * @throws NullPointerException if {@code value} is null
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isNumeric() {
            return true;
        }
    }

    /**
     * A percentage given as a fraction.
     *
     * @param numerator the part
     * @param denominator the whole, greater than zero
     */
    record Percent(long numerator, long denominator) implements Cell {

        /**
         * Creates a percentage cell.
         *
         * @param numerator the part
         * @param denominator the whole
         * @throws IllegalArgumentException if {@code denominator} is not positive
         */
        public Percent {
            if (denominator <= 0) {
                throw new IllegalArgumentException("Invalid percentage " + numerator + "/" + denominator
                        + ": the denominator must be positive, e.g. 17/20; use an empty cell when "
                        + "there is nothing to divide by");
            }
        }

        @Override
        public boolean isNumeric() {
            return true;
        }
    }

    /**
     * A date cell.
     *
     * @param value the date
     */
    record Date(LocalDate value) implements Cell {

        /**
         * Creates a date cell.
         *
         * @param value the date
         * @throws NullPointerException if {@code value} is null
         */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isNumeric() {
            return false;
        }
    }

    /** The cell of a missing or not applicable value. */
    enum Empty implements Cell {
        /** The only empty cell. */
        INSTANCE;

        @Override
        public boolean isNumeric() {
            return false;
        }
    }
}
