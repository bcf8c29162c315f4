// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.io.IOException;
import java.io.Writer;

/**
 * Content that writes itself as text, such as one report rendered in one format and language.
 */
@FunctionalInterface
public interface ReportOutput {

    /**
     * Writes this content. The writer is left open; whoever opened it closes it.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
}
