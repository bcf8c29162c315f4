// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.Column;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns the values of the operations reports into table cells in one language: months, incident
 * categories, priorities, yes/no, durations in hours and attainment percentages.
 *
 * <p>Cells for people show a month as its name and year ({@code març de 2025}); cells for machines
 * (CSV) show it as ISO-8601 ({@code 2025-03}). Everything else is the same in both. This class is
 * immutable and thread-safe.
 */
public final class IncidentCells {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Messages labels;
    private final boolean machine;

    private IncidentCells(ReportLanguage language, boolean machine) {
        this.labels = Messages.of(Objects.requireNonNull(language, "language"));
        this.machine = machine;
    }

    /**
     * Obtains the cells people read (HTML, Markdown).
     *
     * @param language the language of labels
     * @return the cells
     * @throws NullPointerException if {@code language} is null
     */
    public static IncidentCells forPeople(ReportLanguage language) {
        return new IncidentCells(language, false);
    }

    /**
     * Obtains the cells of machine formats (CSV): labels in a language, months in ISO-8601.
     *
     * @param language the language of labels
     * @return the cells
     * @throws NullPointerException if {@code language} is null
     */
    public static IncidentCells forMachines(ReportLanguage language) {
        return new IncidentCells(language, true);
    }

    /**
     * Returns the labels of this language.
     *
     * @return the labels
     */
    public Messages labels() {
        return labels;
    }

    /**
     * Returns the columns headed by the labels of some keys.
     *
     * @param keys the label keys, e.g. {@code "common.municipality"}
     * @return one column per key
     * @throws java.util.MissingResourceException if a key has no label
     */
    public List<Column> columns(String... keys) {
        return Arrays.stream(keys).map(labels::column).toList();
    }

    /**
     * Returns a month's cell.
     *
     * @param month the month
     * @return e.g. {@code "març de 2025"}, {@code "March 2025"} or, for machines, {@code "2025-03"}
     */
    public Cell month(YearMonth month) {
        if (machine) {
            return Cell.text(month.toString());
        }
        return Cell.text(monthName(month));
    }

    /**
     * Returns a month's name and year for people.
     *
     * @param month the month
     * @return e.g. {@code "març de 2025"}
     */
    public String monthName(YearMonth month) {
        return labels.format("incidents.monthOfYear",
                labels.get("incidents.month." + month.getMonthValue()), Integer.toString(month.getYear()));
    }

    /**
     * Returns a category's cell.
     *
     * @param category the category
     * @return its label
     */
    public Cell category(IncidentCategory category) {
        return Cell.text(labels.get("incidents.category." + category.name()));
    }

    /**
     * Returns a priority's cell.
     *
     * @param priority the priority
     * @return its label
     */
    public Cell priority(Priority priority) {
        return Cell.text(labels.get("incidents.priority." + priority.name()));
    }

    /**
     * Returns a yes/no cell.
     *
     * @param value the value
     * @return "Sí"/"No", "Yes"/"No"
     */
    public Cell yesNo(boolean value) {
        return labels.yesNo(value);
    }

    /**
     * Returns an attainment cell.
     *
     * @param met the targets met
     * @param breached the targets breached
     * @return the percentage {@code met / (met + breached)}, or an empty cell if both are zero
     */
    public static Cell attainment(long met, long breached) {
        return met + breached == 0 ? Cell.empty() : Cell.percent(met, met + breached);
    }

    /**
     * Returns a duration in hours.
     *
     * @param duration the duration
     * @return the hours with one decimal, rounded half up, e.g. {@code 4.5}
     */
    public static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP);
    }
}
