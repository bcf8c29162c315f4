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
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(result.dataset()) + "\n");
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
     * @return e.g. {@code "Valid dataset 'Bages 2025': 24 records (1 support body, 3 municipalities, …)."}
     */
    static String summary(Dataset dataset) {
        List<String> counts = List.of(
                count(dataset.supportBodies().size(), "support body", "support bodies"),
                count(dataset.municipalities().size(), "municipality", "municipalities"),
                count(dataset.conventions().size(), "convention", "conventions"),
                count(dataset.incidents().size(), "incident", "incidents"),
                count(dataset.assets().size(), "asset", "assets"),
                count(dataset.systems().size(), "information system", "information systems"),
                count(dataset.assessments().size(), "assessment", "assessments"),
                count(dataset.plans().size(), "adequacy plan", "adequacy plans"),
                count(dataset.trainingSessions().size(), "training session", "training sessions"));
        return "Valid dataset" + dataset.title().map(title -> " '" + title + "'").orElse("") + ": "
                + count(dataset.recordCount(), "record", "records") + " (" + String.join(", ", counts) + ").";
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
