// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.DatasetReadOptions;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What a command may spend on a large dataset: the {@code --max-size} and {@code --threads} options
 * shared by the commands that read a dataset. Neither changes the output.
 */
final class DatasetResources {

    private static final long MIB = 1024L * 1024;
    /** The default largest dataset, in MiB: the library's default limit. */
    static final int DEFAULT_MAX_SIZE_MIB = (int) (DatasetReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH / MIB);

    @Option(names = "--max-size", paramLabel = "MIB", defaultValue = "" + DEFAULT_MAX_SIZE_MIB,
            converter = PositiveInteger.class,
            description = "The largest dataset file accepted, in MiB (default: ${DEFAULT-VALUE}); a larger one is"
                    + " refused before anything is read. The dataset of all 8,132 municipalities of Spain used by"
                    + " the benchmarks is about 1,000 MiB.")
    private int maxSizeMib;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = ThreadCount.class,
            description = "Threads that read and evaluate the dataset, 1 to " + ThreadCount.MAX + " (default:"
                    + " ${DEFAULT-VALUE}); the output is the same with any number.")
    private int threads;

    /**
     * Returns the options to read a dataset with.
     *
     * @param locale the language of the violations
     * @return the default options with the chosen size limit, threads and language
     */
    DatasetReadOptions readOptions(Locale locale) {
        return DatasetReadOptions.defaults().withMaxDocumentLength(maxSizeMib * MIB).withParallelism(threads)
                .withMessageLocale(locale);
    }

    /**
     * Returns the evaluator to evaluate a dataset with.
     *
     * @return the standard evaluator on the chosen number of threads
     */
    ComplianceEvaluator evaluator() {
        return threads == 1 ? ComplianceEvaluator.standard()
                : ComplianceEvaluator.builder().options(EvaluationOptions.defaults().withParallelism(threads)).build();
    }

    /** Accepts a number of threads from 1 to {@value #MAX}: more would only exhaust the machine. */
    static final class ThreadCount implements ITypeConverter<Integer> {
        /** The most threads accepted. */
        static final int MAX = 256;

        @Override
        public Integer convert(String value) {
            int number = new PositiveInteger().convert(value);
            if (number > MAX) {
                throw new TypeConversionException("'" + value + "' is more threads than the " + MAX + " accepted;"
                        + " the number of processors is usually best, e.g. '2'");
            }
            return number;
        }
    }

    /** Accepts a whole number of 1 or more. */
    static final class PositiveInteger implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int number;
            try {
                number = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                throw new TypeConversionException("'" + value + "' is not a whole number of 1 or more, e.g. '2'");
            }
            return number;
        }
    }
}
