// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.json.JsonReportWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The result of a command, which it can print in every {@link OutputFormat}: JSON for machines, a
 * {@link ConsoleDocument} for people.
 */
interface CommandOutput {

    /**
     * Returns the result as a JSON tree, whose fields keep the order they were added in.
     *
     * @return the tree
     */
    JsonNode toJson();

    /**
     * Returns the result as a document for people.
     *
     * @return the document
     */
    ConsoleDocument toDocument();

    /**
     * Prints the result.
     *
     * @param format the format
     * @param out where to print; flushed, not closed
     * @throws IOException if the output cannot be written, such as a closed pipe
     */
    default void print(OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case JSON -> JsonReportWriter.<JsonNode>create().write(toJson(), ReportLanguage.EN, out);
            case MD -> toDocument().writeMarkdown(out);
            case TEXT -> toDocument().writeText(out);
        }
        flush(out);
    }

    /**
     * Flushes the standard output, turning a failed write into an exception.
     *
     * @param out the standard output
     * @throws IOException if the output could not be written, such as a closed pipe
     */
    static void flush(PrintWriter out) throws IOException {
        out.flush();
        if (out.checkError()) {
            throw new IOException("cannot write the output, the program reading it may have stopped");
        }
    }
}
