// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option in ISO-8601 form ({@code 2025-12-31}), refusing anything else with a usage
 * error that quotes the value.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; expected year-month-day, e.g. '2025-12-31'");
        }
    }
}
