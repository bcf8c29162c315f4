// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Turns values into text, either for people in one language (Markdown, HTML) or for machines
 * (JSON, CSV).
 *
 * <p>Both kinds are fixed here rather than taken from the JDK's locale data, whose CLDR version
 * changes between Java releases, so that the same report is byte-identical on every JDK:
 * <table>
 *   <caption>Formats per kind</caption>
 *   <tr><th>kind</th><th>integer</th><th>decimal</th><th>percentage</th><th>date</th><th>empty</th></tr>
 *   <tr><td>machine</td><td>{@code 12345}</td><td>{@code 1234.50}</td><td>{@code 85.0}</td>
 *       <td>{@code 2025-03-07}</td><td>(nothing)</td></tr>
 *   <tr><td>Catalan, Spanish</td><td>{@code 12.345}, {@code 1234}</td><td>{@code 1234,50}</td>
 *       <td>{@code 85,0 %}</td><td>{@code 07/03/2025}</td><td>{@code —}</td></tr>
 *   <tr><td>English</td><td>{@code 12,345}, {@code 1,234}</td><td>{@code 1,234.50}</td>
 *       <td>{@code 85.0%}</td><td>{@code 7 March 2025}</td><td>{@code —}</td></tr>
 * </table>
 * Catalan and Spanish group digits in threes only from five digits on, as the IEC and RAE
 * orthographies recommend, and put a no-break space before the percent sign. Percentages have
 * one decimal, rounded half up. Machine percentages are the percentage number, without sign.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ValueFormat {

    /**
     * Obtains the format people read in a language.
     *
     * @param language the language
     * @return the format
     * @throws NullPointerException if {@code language} is null
     */
    static ValueFormat of(ReportLanguage language) {
        return HumanValueFormat.of(language);
    }

    /**
     * Obtains the format for machines: {@code Locale.ROOT} numbers without grouping and ISO-8601
     * dates.
     *
     * @return the format
     */
    static ValueFormat machine() {
        return MachineValueFormat.INSTANCE;
    }

    /**
     * Formats a whole number.
     *
     * @param value the number
     * @return the text
     */
    String integer(long value);

    /**
     * Formats a decimal number with its scale.
     *
     * @param value the number
     * @return the text
     * @throws NullPointerException if {@code value} is null
     */
    String decimal(BigDecimal value);

    /**
     * Formats a fraction as a percentage with one decimal, rounded half up.
     *
     * @param numerator the part
     * @param denominator the whole, greater than zero
     * @return the text
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    String percent(long numerator, long denominator);

    /**
     * Formats a date.
     *
     * @param value the date
     * @return the text
     * @throws NullPointerException if {@code value} is null
     */
    String date(LocalDate value);

    /**
     * Returns the text of a missing or not applicable value.
     *
     * @return the text
     */
    String empty();

    /**
     * Formats a table cell with the method for its kind; text cells are returned unchanged.
     *
     * @param cell the cell
     * @return the text
     * @throws NullPointerException if {@code cell} is null
     */
    default String format(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell instanceof Cell.Text text) {
            return text.value();
        } else if (cell instanceof Cell.Whole whole) {
            return integer(whole.value());
        } else if (cell instanceof Cell.Decimal decimal) {
            return decimal(decimal.value());
        } else if (cell instanceof Cell.Percent percent) {
            return percent(percent.numerator(), percent.denominator());
        } else if (cell instanceof Cell.Date date) {
            return date(date.value());
        }
        return empty();
    }

    /**
     * Returns the percentage of a fraction with one decimal, rounded half up.
     *
     * @param numerator the part
     * @param denominator the whole, greater than zero
     * @return e.g. {@code 85.0} for 17/20
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    static BigDecimal percentage(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("Invalid percentage " + numerator + "/" + denominator
                    + ": the denominator must be positive, e.g. 17/20");
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
