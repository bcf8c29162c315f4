// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.InvalidDatasetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into sentences on the standard error and an {@link ExitStatus}.
 *
 * <p>Usage errors get picocli's message and a pointer to the help; an invalid dataset gets every
 * violation with its JSON path; an I/O failure names the file; anything else is reported as
 * unexpected. Stack traces are printed only when {@code --debug} is given.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** The code of the violation of a file longer than the reading limit. */
    private static final String TOO_LONG = "dataset.json.limit.documentLength";

    private final BooleanSupplier debug;

    /**
     * Creates a handler.
     *
     * @param debug whether {@code --debug} was given, asked when a failure happens
     */
    ErrorHandler(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        List<String> unmatched = command.getUnmatchedArguments();
        if (!(ex instanceof UnmatchedArgumentException) && !unmatched.isEmpty()) {
            // picocli reports a missing required option before an unknown one, which is often its cause
            err.print("Unknown " + (unmatched.size() == 1 ? "argument: '" : "arguments: '")
                    + String.join("', '", unmatched) + "'\n");
            UnmatchedArgumentException.printSuggestions(new UnmatchedArgumentException(command, unmatched), err);
        }
        err.print(ex.getMessage() + "\n");
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return ExitStatus.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        ExitStatus status;
        if (ex instanceof InvalidDatasetException invalid) {
            status = ExitStatus.INVALID_DATASET;
            err.print(describe(invalid, language(command)));
            if (invalid.violations().stream().anyMatch(violation -> violation.code().equals(TOO_LONG))) {
                err.print("Allow a larger file with --max-size MIB (default " + DatasetResources.DEFAULT_MAX_SIZE_MIB
                        + ").\n");
            }
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            status = ExitStatus.IO;
            err.print(describe(ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex)
                    + "\n");
        } else {
            status = ExitStatus.UNEXPECTED;
            err.print("Unexpected error: " + ex + (debug.getAsBoolean() ? "" : ". Run again with --debug to see where it happened.")
                    + "\n");
        }
        err.flush();
        return status.code();
    }

    /**
     * Returns the lines listing every violation of a dataset, which the exception's own message cuts
     * after {@value InvalidDatasetException#LISTED_IN_MESSAGE}.
     *
     * @param invalid the failure
     * @param locale the language of the messages
     * @return the library's summary line, then one line per violation with its JSON path, message,
     *     rejected value and, for a parsing problem, its line and column
     */
    static String describe(InvalidDatasetException invalid, Locale locale) {
        StringBuilder text = new StringBuilder(invalid.getMessage(locale).lines().findFirst().orElse("")).append('\n');
        invalid.violations().forEach(violation -> text.append("  ").append(violation.describe(locale)).append('\n'));
        return text.toString();
    }

    /** Returns the language chosen with {@code --lang} on a command that reads a dataset, else English. */
    private static Locale language(CommandLine command) {
        Object user = command.getCommand();
        return Stream.concat(Stream.of(user), command.getMixins().values().stream())
                .filter(MessageLanguage.class::isInstance).map(MessageLanguage.class::cast)
                .findFirst().map(MessageLanguage::locale).orElse(Locale.ENGLISH);
    }

    /**
     * Returns a sentence describing an I/O failure, naming the file when it is known.
     *
     * @param e the failure
     * @return e.g. {@code "The file 'dataset.json' does not exist."}
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "The file '" + missing.getFile() + "' does not exist.";
        } else if (e instanceof AccessDeniedException denied) {
            return "Access to the file '" + denied.getFile() + "' is denied.";
        } else if (e instanceof FileAlreadyExistsException exists) {
            return "The file '" + exists.getFile() + "' already exists.";
        } else if (e instanceof FileSystemException other) {
            return "Cannot use the file '" + other.getFile() + "'"
                    + (other.getReason() == null ? "." : ": " + other.getReason() + ".");
        }
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        return "Input/output error: " + (message.endsWith(".") ? message : message + ".");
    }
}
