// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportOutput;
import io.github.enslocal.reporting.ReportWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one report is made, described once: its model factory from the suite's scope, its tables and
 * its writers per format. The suite, the command line and the test suites iterate over the
 * {@link ReportKind}s that hold these. Immutable and thread-safe, if the functions are.
 *
 * @param <M> the report's model
 * @param <T> the enum of the report's tables
 * @param models the model factory: the models of the scope, each with what follows the kind's file
 *     stem in its file names (nothing, or {@code /<system>} for a report written per system)
 * @param tables the tables, one CSV file each, in the enum's order
 * @param writers the writer of each format
 * @param csv the CSV writer of each table
 */
record ReportDefinition<M, T extends Enum<T>>(
        Function<ReportScope, List<Model<M>>> models,
        List<T> tables,
        Function<ReportFormat, ReportWriter<M>> writers,
        BiFunction<ReportFormat, T, ReportWriter<M>> csv) {

    ReportDefinition {
        Objects.requireNonNull(models, "models");
        tables = List.copyOf(tables);
        Objects.requireNonNull(writers, "writers");
        Objects.requireNonNull(csv, "csv");
    }

    /**
     * One model to write, with what follows the kind's file stem in its file names.
     *
     * @param <M> the model type
     * @param suffix empty, or {@code "/<system>"} for a report written per system
     * @param model the model
     */
    record Model<M>(String suffix, M model) {
    }

    /** Describes a report written once per suite, into files named after its kind's stem. */
    static <M, T extends Enum<T>> ReportDefinition<M, T> single(Function<ReportScope, M> model, T[] tables,
            Function<ReportFormat, ReportWriter<M>> writers, BiFunction<ReportFormat, T, ReportWriter<M>> csv) {
        return new ReportDefinition<>(scope -> List.of(new Model<>("", model.apply(scope))), Arrays.asList(tables),
                writers, csv);
    }

    /**
     * Builds the models of the scope and adds their files, to be rendered later: JSON once, one CSV
     * per table and CSV format in the first language, Markdown and HTML in every language.
     *
     * @throws MissingChoiceException if the model needs a choice not given; nothing is added then
     */
    void addOutputs(String stem, ReportScope scope, List<ReportLanguage> languages, Set<ReportFormat> formats,
            Map<String, ReportOutput> outputs) {
        ReportLanguage primary = languages.get(0);
        for (Model<M> model : models.apply(scope)) {
            String path = stem + model.suffix();
            for (ReportFormat format : EnumSet.copyOf(formats)) {
                switch (format) {
                    case JSON -> outputs.put(path + ".json", render(writers.apply(format), model.model(), primary));
                    case CSV, CSV_EXCEL -> tables.forEach(table -> outputs.put(
                            path + "." + tableName(table) + (format == ReportFormat.CSV ? "" : ".excel") + ".csv",
                            render(csv.apply(format, table), model.model(), primary)));
                    case MARKDOWN, HTML -> languages.forEach(language -> outputs.put(
                            path + "." + language.tag() + "." + format.fileExtension(),
                            render(writers.apply(format), model.model(), language)));
                }
            }
        }
    }

    /** Returns a table's name in file names: its constant in lower case with hyphens, e.g. {@code by-type}. */
    private static String tableName(Enum<?> table) {
        return table.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <M> ReportOutput render(ReportWriter<M> writer, M model, ReportLanguage language) {
        return out -> writer.write(model, language, out);
    }
}
