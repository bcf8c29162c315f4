// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.suite.ReportKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads one value from a fixed list of names given on the command line, refusing any other name
 * with a usage error that quotes it and lists the names. This class is immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
class Choices<T> implements ITypeConverter<T> {

    private final Map<String, T> byName;
    private final String names;

    /**
     * Creates a converter.
     *
     * @param choices the names and their values, in the order the error message lists them
     */
    Choices(List<Map.Entry<String, T>> choices) {
        this.byName = choices.stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.names = choices.stream().map(Map.Entry::getKey).collect(Collectors.joining(", "));
    }

    @Override
    public T convert(String value) {
        T choice = byName.get(value.strip());
        if (choice == null) {
            throw new TypeConversionException("'" + value + "' is not one of " + names);
        }
        return choice;
    }

    /** The report formats by their command-line names: {@code html}, {@code md}, {@code csv}, {@code csv-excel}, {@code json}. */
    static final class Formats extends Choices<ReportFormat> {

        Formats() {
            super(List.of(Map.entry("html", ReportFormat.HTML), Map.entry("md", ReportFormat.MARKDOWN),
                    Map.entry("csv", ReportFormat.CSV), Map.entry("csv-excel", ReportFormat.CSV_EXCEL),
                    Map.entry("json", ReportFormat.JSON)));
        }
    }

    /** The reports by their command-line names, {@link ReportKind#id()}, in kind order. */
    static final class Reports extends Choices<ReportKind> {

        Reports() {
            super(Arrays.stream(ReportKind.values()).map(kind -> Map.entry(kind.id(), kind)).toList());
        }
    }
}
