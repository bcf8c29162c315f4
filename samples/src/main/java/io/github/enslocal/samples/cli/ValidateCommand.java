// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code enslocal validate}: whether a dataset file is valid, with its record counts and warnings.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks a dataset: well-formed JSON within the reading limits, the format, every constraint and every"
                    + " reference between records.",
            "A valid dataset prints one line with its record counts on the standard output, and its warnings"
                    + " (such as a municipality name that disagrees with the INE register) on the standard error;"
                    + " an invalid one lists every violation, with its JSON path, on the standard error and exits"
                    + " with 3."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatasetInput dataset;

    @Mixin
    private DatasetResources resources;

    @Override
    public Integer call() throws IOException {
        DatasetReadResult result = dataset.read(resources);
        ConsoleText text = ConsoleText.of(dataset.language());
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(result.dataset(), text) + "\n");
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        DatasetInput.printWarnings(result, dataset.locale(), err);
        err.flush();
        return ExitStatus.OK.code();
    }

    /**
     * Returns the line printed for a valid dataset.
     *
     * @param dataset the dataset
     * @param text the sentences of the language chosen
     * @return e.g. {@code "Valid dataset 'Bages 2025': 24 records (1 support body, 3 municipalities, …)."}
     */
    static String summary(Dataset dataset, ConsoleText text) {
        List<String> counts = List.of(
                text.count("count.supportBody", dataset.supportBodies().size()),
                text.count("count.municipality", dataset.municipalities().size()),
                text.count("count.convention", dataset.conventions().size()),
                text.count("count.incident", dataset.incidents().size()),
                text.count("count.asset", dataset.assets().size()),
                text.count("count.system", dataset.systems().size()),
                text.count("count.assessment", dataset.assessments().size()),
                text.count("count.plan", dataset.plans().size()),
                text.count("count.trainingSession", dataset.trainingSessions().size()));
        return text.format("validate.summary", dataset.title().map(title -> " '" + title + "'").orElse(""),
                text.count("count.record", dataset.recordCount()), String.join(", ", counts));
    }
}
