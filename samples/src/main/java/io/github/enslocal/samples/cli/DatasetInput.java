// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.dataset.DatasetReadOptions;
import io.github.enslocal.core.dataset.DatasetReadResult;
import io.github.enslocal.core.dataset.InvalidDatasetException;
import io.github.enslocal.core.dataset.Violation;
import io.github.enslocal.ens.catalog.CatalogReferences;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The dataset file a command reads, and the language of the messages about it: the
 * {@code FILE} parameter and the {@code --lang} option shared by the commands that read a dataset.
 *
 * <p>{@link ErrorHandler} finds this mixin on the failing command to list an invalid dataset's
 * violations in the chosen language.
 */
final class DatasetInput implements MessageLanguage {

    /** The name that stands for the standard input, as in most command-line programs. */
    static final String STANDARD_INPUT = "-";

    @Parameters(index = "0", paramLabel = "FILE", converter = DatasetInput.FileConverter.class,
            description = "The dataset, a JSON document in the ENS Local format (docs/dataset-format.md); '-' reads it"
                    + " from the standard input.")
    private Path file;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the output and of the messages about the dataset (violations, warnings):"
                    + " ca, es or en (default: ${DEFAULT-VALUE}, from LC_ALL, LC_MESSAGES or LANG; en if they name"
                    + " none of the three).")
    private ReportLanguage language;

    /**
     * Returns the language chosen for the output and for messages about the dataset.
     *
     * @return the language of {@code --lang}, which defaults to the environment's ({@link LanguageDefault})
     */
    ReportLanguage language() {
        return language == null ? LanguageDefault.FALLBACK : language;
    }

    /**
     * Returns the language chosen for messages about the dataset.
     *
     * @return the locale of {@code --lang}, which defaults to the environment's ({@link LanguageDefault})
     */
    @Override
    public Locale locale() {
        return language == null ? LanguageDefault.FALLBACK.locale() : language.locale();
    }

    /**
     * Reads the dataset with its warnings.
     *
     * @param resources the size limit and threads to read with
     * @return the valid dataset and the warnings about it
     * @throws InvalidDatasetException if the document is not a valid dataset, listing every violation
     * @throws IOException if the file cannot be read, such as a missing file
     */
    DatasetReadResult read(DatasetResources resources) throws IOException {
        return read(file, resources.readOptions(locale()));
    }

    /**
     * Reads a dataset file, or the standard input for {@code -}, with its warnings.
     *
     * @param file the file, or {@code -} for the standard input
     * @param options the reading limits, threads and language of the violations and warnings
     * @return the valid dataset and the warnings about it
     * @throws InvalidDatasetException if the document is not a valid dataset, or names a measure or
     *     reinforcement the bundled ENS catalog lacks, listing every violation
     * @throws IOException if the file cannot be read, such as a missing file, a directory or a named pipe
     */
    static DatasetReadResult read(Path file, DatasetReadOptions options) throws IOException {
        DatasetCodec codec = DatasetCodec.create(options);
        DatasetReadResult result = file.toString().equals(STANDARD_INPUT)
                ? codec.readWithWarnings(System.in) : codec.readWithWarnings(file);
        // The catalog is known here, unlike in core: a measure or reinforcement it lacks would drop out
        // of the indices without a word.
        List<Violation> unknown = CatalogReferences.check(result.dataset(), MeasureCatalog.bundled());
        if (!unknown.isEmpty()) {
            throw new InvalidDatasetException(unknown, options.messageLocale());
        }
        return result;
    }

    /**
     * Prints a dataset's warnings, one line each.
     *
     * @param result the dataset read and its warnings
     * @param locale the language of the warnings
     * @param err the standard error
     */
    static void printWarnings(DatasetReadResult result, Locale locale, PrintWriter err) {
        ConsoleText text = ConsoleText.of(ReportLanguage.fromTag(locale.getLanguage()));
        for (Violation warning : result.warnings()) {
            err.print(text.format("validate.warning", warning.describe(locale)) + "\n");
        }
    }

    /** Reads the {@code FILE} parameter, refusing an empty or blank name as a usage error. */
    static final class FileConverter implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new picocli.CommandLine.TypeConversionException("an empty name is no file; give the dataset's"
                        + " path, or - for the standard input");
            }
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a file name: " + e.getReason());
            }
        }
    }

    /**
     * Converts {@code --lang} values with {@link ReportLanguage#fromTag(String)}, so that a wrong one
     * is a usage error.
     *
     * @param tag the value given
     * @return the language
     * @throws picocli.CommandLine.TypeConversionException if {@code tag} names no supported language
     */
    static ReportLanguage language(String tag) {
        try {
            return ReportLanguage.fromTag(tag);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException("'" + tag + "' is not one of ca, es, en");
        }
    }
}
