// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats a command can print its result in, named on the command line in lower case.
 */
enum OutputFormat {
    /** Plain text for a terminal: aligned columns. */
    TEXT,
    /** Markdown (CommonMark with GitHub tables). */
    MD,
    /** JSON, with the field names each command documents in its help. */
    JSON;

    /**
     * Obtains the format named on the command line.
     *
     * @param name {@code text}, {@code md} or {@code json}, in any case
     * @return the format
     * @throws TypeConversionException if {@code name} names no format, which picocli reports as a
     *     usage error
     */
    static OutputFormat parse(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + name + "' is not one of "
                        + Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining(", "))));
    }

    /**
     * Returns the name used on the command line, which picocli also lists as a candidate.
     *
     * @return {@code text}, {@code md} or {@code json}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
