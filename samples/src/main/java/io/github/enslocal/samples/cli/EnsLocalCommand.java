// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.ReportLanguage;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code enslocal} program: dataset validation, ENS (RD 311/2022) compliance evaluation,
 * categorisation, applicability and the measure catalog from the command line.
 *
 * <p>Every outcome has an exit status: 0 done, 1 unexpected error, 2 wrong usage, 3 invalid
 * dataset, 4 a file that cannot be read or written. Errors are sentences on the standard error;
 * {@code --debug} adds the stack trace. Results go to the standard output, in UTF-8 with
 * {@code \n} line ends.
 *
 * <p>Hosts and tests run it in-process with {@link #newCommandLine()}, on which they may set the
 * output and error writers before calling {@link CommandLine#execute(String...)}; only
 * {@link #main(String[])} exits the JVM.
 */
@Command(name = "enslocal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Validates ENS Local datasets, evaluates the ENS (Esquema Nacional de Seguridad, RD 311/2022)"
                + " compliance of their information systems and writes the reports of a support body; works out"
                + " categorisation and applicability, and shows the measure catalog, for the bodies that support small"
                + " town halls.",
            "New here? Run 'enslocal demo' and open the dashboard it names."},
        subcommands = {DemoCommand.class, ReportCommand.class, ValidateCommand.class, EvaluateCommand.class, SoaCommand.class, CatalogCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Done.",
            "1:Unexpected error (a defect; run again with --debug and report it).",
            "2:Wrong usage: unknown command or option, missing or malformed value.",
            "3:The dataset is not valid; every violation is listed.",
            "4:A file cannot be read or written."
        })
public final class EnsLocalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    private boolean debug;

    private EnsLocalCommand() {
    }

    /**
     * Runs the program and exits the JVM with its exit status.
     *
     * @param args the command line, e.g. {@code soa --levels C=MEDIO,D=BAJO --format json}
     */
    public static void main(String[] args) {
        // The standard error is for the program's messages, such as a dataset's warnings: libraries
        // (Hibernate Validator announces its version) log through SLF4J at WARN unless told otherwise.
        quietLogging("org.jboss.logging.provider", "slf4j");
        quietLogging("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int status = newCommandLine().setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    private static void quietLogging(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Creates the program's command line, with its error handling and exit statuses, writing to
     * the standard output and error until {@link CommandLine#setOut} and {@link CommandLine#setErr}
     * say otherwise.
     *
     * @return a new command line; each run needs its own
     */
    public static CommandLine newCommandLine() {
        EnsLocalCommand command = new EnsLocalCommand();
        ErrorHandler errors = new ErrorHandler(() -> command.debug);
        return new CommandLine(command)
                .registerConverter(OutputFormat.class, OutputFormat::parse)
                .registerConverter(ReportLanguage.class, DatasetInput::language)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /**
     * Refuses to run without a command.
     *
     * @return never
     * @throws ParameterException always, which ends in exit status 2
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
