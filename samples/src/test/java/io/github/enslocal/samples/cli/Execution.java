// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-process run of the program, with what it printed.
 *
 * @param status the exit status
 * @param out what it printed on the standard output
 * @param err what it printed on the standard error
 */
record Execution(int status, String out, String err) {

    /** Runs the program as {@code main} would, without exiting. */
    static Execution of(String... args) {
        return of(commandLine -> { }, args);
    }

    /** Runs the program after changing its command line, e.g. adding a test subcommand. */
    static Execution of(Consumer<CommandLine> change, String... args) {
        return inEnvironment(Map.of(), change, args);
    }

    /**
     * Runs the program with environment variables such as {@code LANG}; the other runs have none,
     * so that their language does not depend on the machine's.
     */
    static Execution inEnvironment(Map<String, String> environment, String... args) {
        return inEnvironment(environment, commandLine -> { }, args);
    }

    private static Execution inEnvironment(Map<String, String> environment, Consumer<CommandLine> change,
            String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = EnsLocalCommand.newCommandLine(environment);
        change.accept(commandLine);
        int status = commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Execution(status, out.toString(), err.toString());
    }
}
