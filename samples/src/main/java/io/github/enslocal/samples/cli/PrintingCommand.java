// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works out one result and prints it in the format chosen with {@code --format}.
 *
 * <p>Subclasses declare their own options and build the result; failures propagate as exceptions,
 * which {@link EnsLocalCommand} maps to exit statuses (an invalid dataset, an I/O error).
 */
abstract class PrintingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, md or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    /**
     * Works out the result to print.
     *
     * @return the result
     * @throws IOException if a file the command reads cannot be read
     */
    abstract CommandOutput result() throws IOException;

    /**
     * Returns the command's specification, to report a usage error with.
     *
     * @return the specification picocli injected
     */
    final CommandSpec spec() {
        return spec;
    }

    @Override
    public final Integer call() throws IOException {
        result().print(format, spec.commandLine().getOut());
        return ExitStatus.OK.code();
    }
}
