// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
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
 * {@code \n} line ends. Control characters that a dataset or an argument holds are neutralised in
 * both ({@link TerminalWriter}).
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
            CompletionCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Done.",
            "1:Unexpected error (a defect; run again with --debug and report it).",
            "2:Wrong usage: unknown command or option, missing or malformed value (a date outside 1900-2200"
                    + " included), or an --out that may not be written into.",
            "3:The dataset is not valid; every violation is listed.",
            "4:A file cannot be read or written: missing, a directory, a named pipe, access denied."
        })
public final class EnsLocalCommand implements Callable<Integer> {

    /** The commands that read a dataset, and so need the bundled reference data. */
    private static final Set<String> READING_COMMANDS = Set.of("validate", "evaluate", "report");

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
        if (Arrays.stream(args).anyMatch(READING_COMMANDS::contains)) {
            // Start-up: the reference data loads on the second core while the first parses the command
            // line, builds the JSON and validation machinery and reads the dataset.
            Thread loading = new Thread(EnsLocalCommand::loadReferenceData, "enslocal-reference-data");
            loading.setDaemon(true);
            loading.start();
        }
        CommandLine commandLine = newCommandLine();
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(status);
    }

    /** Loads the bundled INE register and incident taxonomy, which reading a dataset needs last. */
    private static void loadReferenceData() {
        MunicipalityRegister.bundled();
        IncidentTaxonomy.bundled();
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
        return newCommandLine(System.getenv());
    }

    /**
     * Creates the program's command line for an environment, from which the default language of
     * messages and reports comes ({@link LanguageDefault}).
     *
     * @param environment the environment variables; {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} are read
     * @return a new command line; each run needs its own
     */
    static CommandLine newCommandLine(Map<String, String> environment) {
        EnsLocalCommand command = new EnsLocalCommand();
        ErrorHandler errors = new ErrorHandler(() -> command.debug);
        return new TerminalCommandLine(command)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)))
                .registerConverter(OutputFormat.class, OutputFormat::parse)
                .registerConverter(ReportLanguage.class, DatasetInput::language)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setDefaultValueProvider(new LanguageDefault(environment))
                // No colours in the help: escape sequences are what the terminal writer neutralises.
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }

    /**
     * A command line whose output and error writers, whatever a host sets, go through a
     * {@link TerminalWriter}: nothing a dataset or an argument holds can drive the terminal.
     */
    private static final class TerminalCommandLine extends CommandLine {
        TerminalCommandLine(Object command) {
            super(command);
        }

        @Override
        public CommandLine setOut(PrintWriter out) {
            return super.setOut(TerminalWriter.wrap(out));
        }

        @Override
        public CommandLine setErr(PrintWriter err) {
            return super.setErr(TerminalWriter.wrap(err));
        }
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
