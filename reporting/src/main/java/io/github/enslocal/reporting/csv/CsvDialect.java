// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.csv;

import io.github.enslocal.reporting.ReportFormat;
import java.util.Objects;

/**
 * A flavour of CSV. Both dialects end every record, the last included, with CRLF as RFC 4180
 * section 2 requires (the project's {@code \n} rule is for the other formats: CSV follows its
 * standard), quote a field only when it holds the separator, a double quote, CR or LF, and double
 * the double quotes inside it.
 */
public enum CsvDialect {
    /** RFC 4180: {@code ,} separators, {@code .} decimal point, no byte order mark. */
    RFC_4180(',', '.', false),
    /**
     * For spreadsheet programs set up for Catalan or Spanish (Excel, LibreOffice Calc): {@code ;}
     * separators and decimal commas, which is what those settings read as numbers whatever the
     * report's language, and a UTF-8 byte order mark, without which Excel reads the file as
     * Windows-1252 and mangles accents. Dates stay ISO-8601, which such programs read as dates.
     */
    EXCEL(';', ',', true);

    private final char separator;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Obtains the dialect of a CSV report format.
     *
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @return the dialect
     * @throws NullPointerException if {@code format} is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static CsvDialect of(ReportFormat format) {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case CSV:
                return RFC_4180;
            case CSV_EXCEL:
                return EXCEL;
            default:
                throw new IllegalArgumentException(
                        "Invalid CSV format '" + format + "', expected CSV or CSV_EXCEL");
        }
    }

    /**
     * Returns the field separator.
     *
     * @return {@code ,} or {@code ;}
     */
    public char separator() {
        return separator;
    }

    /**
     * Returns the decimal separator of numbers.
     *
     * @return {@code .} or {@code ,}
     */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /**
     * Returns whether the text starts with a byte order mark (U+FEFF, written as {@code EF BB BF}).
     *
     * @return whether there is a byte order mark
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Returns the record terminator.
     *
     * @return CRLF
     */
    public String lineSeparator() {
        return "\r\n";
    }
}
