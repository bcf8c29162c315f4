// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.time.DateWindow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option in ISO-8601 form ({@code 2025-12-31}) within the {@link DateWindow}, refusing
 * anything else with a usage error that quotes the value.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; expected year-month-day, e.g. '2025-12-31'");
        }
        if (!DateWindow.contains(day)) {
            throw outsideWindow(value);
        }
        return day;
    }

    /**
     * Returns the usage error for a date, or a period, outside the {@link DateWindow}.
     *
     * @param value the value given
     * @return the error, which quotes the value and names the window
     */
    static TypeConversionException outsideWindow(String value) {
        return new TypeConversionException("'" + value + "' is outside the years ENS Local works with; give dates from "
                + DateWindow.FIRST_DAY + " to " + DateWindow.LAST_DAY);
    }
}
